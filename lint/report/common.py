"""Small helpers the reports share: paths as CI systems want them, where a finding is in
words, where to read more about its rule, and the rule catalogue by code."""

import os
from functools import cache

from referatlint.rule import Finding, Rule

WHERE = {
    "da": {"item": "punkt", "page": "side", "line": "linje", "column": "kolonne", "fix": "Ret",
           "more": "mere", "whole_file": "hele dokumentet", "attachment": "bilag",
           "attachment_to": "bilag til punkt", "quoted": "»{}«"},
    "en": {"item": "item", "page": "page", "line": "line", "column": "column", "fix": "Fix",
           "more": "more", "whole_file": "whole document", "attachment": "attachment",
           "attachment_to": "attachment to item", "quoted": "“{}”"},
}  # fmt: skip


def report_path(path: str) -> str:
    """The path relative to the working directory, with ``/`` separators: what GitHub,
    GitLab and SARIF viewers resolve against the checkout, and what baselines and
    fingerprints key on, so every spelling of a file gives the same. Paths outside the
    working directory are absolute; standard input stays ``-``."""
    if path == "-":
        return path
    path = os.path.abspath(path)
    relative = os.path.relpath(path)
    if not relative.startswith(".."):
        path = relative
    return path.replace(os.sep, "/")


def where(
    finding: Finding, lang: str, *, line: bool = False, column: bool = False, separator=", "
) -> str:
    """``punkt 42, side 3`` (or ``item 42, page 3``); empty outside items and pages. In an
    attachment printed in the item, the attachment follows the item (``punkt 3, bilag 3.1``,
    ``punkt 2, bilag »Budgetoverslag 2026-2030«``, ``bilag til punkt 3``). With ``line``
    the line follows, and with ``column`` the column when it is not the first. A finding
    about the whole file: its page where it names one, else ``hele dokumentet``."""
    words = WHERE[lang]
    if finding.whole_file:
        page = finding.page
        return f"{words['page']} {page}" if page is not None else words["whole_file"]
    parts = []
    attachment = finding.attachment
    if attachment == "":  # named only as the item's: "Bilag til punkt 3"
        parts.append(f"{words['attachment_to']} {finding.item}")
    elif finding.item is not None:
        parts.append(f"{words['item']} {finding.item}")
        if attachment is not None:
            parts.append(f"{words['attachment']} {attachment_name(attachment, lang)}")
    if finding.page is not None:
        parts.append(f"{words['page']} {finding.page}")
    if line:
        parts.append(f"{words['line']} {finding.line}")
    if column and finding.column > 1:
        parts.append(f"{words['column']} {finding.column}")
    return separator.join(parts)


def attachment_name(label: str, lang: str) -> str:
    """An attachment's number as it stands ("3.1"), its title in quotes."""
    if label[0].isdigit() and " " not in label:
        return label
    return WHERE[lang]["quoted"].format(label)


def more_about(code: str, lang: str, label: str | None = None) -> str:
    """Where a rule is explained: ``mere: referatlint rule RL402`` (or another label)."""
    return f"{label or WHERE[lang]['more']}: referatlint rule {code}"


def message_with_place(finding: Finding, lang: str, fix: bool = True) -> str:
    """The message with its item and page in front and how to fix it after:
    ``[punkt 42, side 3] Beslutningen mangler. Ret: Skriv beslutningen.``"""
    place = where(finding, lang)
    text = finding.message.get(lang)
    if place:
        text = f"[{place}] {text}"
    if fix and finding.fix is not None:
        text += f"\n{WHERE[lang]['fix']}: {finding.fix.get(lang)}"
    return text


@cache
def rules_by_code() -> dict[str, Rule]:
    """Every rule of the catalogue (built-in and plugins), by code."""
    from referatlint.registry import all_rules

    return {rule.code: rule for rule in all_rules()}


@cache
def rule_titles() -> dict[str, tuple[str, str]]:
    """Each catalogue rule's title, (Danish, English) by code. Kept in the cache: the full
    format names every finding's rule, and a run whose documents all come from the cache
    has not loaded the rules (some 50 ms of its start). A --no-cache run that checked a
    document has them loaded, and reads them rather than pay for the cache's key (a look at
    every source file's time, which a run with the cache pays for its results anyway)."""
    import sys

    from referatlint import cache as stored

    if "referatlint.rules" in sys.modules and not stored.enabled():
        return {code: tuple(rule.title) for code, rule in rules_by_code().items()}
    from referatlint.registry import plugin_entry_points

    key = stored.digest(f"{stored.code_stamp()}\0{plugin_entry_points()!r}")
    titles = stored.load("titles", key)
    if titles is None:
        titles = {code: tuple(rule.title) for code, rule in rules_by_code().items()}
        stored.store("titles", key, titles)
    return titles
