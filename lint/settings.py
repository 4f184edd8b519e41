"""Resolved settings for one run: the profile, the chosen rules and how to report."""

from typing import Any, NamedTuple

from referatlint.profiles import Profile
from referatlint.rule import Rule


class Settings(NamedTuple):
    profile: Profile
    rules: tuple[Rule, ...]
    severities: dict[str, str]
    options: dict[str, dict[str, Any]]
    fail_on: str = "warning"
    lang: str = "da"
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
