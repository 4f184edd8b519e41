"""Fuzzy matching of short strings (headings, titles, names, configuration keys), on the
standard library's difflib.

The strings compared are a few dozen characters, a handful of times per document, so
difflib is quick enough; a compiled matcher such as rapidfuzz costs about 15 ms to
import, over a third of a whole run on one draft.
"""

from difflib import SequenceMatcher, get_close_matches


def similarity(one: str, other: str) -> float:
    """0-100: twice the characters the two have in common, over their total length."""
    return 100 * SequenceMatcher(None, one, other, autojunk=False).ratio()


def edits(one: str, other: str) -> int:
    """Letters inserted, deleted or replaced in difflib's alignment of the two strings.
    Never fewer than the edit distance, and equal to it for the one or two scattered
    slips of a misspelling."""
    return sum(
        max(one_end - one_start, other_end - other_start)
        for tag, one_start, one_end, other_start, other_end in SequenceMatcher(
            None, one, other, autojunk=False
        ).get_opcodes()
        if tag != "equal"
    )


def closest(word: str, choices, cutoff: float = 0) -> str | None:
    """The choice most like ``word`` with a similarity of at least ``cutoff`` (0-100)."""
    found = get_close_matches(word, [str(choice) for choice in choices], 1, cutoff / 100)
    return found[0] if found else None
