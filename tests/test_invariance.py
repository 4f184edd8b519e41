"""Metamorphic checks: the same document as another editor, system or export writes it
gives the same findings (code, item, line). Each rewrite below met a real document on its
way and once changed what referatlint concluded (probe rounds ZN and ZO): CRLF and a
byte-order mark from Windows, spaces and tabs left at line ends by Word, a no-break space
in a date, and the decomposed letters of a text saved on a Mac."""

import codecs
import re
import unicodedata

import pytest
from conftest import CLEAN, DRAFT, FIXTURES, SEEDS, standard_settings
from referatlint.runner import lint_path

# The examples, the seeds, and the correct documents of every layout the parser was taught.
DOCUMENTS = [CLEAN, DRAFT, *sorted(SEEDS.glob("*.txt")), *sorted(FIXTURES.glob("layouts/*.txt"))]


STRAIGHT = str.maketrans({"»": '"', "«": '"', "“": '"', "”": '"', "’": "'", "–": "-"})
DAY_MONTH = re.compile(
    r"(\d{1,2}\.) (januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
    r"november|december)"
)


def ends_with(tail: str):
    def rewrite(text: str) -> str:
        return "\n".join(line + tail if line else line for line in text.split("\n"))

    return rewrite


REWRITES = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "bom": lambda text: "\ufeff" + text,
    "trailing-space": ends_with(" "),
    "trailing-spaces": ends_with("  "),
    "trailing-tab": ends_with("\t"),
    "trailing-no-break-space": ends_with("\u00a0"),
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "nfc": lambda text: unicodedata.normalize("NFC", text),
    "straight-quotes": lambda text: text.translate(STRAIGHT),
    "no-break-space-in-dates": lambda text: DAY_MONTH.sub("\\1\u00a0\\2", text),
}


def found(name: str, text: str) -> list[tuple]:
    data = codecs.encode(text, "utf-8")
    result = lint_path(name, standard_settings(), data=data)
    return [(f.code, f.item, f.line) for f in result.findings]


# Each document with each rewrite that changes it (a text without »« has no quotes to
# straighten; NFC of a composed text is the text).
CASES = [
    pytest.param(document, rewrite, id=f"{rewrite}-{document.name}")
    for document in DOCUMENTS
    for rewrite, apply in REWRITES.items()
    if apply(text := document.read_text("utf-8")) != text
]


@pytest.mark.parametrize(("document", "rewrite"), CASES)
def test_a_rewritten_document_gives_the_same_findings(document, rewrite):
    text = document.read_text("utf-8")
    assert found(document.name, REWRITES[rewrite](text)) == found(document.name, text)


def test_the_rewrites_keep_the_drafts_defects():
    """The draft's ten defects stay found under every rewrite (not merely both lists empty)."""
    text = DRAFT.read_text("utf-8")
    original = found(DRAFT.name, text)
    assert len(original) == 10
    for rewrite in REWRITES.values():
        assert found(DRAFT.name, rewrite(text)) == original
