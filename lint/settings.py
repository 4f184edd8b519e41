"""Filter stage, part two: the settings of one run for one file, from the configuration
files that apply to it and the command line (which wins).

The profile and the rule catalogue are built only when a document is actually checked:
a run answered from the result cache never imports the parser or the rules."""

from __future__ import annotations

import os
from functools import cached_property

from referatlint import cache
from referatlint.errors import ConfigError
from referatlint.records import record
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

UNKNOWN_CODE = Msg(
    "ukendt regelkode »{code}«: ingen regel har en kode, der begynder sådan "
    "(»referatlint rules« viser dem)",
    "unknown rule code “{code}”: no rule's code begins like that (“referatlint rules” lists them)",
)
# A document that cannot be read is always an error (the runner reports it, exit code 2):
# a configuration may not turn it off, waive it or give it another severity.
ALWAYS_ERROR = "RL901"
FIXED = Msg(
    "RL901 (et dokument, der ikke kan læses) er altid en fejl: den kan ikke slås fra, "
    "undtages eller gives en anden alvor",
    "RL901 (a document that cannot be read) is always an error: it cannot be turned off, "
    "waived or given another severity",
)
NOTHING_SELECTED = Msg(
    "ingen regler er valgt{why}, så referatlint ville ikke tjekke noget",
    "no rules are selected{why_en}, so referatlint would check nothing",
)
# Settings that act on findings once the rules have run (see Settings.key).
AFTER_THE_RULES = ("waivers", "fail_on", "lang", "per_file_ignores")


@record
class Waiver:
    """An accepted finding: one code, in one file (glob) or one of its items, and why."""

    file: str
    code: str
    item: str | None
    reason: str
    source: str  # the configuration file that grants it
    line: int | None


def unknown_code(code: str, codes) -> Msg:
    """The error for a selector no rule's code begins with, with the nearest code."""
    from referatlint.fuzzy import closest

    near = closest(code, [*codes, "ALL"], cutoff=75)
    if near is None:
        return UNKNOWN_CODE.format(code=code)
    return Msg(
        f"ukendt regelkode »{code}« (mente du »{near}«?)",
        f"unknown rule code “{code}” (did you mean “{near}”?)",
    )


def most_specific(code: str, severities: dict[str, str]) -> str | None:
    """The severity the longest key matching ``code`` gives (the code, a prefix, ALL)."""
    found = [
        (0 if key == "ALL" else len(key), level)
        for key, level in severities.items()
        if key == "ALL" or code.startswith(key)
    ]
    return max(found)[1] if found else None


def absolute(path: str) -> str:
    """A path as configured file patterns see it: absolute, with ``/`` separators."""
    return os.path.abspath(path).replace(os.sep, "/")


def pattern_covers(pattern: str, path: str) -> bool:
    """Whether a file pattern of a waiver or per-file ignore (absolute, anchored where its
    configuration file stands) covers ``path``; standard input has no name to match."""
    from fnmatch import fnmatch

    return path != "-" and fnmatch(absolute(path), pattern)


@record
class Overrides:
    """What the command line says; None means "as the configuration says"."""

    profile: str | None = None
    select: list[str] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str | None = None


