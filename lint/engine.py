"""Rules stage: run the selected rules over one document and collect their findings."""

from collections.abc import Iterable
from typing import Any

from referatlint.parse.model import Document
from referatlint.profiles import Profile
from referatlint.rule import Context, Finding, Rule, run_rule


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
    texts = {line.line: line.text for line in document.lines}
    shared: dict = {}  # what several rules derive from the same document, made once
    findings: list[Finding] = []
    for rule in rules:
        settings = {option.name: option.default for option in rule.options}
        settings.update(options.get(rule.code, {}))
        severity = severities.get(rule.code, rule.severity)
        context = Context(document, rule, profile, settings, severity, texts, shared)
        findings.extend(run_rule(rule, context))
    findings.sort(key=Finding.sort_key)
    return findings
