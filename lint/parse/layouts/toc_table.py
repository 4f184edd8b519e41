"""A table of contents as "number, title, page" rows (with stray <u> markup and group
rows such as "Åben dagsorden"), a KLE number line before each "N. Title", items in the
order of the table of contents, a collected "Bilag" list and "Underskrifter" after the
last item. Seen in Hedensted (2021)."""

from referatlint.parse.layouts import Layout, cues

LAYOUT = Layout(
    name="toc-table",
    cues=cues(
        r"\nPkt\.?\tTekst\tSide",
        r"\n\d+\t<u>",
        r"\nBeslutningstema\n",
        r"\nMødedato:\t",
        r"\nUnderskrifter\n",
        r"\n\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}\n\n\d+\. ",
    ),
    case_number_before=True,
    part_gap=3,
)
