"""Filter stage, part one: configuration files.

Discovery like the tools people know: ``--config FILE``, else the nearest
``.referatlint.yaml``, ``referatlint.yaml`` or ``pyproject.toml`` with a
``[tool.referatlint]`` table, walking up from each linted file. A file may ``extends:`` a
built-in profile or another file. Files are read safely (no YAML object tags), validated
against schemas/config.schema.json, and a bad one is a one-line error naming the file, the
line and the offending key, with the nearest valid key as a hint.

Validating costs the YAML and jsonschema imports; the validated, merged result is cached
by the content of every file it came from, so later runs read one small cache entry.
"""

from __future__ import annotations

import functools
import os

from referatlint import __version__, cache
from referatlint.errors import ConfigError, os_reason
from referatlint.records import record
from referatlint.settings import absolute
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

CONFIG_NAMES = (".referatlint.yaml", "referatlint.yaml", "pyproject.toml")
TEMPLATE_KEYS = (
    "name", "description", "sections", "decision_phrases", "required_sections",
    "decision_required", "standard_items", "extend_standard_items", "case_types",
    "extend_case_types", "case_type_hints", "extend_case_type_hints", "item_order",
    "group_headings", "bodies",
)  # fmt: skip


# Lists a file adds to, in every file of an extends chain, rather than replaces.
EXTENDING_KEYS = (
    "waivers", "rules", "exclude", "extend_standard_items", "extend_case_types",
    "extend_case_type_hints",
)  # fmt: skip


@record
class Source:
    """One configuration file as read: its text (for the lines of keys) and settings."""

    path: str
    digest: str  # of its bytes: the cached configuration is valid while this matches
    text: str
    data: dict[str, Any]


@record
class Resolved:
    """Everything the configuration files say, merged, and which files said it."""

    sources: tuple[str, ...]  # in the order they were read, the base first
    data: dict[str, Any]


NONE = Resolved((), {})


def has_tool_table(path: str) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return "[tool.referatlint" in handle.read()
    except OSError:
        return False


def find_config(start: str) -> str | None:
    """The nearest configuration file at or above ``start`` (a directory)."""
    folder = os.path.realpath(start)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate) and (
                name != "pyproject.toml" or has_tool_table(candidate)
            ):
                return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


# --------------------------------------------------------------------------- reading


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def fingerprint(paths: list[str]) -> list[tuple[str, str]]:
    return [(path, cache.digest(read_bytes(path))) for path in paths]


def load(path: str) -> Resolved:
    """A configuration file and everything it extends, validated and merged."""
    path = os.path.abspath(path)
    key = cache.digest(f"{__version__}\0{path}")
    cached = cache.load("config", key)
    if cached is not None:
        try:
            if [tuple(pair) for pair in cached["sources"]] == fingerprint(
                [source for source, _ in cached["sources"]]
            ):
                return Resolved(tuple(s for s, _ in cached["sources"]), cached["data"])
        except (OSError, KeyError, TypeError):
            pass
    chain = read_chain(path, [])
    from referatlint.config_schema import check_chain

    data = check_chain(chain, merge(chain))
    sources = [(source.path, source.digest) for source in chain]
    cache.store("config", key, {"sources": sources, "data": data})
    return Resolved(tuple(source.path for source in chain), data)


def read_chain(path: str, seen: list[str]) -> list[Source]:
    if path in seen:
        raise ConfigError(
            Msg(
                f"»extends« går i ring: {' -> '.join([*seen, path])}",
                f"“extends” loops: {' -> '.join([*seen, path])}",
            ),
            path,
        )
    source = read_file(path)
    parent = source.data.get("extends")
    if parent and is_builtin_profile(parent) and "profile" in source.data:
        raise ConfigError(
            Msg(
                f"»profile: {source.data['profile']}« og »extends: {parent}« vælger begge en "
                "profil; brug kun den ene",
                f"“profile: {source.data['profile']}” and “extends: {parent}” both choose a "
                "profile; use only one of them",
            ),
            path,
            line_of(path, ["extends"], source.text),
        )
    if parent and not is_builtin_profile(parent):
        target = os.path.normpath(os.path.join(os.path.dirname(path), parent))
        if not os.path.isfile(target):
            from referatlint.config_schema import nearest
            from referatlint.profiles import BUILTIN

            near = None if "/" in parent or "." in parent else nearest(parent, BUILTIN)
            raise ConfigError(
                Msg(
                    f"»extends: {parent}« er hverken en indbygget profil eller en fil"
                    + (f" (mente du »{near}«?)" if near else ""),
                    f"“extends: {parent}” is neither a built-in profile nor a file"
                    + (f" (did you mean “{near}”?)" if near else ""),
                ),
                path,
                line_of(path, ["extends"], source.text),
            )
        return [*read_chain(target, [*seen, path]), source]
    return [source]


