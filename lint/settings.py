"""Filter stage, part two: the settings of one run for one file, from the configuration
files that apply to it and the command line (which wins)."""

import hashlib
import json
from typing import Any, NamedTuple

from referatlint.errors import ConfigError
from referatlint.profiles import Profile
from referatlint.rule import Rule
from referatlint.text import Msg


class Waiver(NamedTuple):
    """An accepted finding: one code, in one file (glob) or one of its items, and why."""

    file: str
    code: str
    item: str | None
    reason: str
    source: str  # the configuration file that grants it
    line: int | None


class Settings(NamedTuple):
    profile: Profile
    rules: tuple[Rule, ...]
    severities: dict[str, str]
    options: dict[str, dict[str, Any]]
    fail_on: str = "warning"
    lang: str = "da"
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    waivers: tuple[Waiver, ...] = ()
    sources: tuple[str, ...] = ()  # configuration files read, in order
    key: str = ""  # identifies everything above, for the result cache


class Overrides(NamedTuple):
    """What the command line says; None means "as the configuration says"."""

    profile: str | None = None
    select: list[str] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str | None = None


def build(resolved, overrides: Overrides | None = None) -> Settings:
    """Settings from a configuration (config.Resolved) and the command line."""
    overrides = overrides or Overrides()
    from referatlint import profiles
    from referatlint.config import resolve_profile
    from referatlint.declarative import build as build_rule
    from referatlint.registry import all_rules, select

    data = dict(resolved.data)
    if overrides.profile:
        if overrides.profile not in profiles.BUILTIN:
            raise ConfigError(
                Msg(
                    f"ukendt profil »{overrides.profile}« (findes: {', '.join(profiles.BUILTIN)})",
                    f"unknown profile “{overrides.profile}” (available: {', '.join(profiles.BUILTIN)})",
                )
            )
        data["profile"] = overrides.profile
    profile = resolve_profile(data)
    catalogue = all_rules() + tuple(build_rule(spec) for spec in data.get("rules", ()))
    chosen = overrides.select if overrides.select is not None else data.get("select")
    rules = select(
        catalogue,
        chosen,
        [*data.get("ignore", ()), *overrides.ignore],
        [*data.get("extend_select", ()), *overrides.extend_select],
    )
    waivers = tuple(
        Waiver(w["file"], w["code"], str(w["item"]) if "item" in w else None, w["reason"],
               w["source"], w["line"])
        for w in data.get("waivers", ())
    )  # fmt: skip
    fingerprint = json.dumps(
        [data, overrides, [(rule.code, rule.severity) for rule in rules]],
        sort_keys=True,
        default=str,
    )
    return Settings(
        key=hashlib.sha256(fingerprint.encode()).hexdigest(),
        profile=profile,
        rules=rules,
        severities=dict(data.get("severity", {})),
        options=dict(data.get("options", {})),
        fail_on=overrides.fail_on or data.get("fail_on", "warning"),
        lang=overrides.lang or data.get("lang", "da"),
        per_file_ignores=tuple(
            (pattern, tuple(codes)) for pattern, codes in data.get("per_file_ignores", {}).items()
        ),
        waivers=waivers,
        sources=resolved.sources,
    )
