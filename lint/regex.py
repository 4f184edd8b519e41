"""Regular expressions compiled on first use.

Compiling costs more than running for most of the patterns a rule holds, and a pattern
whose trigger never occurs in a document (mojibake, drive paths, template help text) need
never be compiled at all. Start-up time is a product feature: a pre-commit hook pays it on
every commit."""

import re


class Lazy:
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, *position):
        return self.compiled.search(text, *position)

    def match(self, text: str, *position):
        return self.compiled.match(text, *position)

    def finditer(self, text: str, *position):
        return self.compiled.finditer(text, *position)

    def sub(self, replacement: str, text: str) -> str:
        return self.compiled.sub(replacement, text)

    def split(self, text: str) -> list[str]:
        return self.compiled.split(text)
