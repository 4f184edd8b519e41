"""The one exception family the command line turns into a one-line error and exit code 2."""

from referatlint.text import Msg


class ReferatlintError(Exception):
    """Bad input, bad configuration or bad usage: reported on one line, exit code 2."""

    def __init__(self, message: Msg, path: str | None = None, line: int | None = None):
        super().__init__(message.en)
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self):
        # Errors raised in a worker process travel back to the main one pickled.
        return type(self), (self.message, self.path, self.line)

    def render(self, lang: str) -> str:
        where = self.path or ""
        if where and self.line:
            where += f":{self.line}"
        text = self.message.get(lang)
        return f"{where}: {text}" if where else text


class InputError(ReferatlintError):
    """A document that cannot be read: binary, damaged, encrypted, too large."""


class ConfigError(ReferatlintError):
    """A configuration file that cannot be used."""


class InternalError(ReferatlintError):
    """A rule or the parser that failed on a document: a bug in referatlint or in a
    plugin, not in the document."""
