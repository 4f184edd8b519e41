"""Reading: bytes to lines with pages; every bad input is a one-line error, exit 2."""

import codecs
import os

import pytest
from conftest import SMALL_DRAFT
from referatlint.errors import InputError
from referatlint.read import read
from referatlint.read.source import from_text
from referatlint.read.text import CP1252_NOTICE, decode


def test_utf8_with_and_without_bom_read_alike(tmp_path):
    plain, bom = tmp_path / "plain.txt", tmp_path / "bom.txt"
    plain.write_bytes(SMALL_DRAFT.encode("utf-8"))
    bom.write_bytes(codecs.BOM_UTF8 + SMALL_DRAFT.encode("utf-8"))
    assert read(str(plain)).lines == read(str(bom)).lines
    assert read(str(bom)).lines[0] == "REFERAT Socialudvalget d. 01-11-2021"
    assert read(str(bom)).notices == ()


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(SMALL_DRAFT.encode("utf-16"))
    assert read(str(path)).lines[2] == "Punkt 1: Godkendelse af dagsorden"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_as_with_it(tmp_path, encoding):
    """.NET's Encoding.Unicode and database exports write UTF-16 without a byte-order
    mark: a NUL in every other byte, always on the same side, is read as UTF-16, not
    refused as binary."""
    draft = SMALL_DRAFT.replace("Godkendelse", "Økonomisk godkendelse – “første” behandling")
    path = tmp_path / "utf16.txt"
    path.write_bytes(draft.replace("\n", "\r\n").encode(encoding))
    source = read(str(path))
    assert source.lines == tuple(draft.splitlines())
    assert source.notices == ()


@pytest.mark.parametrize(
    "data",
    [
        bytes(b for n in range(2048) for b in (n % 256, 0)),  # 16-bit numbers, not letters
        "Punkt 1: Godkendelse af dagsorden\n".encode("utf-16-le") * 20 + b"\x00",  # odd length
        "Punkt 1: Godkendelse\n".encode("utf-16-le") * 20 + b"\x01\xd8A\x00",  # lone surrogate
        b"\x00\x00\x00\x01" * 1000,  # NUL on both sides
    ],
)
def test_binary_data_with_many_nul_bytes_is_still_refused(tmp_path, data):
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    with pytest.raises(InputError):
        read(str(path))


def test_invalid_utf8_falls_back_to_cp1252_with_a_notice():
    text, notices = decode("Økonomiske konsekvenser – ingen".encode("cp1252"))
    assert text == "Økonomiske konsekvenser – ingen"
    assert notices == (CP1252_NOTICE,)


def test_line_endings_are_normalised_and_tabs_kept():
    source = from_text("a\r\nb\rc\td\n", "x.txt")
    assert source.lines == ("a", "b", "c\td")


def test_form_feeds_are_page_breaks():
    source = from_text("page one\n\fpage two\nstill two\n\f\fpage four\n\f", "x.txt")
    assert source.lines == ("page one", "page two", "still two", "page four", "")
    assert source.line_pages == (1, 2, 2, 4, 5)
    assert source.pages == 4  # the trailing form feed opens no page
    assert source.page_of(3) == 2


def test_without_form_feeds_pages_are_unknown():
    source = from_text("a\nb\n", "x.txt")
    assert source.line_pages is None and source.pages is None and source.page_of(1) is None


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError):
        read(str(path))


def assert_one_line_error(run, needle: str):
    assert run.code == 2
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert needle in lines[0]
    assert "Traceback" not in run.err


def refused(path, message: str, fix: str) -> list[str]:
    """The whole report on one file that cannot be read: one RL901 finding."""
    return [
        f"{path}: RL901 [hele dokumentet] {message}",
        f" = ret: {fix}",
        " = fejl · Dokumentet kan ikke læses · mere: referatlint rule RL901",
        "",
        "1 fund i 1 dokument: 1 fejl.",
    ]


def test_cli_binary_file_is_one_line_error_exit_2(cli, tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(os.urandom(4096) + b"\x00")
    run = cli([path])
    assert (run.code, run.err) == (2, "")
    assert run.out.splitlines() == refused(
        path,
        "Filen er ikke et tekstdokument (den indeholder binære data).",
        "Tjek, at det er den rigtige fil; referatlint læser .txt, .md, .pdf, .docx og .html.",
    )


def test_cli_reader_failing_unforeseen_is_one_line_exit_2(cli, monkeypatch, tmp_path):
    # Every damage the fuzzing of the readers found has its own message (test_hostile.py);
    # a library failing in a way nobody foresaw still gives one line, not a traceback.
    from referatlint.read import html

    def fail(data, path):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(html, "read_html", fail)
    path = tmp_path / "side.html"
    path.write_text("<html><body><p>Punkt 1</p></body></html>", encoding="utf-8")
    run = cli([path])
    assert (run.code, run.err) == (2, "")
    assert run.out.splitlines() == refused(
        path,
        "Filen kan ikke læses, og grunden er ukendt.",
        "Kan filen åbnes i sit eget program, er det en fejl i referatlint: meld den til "
        "referatlints udviklere, gerne med filen og denne tekst: RecursionError: maximum "
        "recursion depth exceeded",
    )


def test_cli_parse_of_binary_file(cli, tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02" * 100)
    assert_one_line_error(cli(["parse", path]), "binære data")


def test_cli_missing_file(cli, tmp_path):
    run = cli([tmp_path / "nope.txt"])
    assert run.code == 2
    assert run.out.splitlines() == refused(
        tmp_path / "nope.txt", "Filen findes ikke.", "Tjek filnavnet og mappen."
    )


def test_cli_huge_file_is_refused_without_reading_it(cli, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(65 * 1024 * 1024)  # sparse: costs no disk and no time
    run = cli([path])
    assert run.code == 2
    # The size is the file's, from its directory entry: reading would stop after the limit
    # (64 MB and one byte) and name 64 MB.
    assert run.out.splitlines() == refused(
        path,
        "Filen er for stor (65 MB; grænsen er 64 MB).",
        "Tjek, at det er den rigtige fil; er den det, så gem dokumentet med mindre billeder.",
    )


def test_cli_wrong_encoding_reads_with_a_notice(cli, tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(SMALL_DRAFT.replace("Godkendt", "Godkendt – ø").encode("cp1252"))
    run = cli([path, "--output-format", "concise"])
    assert run.code == 0
    assert run.out.splitlines() == [
        f"{path}:1:1: RL902 [hele dokumentet] Filen er gemt med en ældre tegnkodning "
        "(Windows-1252). Tjek, at æ, ø og å ser rigtige ud."
    ]


def test_cli_empty_file_is_unreadable_also_to_parse(cli, tmp_path):
    # An empty file is no document (as an empty PDF is not): RL901 and exit 2, not RL903
    # (probe round ZD, B10); the full lint answer is in test_cli_leftovers.py.
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    run = cli(["parse", path])
    assert (run.code, run.out, run.err) == (2, "", f"referatlint: {path}: Filen er tom.\n")


def test_cli_reads_standard_input(cli):
    run = cli(["parse", "-"], stdin=SMALL_DRAFT.encode("utf-8"))
    assert (
        run.code == 0
        and '"path": "-"' in run.out
        and '"title": "Godkendelse af dagsorden"' in run.out
    )


def test_cli_usage_error_is_one_line(cli):
    assert_one_line_error(cli(["--output-format", "nonsense", "x.txt"]), "forkert brug")
