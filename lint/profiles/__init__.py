"""Profiles: a municipality's template stated as data.

A profile names the section headings and their synonyms, which sections each case type
requires, which standard items are exempt, the case-type vocabulary, the expected item
order and the bodies that exist. Built-in profiles live in this package, one module
each; configuration files state their own in the same shape (schemas/config.schema.json).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from referatlint import regex
from referatlint.errors import ConfigError
from referatlint.parse.model import Item
from referatlint.parse.vocabulary import Vocabulary
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

BUILTIN = ("standard", "holbaek", "odense", "hedensted")
ORDERS = ("ascending", "toc", "ascending-or-toc")


def require_builtin(name: str) -> None:
    """The one-line error for a profile name that is not built in (--profile, profile NAME)."""
    if name not in BUILTIN:
        raise ConfigError(
            Msg(
                f"ukendt profil »{name}« (findes: {', '.join(BUILTIN)})",
                f"unknown profile “{name}” (available: {', '.join(BUILTIN)})",
            )
        )


def builtin_data(name: str) -> dict[str, Any]:
    """The data of a built-in profile, as its module states it (before ``extends``)."""
    from importlib import import_module

    if name not in BUILTIN:
        raise KeyError(name)
    return import_module(f"referatlint.profiles.{name}").PROFILE


# The keys that add to a list of the profile extended, and the list each adds to.
EXTENSIONS = {
    "extend_standard_items": "standard_items",
    "extend_case_types": "case_types",
    "extend_case_type_hints": "case_type_hints",
}


def resolve(data: Mapping[str, Any]) -> dict[str, Any]:
    """Merge a profile onto the profile it ``extends``: mappings merge key by key, a
    ``sections`` entry adds synonyms, ``extend_standard_items`` adds standing items,
    ``extend_case_types`` and ``extend_case_type_hints`` add case types and hints,
    everything else replaces."""
    parent_name = data.get("extends")
    if not parent_name:
        return dict(data)
    merged = resolve(builtin_data(parent_name))
    for key, value in data.items():
        if key in ("extends", *EXTENSIONS):
            continue
        if key == "sections":
            # A heading the template lists under one of its sections is that section's
            # only: "Baggrund" may be a template's Sagsfremstilling rather than the
            # optional section of that name it extends.
            claimed = {s.casefold(): name for name, synonyms in value.items() for s in synonyms}
            sections = {
                name: [s for s in synonyms if claimed.get(s.casefold(), name) == name]
                for name, synonyms in merged["sections"].items()
                if claimed.get(name.casefold(), name) == name or name in value
            }
            for name, synonyms in value.items():
                known = sections.setdefault(name, [])
                known.extend(s for s in synonyms if s not in known)
            merged["sections"] = sections
        elif isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    # After the loop: the added items extend a standard_items the same data replaces.
    for key, extended in EXTENSIONS.items():
        merged[extended] = [*merged.get(extended, ()), *data.get(key, ())]
    merged["name"] = data.get("name", merged.get("name"))
    return merged


UNKNOWN_SECTION = Msg(
    "required_sections kræver afsnittet »{section}«, som ikke er et kendt afsnit{near}; "
    "er det nyt, så tilføj det under »sections«",
    "required_sections requires the section “{section}”, which is no known section{near_en}; "
    "if it is new, add it under “sections”",
)


# How like a known case type a written one must be to be read as its misspelling (0-100):
# "Medlemsforslg" is 96 like "Medlemsforslag".
MISSPELLING_CUTOFF = 80


class Profile:
    """A resolved profile, ready for the parser (vocabulary) and the rules."""

    def __init__(self, data: Mapping[str, Any]):
        data = resolve(data)
        self.data = data
        self.name: str = data["name"]
        self.description: str = data.get("description", "")
        self.vocabulary = Vocabulary(
            data["sections"], data["decision_phrases"], bodies=data["bodies"]
        )
        self.required: dict[str, tuple[str, ...]] = {
            case_type: tuple(sections) for case_type, sections in data["required_sections"].items()
        }
        for section in {name for names in self.required.values() for name in names}:
            if section not in data["sections"]:  # a mistyped name: every item would lack it
                from referatlint.fuzzy import closest

                near = closest(section, data["sections"], cutoff=80)
                raise ConfigError(
                    UNKNOWN_SECTION.format(
                        section=section,
                        near=f" (mente du »{near}«?)" if near else "",
                        near_en=f" (did you mean “{near}”?)" if near else "",
                    )
                )
        # true or false for every item, or per case type as required_sections is ("*": the
        # rest): a body that decides its cases may only discuss a theme.
        decided = data["decision_required"]
        if isinstance(decided, bool):
            decided = {"*": decided}
        self.decision_required: bool = decided.get("*", True)
        self.decision_required_by_type = {
            case_type.casefold(): value for case_type, value in decided.items() if case_type != "*"
        }
        self.standard_items = tuple(regex.compile(p, re.IGNORECASE) for p in data["standard_items"])
        self._standard: dict[str, bool] = {}  # title -> standing item? (titles recur)
        self.case_types: tuple[str, ...] = tuple(data["case_types"])
        self._known: dict[str, str | None] = {}  # case type as written -> the known one
        self.item_order: str = data["item_order"]
        self.group_headings = frozenset(data["group_headings"])
        self.bodies: tuple[str, ...] = tuple(data["bodies"])
        self.case_type_hints = tuple(
            (
                hint["case_type"],
                regex.compile(hint["title"], re.I) if "title" in hint else None,
                regex.compile(hint["decision"], re.I) if "decision" in hint else None,
            )
            for hint in data.get("case_type_hints", ())
        )

    def is_standard_item(self, item: Item) -> bool:
        """Standing items such as "Godkendelse af dagsorden" or "Eventuelt"."""
        title = item.title
        if title not in self._standard:
            if len(self._standard) > 5000:
                self._standard.clear()
            self._standard[title] = any(p.search(title) for p in self.standard_items)
        return self._standard[title]

    def case_type(self, item: Item) -> str | None:
        """The item's case type as written, a misspelt one as the known type it stands for
        (RL106 reports the misspelling; the item is judged as what it is), else as the
        profile's hints infer it."""
        written = item.case_type
        if written:
            return self.known_case_type(written) or written
        decision = item.decision.text if item.decision else ""
        for case_type, title, decided in self.case_type_hints:
            if (title and title.search(item.title)) or (decided and decided.search(decision)):
                return case_type
        return None

    def known_case_type(self, written: str) -> str | None:
        """The profile's case type ``written`` stands for: the one it is, also with its
        spaces left out ("Beslutnings sag") or cut short ("Beslutning"), else the one it is
        a misspelling of ("Medlemsforslg"); None for none of them."""
        if written not in self._known:
            self._known[written] = self._known_case_type(written)
        return self._known[written]

    def _known_case_type(self, written: str) -> str | None:
        squeezed = "".join(written.split()).casefold()
        if not squeezed:
            return None
        for case_type in self.case_types:
            if case_type.casefold() == squeezed or case_type.casefold().startswith(squeezed):
                return case_type
        from referatlint.fuzzy import closest

        return closest(written, self.case_types, cutoff=MISSPELLING_CUTOFF)

    def requires_decision(self, item: Item) -> bool:
        """Whether the item must record a decision in minutes (standing items aside)."""
        if self.decision_required_by_type:
            case_type = self.case_type(item)
            if case_type is not None:
                return self.decision_required_by_type.get(
                    case_type.casefold(), self.decision_required
                )
        return self.decision_required

    def required_sections(self, item: Item) -> tuple[str, ...]:
        """Sections the template requires on this item (none on standard items)."""
        if self.is_standard_item(item):
            return ()
        case_type = self.case_type(item)
        if case_type is not None:
            for known, sections in self.required.items():
                if known.casefold() == case_type.casefold():
                    return sections
        return self.required.get("*", ())


_cache: dict[str, Profile] = {}


def builtin(name: str) -> Profile:
    if name not in _cache:
        _cache[name] = Profile(builtin_data(name))
    return _cache[name]