def is_builtin_profile(name: str) -> bool:
    from referatlint.profiles import BUILTIN

    return name in BUILTIN


NOT_UTF8 = Msg(
    "filen er ikke gemt som UTF-8 (men fx som Windows-1252 eller UTF-16); gem filen som UTF-8",
    "the file is not saved as UTF-8 (but as Windows-1252 or UTF-16, say); save it as UTF-8",
)


def read_file(path: str) -> Source:
    try:
        raw = read_bytes(path)
    except OSError as error:
        reason = os_reason(error)
        raise ConfigError(
            Msg(f"kan ikke læses: {reason.da}", f"cannot be read: {reason.en}"), path
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(NOT_UTF8, path, raw[: error.start].count(b"\n") + 1) from None
    data = read_toml(text, path) if path.endswith(".toml") else read_yaml(text, path)
    from referatlint.config_schema import check

    check(data, path, text)
    return Source(path, cache.digest(raw), text, data)


# What the YAML parser's messages mean, in Danish: (the start of its message, the text).
YAML_PROBLEMS = (
    ("found character '\\t'", "et tabulatortegn; ryk ind med mellemrum",
     "a tab character; indent with spaces"),
    ("found character", "et tegn, der ikke kan stå først i en værdi; sæt værdien i anførselstegn",
     "a character that cannot begin a value; quote the value"),
    ("mapping values are not allowed", "et kolon, hvor der ikke kan stå et; sæt teksten i "
     "anførselstegn eller ret indrykningen", "a colon where none can be; quote the text or "
     "mend the indentation"),
    ("could not find expected ':'", "der mangler et kolon efter nøglen, eller indrykningen er "
     "forkert", "a colon is missing after the key, or the indentation is wrong"),
    ("expected <block end>", "indrykningen passer ikke med linjerne over",
     "the indentation does not match the lines above"),
    ("found unexpected end of stream", "et anførselstegn er ikke lukket",
     "a quotation mark is not closed"),
    ("found unknown escape character", "en ukendt \\-kombination i tekst i dobbelte "
     "anførselstegn; skriv \\\\ eller brug enkelte anførselstegn", "an unknown \\ escape "
     "in a double-quoted text; write \\\\ or use single quotes"),
    ("could not determine a constructor", "YAML-mærker som »!!python/…« er ikke tilladt",
     "YAML tags such as “!!python/…” are not allowed"),
    ("found undefined tag handle", "YAML-mærker som »!…« er ikke tilladt",
     "YAML tags such as “!…” are not allowed"),
)  # fmt: skip


def yaml_problem(error) -> tuple[str, str, int | None]:
    """A YAML error as (Danish, English, line): in words, at the line to mend."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    context = getattr(error, "context_mark", None)
    line = mark.line + 1 if mark else None
    for closer, opener in (("]", "["), ("}", "{")):
        if problem.startswith(f"expected ',' or '{closer}'") and context is not None:
            return (
                f"»{opener}« er ikke lukket med »{closer}«",
                f"the “{opener}” is not closed with “{closer}”",
                context.line + 1,  # where it opens
            )
    for start, da, en in YAML_PROBLEMS:
        if problem.startswith(start):
            return da, en, line
    return f"parseren siger: {problem}", f"the parser says: {problem}", line


@functools.cache
def strict_loader():
    """YAML's safe loader, refusing a key written twice in one mapping (YAML keeps the
    last one, silently dropping the first block: a config that grew at its end)."""
    import yaml

    class Loader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            seen: dict[tuple, int] = {}
            for key, _value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                    line = key.start_mark.line + 1
                    first = seen.setdefault((key.tag, key.value), line)
                    if first != line:
                        raise ConfigError(
                            Msg(
                                f"nøglen »{key.value}« står to gange (første gang linje {first})",
                                f"the key “{key.value}” is written twice (first on line {first})",
                            ),
                            None,
                            line,
                        )
            return super().construct_mapping(node, deep)

    return Loader


def read_yaml(text: str, path: str) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.load(text, Loader=strict_loader())  # a safe loader (strict_loader)
    except yaml.YAMLError as error:
        da, en, line = yaml_problem(error)
        raise ConfigError(
            Msg(f"ikke gyldig YAML: {da}", f"not valid YAML: {en}"), path, line
        ) from None
    except ConfigError as error:
        raise ConfigError(error.message, path, error.line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(
            Msg("skal være en samling af »nøgle: værdi«", "must be a mapping of “key: value”"),
            path,
            1,
        )
    return data


TOML_PROBLEMS = (
    ("Unclosed array", "en liste i [ ] er ikke lukket med »]«",
     "a list in [ ] is not closed with “]”"),
    ("Unclosed inline table", "en tabel i { } er ikke lukket med »}«",
     "a table in { } is not closed with “}”"),
    ("Unterminated string", "et anførselstegn er ikke lukket", "a quotation mark is not closed"),
    ("Invalid value", "værdien er ikke gyldig (en tekst skal stå i anførselstegn)",
     "the value is not valid (a text must be quoted)"),
    ("Cannot overwrite a value", "nøglen står to gange", "the key is written twice"),
    ("Cannot declare", "tabellen står to gange", "the table is declared twice"),
    ("Duplicate inline table key", "nøglen står to gange", "the key is written twice"),
    ("Expected '=' after a key", "der mangler »=« efter nøglen", "“=” is missing after the key"),
    ("Expected ']' at the end", "tabelnavnet mangler »]«", "the table name lacks “]”"),
    ("Invalid statement", "linjen er hverken »nøgle = værdi« eller [tabel]",
     "the line is neither “key = value” nor [table]"),
)  # fmt: skip


def read_toml(text: str, path: str) -> dict[str, Any]:
    import re
    import tomllib

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        at = re.search(r" \(at line (\d+), column \d+\)$", message)
        line = int(at.group(1)) if at else len(text.splitlines()) or 1
        problem = re.sub(r" \(at (line \d+, column \d+|end of document)\)$", "", message)
        da, en = next(
            ((da, en) for start, da, en in TOML_PROBLEMS if problem.startswith(start)),
            (f"parseren siger: {problem}", f"the parser says: {problem}"),
        )
        raise ConfigError(
            Msg(f"ikke gyldig TOML: {da}", f"not valid TOML: {en}"), path, line
        ) from None
    tool = document.get("tool", {})
    if "referatlint" not in tool:
        raise ConfigError(
            Msg(
                "har ingen tabel [tool.referatlint]; skriv indstillingerne under en linje "
                "med [tool.referatlint]",
                "has no [tool.referatlint] table; write the settings below a line "
                "[tool.referatlint]",
            ),
            path,
        )
    return tool["referatlint"]


def line_of(path: str, keys: list, text: str) -> int | None:
    """The line of a key path (["options", "RL606", "allowed"]) in a configuration file."""
    return lines_of(path, [keys], text)[0]


def lines_of(path: str, key_paths: list[list], text: str) -> list[int | None]:
    """The lines of several key paths in one configuration file, parsed once."""
    if path.endswith(".toml"):
        return [toml_line(text, keys) for keys in key_paths]
    import yaml

    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return [None] * len(key_paths)
    return [yaml_line(root, keys) for keys in key_paths]


def yaml_line(node, keys: list) -> int | None:
    """The line of a key path below a composed YAML node (a key in any case: codes are
    read so)."""
    import yaml

    line = 1
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            match = next((pair for pair in node.value if pair[0].value == str(key)), None)
            match = match or next(
                (pair for pair in node.value if str(pair[0].value).upper() == str(key).upper()),
                None,
            )
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def toml_key(text: str) -> list[str]:
    """The parts of a TOML key or table name: ``a."b.c".d`` -> [a, b.c, d]."""
    import re

    return [bare or quoted for quoted, bare in re.findall(r'"([^"]*)"|([^."\s]+)', text)]


def toml_line(text: str, keys: list) -> int | None:
    """The line of a key path in the [tool.referatlint] tables: the line stating the
    longest part of it (a key, a table, the n-th [[array]] entry)."""
    import re

    wanted = [str(key) for key in keys]
    counts: dict[tuple, int] = {}
    table: list[str] | None = None  # below [tool.referatlint], else None
    best, best_line = -1, None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^(\[\[?)([^\]]+)\]", stripped)
        if header:
            name = toml_key(header.group(2))
            if name[:2] != ["tool", "referatlint"]:
                table = None
                continue
            table = name[2:]
            if header.group(1) == "[[":
                index = counts[tuple(table)] = counts.get(tuple(table), -1) + 1
                table = [*table, str(index)]
            path = table
        elif table is not None and "=" in stripped and not stripped.startswith("#"):
            path = [*table, *toml_key(stripped.split("=", 1)[0])]
        else:
            continue
        length = len(path) if path == wanted[: len(path)] else -1
        if length > best:
            best, best_line = length, number
    return best_line


def locate(sources: tuple[str, ...], key: str) -> tuple[str | None, int | None]:
    """The last of ``sources`` (paths) that states the top-level ``key``, and its line;
    for an error found after the files were read (it reads them again)."""
    for path in reversed(sources):
        try:
            text = read_bytes(path).decode("utf-8")
            data = read_toml(text, path) if path.endswith(".toml") else read_yaml(text, path)
        except (OSError, UnicodeDecodeError, ConfigError):
            continue
        if key in data:
            return path, line_of(path, [key], text)
    return None, None


# --------------------------------------------------------------------------- merging


def merge(chain: list[Source]) -> dict[str, Any]:
    """Later files override earlier ones key by key; mappings merge one level down;
    waivers and declarative rules add up; template keys are kept for the profile. File
    patterns are anchored at the directory of the file that states them, and each waiver
    remembers the file and line that grants it."""
    merged: dict[str, Any] = {}
    for source in chain:
        layer = dict(source.data)
        folder = os.path.dirname(source.path)
        if "waivers" in layer:
            keys = [["waivers", index] for index in range(len(layer["waivers"]))]
            lines = lines_of(source.path, keys, source.text)
            layer["waivers"] = [
                {**waiver, "file": absolute(os.path.join(folder, waiver["file"])), "source": source.path,
                 "line": line}
                for waiver, line in zip(layer["waivers"], lines, strict=True)
            ]  # fmt: skip
        if "exclude" in layer:
            # "scannet/" is the folder's files, as in ruff's exclude (a pattern matches files)
            layer["exclude"] = [
                absolute(os.path.join(folder, p + "*" if p.endswith("/") else p))
                for p in layer["exclude"]
            ]
        if "per_file_ignores" in layer:
            layer["per_file_ignores"] = {
                absolute(os.path.join(folder, pattern)): codes
                for pattern, codes in layer["per_file_ignores"].items()
            }
        for key, value in layer.items():
            if key in EXTENDING_KEYS:
                merged[key] = [*merged.get(key, []), *value]
            elif key in (
                "severity",
                "per_file_ignores",
                "options",
                "sections",
                "required_sections",
            ):
                merged[key] = {**merged.get(key, {}), **value}
            elif key == "extends":
                continue
            else:
                merged[key] = value
        extended = layer.get("extends")
        if extended and is_builtin_profile(extended) and "profile" not in layer:
            merged["profile"] = extended
    return merged


def resolve_profile(data: dict[str, Any]):
    """The profile the configuration describes: its base profile plus its template keys."""
    from referatlint import profiles

    base = data.get("profile") or "standard"
    template = {key: data[key] for key in TEMPLATE_KEYS if key in data}
    if not template:
        return profiles.builtin(base)
    template.setdefault("name", base)
    return profiles.Profile({"extends": base, **template})


class Finder:
    """Finds and loads the configuration of each linted file, once per directory."""

    def __init__(self, explicit: str | None = None, isolated: bool = False):
        self.explicit = explicit
        self.isolated = isolated
        self._by_directory: dict[str, Resolved] = {}
        self._by_file: dict[str, Resolved] = {}

    def for_path(self, path: str) -> Resolved:
        if self.isolated:
            return NONE
        if self.explicit:
            return self._load(self.explicit)
        directory = os.getcwd() if path == "-" else os.path.dirname(os.path.abspath(path))
        if directory not in self._by_directory:
            found = find_config(directory)
            self._by_directory[directory] = self._load(found) if found else NONE
        return self._by_directory[directory]

    def _load(self, path: str) -> Resolved:
        if path not in self._by_file:
            if os.path.isdir(path):
                raise ConfigError(
                    Msg(
                        "er en mappe; --config skal pege på en konfigurationsfil",
                        "is a folder; --config must name a configuration file",
                    ),
                    path,
                )
            if not os.path.isfile(path):
                raise ConfigError(Msg("filen findes ikke", "no such file"), path)
            self._by_file[path] = load(path)
        return self._by_file[path]
