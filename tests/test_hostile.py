"""Hostile and broken files: each is refused with one clear line and exit code 2, without
a traceback and without hanging. Every file is checked in-process for its message, then
all of them together through the real command in a subprocess with a timeout, so a hang
fails the test instead of stalling the suite."""

import io
import struct
import zipfile
import zlib

import makedocs
import pytest
from conftest import SMALL_DRAFT, run_referatlint, seed_text
from makedocs import W
from referatlint.errors import InputError
from referatlint.read import read


def docx_with(document: bytes) -> bytes:
    return makedocs.docx_bytes(SMALL_DRAFT, document_xml=document)


def body(xml: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{xml}'
        "</w:body></w:document>"
    ).encode()


def billion_laughs(encoding: str = "utf-8") -> bytes:
    entities = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(9)
    )
    text = (
        f'<?xml version="1.0" encoding="{encoding.upper()}"?><!DOCTYPE w:document '
        f'[{entities}]><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&j;</w:t></w:r>'
        "</w:p></w:body></w:document>"
    )
    return text.encode(encoding)


def external_entity() -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">'
        f'<!ENTITY y SYSTEM "http://198.51.100.1/x">]><w:document xmlns:w="{W}"><w:body>'
        "<w:p><w:r><w:t>&x;&y;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def deep_nesting(depth: int = 2_000) -> bytes:
    return body("<w:sdt><w:sdtContent>" * depth + "</w:sdtContent></w:sdt>" * depth)


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def declared_bomb() -> bytes:
    """A small archive whose directory claims 4 GB for document.xml."""
    data = bytearray(docx_with(body("<w:p/>")))
    directory = data.rfind(b"PK\x01\x02word/document.xml"[:4])
    while directory != -1:
        name_length = struct.unpack_from("<H", data, directory + 28)[0]
        name = bytes(data[directory + 46 : directory + 46 + name_length])
        if name == b"word/document.xml":
            struct.pack_into("<I", data, directory + 24, 0xFFFFFFF0)
            return bytes(data)
        directory = data.rfind(b"PK\x01\x02", 0, directory)
    raise AssertionError("no directory entry")


def future_zip_version() -> bytes:
    """A directory entry asking for a zip version newer than Python reads (found by fuzzing:
    one damaged byte made zipfile raise NotImplementedError, not BadZipFile)."""
    data = bytearray(docx_with(body("<w:p/>")))
    directory = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, directory + 6, 247)  # version needed to extract: 24.7
    return bytes(data)


def ratio_bomb() -> bytes:
    """document.xml that inflates 8 MB of nothing from a few kilobytes."""
    return zip_of({"word/document.xml": body("<w:p/>") + b" " * (8 * 1024 * 1024)})


def many_members() -> bytes:
    members = {f"word/media/image{n}.png": b"" for n in range(6000)}
    members["word/document.xml"] = body("<w:p/>")
    return zip_of(members, zipfile.ZIP_STORED)


def broken_stream() -> bytes:
    data = bytearray(docx_with(body("<w:p><w:r><w:t>Punkt 1</w:t></w:r></w:p>" * 200)))
    start = data.find(b"word/document.xml") + len("word/document.xml")
    data[start + 20 : start + 60] = b"\xff" * 40  # inside the compressed stream
    return bytes(data)


def ole_file() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000


