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

# Codes are read in any case, as on the command line, and kept in capitals (normalized).
SELECTOR = {
    "type": "string",
    "pattern": "^[A-Za-z]+[0-9]*$",
    "description": "A rule code, a prefix of codes (RL6) or ALL.",
}
CODE = {"type": "string", "pattern": "^[A-Za-z]+[0-9]+$", "description": "A rule code."}
RULE_CODE = "^(?!RL)[A-Z]{1,3}[0-9]{3}$"
RULE_NAME = "^[a-z0-9]+(-[a-z0-9]+)*$"
TEXTS = {"type": "array", "items": {"type": "string"}}
CASE_TYPE_HINTS = {
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
}


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
                "pattern": RULE_CODE,
                "description": "Your own code, outside RL: for example X101.",
            },
            "name": {"type": "string", "pattern": RULE_NAME},
            "message": {"type": "string", "minLength": 1, "description": "Shown in Danish."},
            "message_en": {"type": "string", "minLength": 1},
            "fix": {"type": "string"},
            "severity": {"enum": list(SEVERITIES)},
            "kind": {"enum": list(KIND_TEXT)},
            "scope": {"enum": list(SCOPES)},
            "section": {
                "type": "string",
                "description": "A section: its canonical name or one of its headings.",
            },
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
            "description": "Per code or prefix (RL6: info); the longest matching key wins.",
            "propertyNames": SELECTOR,
            "additionalProperties": {"enum": list(SEVERITIES)},
        },
        "exclude": {
            **TEXTS,
            "description": (
                "File patterns, as per_file_ignores has them, of documents a run over a "
                "folder skips (scans, old archives); a pattern ending in / covers the "
                "folder's files. A file named on the command line is still checked."
            ),
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
        "decision_required": {
            "type": ["boolean", "object"],
            "description": (
                "Whether items of minutes must record a decision: true or false, or per case "
                'type as required_sections ("*" for the rest).'
            ),
            "additionalProperties": {"type": "boolean"},
        },
        "standard_items": {
            **TEXTS,
            "description": (
                "Regular expressions on item titles: standing items, which need no section "
                "and no decision. Replaces the profile's list; extend_standard_items adds to it."
            ),
        },
        "extend_standard_items": {
            **TEXTS,
            "description": "Standing items added to the profile's standard_items.",
        },
        "case_types": {
            **TEXTS,
            "description": (
                "The case types items may state. Replaces the profile's list; "
                "extend_case_types adds to it."
            ),
        },
        "extend_case_types": {**TEXTS, "description": "Case types added to the profile's."},
        "case_type_hints": {
            **CASE_TYPE_HINTS,
            "description": (
                "A case type for items that state none: by a regular expression on the title "
                "or on the decision. Replaces the profile's list; extend_case_type_hints "
                "adds to it."
            ),
        },
        "extend_case_type_hints": {
            **CASE_TYPE_HINTS,
            "description": "Hints added after the profile's case_type_hints.",
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

REGEX_KEYS = ("standard_items", "extend_standard_items", "decision_phrases")
SELECTOR_KEYS = ("select", "ignore", "extend_select")


@functools.cache
def validator():
    """The validator of the shipped schema, built once for all the files of a run."""
    import jsonschema
    from referatlint.schemas import load

    return jsonschema.Draft202012Validator(load("config.schema.json"))


def check(data: dict, path: str, text: str) -> None:
    """Validate one file's data (read from ``text``); raise ConfigError naming the line
    and a hint. Rule codes are then written in capitals, as the command line reads them."""
    errors = sorted(
        validator().iter_errors(data),
        # At one place an unknown key comes before a missing one: it is usually the same
        # key misspelt ("reasn" for "reason"), and the unknown one says which.
        key=lambda e: (len(e.path), list(map(str, e.path)), e.validator != "additionalProperties"),
    )
    if errors:
        raise explain(errors[0], path, text)
    for key in REGEX_KEYS:
        for index, pattern in enumerate(data.get(key, [])):
            compiles(pattern, path, [key, index], text)
    for key in ("case_type_hints", "extend_case_type_hints"):
        for index, hint in enumerate(data.get(key, [])):
            for field in ("title", "decision"):
                if field in hint:
                    compiles(hint[field], path, [key, index, field], text)
    for index, rule in enumerate(data.get("rules", [])):
        if "pattern" in rule:
            compiles(rule["pattern"], path, ["rules", index, "pattern"], text)
    for pattern in data.get("per_file_ignores", {}):
        forward_slashes(pattern, path, ["per_file_ignores", pattern], text)
    for index, pattern in enumerate(data.get("exclude", [])):
        forward_slashes(pattern, path, ["exclude", index], text)
    for index, waiver in enumerate(data.get("waivers", [])):
        forward_slashes(waiver["file"], path, ["waivers", index, "file"], text)
    capitals(data)


def capitals(data: dict) -> None:
    """Rule codes in capitals (``select: [rl601]`` is RL601, as ``--select rl601`` is)."""
    for key in SELECTOR_KEYS:
        if key in data:
            data[key] = [code.upper() for code in data[key]]
    if "severity" in data:
        data["severity"] = {code.upper(): level for code, level in data["severity"].items()}
    if "per_file_ignores" in data:
        data["per_file_ignores"] = {
            pattern: [code.upper() for code in codes]
            for pattern, codes in data["per_file_ignores"].items()
        }
    if "waivers" in data:
        data["waivers"] = [{**waiver, "code": waiver["code"].upper()} for waiver in data["waivers"]]


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


def forward_slashes(pattern: str, path: str, keys: list, text: str) -> None:
    """A file pattern written the Windows way (``udvalg\\udkast.txt``) would match no
    file, silently: paths are matched with ``/`` between folders on every system."""
    from referatlint.config import line_of

    if "\\" in pattern:
        slashed = pattern.replace("\\", "/")
        raise ConfigError(
            Msg(
                f"filmønsteret »{pattern}« bruger \\ mellem mapperne; skriv / i stedet (også "
                f"på Windows): »{slashed}«",
                f"the file pattern “{pattern}” uses \\ between folders; write / instead (also "
                f"on Windows): “{slashed}”",
            ),
            path,
            line_of(path, keys, text),
        )


def nearest(word: str, choices, cutoff: float = 60) -> str | None:
    from referatlint.fuzzy import closest

    return closest(str(word), choices, cutoff=cutoff)


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
        elif not hint and not keys and re.fullmatch("[A-Za-z]+[0-9]+", str(extra)):
            da += f" (en regels indstillinger står under »options«: options: {{{extra}: …}})"
            en += f" (a rule's settings go under “options”: options: {{{extra}: …}})"
        return ConfigError(Msg(da, en), path, line_of(path, [*keys, extra], text))
    value = error.instance
    if "propertyNames" in error.schema_path:  # the key itself is wrong: point at it
        keys = [*keys, value]
    line = line_of(path, keys, text)
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
        da, en = (
            f"»{where}« skal være {kinds.get(expected, expected)}",
            f"“{where}” must be of type {expected}",
        )
        # One value where a list belongs: show the list it is written as.
        if expected == "array" and keys and isinstance(value, str | int | float):
            example = f"{keys[-1]}: [{value}]"
            da, en = f"{da}, fx {example}", f"{en}, e.g. {example}"
        return ConfigError(Msg(da, en), path, line)
    if error.validator == "pattern":
        return ConfigError(wrong_form(str(value), where, schema["pattern"]), path, line)
    return ConfigError(
        Msg(f"»{where}«: {error.message}", f"“{where}”: {error.message}"), path, line
    )


def wrong_form(value: str, where: str, pattern: str) -> Msg:
    """What is wrong with a code or a name, in words rather than the pattern."""
    if pattern in (SELECTOR["pattern"], CODE["pattern"]):
        example = "RL601" if pattern == CODE["pattern"] else "RL601, eller et præfiks som RL6"
        example_en = "RL601" if pattern == CODE["pattern"] else "RL601, or a prefix such as RL6"
        return Msg(
            f"»{value}« under »{where}« er ikke en regelkode (bogstaver og cifre, fx {example})",
            f"“{value}” under “{where}” is not a rule code (letters and digits, e.g. {example_en})",
        )
    if pattern == RULE_CODE:
        if re.fullmatch(RULE_CODE, value.upper()):
            return Msg(
                f"skriv koden med store bogstaver: »{value.upper()}«",
                f"write the code in capitals: “{value.upper()}”",
            )
        return Msg(
            f"»{value}« kan ikke være koden for en egen regel: brug 1-3 store bogstaver og tre "
            "cifre, fx X101 (koder, der begynder med RL, er referatlints egne)",
            f"“{value}” cannot be the code of your own rule: use 1-3 capitals and three digits, "
            "e.g. X101 (codes beginning with RL are referatlint's own)",
        )
    if pattern == RULE_NAME:
        return Msg(
            f"»{value}« under »{where}« skal skrives med små bogstaver, cifre og bindestreger, "
            "fx »skriv-borger«",
            f"“{value}” under “{where}” must be lower-case letters, digits and hyphens, "
            "e.g. “write-citizen”",
        )
    return Msg(
        f"»{value}« under »{where}« har ikke den rigtige form ({pattern})",
        f"“{value}” under “{where}” does not have the right form ({pattern})",
    )


# --------------------------------------------------------------------------- the whole chain


def check_chain(chain: list, data: dict[str, Any]) -> dict[str, Any]:
    """What no single file's schema can say, checked on the merged configuration ``data``
    of a chain of files (config.Source, the base first): every rule code names a rule,
    custom rule codes are unique, every case type and section the template names exists,
    a new section is no misspelt known one and a heading belongs to one section. An error
    names the file and line that say it. Returns ``data`` with every section it names
    written as its canonical name (a heading of the section means the section)."""
    from referatlint import profiles
    from referatlint.config import TEMPLATE_KEYS

    base = data.get("profile") or "standard"
    template = profiles.resolve(
        {"extends": base, **{key: data[key] for key in TEMPLATE_KEYS if key in data}}
    )
    sections_are_apart(chain, profiles.resolve(profiles.builtin_data(base)))
    codes = rule_codes(chain)
    for source in chain:
        codes_exist(source, codes)
        template_names_exist(source, template["sections"], template["case_types"])
    return canonical(data, template["sections"])


def located(source, keys: list, da: str, en: str) -> ConfigError:
    from referatlint.config import line_of

    return ConfigError(Msg(da, en), source.path, line_of(source.path, keys, source.text))


def rule_codes(chain: list) -> list[str]:
    """The codes of every rule: built in, from plugins and from the chain's ``rules:``."""
    from referatlint.config import line_of
    from referatlint.registry import all_rules

    codes = [rule.code for rule in all_rules()]
    first: dict[str, tuple] = {}
    for source in chain:
        for index, rule in enumerate(source.data.get("rules", ())):
            code, keys = rule["code"], ["rules", index, "code"]
            if code in first:
                other, other_index = first[code]
                line = line_of(other.path, ["rules", other_index, "code"], other.text)
                at = f"linje {line}" if other.path == source.path else f"{other.path}:{line}"
                at_en = f"line {line}" if other.path == source.path else f"{other.path}:{line}"
                raise located(
                    source, keys,
                    f"regelkoden »{code}« er brugt to gange (første gang {at})",
                    f"the rule code “{code}” is used twice (first at {at_en})",
                )  # fmt: skip
            if code in codes:
                raise located(
                    source, keys,
                    f"regelkoden »{code}« har en installeret regel allerede; vælg en anden",
                    f"the rule code “{code}” belongs to an installed rule; choose another",
                )  # fmt: skip
            first[code] = (source, index)
    return [*codes, *first]


def codes_exist(source, codes: list[str]) -> None:
    """Every selector, severity, per-file ignore and waiver of one file names a rule."""
    from referatlint.settings import ALWAYS_ERROR, FIXED, unknown_code

    def known(selector: str, keys: list, changes: bool) -> None:
        if changes and selector == ALWAYS_ERROR:
            raise located(source, keys, FIXED.da, FIXED.en)
        if selector != "ALL" and not any(code.startswith(selector) for code in codes):
            message = unknown_code(selector, codes)
            raise located(source, keys, message.da, message.en)

    data = source.data
    for key in SELECTOR_KEYS:
        for index, selector in enumerate(data.get(key, ())):
            known(selector, [key, index], key == "ignore")
    for selector in data.get("severity", {}):
        known(selector, ["severity", selector], True)
    for pattern, selectors in data.get("per_file_ignores", {}).items():
        for index, selector in enumerate(selectors):
            known(selector, ["per_file_ignores", pattern, index], True)
    for index, waiver in enumerate(data.get("waivers", ())):
        code, keys = waiver["code"], ["waivers", index, "code"]
        known(code, keys, True)
        if code not in codes:
            example = next((c for c in codes if c.startswith(code)), codes[0])
            raise located(
                source, keys,
                f"»{code}« er ikke en hel regelkode: en undtagelse gælder én regel (fx »{example}«)",
                f"“{code}” is not a whole rule code: a waiver is for one rule (e.g. “{example}”)",
            )  # fmt: skip


def template_names_exist(source, sections: dict, case_types: list[str]) -> None:
    """Every case type and section one file's template keys name is one the profile has."""
    data = source.data
    folded = {case_type.casefold() for case_type in case_types}  # matched so when run

    def case_type_known(case_type: str, keys: list) -> None:
        if case_type == "*" or case_type.casefold() in folded:
            return
        near = nearest(case_type, case_types, cutoff=75)
        if near:
            da, en = f" (mente du »{near}«?)", f" (did you mean “{near}”?)"
        else:
            listing = ", ".join(case_types)
            da = (
                f" (kendte: {listing}); skriv en ny sagstype under »extend_case_types« "
                f"(fx extend_case_types: [{case_type}])"
            )
            en = (f" (known: {listing}); write a new case type under “extend_case_types” "
                  f"(e.g. extend_case_types: [{case_type}])")  # fmt: skip
        raise located(
            source,
            keys,
            f"ukendt sagstype »{case_type}«{da}",
            f"unknown case type “{case_type}”{en}",
        )

    def section_known(name: str, keys: list) -> None:
        if canonical_name(name, sections) is not None:
            return
        headings = [*sections, *(synonym for synonyms in sections.values() for synonym in synonyms)]
        near = nearest(name, headings, cutoff=80)
        if near:
            da = f" (mente du »{near}«?); et nyt afsnit skrives under »sections«"
            en = f" (did you mean “{near}”?); a new section goes under “sections”"
        else:
            da = f"; skriv et nyt afsnit under »sections« (fx sections: {{{name}: []}})"
            en = f"; write a new section under “sections” (e.g. sections: {{{name}: []}})"
        raise located(source, keys, f"ukendt afsnit »{name}«{da}", f"unknown section “{name}”{en}")

    for case_type, required in data.get("required_sections", {}).items():
        case_type_known(case_type, ["required_sections", case_type])
        for index, name in enumerate(required):
            section_known(name, ["required_sections", case_type, index])
    for key in ("case_type_hints", "extend_case_type_hints"):
        for index, hint in enumerate(data.get(key, ())):
            case_type_known(hint["case_type"], [key, index, "case_type"])
    if isinstance(data.get("decision_required"), dict):
        for case_type in data["decision_required"]:
            case_type_known(case_type, ["decision_required", case_type])
    for index, rule in enumerate(data.get("rules", ())):
        if "section" in rule:
            section_known(rule["section"], ["rules", index, "section"])
    for index, name in enumerate(data.get("group_headings", ())):
        section_known(name, ["group_headings", index])


def sections_are_apart(chain: list, base: dict[str, Any]) -> None:
    """A section a file adds under ``sections:`` is not a known one misspelt, and no
    heading belongs to two sections (the parser could only ever find it in one). A heading
    of a section the base profile never requires ("Baggrund", known so that it ends the
    section above it) may move to one of the template's own sections."""
    from referatlint.fuzzy import edits

    builtin: dict[str, list[str]] = base["sections"]
    required = {name for names in base["required_sections"].values() for name in names}
    owner: dict[str, str] = {}  # heading, case folded -> its section
    movable: set[str] = set()  # headings of optional sections no file has claimed yet
    for name, synonyms in builtin.items():
        for heading in (name, *synonyms):
            owner.setdefault(heading.casefold(), name)
            if name not in required:
                movable.add(heading.casefold())
    known = set(builtin)
    for source in chain:
        for name, synonyms in source.data.get("sections", {}).items():
            if name not in known:
                folded = name.casefold()
                taken = owner.get(folded)
                like = taken or next(
                    (section for heading, section in owner.items() if edits(folded, heading) <= 1),
                    None,
                )
                if like is not None:
                    da, en = (
                        (f"er allerede en overskrift for afsnittet »{like}«",
                         f"is already a heading of the section “{like}”")
                        if taken else
                        (f"er ikke et kendt afsnit, men ligner »{like}«",
                         f"is no known section but is like “{like}”")
                    )  # fmt: skip
                    raise located(
                        source, ["sections", name],
                        f"»{name}« under »sections« {da} (mente du »{like}«?)",
                        f"“{name}” under “sections” {en} (did you mean “{like}”?)",
                    )  # fmt: skip
                known.add(name)
                owner[folded] = name
            for index, synonym in enumerate(synonyms):
                folded = synonym.casefold()
                if folded in movable:
                    movable.discard(folded)
                    owner[folded] = name
                taken = owner.setdefault(folded, name)
                if taken != name:
                    raise located(
                        source, ["sections", name, index],
                        f"overskriften »{synonym}« hører allerede til afsnittet »{taken}«; en "
                        "overskrift kan kun høre til ét afsnit",
                        f"the heading “{synonym}” already belongs to the section “{taken}”; a "
                        "heading can belong to one section only",
                    )  # fmt: skip


def canonical_name(name: str, sections: dict[str, list[str]]) -> str | None:
    """The section a name means: a section's own name or one of its headings, in any case
    (the parser reads headings so); None if no section has it."""
    if name in sections:
        return name
    folded = name.casefold()
    for section, synonyms in sections.items():
        if folded == section.casefold() or any(folded == s.casefold() for s in synonyms):
            return section
    return None


def canonical(data: dict[str, Any], sections: dict[str, list[str]]) -> dict[str, Any]:
    """``data`` with every section named by its canonical name (checked to exist)."""

    def names(listed: list[str]) -> list[str]:
        return list(dict.fromkeys(canonical_name(name, sections) for name in listed))

    data = dict(data)
    if "required_sections" in data:
        data["required_sections"] = {
            case_type: names(required) for case_type, required in data["required_sections"].items()
        }
    if "group_headings" in data:
        data["group_headings"] = names(data["group_headings"])
    if "rules" in data:
        data["rules"] = [
            {**rule, "section": canonical_name(rule["section"], sections)} if "section" in rule
            else rule
            for rule in data["rules"]
        ]  # fmt: skip
    return data


if __name__ == "__main__":  # python -m referatlint.config_schema > schemas/config.schema.json
    import json
    import sys

    json.dump(build(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
