"""Stable fingerprints of findings: the same problem keeps the same fingerprint when the
document is edited elsewhere, so CI systems (SARIF ``partialFingerprints``, GitLab Code
Quality ``fingerprint``) and a baseline can recognise it across versions of a document.

A fingerprint is built from

- the rule code,
- the item number (or nothing, outside any item),
- the offending line's text, normalised: whitespace collapsed, case folded,
- an occurrence index that tells identical findings in one file apart (0, 1, 2, ... in
  document order),
- and, unless ``path=False``, the file's path (``/``-separated, without a leading ``./``).

Line and column numbers are deliberately left out: adding a paragraph above a finding
moves it but does not make it a new finding. Changing the offending line itself, or
moving it to another item, does.

Usage::

    from referatlint.fingerprint import fingerprints

    for finding, print_ in zip(result.findings, fingerprints(result.findings)):
        ...

``fingerprints`` numbers the occurrences for you; give it all findings of one file at a
time, in document order (as the runner produces them). ``fingerprint`` computes one
fingerprint when the occurrence index is already known.
"""

import hashlib
from collections import Counter
from collections.abc import Iterable

from referatlint.rule import Finding

VERSION = "v1"
"""Part of every fingerprint: changing how fingerprints are made must change this."""


def normalise(text: str) -> str:
    """Whitespace collapsed to single spaces, stripped, and case folded."""
    return " ".join(text.split()).casefold()


def normalise_path(path: str) -> str:
    """A path as fingerprints see it: ``/`` separators, no leading ``./``."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def key(finding: Finding) -> tuple[str, str, str]:
    """What makes two findings in one file "the same problem": code, item, line text."""
    return (finding.code, finding.item or "", normalise(finding.context))


def fingerprint(finding: Finding, occurrence: int = 0, *, path: bool = True) -> str:
    """The fingerprint of one finding: 32 hexadecimal digits.

    ``occurrence`` is the finding's index among findings of the same ``key`` in its file
    (0 for the first). ``path=False`` leaves the file out, for comparing a document with
    an earlier version of itself under another name.
    """
    parts = [f"referatlint-{VERSION}", *key(finding), str(occurrence)]
    if path:
        parts.append(normalise_path(finding.path))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return digest.hexdigest()[:32]


def fingerprints(findings: Iterable[Finding], *, path: bool = True) -> list[str]:
    """Fingerprints of one file's findings, in the given (document) order, with
    occurrence indexes counted per ``key``."""
    seen: Counter[tuple[str, str, str]] = Counter()
    result = []
    for finding in findings:
        identity = key(finding)
        result.append(fingerprint(finding, seen[identity], path=path))
        seen[identity] += 1
    return result
