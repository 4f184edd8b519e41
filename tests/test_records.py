"""Records (referatlint.records.record): NamedTuple's class syntax without typing."""

import pickle

import pytest
from referatlint.records import record
from referatlint.rule import Finding
from referatlint.text import Msg


@record
class Entry:
    """An entry of a list."""

    number: int
    marker: str
    page: int | None = None

    def label(self) -> str:
        return f"{self.marker} (side {self.page})"


def test_fields_defaults_methods_and_docstring():
    entry = Entry(2, "2.")
    assert entry == (2, "2.", None) and isinstance(entry, tuple)
    assert Entry._fields == ("number", "marker", "page")
    assert Entry(3, "3.", page=4).label() == "3. (side 4)"
    assert entry._replace(page=5) == Entry(2, "2.", 5)
    assert Entry.__doc__ == "An entry of a list." and Entry.__name__ == "Entry"
    with pytest.raises(TypeError):
        Entry(1)  # marker has no default
    with pytest.raises(AttributeError):
        entry.number = 3  # immutable, and no instance __dict__ to hide a field


def test_a_field_without_default_after_one_with_is_refused():
    with pytest.raises(TypeError, match="without a default follows"):

        @record
        class Broken:
            first: int = 1
            second: int


def test_findings_cross_process_boundaries_unchanged():
    """--jobs sends findings from worker processes: they must pickle as themselves."""
    finding = Finding(
        "RL401", "missing-decision", "error", Msg("Mangler", "Missing"), 7, 1, 7, 2, "3",
        None, "referat.txt",
    )  # fmt: skip
    copy = pickle.loads(pickle.dumps(finding))
    assert copy == finding and type(copy) is Finding and type(copy.message) is Msg
    assert copy.context == ""
