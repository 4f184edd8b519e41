"""Stable identities for findings, for baselines and CI systems that track findings
across runs. A fingerprint depends on the rule, the item and the normalised text of the
offending line, never on line numbers, so it survives edits elsewhere in the document;
identical findings in one file are told apart by their order."""

from collections import Counter
from collections.abc import Iterable

from referatlint.cache import digest
from referatlint.rule import Finding


def base(finding: Finding) -> str:
    text = " ".join(finding.context.casefold().split())
    key = f"{finding.code}\0{finding.item or ''}\0{text}"
    return digest(key)[:32]


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, in order: the base hash and its occurrence number."""
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        key = base(finding)
        result.append(f"{key}:{seen[key]}")
        seen[key] += 1
    return result
