"""Rules written as data (Vale's lesson): a few kinds of check, instantiated from the
``rules:`` list of a configuration file. Once built they are ordinary Rule records and
run, report and document like the built-in rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from referatlint import regex
from referatlint.parse.model import Document, Item, Line
from referatlint.rule import Context, Rule
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

KIND_TEXT = {
    "required-section": ("Punkterne skal have afsnittet »{section}«.", "Items must have the section “{section}”."),
    "forbidden": ("Teksten må ikke indeholde »{pattern}«.", "The text must not contain “{pattern}”."),
    "required-phrase": ("{scope_da} skal indeholde »{pattern}«.", "{scope_en} must contain “{pattern}”."),
    "pattern": ("Afsnittet »{section}« skal passe til »{pattern}«.", "The section “{section}” must match “{pattern}”."),
    "max-length": ("{scope_da} må højst være {max} tegn.", "{scope_en} may be at most {max} characters."),
}  # fmt: skip
SCOPES = {
    "document": ("Dokumentet", "The document"),
    "item": ("Hvert punkt", "Every item"),
    "section": ("Afsnittet »{section}«", "The section “{section}”"),
}


def scope_of(spec: dict) -> str:
    """The scope a rule states, else its section's, else the whole document."""
    return spec.get("scope", "section" if spec.get("section") else "document")


def scopes(
    document: Document, context: Context, spec: dict
) -> Iterator[tuple[list[Line], int, Item | None]]:
    """(lines, report line, item) for every place the rule looks at."""
    scope = scope_of(spec)
    if scope == "document":
        yield list(document.lines), 1, None
        return
    for item in document.items:
        if not spec.get("standard_items") and context.profile.is_standard_item(item):
            continue
        if scope == "item":
            lines = [line for line in document.lines if item.line <= line.line <= item.end_line]
            yield lines, item.line, item
        else:
            for section in item.sections:
                if section.canonical.casefold() == spec["section"].casefold():
                    yield list(section.body), section.line, item


def build(spec: dict[str, Any]) -> Rule:
    """A Rule from one validated ``rules:`` entry."""
    flags = re.IGNORECASE if spec.get("ignore_case", True) else 0
    pattern = regex.compile(spec["pattern"], flags) if "pattern" in spec else None
    message = Msg(spec["message"], spec.get("message_en", spec["message"]))
    fix = Msg(spec["fix"], spec["fix"]) if "fix" in spec else None
    kind = spec["kind"]

    def check(document: Document, context: Context):
        if kind == "required-section":
            for item in document.items:
                if spec.get("standard_items") or not context.profile.is_standard_item(item):
                    wanted = spec["section"].casefold()
                    if not any(s.canonical.casefold() == wanted for s in item.sections):
                        yield context.report(message, item.line, item=item, fix=fix)
            return
        for lines, line, item in scopes(document, context, spec):
            if kind == "forbidden":
                for text in lines:
                    for match in pattern.finditer(text.text):
                        yield context.report(message, text.line, match.start() + 1, fix=fix)
            elif (
                (kind == "required-phrase" and not any(pattern.search(t.text) for t in lines))
                or (kind == "pattern" and not pattern.search(" ".join(t.text for t in lines)))
                or (kind == "max-length" and sum(len(t.text) for t in lines) > spec["max"])
            ):
                yield context.report(message, line, item=item, fix=fix)

    scope_da, scope_en = SCOPES[scope_of(spec)]
    values = {
        "section": spec.get("section", ""), "pattern": spec.get("pattern", ""), "max": spec.get("max"),
        "scope_da": scope_da.format(section=spec.get("section", "")),
        "scope_en": scope_en.format(section=spec.get("section", "")),
    }  # fmt: skip
    what = Msg(*(text.format(**values) for text in KIND_TEXT[kind]))
    return Rule(
        code=spec["code"],
        name=spec.get("name", spec["code"].lower()),
        severity=spec.get("severity", "warning"),
        title=message,
        what=what,
        why=Msg(
            "Kommunens egen regel (konfigurationsfilen).",
            "The municipality's own rule (configuration file).",
        ),
        bad="",
        good="",
        check=check,
    )
