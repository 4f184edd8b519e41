"""Rules stage: run the selected rules over one document and collect their findings."""

from __future__ import annotations

import operator
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
    shared: dict = {}  # what several rules derive from the same document, made once
    findings: list[Finding] = []
    for rule, context in contexts(rules, profile, severities, options):
        context.document = document
        context.shared = shared
        try:
            findings.extend(rule.check(document, context))
        except Exception as error:  # one line for the user, not a traceback
            reason = f"{type(error).__name__}: {error}"
            raise InternalError(
                CRASHED.format(code=rule.code, error=reason), document.path
            ) from None
    findings.sort(key=Finding.sort_key)
    return findings


# The rules' contexts for the configuration last checked with. A run checks every document
# with the same rules, profile, severities and options (its Settings, not changed once
# built), so each rule's options and severity are worked out once, not per document.
LAST: list = [(None, None, None, None), []]


def contexts(rules, profile, severities, options) -> list[tuple[Rule, Context]]:
    """A context for each rule that has a check (RL901 is reported outside the rules stage),
    to be given its document; made again for another configuration, or for rules not given
    as a tuple (a list may change)."""
    configuration = (rules, profile, severities, options)
    if isinstance(rules, tuple) and all(map(operator.is_, configuration, LAST[0])):
        return LAST[1]
    made = []
    for rule in rules:
        if rule.check is None:
            continue
        settings = {option.name: option.default for option in rule.options}
        settings.update((options or {}).get(rule.code, {}))
        severity = (severities or {}).get(rule.code, rule.severity)
        made.append((rule, Context(None, rule, profile, settings, severity)))
    LAST[:] = configuration, made
    return made
