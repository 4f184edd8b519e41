"""The configuration schema, generated from the code that reads it (the settings, the
profile keys and each rule's option specs), and the validation that turns schema errors
into one-line messages with the file, the line and a hint.

schemas/config.schema.json is this schema written out (``referatlint schema``); a test
keeps the two equal, so editors and the tool always agree."""

from __future__ import annotations

import functools
import re

from referatlint.errors import ConfigError
from referatlint.profiles import BUILTIN, ORDERS
from referatlint.rule import SEVERITIES
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

SELECTOR = {"type": "string", "pattern": "^(ALL|[A-Z]+[0-9]*)$"}
CODE = {"type": "string", "pattern": "^[A-Z]+[0-9]+$"}
TEXTS = {"type": "array", "items": {"type": "string"}}


def option_schema(default: Any) -> dict:
    if isinstance(default, bool):
        return {"type": "boolean"}
    if isinstance(default, int):
        return {"type": "integer"}
    if isinstance(default, list):
        return {"type": "array", "items": {"type": "string"}}
    return {"type": "string"}


def build() -> dict:
    """The JSON Schema of a configuration file."""
    from referatlint.declarative import KIND_TEXT, SCOPES
    from referatlint.registry import builtin_rules

    options = {
        rule.code: {
            "type": "object",
            "description": rule.title.en,
            "additionalProperties": False,
            "properties": {
                option.name: {**option_schema(option.default), "description": option.help.en}
                for option in rule.options
            },
        }
        for rule in builtin_rules()
        if rule.options
    }
    declarative = {
        "type": "object",
        "required": ["code", "message", "kind"],
        "additionalProperties": False,
        "properties": {
            "code": {
                "type": "string",
                "pattern": "^(?!RL)[A-Z]{1,3}[0-9]{3}$",
                "description": "Your own code, outside RL: for example X101.",
            },
            "name": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            "message": {"type": "string", "minLength": 1, "description": "Shown in Danish."},
            "message_en": {"type": "string", "minLength": 1},
            "fix": {"type": "string"},
            "severity": {"enum": list(SEVERITIES)},
            "kind": {"enum": list(KIND_TEXT)},
            "scope": {"enum": list(SCOPES)},
            "section": {"type": "string", "description": "Canonical section name."},
            "pattern": {"type": "string", "description": "A regular expression."},
            "ignore_case": {"type": "boolean"},
            "max": {"type": "integer", "minimum": 1, "description": "Characters, for max-length."},
            "standard_items": {
                "type": "boolean",
                "description": "Also check standing items such as 'Godkendelse af dagsorden'.",
            },
        },
        "allOf": [
            {"if": {"properties": {"kind": {"const": "required-section"}}},
             "then": {"required": ["section"]}},
            {"if": {"properties": {"kind": {"enum": ["forbidden", "required-phrase", "pattern"]}}},
             "then": {"required": ["pattern"]}},
            {"if": {"properties": {"kind": {"const": "max-length"}}}, "then": {"required": ["max"]}},
            {"if": {"properties": {"scope": {"const": "section"}}, "required": ["scope"]},
             "then": {"required": ["section"]}},
        ],
    }  # fmt: skip
    waiver = {
        "type": "object",
        "required": ["file", "code", "reason"],
        "additionalProperties": False,
        "properties": {
            "file": {"type": "string", "minLength": 1, "description": "A path or glob."},
            "code": CODE,
            "item": {"type": ["string", "integer"], "description": "The item number as printed."},
            "reason": {
                "type": "string",
                "minLength": 10,
                "description": "Why the finding is accepted, for the auditor.",
            },
        },
    }
    properties = {
        "profile": {"enum": list(BUILTIN), "description": "The built-in profile to start from."},
        "extends": {"type": "string", "description": "A built-in profile or another file."},
        "lang": {"enum": ["da", "en"]},
        "fail_on": {"enum": list(SEVERITIES)},
        "select": {"type": "array", "items": SELECTOR},
        "ignore": {"type": "array", "items": SELECTOR},
        "extend_select": {"type": "array", "items": SELECTOR},
        "severity": {
            "type": "object",
            "propertyNames": CODE,
            "additionalProperties": {"enum": list(SEVERITIES)},
        },
        "per_file_ignores": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": SELECTOR},
        },
        "options": {"type": "object", "additionalProperties": False, "properties": options},
        "waivers": {"type": "array", "items": waiver},
        "rules": {"type": "array", "items": declarative},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "sections": {"type": "object", "additionalProperties": TEXTS},
        "decision_phrases": TEXTS,
        "required_sections": {"type": "object", "additionalProperties": TEXTS},
        "decision_required": {"type": "boolean"},
        "standard_items": TEXTS,
        "case_types": TEXTS,
        "case_type_hints": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["case_type"],
                "additionalProperties": False,
                "properties": {
                    "case_type": {"type": "string"},
                    "title": {"type": "string"},
                    "decision": {"type": "string"},
                },
            },
        },
        "item_order": {"enum": list(ORDERS)},
        "group_headings": TEXTS,
        "bodies": TEXTS,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://referatlint.dk/schemas/config.schema.json",
        "title": "referatlint configuration",
        "description": (
            "A .referatlint.yaml, referatlint.yaml or [tool.referatlint] in pyproject.toml: "
            "settings, and the municipality's template as a profile."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }


