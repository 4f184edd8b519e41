"""Measure pypdfium2 against pypdf for reading agenda PDFs: speed per page and per
document, and whether each table-of-contents row comes out as one line, in order.

Not part of the test suite; needs both libraries (``pip install pypdfium2 pypdf``):

    python bench/measure_pdf.py

The PDFs are made from the seeds by tests/makedocs.py (dot-leader tables of contents,
running headers and footers), once as drawn in reading order and once with each page's
page numbers drawn before the titles, as some producers write them.
"""

import io
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import makedocs  # noqa: E402
import pypdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))


def pdfium_text(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    document.close()
    return pages


def pdfium_chars(data: bytes) -> int:
    """What a geometry-aware reader needs: every character with its box."""
    document = pdfium.PdfDocument(data)
    count = 0
    for index in range(len(document)):
        text = document[index].get_textpage()
        for char in range(text.count_chars()):
            text.get_charbox(char)
            count += 1
        text.get_text_range()
    document.close()
    return count


def referatlint_read(data: bytes) -> int:
    """The whole PDF reader: geometry, furniture, paragraphs, tables, links."""
    from referatlint.read import read

    return len(read("x.pdf", data).lines)


def pypdf_text(data: bytes, mode: str = "plain") -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text(extraction_mode=mode) for page in reader.pages]


def pypdf_positions(data: bytes) -> int:
    """What a geometry-aware reader needs from pypdf: every text run with its position."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    runs = []
    for page in reader.pages:
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: runs.append((text, tm)))
    return len(runs)


def timed(function, data, runs=5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(data)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def toc_score(pages: list[str], rows: list[tuple[str, str]]) -> tuple[int, bool]:
    """TOC rows found as one line "title ... page", and whether in the printed order."""
    lines = [line.strip() for line in "\n".join(pages[:2]).splitlines()]
    found = []
    for title, page in rows:
        pattern = re.compile(re.escape(title) + r"\s*\.{3,}\s*" + page + "$")
        hits = [n for n, line in enumerate(lines) if pattern.search(line)]
        found.append(hits[0] if hits else None)
    ordered = [n for n in found if n is not None]
    return len(ordered), ordered == sorted(ordered)


def toc_rows(pages_layout) -> list[tuple[str, str]]:
    rows = []
    for page in pages_layout[:2]:
        for _, row in page.rows:
            if row.toc_item is not None and len(row.pieces) == 3 and "..." in row.pieces[1].text:
                rows.append((row.pieces[0].text, row.pieces[2].text))
    return rows


def main() -> None:
    texts = [path.read_text("utf-8") for path in SEEDS]
    documents = [
        (path.stem[:3], makedocs.seed_pdf(text)) for path, text in zip(SEEDS, texts, strict=True)
    ]
    combined = "\n\n".join(texts)
    documents.append(("all", makedocs.seed_pdf(combined)))
    print(
        f"pypdfium2 {pdfium.PYPDFIUM_INFO}, pdfium {pdfium.PDFIUM_INFO}; pypdf {pypdf.__version__}"
    )
    print("speed (median of 5 runs), ms per document / ms per page")
    names = ("pdfium text", "pdfium chars", "reader", "pypdf plain", "pypdf layout", "pypdf runs")
    header = f"{'doc':>4} {'pages':>5} " + " ".join(f"{n:>14}" for n in names)
    print(header)
    for name, data in documents:
        pages = len(pdfium.PdfDocument(data))
        cells = []
        functions = (
            pdfium_text,
            pdfium_chars,
            referatlint_read,
            pypdf_text,
            lambda d: pypdf_text(d, "layout"),
            pypdf_positions,
        )
        for function in functions:
            seconds = timed(function, data)
            cells.append(f"{seconds * 1000:7.1f}/{seconds * 1000 / pages:5.1f}")
        print(f"{name:>4} {pages:>5} " + " ".join(f"{c:>14}" for c in cells))

    print("\ntext order: TOC rows extracted as one line 'title ... page' (in printed order?)")
    for path, text in zip(SEEDS, texts, strict=True):
        layout, _ = makedocs.layout(text)
        rows = toc_rows(layout)
        if not rows:
            continue
        for variant in (False, True):
            data = makedocs.pdf_bytes(layout, reversed_toc=variant)
            results = []
            for name, function in (
                ("pdfium", pdfium_text),
                ("pypdf", pypdf_text),
                ("pypdf-layout", lambda d: pypdf_text(d, "layout")),
            ):
                found, ordered = toc_score(function(data), rows)
                results.append(f"{name} {found}/{len(rows)}{'' if ordered else ' (order!)'}")
            label = "numbers drawn first" if variant else "reading order"
            print(f"{path.stem[:3]} {label:>20}: " + ", ".join(results))


if __name__ == "__main__":
    main()
