"""Bilingual text: every message the tool prints exists in Danish and English."""

from referatlint.records import record


@record
class Msg:
    """A message in Danish (the default) and English; ``format`` fills both."""

    da: str
    en: str

    def format(self, **values: object) -> "Msg":
        return Msg(self.da.format(**values), self.en.format(**values))

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.da