# --------------------------------------------------------------------------- checking

REGEX_KEYS = ("standard_items", "decision_phrases")


@functools.cache
def validator():
    """The validator of the shipped schema, built once for all the files of a run."""
    import jsonschema
    from referatlint.schemas import load

    return jsonschema.Draft202012Validator(load("config.schema.json"))


def check(data: dict, path: str, text: str) -> None:
    """Validate one file's data (read from ``text``); raise ConfigError naming the line
    and a hint."""
    errors = sorted(
        validator().iter_errors(data), key=lambda e: (len(e.path), list(map(str, e.path)))
    )
    if errors:
        raise explain(errors[0], path, text)
    for key in REGEX_KEYS:
        for index, pattern in enumerate(data.get(key, [])):
            compiles(pattern, path, [key, index], text)
    for index, hint in enumerate(data.get("case_type_hints", [])):
        for field in ("title", "decision"):
            if field in hint:
                compiles(hint[field], path, ["case_type_hints", index, field], text)
    for index, rule in enumerate(data.get("rules", [])):
        if "pattern" in rule:
            compiles(rule["pattern"], path, ["rules", index, "pattern"], text)


def compiles(pattern: str, path: str, keys: list, text: str) -> None:
    from referatlint.config import line_of

    try:
        re.compile(pattern)
    except re.error as error:
        raise ConfigError(
            Msg(
                f"»{pattern}« er ikke et gyldigt regulært udtryk ({error})",
                f"“{pattern}” is not a valid regular expression ({error})",
            ),
            path,
            line_of(path, keys, text),
        ) from None


def nearest(word: str, choices) -> str | None:
    from referatlint.fuzzy import closest

    return closest(str(word), choices, cutoff=60)


def explain(error, path: str, text: str) -> ConfigError:
    from referatlint.config import line_of

    keys = list(error.path)
    where = ".".join(str(k) for k in keys) or "(øverst)"
    schema = error.schema
    if error.validator == "additionalProperties":
        known = schema.get("properties", {})
        extra = sorted(set(error.instance) - set(known))[0]
        hint = nearest(extra, known)
        da = f"ukendt nøgle »{extra}«" + (f" (mente du »{hint}«?)" if hint else "")
        en = f"unknown key “{extra}”" + (f" (did you mean “{hint}”?)" if hint else "")
        if not known:
            da, en = (
                f"ukendt nøgle »{extra}« under »{where}«",
                f"unknown key “{extra}” under “{where}”",
            )
        return ConfigError(Msg(da, en), path, line_of(path, [*keys, extra], text))
    line = line_of(path, keys, text)
    value = error.instance
    if error.validator == "enum":
        hint = nearest(value, schema["enum"])
        choices = ", ".join(str(c) for c in schema["enum"])
        da = f"»{where}: {value}« er ikke tilladt (vælg mellem {choices})"
        en = f"“{where}: {value}” is not allowed (choose from {choices})"
        if hint:
            da, en = da + f"; mente du »{hint}«?", en + f"; did you mean “{hint}”?"
        return ConfigError(Msg(da, en), path, line)
    if error.validator == "required":
        missing = error.message.split("'")[1]
        return ConfigError(
            Msg(f"»{where}« mangler nøglen »{missing}«", f"“{where}” lacks the key “{missing}”"),
            path,
            line,
        )
    if error.validator == "minLength" and keys and keys[-1] == "reason":
        return ConfigError(
            Msg(
                "en undtagelse skal have en skrevet begrundelse (mindst 10 tegn)",
                "a waiver needs a written reason (at least 10 characters)",
            ),
            path,
            line,
        )
    if error.validator == "type":
        kinds = {"array": "en liste", "object": "en samling af nøgler", "string": "en tekst",
                 "boolean": "true eller false", "integer": "et helt tal"}  # fmt: skip
        expected = schema["type"] if isinstance(schema["type"], str) else schema["type"][0]
        return ConfigError(
            Msg(
                f"»{where}« skal være {kinds.get(expected, expected)}",
                f"“{where}” must be of type {expected}",
            ),
            path,
            line,
        )
    if error.validator == "pattern":
        return ConfigError(
            Msg(
                f"»{value}« under »{where}« har ikke den rigtige form ({schema['pattern']})",
                f"“{value}” under “{where}” does not have the right form ({schema['pattern']})",
            ),
            path,
            line,
        )
    return ConfigError(
        Msg(f"»{where}«: {error.message}", f"“{where}”: {error.message}"), path, line
    )


if __name__ == "__main__":  # python -m referatlint.config_schema > schemas/config.schema.json
    import json
    import sys

    json.dump(build(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
