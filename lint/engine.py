"""Rules stage: run the selected rules over one document and collect their findings."""

from __future__ import annotations

from collections.abc import Iterable

from referatlint.errors import InternalError
from referatlint.parse.model import Document
from referatlint.profiles import Profile
from referatlint.rule import Context, Finding, Rule
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

CRASHED = Msg(
    "reglen {code} fejlede ({error}). Det er en fejl i reglen, ikke i dokumentet: "
    "fravælg reglen med --ignore {code}, og meld fejlen til reglens udvikler.",
    "the rule {code} crashed ({error}). This is a bug in the rule, not in the document: "
    "skip it with --ignore {code} and report it to the rule's authors.",
)


def check(
    document: Document,
    rules: Iterable[Rule],
    profile: Profile,
    severities: dict[str, str] | None = None,
    options: dict[str, dict[str, Any]] | None = None,
) -> list[Finding]:
    """Findings of ``rules`` on ``document``, in document order."""
    severities = severities or {}
    options = options or {}
    shared: dict = {}  # what several rules derive from the same document, made once
    findings: list[Finding] = []
    for rule in rules:
        if rule.check is None:  # reported outside the rules stage (an unreadable file, RL901)
            continue
        settings = {option.name: option.default for option in rule.options}
        if rule.code in options:
            settings.update(options[rule.code])
        severity = severities.get(rule.code, rule.severity)
        context = Context(document, rule, profile, settings, severity, shared)
        try:
            findings.extend(rule.check(document, context))
        except Exception as error:  # one line for the user, not a traceback
            reason = f"{type(error).__name__}: {error}"
            raise InternalError(
                CRASHED.format(code=rule.code, error=reason), document.path
            ) from None
    findings.sort(key=Finding.sort_key)
    return findings
