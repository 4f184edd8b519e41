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

import os

from referatlint import __version__, cache
from referatlint.errors import ConfigError
from referatlint.records import record
from referatlint.settings import absolute
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

CONFIG_NAMES = (".referatlint.yaml", "referatlint.yaml", "pyproject.toml")
TEMPLATE_KEYS = (
    "name", "description", "sections", "decision_phrases", "required_sections",
    "decision_required", "standard_items", "case_types", "case_type_hints", "item_order",
    "group_headings", "bodies",
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
    data = merge(chain)
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
    if parent and not is_builtin_profile(parent):
        target = os.path.normpath(os.path.join(os.path.dirname(path), parent))
        if not os.path.isfile(target):
            raise ConfigError(
                Msg(
                    f"»extends: {parent}« er hverken en indbygget profil eller en fil",
                    f"“extends: {parent}” is neither a built-in profile nor a file",
                ),
                path,
                line_of(path, ["extends"], source.text),
            )
        return [*read_chain(target, [*seen, path]), source]
    return [source]


def is_builtin_profile(name: str) -> bool:
    from referatlint.profiles import BUILTIN

    return name in BUILTIN


def read_file(path: str) -> Source:
    try:
        raw = read_bytes(path)
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            Msg(f"kan ikke læses: {error}", f"cannot be read: {error}"), path
        ) from None
    data = read_toml(text, path) if path.endswith(".toml") else read_yaml(text, path)
    from referatlint.config_schema import check

    check(data, path, text)
    return Source(path, cache.digest(raw), text, data)


def read_yaml(text: str, path: str) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ConfigError(
            Msg(f"ikke gyldig YAML: {problem}", f"not valid YAML: {problem}"),
            path,
            mark.line + 1 if mark else None,
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(
            Msg("skal være en samling af »nøgle: værdi«", "must be a mapping of “key: value”"),
            path,
            1,
        )
    return data


def read_toml(text: str, path: str) -> dict[str, Any]:
    import tomllib

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            Msg(f"ikke gyldig TOML: {error}", f"not valid TOML: {error}"), path
        ) from None
    return document.get("tool", {}).get("referatlint", {})


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
    """The line of a key path below a composed YAML node."""
    import yaml

    line = 1
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            match = next((pair for pair in node.value if pair[0].value == str(key)), None)
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def toml_line(text: str, keys: list) -> int | None:
    names = [str(key) for key in keys if not isinstance(key, int)]
    in_table = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_table = stripped.startswith("[tool.referatlint")
            if in_table and names and stripped.strip("[]").split(".")[-1] == names[-1]:
                return number
            continue
        if in_table and names and stripped.split("=")[0].strip().strip('"') == names[-1]:
            return number
    return None


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
        if "per_file_ignores" in layer:
            layer["per_file_ignores"] = {
                absolute(os.path.join(folder, pattern)): codes
                for pattern, codes in layer["per_file_ignores"].items()
            }
        for key, value in layer.items():
            if key in ("waivers", "rules"):
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
            if not os.path.isfile(path):
                raise ConfigError(Msg("filen findes ikke", "no such file"), path)
            self._by_file[path] = load(path)
        return self._by_file[path]
