"""The rule catalogue: the built-in rules, listed explicitly in referatlint.rules, plus
third-party rules registered under the entry-point group ``referatlint.rules``."""

import os
from collections.abc import Iterable, Sequence

from referatlint.errors import ConfigError
from referatlint.rule import Rule
from referatlint.text import Msg

ENTRY_POINT_GROUP = "referatlint.rules"
BAD_PLUGIN = Msg(
    "regel-udvidelsen {name} kunne ikke indlæses: {reason}",
    "the rule plugin {name} could not be loaded: {reason}",
)


def builtin_rules() -> tuple[Rule, ...]:
    from referatlint.rules import BUILTIN

    return BUILTIN


def plugin_entry_points() -> list[tuple[str, str]]:
    """(name, "module:attribute") of every installed plugin.

    Scanning the installed distributions costs more than the rest of a run's start-up,
    so the answer is cached under a key of the folders packages are installed in and
    their modification times, which change whenever a package is installed or removed."""
    import sys

    from referatlint import cache

    extra = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    places = [
        (path, os.stat(path).st_mtime_ns)
        for path in sys.path
        if path.endswith(("site-packages", "dist-packages")) or (path and path in extra)
        if os.path.isdir(path)
    ]
    key = cache.digest(repr(places))
    found = cache.load("plugins", key)
    if found is None:
        from importlib.metadata import entry_points

        found = sorted((e.name, e.value) for e in entry_points(group=ENTRY_POINT_GROUP))
        cache.store("plugins", key, found)
    return [tuple(pair) for pair in found]


def load_entry_point(value: str):
    from importlib import import_module

    module, _, attribute = value.partition(":")
    target = import_module(module.strip())
    for part in filter(None, attribute.strip().split(".")):
        target = getattr(target, part)
    return target


def plugin_rules() -> tuple[Rule, ...]:
    """Rules from installed plugin packages. An entry point names a Rule, a sequence of
    Rules, or a module with RULE or RULES."""
    found: list[Rule] = []
    for name, value in plugin_entry_points():
        try:
            target = load_entry_point(value)
        except Exception as error:  # a broken plugin must not crash the run
            raise ConfigError(BAD_PLUGIN.format(name=name, reason=error)) from None
        if isinstance(target, Rule):
            found.append(target)
        elif hasattr(target, "RULES") or hasattr(target, "RULE"):
            found.extend(getattr(target, "RULES", None) or (target.RULE,))
        elif isinstance(target, Sequence):
            found.extend(target)
        else:
            raise ConfigError(BAD_PLUGIN.format(name=name, reason="no Rule, RULE or RULES found"))
    return tuple(found)


def all_rules() -> tuple[Rule, ...]:
    rules = builtin_rules() + plugin_rules()
    seen: set[str] = set()
    for rule in rules:
        if rule.code in seen:
            raise ConfigError(
                Msg(
                    f"regelkoden {rule.code} er brugt to gange",
                    f"rule code {rule.code} is used twice",
                )
            )
        seen.add(rule.code)
    return rules


def configured_rules(data: dict, sources: Sequence[str] = ()) -> tuple[Rule, ...]:
    """The rules a configuration declares under ``rules:`` (X101), as a run builds them,
    with the configuration files they come from as their source."""
    if not data.get("rules"):
        return ()
    from referatlint.declarative import build
    from referatlint.report.common import report_path

    where = ", ".join(report_path(source) for source in sources) or None
    return tuple(build(spec)._replace(source=where) for spec in data["rules"])


def matches(code: str, selectors: Iterable[str]) -> bool:
    """A code matches a selector that is ALL, the code itself or a prefix of it."""
    return any(s == "ALL" or code.startswith(s) for s in selectors)


def chosen(
    code: str,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> bool:
    """Whether one configuration's ``select`` (replacing the default, all), ``ignore``
    (removing) and ``extend_select`` (adding back) choose the rule with this code, each by
    code or prefix."""
    if matches(code, extend_select):
        return True
    if matches(code, ignore):
        return False
    return matches(code, select) if select else True


def find(rules: Iterable[Rule], key: str) -> Rule | None:
    key = key.strip()
    for rule in rules:
        if rule.code.casefold() == key.casefold() or rule.name == key:
            return rule
    return None
