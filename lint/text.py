"""Bilingual text: every message the tool prints exists in Danish and English."""

from referatlint.records import record


@record
class Msg:
    """A message in Danish (the default) and English; ``format`` fills both."""

    da: str
    en: str

    def format(self, **values: object) -> "Msg":
        return Msg(closed(self.da.format(**values)), closed(self.en.format(**values)))

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.da


def closed(sentence: str) -> str:
    """A sentence ending in a quote that ends with its own . ! or ? takes no full stop
    after it: »… en dato.« and “… a date.”, not »… en dato.«."""
    if sentence[-2:] in ("«.", "”.") and sentence[-3:-2] in (".", "!", "?"):
        return sentence[:-1]
    return sentence


def enumeration(names, conjunction: str = "og", opening: str = "", closing: str = "") -> str:
    """Names as a list in prose: "A", "A og B", "A, B og C" (each between ``opening`` and
    ``closing``, e.g. "»" and "«")."""
    quoted = [f"{opening}{name}{closing}" for name in names]
    if len(quoted) < 2:
        return "".join(quoted)
    return f"{', '.join(quoted[:-1])} {conjunction} {quoted[-1]}"
