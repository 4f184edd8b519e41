"""Tiny PDF and DOCX documents for the examples of rules about those formats (the
``bad``/``good`` of RL801-RL804 and RL904). They are written here, with the standard
library only, so that the docs and tests need nothing else. Rules give them as
``partial(sample_pdf, ...)``: a file is made only when the docs or tests ask for it."""


def pdf_string(data: bytes | str) -> bytes:
    """A PDF literal string; text is written in WinAnsi (cp1252), as the sample font is."""
    if isinstance(data, str):
        data = data.encode("cp1252")
    out = bytearray(b"(")
    for byte in data:
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % byte
    return bytes(out + b")")


def sample_pdf(
    pages: list[str],
    *,
    title: str | None = "Referat Socialudvalget 1. november 2021",
    lang: str | None = "da-DK",
    tagged: bool = True,
    notes: dict[tuple[int, int], tuple[str, str, str | None]] | None = None,
    ocr_pages: tuple[int, ...] = (),
) -> bytes:
    """A PDF with one page per text (lines in Helvetica 10 pt); an empty text is a page
    with an image and no text, like a scanned page. ``notes``: (page, line), both 0-based,
    -> (text, author, review state of a reply or None) for a sticky note in the margin
    beside that line. ``ocr_pages`` (0-based) are scanned images with their text drawn
    invisible over them, as OCR programs lay their text layer."""
    objects: dict[int, bytes] = {}
    kids = []
    number = 5
    for page_index, text in enumerate(pages):
        page, content = number, number + 1
        number += 2
        annotations = []
        for (on_page, line), (note, author, state) in sorted((notes or {}).items()):
            if on_page != page_index:
                continue
            top = 790 - 13 * line + 10
            objects[number] = (
                b"<</Type/Annot/Subtype/Text/Rect[540 %d 560 %d]/Contents%s/T%s/Name/Comment>>"
                % (top - 20, top, pdf_string(note), pdf_string(author))
            )
            annotations.append(number)
            if state:
                objects[number + 1] = (
                    b"<</Type/Annot/Subtype/Text/Rect[540 %d 560 %d]/IRT %d 0 R/State%s"
                    b"/StateModel(Review)/Contents%s/T%s>>"
                    % (
                        top - 20,
                        top,
                        number,
                        pdf_string(state),
                        pdf_string(state),
                        pdf_string(author),
                    )
                )
                annotations.append(number + 1)
            number += 2
        if text:
            rows = b"".join(pdf_string(line) + b" '\n" for line in text.split("\n"))
            ocr = page_index in ocr_pages
            mode = b"3 Tr " if ocr else b""
            stream = b"BT /F1 10 Tf %s13 TL 56 790 Td\n" % mode + rows + b"ET\n"
            if ocr:
                stream = b"q 480 0 0 700 56 70 cm /Im1 Do Q\n" + stream
            if tagged:
                stream = b"/P <</MCID 0>> BDC\n" + stream + b"EMC\n"
        else:
            stream = b"q 480 0 0 700 56 70 cm /Im1 Do Q\n"
        objects[content] = b"<</Length %d>>stream\n%sendstream" % (len(stream), stream)
        annots = b"".join(b"%d 0 R " % ref for ref in annotations)
        objects[page] = (
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents %d 0 R/Annots[%s]"
            b"/Resources<</Font<</F1 3 0 R>>/XObject<</Im1 4 0 R>>>>>>" % (content, annots)
        )
        kids.append(b"%d 0 R" % page)
    catalog = b"<</Type/Catalog/Pages 2 0 R"
    if lang:
        catalog += b"/Lang" + pdf_string(lang)
    if tagged:
        objects[number] = b"<</Type/StructTreeRoot/K[]>>"
        catalog += b"/MarkInfo<</Marked true>>/StructTreeRoot %d 0 R" % number
        number += 1
    objects[1] = catalog + b">>"
    objects[2] = b"<</Type/Pages/Kids[%s]/Count %d>>" % (b" ".join(kids), len(kids))
    objects[3] = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"
    gray = b"\x80" * 4
    objects[4] = (
        b"<</Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray"
        b"/BitsPerComponent 8/Length 4>>stream\n" + gray + b"\nendstream"
    )
    info = number
    objects[info] = b"<</Title" + pdf_string(title) + b">>" if title else b"<<>>"
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n" % key + objects[key] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (info + 1)
    for key in range(1, info + 1):
        out += b"%010d 00000 n \n" % offsets[key] if key in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<</Size %d/Root 1 0 R/Info %d 0 R>>\n" % (info + 1, info)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_paragraph(text: str, rendered_break: bool = False) -> str:
    mark = "<w:r><w:lastRenderedPageBreak/></w:r>" if rendered_break else ""
    runs = "<w:r><w:tab/></w:r>".join(
        f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>' for part in text.split("\t")
    )
    return f"<w:p>{mark}{runs}</w:p>"


def sample_docx(
    paragraphs: list[str], rendered_breaks: bool = True, comments: dict[int, str] | None = None
) -> bytes:
    """A DOCX of paragraphs (a "\\f" in front of a paragraph starts a new page: a hard
    break, followed by Word's rendered mark when ``rendered_breaks``); ``comments`` puts a
    comment on the paragraphs with those indexes."""
    comments = comments or {}
    body = []
    for index, text in enumerate(paragraphs):
        new_page = text.startswith("\f")
        if new_page:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        paragraph = docx_paragraph(text.lstrip("\f"), new_page and rendered_breaks)
        if index in comments:
            paragraph = paragraph.replace(
                "<w:r>", f'<w:commentRangeStart w:id="{index}"/><w:r>', 1
            ).replace(
                "</w:p>",
                f'<w:commentRangeEnd w:id="{index}"/><w:r><w:commentReference w:id="{index}"/>'
                "</w:r></w:p>",
            )
        body.append(paragraph)
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = (
        f'<Override PartName="/word/document.xml" ContentType="{main_type}.document.main+xml"/>'
    )
    parts = {
        "[Content_Types].xml": "",  # written last, when every part is known; first in the zip
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{office}/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": document,
    }
    if comments:
        overrides += (
            f'<Override PartName="/word/comments.xml" ContentType="{main_type}.comments+xml"/>'
        )
        parts["word/_rels/document.xml.rels"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{office}/comments" Target="comments.xml"/>'
            "</Relationships>"
        )
        parts["word/comments.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="{W}">'
            + "".join(
                f'<w:comment w:id="{index}" w:author="Mette Sekretariat">{docx_paragraph(text)}'
                "</w:comment>"
                for index, text in comments.items()
            )
            + "</w:comments>"
        )
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
        '.org/package/2006/content-types"><Default Extension="rels" ContentType='
        '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension='
        f'"xml" ContentType="application/xml"/>{overrides}</Types>'
    )
    return stored_zip({name: text.encode("utf-8") for name, text in parts.items()})


def stored_zip(files: dict[str, bytes]) -> bytes:
    """A zip archive of uncompressed members with a fixed date: the same bytes every time."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2021, 11, 1, 0, 0, 0)), data)
    return out.getvalue()