class Settings:
    """What applies to one file. Give ``profile`` and ``rules`` directly (tests, tools),
    or a configuration's ``data`` and the command line's ``overrides`` (the CLI)."""

    def __init__(
        self,
        profile=None,
        rules=None,
        severities: dict[str, str] | None = None,
        options: dict[str, dict[str, Any]] | None = None,
        fail_on: str = "warning",
        lang: str = "da",
        per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = (),
        waivers: tuple[Waiver, ...] = (),
        exclude: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
        *,
        data: dict[str, Any] | None = None,
        overrides: Overrides | None = None,
    ):
        self.data = data if data is not None else {}
        self.overrides = overrides or Overrides()
        if profile is not None:
            self.profile = profile
        if rules is not None:
            self.rules = tuple(rules)
        self.severities = severities or {}
        self.options = options or {}
        self.fail_on = fail_on
        self.lang = lang
        self.per_file_ignores = per_file_ignores
        self.waivers = waivers
        self.exclude = exclude
        self.sources = sources

    @cached_property
    def key(self) -> str:
        """Everything the findings depend on besides the document and the code itself.
        Waivers, fail_on and lang act on findings after the rules ran (messages are kept
        in both languages), and per-file ignores are keyed per file by the runner, so
        editing them does not re-lint the archive."""
        from referatlint.registry import plugin_entry_points

        if "profile" in self.__dict__ or "rules" in self.__dict__:
            given = [self.profile.name, [(r.code, r.severity) for r in self.rules]]
        else:
            given = plugin_entry_points()
        data = {key: value for key, value in self.data.items() if key not in AFTER_THE_RULES}
        overrides = self.overrides._replace(fail_on=None, lang=None)
        state = [data, overrides, given, self.severities, self.options]
        return cache.digest(repr(state))  # plain data: its repr is stable, and needs no json

    @cached_property
    def profile(self):
        from referatlint import profiles
        from referatlint.config import resolve_profile

        data = dict(self.data)
        name = self.overrides.profile
        if name:
            profiles.require_builtin(name)
            data["profile"] = name
        return resolve_profile(data)

    @cached_property
    def rules(self) -> tuple:
        from referatlint.declarative import build as build_rule
        from referatlint.registry import all_rules

        data, overrides = self.data, self.overrides
        catalogue = all_rules() + tuple(build_rule(spec) for spec in data.get("rules", ()))
        chosen = overrides.select if overrides.select is not None else data.get("select")
        ignore = [*data.get("ignore", ()), *overrides.ignore]
        extend = [*data.get("extend_select", ()), *overrides.extend_select]
        # A mistyped code would silently check nothing (or everything): refuse it. The
        # configuration files' codes were checked with their lines when they were read;
        # this catches the command line's (and a plugin uninstalled since).
        codes = [rule.code for rule in catalogue]
        named = [*(chosen or ()), *ignore, *extend, *self.severities]
        named += [code for _pattern, selectors in self.per_file_ignores for code in selectors]
        for selector in named:
            if selector != "ALL" and not any(code.startswith(selector) for code in codes):
                raise ConfigError(unknown_code(selector, codes))
        rules = tuple(rule for rule in catalogue if selected(rule.code, data, overrides))
        if not rules:
            raise self.nothing_selected(chosen)
        # A severity for a prefix (RL6: info) applies to every code it begins; the most
        # specific key wins, so the engine's lookup by the whole code agrees.
        if self.severities:
            levels = [most_specific(rule.code, self.severities) for rule in rules]
            rules = tuple(
                rule._replace(severity=level) if level and level != rule.severity else rule
                for rule, level in zip(rules, levels, strict=True)
            )
        return rules

    def nothing_selected(self, chosen: list[str] | None) -> ConfigError:
        """The error for settings that leave no rule to run, pointing at the cause."""
        from referatlint.config import locate

        overrides = self.overrides
        if overrides.select == []:
            why = Msg(" (--select er tom)", " (--select is empty)")
        elif "ALL" in overrides.ignore:
            why = Msg(" (--ignore ALL)", " (--ignore ALL)")
        elif overrides.select is None and (chosen == [] or self.data.get("ignore")):
            key = "select" if chosen == [] else "ignore"
            why = Msg(
                " (»select« er tom)" if key == "select" else " (»ignore« slår dem alle fra)",
                " (“select” is empty)" if key == "select" else " (“ignore” turns them all off)",
            )
            path, line = locate(self.sources, key)
            return ConfigError(NOTHING_SELECTED.format(why=why.da, why_en=why.en), path, line)
        else:
            why = Msg(" (--select og --ignore)", " (--select and --ignore)")
        return ConfigError(NOTHING_SELECTED.format(why=why.da, why_en=why.en))


def selected(code: str, data: dict[str, Any], overrides: Overrides) -> bool:
    """Whether the rule with this code runs: the configuration's select, ignore and
    extend_select choose, then the command line's change that choice, as in ruff:
    --select replaces it (the configuration's ignore then no longer applies), --ignore
    and --extend-select take codes out and add them. ``select: []`` chooses none but
    those extend_select adds."""
    from referatlint.registry import chosen, matches

    if overrides.select is not None:
        choice = matches(code, overrides.select)
    elif data.get("select") == []:
        choice = matches(code, data.get("extend_select", ()))
    else:
        choice = chosen(
            code, data.get("select"), data.get("ignore", ()), data.get("extend_select", ())
        )
    if matches(code, overrides.extend_select):
        return True
    return choice and not matches(code, overrides.ignore)


def build(resolved, overrides: Overrides | None = None) -> Settings:
    """Settings from a configuration (config.Resolved) and the command line."""
    overrides = overrides or Overrides()
    data = resolved.data
    waivers = tuple(
        Waiver(w["file"], w["code"], str(w["item"]) if "item" in w else None, w["reason"],
               w["source"], w["line"])
        for w in data.get("waivers", ())
    )  # fmt: skip
    settings = Settings(
        severities=dict(data.get("severity", {})),
        options=dict(data.get("options", {})),
        fail_on=overrides.fail_on or data.get("fail_on", "warning"),
        lang=overrides.lang or data.get("lang", "da"),
        per_file_ignores=tuple(
            (pattern, tuple(codes)) for pattern, codes in data.get("per_file_ignores", {}).items()
        ),
        waivers=waivers,
        exclude=tuple(data.get("exclude", ())),
        sources=resolved.sources,
        data=data,
        overrides=overrides,
    )
    if overrides.profile:
        settings.profile  # noqa: B018 - an unknown profile is an error now, not on first use
    return settings
