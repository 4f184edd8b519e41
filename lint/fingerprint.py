"""Stable identities for findings, for baselines and CI systems that track findings
across runs. A fingerprint depends on the rule, the item, the normalised text of the
offending line (whitespace collapsed, case folded) and the finding's subject where it has
one (the missing section's name: the line does not say it), never on line numbers or
message wording, so it survives edits elsewhere in the document and new releases;
identical findings in one file are told apart by their order.

- ``fingerprints(findings)``: one file's findings, in document order ->
  ``"<32 hex digits>:<occurrence>"`` each. The baseline (referatlint.filters) and SARIF
  ``partialFingerprints`` use these; the path is kept beside them, not in them.
- ``fingerprints(findings, subject=False)``: as baseline files of version 2 and older
  have them, without the subject.
- ``fingerprints(findings, path=True)``: the same identity with the file's path (as
  reports show it) folded in, as 32 hex digits, unique across a whole report (GitLab Code
  Quality merges issues that share a fingerprint).
"""

from collections import Counter
from collections.abc import Iterable

from referatlint.cache import digest
from referatlint.report.common import report_path
from referatlint.rule import Finding


def normalise(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped, case folded."""
    return " ".join(text.casefold().split())


def base(finding: Finding, subject: bool = True) -> str:
    """What makes two findings of one file "the same problem": code, item, line text, and
    subject if it has one (a finding without one hashes as before subjects existed)."""
    key = f"{finding.code}\0{finding.item or ''}\0{normalise(finding.context)}"
    if subject and finding.subject:
        key += f"\0{normalise(finding.subject)}"
    return digest(key)[:32]


def fingerprints(
    findings: Iterable[Finding], *, path: bool = False, subject: bool = True
) -> list[str]:
    """One fingerprint per finding, in order: the base hash and its occurrence number
    among findings with the same base (``path=True``: hashed with the file's path;
    ``subject=False``: without the subject, as older baseline files have them)."""
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        key = base(finding, subject)
        mark = f"{key}:{seen[key]}"
        seen[key] += 1
        if path:
            located = f"{report_path(finding.path)}\0{mark}"
            mark = digest(located)[:32]
        result.append(mark)
    return result
