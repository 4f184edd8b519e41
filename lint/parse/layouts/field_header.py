"""Header fields on their own lines (UDVALG, MØDE, STED, STARTTIDSPUNKT ...), a PUNKTER
list, items as "N. Title" with the title printed again below. Seen in Holbæk, 2020.

The export glues text together in two known ways, mended here without moving lines:
the first item heading sits at the end of the PUNKTER list ("6. Underskriftsark1.
Godkendelse ..."), and attachment file names follow the decision on the same line
("Orientering taget til efterretningcaseno18-35080_#5092184_v2_bilag ....pdf").
"""

from referatlint.parse.layouts import Layout, cues
from referatlint.parse.model import Line
from referatlint.regex import Lazy

GLUED_FILE_NAME = Lazy(r"(?<=\S)(?=caseno\d)")
GLUED_HEADING = Lazy(r"^(?P<entry>\d+\. \S.*?[^\d\s])(?P<heading>1\. [A-ZÆØÅ].*)$")


def prepare(lines: list[Line]) -> list[Line]:
    # A glued "1. Title" is only an item heading if the list above begins with it.
    mended: list[Line] = []
    for line in lines:
        text = line.text
        if "caseno" not in text and not (text[:1].isdigit() and "1. " in text):
            mended.append(line)  # nothing glued: the quick test before the patterns
            continue
        parts = GLUED_FILE_NAME.split(text)
        glued = GLUED_HEADING.match(parts[0])
        if glued and any(earlier.text == glued["heading"] for earlier in mended):
            parts[0:1] = [glued["entry"], glued["heading"]]
        mended.extend(Line(part, line.line, line.page) for part in parts if part or len(parts) == 1)
    return mended


LAYOUT = Layout(
    name="field-header",
    cues=cues(
        r"\nUDVALG\n",
        r"\nMØDE\n",
        r"\nSTARTTIDSPUNKT\n",
        r"\nPUNKTER\n",
        r"\nBeslutning i .+ den \d\d-\d\d-\d{4}\n",
    ),
    title_repeated=True,
    prepare=prepare,
)