def pdf_bomb() -> bytes:
    chunk = b"BT /F1 10 Tf 56 700 Td (Punkt 1: Godkendelse) Tj ET\n"
    packer = zlib.compressobj(9)
    stream = packer.compress(chunk * (100 * 1024 * 1024 // len(chunk))) + packer.flush()
    objects = {
        1: {"Type": makedocs.Name("Catalog"), "Pages": makedocs.Ref(2)},
        2: {"Type": makedocs.Name("Pages"), "Kids": [makedocs.Ref(3)], "Count": 1},
        3: {
            "Type": makedocs.Name("Page"),
            "Parent": makedocs.Ref(2),
            "MediaBox": [0, 0, 595, 842],
            "Contents": makedocs.Ref(4),
        },
        4: makedocs.Stream({"Filter": makedocs.Name("FlateDecode")}, stream),
    }
    return makedocs.write_pdf(objects, 1, None)


def seed_pdf(**options) -> bytes:
    return makedocs.seed_pdf(seed_text("001"), **options)


JOURNAL_STAMP = "Sag 17/3321 · Dok.nr. 44127/17 · Side {page}/{pages}"
DAMAGED_DOCX = "Word-filen er beskadiget og kan ikke åbnes."
DTD_DOCX = (
    "Word-filen indeholder noget, Word aldrig skriver (en DTD eller entiteter i "
    "word/document.xml), så den læses ikke."
)
NO_HTML_TEXT = (
    "HTML-siden har ingen tekst (teksten sættes måske først ind af JavaScript, når siden vises)."
)
HOSTILE = {
    # name: (file name, bytes builder, the Danish message)
    "docx-declared-bomb": (
        "bombe.docx",
        declared_bomb,
        "Word-filen fylder for meget, når den pakkes ud (over 4096 MB), så den læses ikke.",
    ),
    "docx-ratio-bomb": (
        "bombe2.docx",
        ratio_bomb,
        "Word-filen pakker sig ud til over 200 gange sin størrelse, så den læses ikke.",
    ),
    "docx-many-members": (
        "mange.docx",
        many_members,
        "Word-filen består af for mange dele (6001; grænsen er 5000), så den læses ikke.",
    ),
    "docx-billion-laughs": ("latter.docx", lambda: docx_with(billion_laughs()), DTD_DOCX),
    "docx-billion-laughs-utf16": (
        "latter16.docx",
        lambda: docx_with(billion_laughs("utf-16")),
        DTD_DOCX,
    ),
    "docx-external-entity": ("xxe.docx", lambda: docx_with(external_entity()), DTD_DOCX),
    "docx-deep-nesting": ("dyb.docx", lambda: docx_with(deep_nesting()), DAMAGED_DOCX),
    "docx-missing-document": (
        "tom.docx",
        lambda: makedocs.docx_bytes(SMALL_DRAFT, extra_parts={"word/document.xml": None}),
        DAMAGED_DOCX,
    ),
    "docx-not-zip": (
        "tekst.docx",
        lambda: SMALL_DRAFT.encode(),
        "Filen har endelsen .docx, men er ikke et Word-dokument.",
    ),
    "docx-old-or-encrypted": (
        "gammel.docx",
        ole_file,
        "Word-filen er i det gamle .doc-format eller beskyttet med en adgangskode.",
    ),
    "docx-truncated": ("halv.docx", lambda: docx_with(body("<w:p/>"))[:300], DAMAGED_DOCX),
    "docx-broken-stream": ("stroem.docx", broken_stream, DAMAGED_DOCX),
    "docx-future-zip-version": ("fremtid.docx", future_zip_version, DAMAGED_DOCX),
    "pdf-truncated": (
        "halv.pdf",
        lambda: seed_pdf()[:20000],
        "PDF-filen er ikke hel (den er afbrudt undervejs).",
    ),
    "pdf-garbage": (
        "affald.pdf",
        lambda: b"%PDF-1.7\n" + b"\x13" * 5000 + b"\n%%EOF\n",
        "PDF-filen er beskadiget og kan ikke åbnes.",  # not PDFium's reason, in English
    ),
    "pdf-encrypted": (
        "laast.pdf",
        lambda: seed_pdf(user_password="hemmelig"),
        "PDF-filen er beskyttet med en adgangskode.",
    ),
    "pdf-scanned": (
        "scannet.pdf",
        lambda: seed_pdf(image_pages=tuple(range(1, 19))),
        "PDF-filen har ingen tekst, kun billeder (den er scannet).",
    ),
    # Probe round ZK (ZK7): an archive stamps a line of real text on every scanned page;
    # it repeats with the page number, so it is furniture and no text is left. It was
    # reported as a document without items (RL903), not as the scan it is.
    "pdf-scanned-stamped": (
        "stemplet.pdf",
        lambda: seed_pdf(image_pages=tuple(range(1, 19)), stamp=JOURNAL_STAMP),
        "PDF-filen har ingen tekst, kun billeder (den er scannet).",
    ),
    "pdf-bomb": (
        "bombe.pdf",
        pdf_bomb,
        "PDF-filen fylder for meget, når den pakkes ud (over 64 MB), så den læses ikke.",
    ),
    "html-script-only": (
        "script.html",
        lambda: (
            b'<!DOCTYPE html SYSTEM "http://198.51.100.1/x.dtd"><html><head>'
            b"<script>document.write('Punkt 1: Godkendelse')</script></head><body>"
            b"<script>render()</script><noscript></noscript></body></html>"
        ),
        NO_HTML_TEXT,
    ),
    "html-empty": ("tom.html", lambda: b"   \n", NO_HTML_TEXT),
}


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    paths = {}
    for name, (file_name, build, _) in HOSTILE.items():
        path = folder / file_name
        path.write_bytes(build())
        paths[name] = path
    return paths


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_with_its_reason(hostile_files, name):
    with pytest.raises(InputError) as refused:
        read(str(hostile_files[name]))
    message, fix = refused.value.message, refused.value.fix
    assert message.da == HOSTILE[name][2]
    assert "\n" not in message.da and "\n" not in message.en
    assert message.en and message.en != message.da
    # What to do is the finding's fix line, in both languages.
    assert fix.da and fix.en and fix.en != fix.da


def test_all_hostile_files_refused_by_the_command_without_hanging(hostile_files):
    paths = [str(hostile_files[name]) for name in sorted(HOSTILE)]
    run = run_referatlint("--output-format", "concise", *paths)
    assert run.returncode == 2
    assert "Traceback" not in run.stdout + run.stderr
    lines = run.stdout.strip().splitlines()
    refused = [line for line in lines if " RL901 " in line]
    assert len(refused) == len(paths), run.stdout
    for path in paths:
        (line,) = [line for line in refused if line.startswith(path + ":")]
        assert line.startswith(f"{path}:1:1: RL901 [hele dokumentet] ")


@pytest.mark.parametrize("name", ["docx-billion-laughs", "pdf-encrypted", "html-script-only"])
def test_parse_command_gives_one_line_and_exit_2(hostile_files, name):
    run = run_referatlint("parse", hostile_files[name])
    assert run.returncode == 2 and run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1
    assert HOSTILE[name][2] in run.stderr and "Traceback" not in run.stderr


def test_english_messages(hostile_files):
    path = str(hostile_files["pdf-scanned"])
    run = run_referatlint("--lang", "en", "--output-format", "concise", path)
    assert run.returncode == 2
    assert (
        f"{path}:1:1: RL901 [whole document] The PDF file has no text, only images (it is "
        "scanned).\n" in run.stdout
    )


def test_pdf_with_only_an_owner_password_is_read():
    # Many published PDFs forbid copying with an owner password but open without one.
    source = read("laast.pdf", seed_pdf(owner_password="ejer"))
    assert "Punkt 120: Godkendelse af dagsorden til mødet den 1. november 2021" in source.lines


def test_pdf_with_some_scanned_pages_is_read_and_they_are_named():
    source = read("delvis.pdf", seed_pdf(image_pages=(17,)))
    assert dict(source.metadata)["pdf.pages_without_text"] == "17"


def test_a_scanned_page_with_an_archive_stamp_is_named_as_without_text():
    source = read("delvis.pdf", seed_pdf(image_pages=(17,), stamp=JOURNAL_STAMP))
    assert dict(source.metadata)["pdf.pages_without_text"] == "17"
    assert not any("Dok.nr." in line for line in source.lines)


def test_a_digital_pdf_with_an_archive_stamp_is_read_as_before():
    plain = read("digital.pdf", seed_pdf())
    stamped = read("digital.pdf", seed_pdf(stamp=JOURNAL_STAMP))
    assert stamped.lines == plain.lines
    assert dict(stamped.metadata)["pdf.pages_without_text"] == ""
