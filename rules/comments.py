"""RL610 open-comment: a comment in a Word draft, or a review note in a PDF, that nobody
has resolved."""

from functools import partial

from referatlint.rule import Rule
from referatlint.rules.common import example, item, quoted
from referatlint.rules.samples import sample_docx
from referatlint.text import Msg

OPEN = Msg(
    "Word-filen har en åben kommentar{by}: »{text}«.",
    "The Word file has an open comment{by_en}: “{text}”.",
)
OPEN_FIX = Msg(
    "Gør det, kommentaren beder om, og markér den som løst eller slet den (Gennemse › Slet), "
    "før dokumentet offentliggøres.",
    "Do what the comment asks, then resolve or delete it (Review › Delete) before the "
    "document is published.",
)
OPEN_NOTE = Msg(
    "PDF-filen har en åben kommentar{by}: »{text}«.",
    "The PDF file has an open comment{by_en}: “{text}”.",
)
OPEN_NOTE_FIX = Msg(
    "Gør det, kommentaren beder om, og slet den eller giv den status »Fuldført«, før "
    "dokumentet offentliggøres; kommentarer følger med PDF-filen.",
    "Do what the comment asks, then delete it or set its status to “Completed” before the "
    "document is published; comments go with the PDF file.",
)


def check(document, context):
    message, fix = (OPEN_NOTE, OPEN_NOTE_FIX) if document.format == "pdf" else (OPEN, OPEN_FIX)
    for comment in document.comments:
        if comment.resolved:
            continue
        by, by_en = (
            (f" fra {comment.author}", f" from {comment.author}") if comment.author else ("", "")
        )
        yield context.report(
            message.format(by=by, by_en=by_en, text=quoted(comment.text)), comment.line, fix=fix
        )


DRAFT = [line for line in example(item(1, "Salg af grund på Havnevej")).split("\n") if line]
RECOMMENDATION = next(
    index for index, line in enumerate(DRAFT) if line.startswith("Administrationen indstiller")
)

RULE = Rule(
    code="RL610",
    name="open-comment",
    severity="warning",
    title=Msg("Åben kommentar", "Open comment"),
    what=Msg(
        "En kommentar i en Word-fil, som ikke er markeret som løst, eller en kommentar i en "
        "PDF-fil (en note, en markering med en note), som ingen har givet status som "
        "fuldført, accepteret, afvist eller annulleret. Løste kommentarer og svar i en tråd "
        "tæller ikke; fundet står ved linjen, kommentaren handler om (i en PDF: linjen ud for "
        "kommentarens øverste kant).",
        "A comment in a Word file that is not marked resolved, or a comment in a PDF file (a "
        "note, a highlight with a note) that nobody gave the status completed, accepted, "
        "rejected or cancelled. Resolved comments and replies in a thread do not count; the "
        "finding is on the line the comment is about (in a PDF: the line level with the "
        "comment's top edge).",
    ),
    why=Msg(
        "En åben kommentar er et spørgsmål eller en rettelse, som ingen har taget stilling "
        "til, og kommentarer følger med filen, hvis den sendes videre eller offentliggøres.",
        "An open comment is a question or correction nobody has dealt with, and comments go "
        "with the file when it is passed on or published.",
    ),
    bad=partial(
        sample_docx, DRAFT, comments={RECOMMENDATION: "Husk at vedlægge købsaftalen som bilag."}
    ),
    good=partial(sample_docx, DRAFT),
    check=check,
)
