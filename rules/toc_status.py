"""RL309 toc-status-mismatch: "(Åben)" or "(Lukket)" in the table of contents against the
item's own status. It reads the pairing of entries and items that RL301-RL307 read."""

from referatlint.rule import Rule
from referatlint.rules.toc import ITEMS, align, contents, doc
from referatlint.text import Msg

STATUS = Msg(
    "Indholdsfortegnelsen viser punktet som {toc}, men i dokumentet er punktet {item}.",
    "The table of contents shows the item as {toc_en}, but in the document it is {item_en}.",
)
STATUS_FIX = Msg(
    "Ret status (Åben/Lukket), så den er ens begge steder, og tjek, at et lukket punkt ikke "
    "offentliggøres.",
    "Make the status (open/closed) the same in both places, and check that a closed item is "
    "not published.",
)


def check(document, context):
    for entry, agenda_item in align(document, context).pairs:
        if entry.closed is not None and entry.closed != agenda_item.closed:
            yield context.report(
                STATUS.format(
                    toc="lukket" if entry.closed else "åbent",
                    item="lukket" if agenda_item.closed else "åbent",
                    toc_en="closed" if entry.closed else "open",
                    item_en="closed" if agenda_item.closed else "open",
                ),
                entry.line,
                item=agenda_item,
                fix=STATUS_FIX,
            )


RULE = Rule(
    code="RL309",
    name="toc-status-mismatch",
    severity="warning",
    title=Msg(
        "Åben/lukket i indholdsfortegnelsen passer ikke",
        "Table of contents status differs",
    ),
    what=Msg(
        "Indholdsfortegnelsen skriver »(Åben)«, »(Lukket)« eller »Lukket punkt:« foran et "
        "punkts titel, men punktet selv har den modsatte status.",
        'The table of contents prints "(Åben)", "(Lukket)" or "Lukket punkt:" before an '
        "item's title, but the item itself has the opposite status.",
    ),
    why=Msg(
        "Status afgør, om punktet må offentliggøres. Når de to steder er uenige, er et af "
        "dem forkert, og et lukket punkt kan blive offentliggjort ved en fejl.",
        "The status decides whether the item may be published. When the two places "
        "disagree, one is wrong, and a closed item may be published by mistake.",
    ),
    bad=doc(
        contents(
            "1 (Åben) Godkendelse af dagsorden.....\t2",
            "2 (Lukket) Beslutning om budget.....\t3",
        ),
        *ITEMS,
    ),
    good=doc(
        contents(
            "1 (Åben) Godkendelse af dagsorden.....\t2",
            "2 (Åben) Beslutning om budget.....\t3",
        ),
        *ITEMS,
    ),
    check=check,
)
