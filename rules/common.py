"""Helpers the built-in rules share: which items are ordinary, example documents."""

from collections.abc import Iterator
from itertools import pairwise

from referatlint.parse.model import Document, Item
from referatlint.rule import Context


def ordinary_items(document: Document, context: Context) -> Iterator[Item]:
    """Items that are not standing items such as "Godkendelse af dagsorden"."""
    for item in document.items:
        if not context.profile.is_standard_item(item):
            yield item


def grouping_headings(agenda_item: Item, context: Context) -> set[int]:
    """Lines of headings that only group the sections after them ("Sagsfremstilling"
    directly followed by "Indstilling", "Resume" ...): they have no text of their own."""
    sections = agenda_item.sections
    return {
        section.line
        for section, _following in pairwise(sections)
        if not section.body and section.canonical in context.profile.group_headings
    }


def quoted(text: str, limit: int = 60) -> str:
    """Text for a message, cut to a readable length."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


HEAD = (
    "REFERAT Socialudvalget d. 01-11-2021\n\n"
    "Mødedato Mandag d. 01. november 2021 kl. 16:00\n\n"
    "Mødested Rådhuset, lokale 2\n\n"
)
COMPLETE_ITEM = (
    "Indstilling\n\nAdministrationen indstiller, at forslaget godkendes.\n\n"
    "Økonomiske konsekvenser\n\nDer er ingen økonomiske konsekvenser.\n\n"
    "Miljø- og klimamæssige konsekvenser\n\nDer er ingen miljø- og klimamæssige konsekvenser.\n\n"
)


def example(*items: str, head: str = HEAD) -> str:
    """A small minutes document for a rule's docs and tests: ``items`` are the texts
    from each "Punkt N: ..." heading on."""
    return head + "\n".join(items)


def item(number: int, title: str, body: str = COMPLETE_ITEM, decision: str = "Godkendt.") -> str:
    text = f"Punkt {number}: {title}\n\n{body}"
    if decision is not None:
        text += f"Beslutning\n\n{decision}\n"
    return text
