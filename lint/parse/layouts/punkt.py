"""A "REFERAT <nr> <udvalg> d. DD-MM-YYYY" title, "Mødedato/Mødested/Mødedeltagere"
lines, a table of contents with dot leaders and pages, items as "Punkt N: Title" with a
case or KLE number below. Seen in Holbæk (2021, 2025) and Odense (2019)."""

from referatlint.parse.layouts import Layout, cues

LAYOUT = Layout(
    name="punkt",
    cues=cues(
        r"\n(?:REFERAT|DAGSORDEN) .+ d\. \d\d-\d\d-\d{4}\n",
        r"\nMødedato ",
        r"\nMødested ",
        r"\nPunkt \d+: ",
        # Dot leaders before a page: four dots or more, as literal dots first, which the
        # pattern scans for quickly.
        r"\.\.\.\.\.*\t\d+\n",
    ),
    explicit_items=True,
)
