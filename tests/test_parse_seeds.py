"""The five seeds parsed completely: each model equals a golden JSON file that was checked
by hand against the text, and validates against schemas/document.schema.json."""

import json

import jsonschema
import pytest
from conftest import FIXTURES, GOLDEN, SEED_NAMES, SEEDS
from referatlint.parse import parse
from referatlint.parse.model import as_json
from referatlint.read import read
from referatlint.schemas import load


def model(name: str) -> dict:
    return as_json(parse(read(str(SEEDS / f"{name}.txt"))))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_matches_golden_model(name):
    actual = model(name)
    actual["path"] = f"{name}.txt"
    expected = json.loads((GOLDEN / f"{name}.json").read_text("utf-8"))
    assert actual == expected


@pytest.mark.parametrize("name", SEED_NAMES)
def test_parse_command_output_validates_against_schema(cli, name):
    run = cli(["parse", SEEDS / f"{name}.txt"])
    assert run.code == 0
    jsonschema.validate(json.loads(run.out), load("document.schema.json"))


def test_golden_models_validate_too():
    schema = load("document.schema.json")
    for path in GOLDEN.glob("*.json"):
        jsonschema.validate(json.loads(path.read_text("utf-8")), schema)


@pytest.mark.parametrize(
    "name", ["beslutninger_efter_punkterne.txt", "naeste_moede_efter_lukket_punkt.txt"]
)
def test_parts_after_the_last_item_validate_against_schema(cli, name):
    """A list of the items' decisions and a note on the meeting are parts of their own."""
    run = cli(["parse", FIXTURES / "layouts" / name])
    parsed = json.loads(run.out)
    jsonschema.validate(parsed, load("document.schema.json"))
    assert parsed["parts"][0]["kind"] in ("decisions", "note")
