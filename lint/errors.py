"""The one exception family the command line turns into a one-line error and exit code 2."""

import os

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

    def shown_path(self) -> str:
        return self.path or ""

    def render(self, lang: str) -> str:
        where = self.shown_path()
        if where and self.line:
            where += f":{self.line}"
        text = self.message.get(lang)
        return f"{where}: {text}" if where else text


def relative_within(path: str) -> str:
    """An absolute path relative to the working folder when it lies in it; any other as
    it is."""
    if not os.path.isabs(path):
        return path
    relative = os.path.relpath(path)
    return path if relative.split(os.sep)[0] == ".." else relative


class InputError(ReferatlintError):
    """A document that cannot be read: binary, damaged, encrypted, too large. Its message
    is a sentence, as every finding's (RL901 reports it); ``fix`` says what to do."""

    def __init__(
        self, message: Msg, path: str | None = None, line: int | None = None,
        fix: Msg | None = None,
    ):  # fmt: skip
        super().__init__(message, path, line)
        self.fix = fix

    def __reduce__(self):
        return type(self), (self.message, self.path, self.line, self.fix)


class ConfigError(ReferatlintError):
    """A configuration file that cannot be used. Its path is absolute (found above the
    documents, or --config made absolute): shown relative where it lies in the working
    folder, as findings' paths are."""

    def shown_path(self) -> str:
        return relative_within(self.path) if self.path else ""


class InternalError(ReferatlintError):
    """A rule or the parser that failed on a document: a bug in referatlint or in a
    plugin, not in the document."""


# The system's reasons (English) in words, by errno name: (Danish, English).
OS_REASONS = {
    "ENOENT": ("filen findes ikke", "no such file"),
    "EACCES": ("ingen adgang", "permission denied"),
    "EPERM": ("ingen adgang", "permission denied"),
    "EISDIR": ("det er en mappe, ikke en fil", "it is a folder, not a file"),
    "ENOTDIR": ("en del af stien er en fil, ikke en mappe", "part of the path is not a folder"),
    "ELOOP": ("et symbolsk link peger i ring (på sig selv eller tilbage ad vejen)",
              "a symbolic link points in a circle (to itself or back along the way)"),
    "ENAMETOOLONG": ("navnet er for langt", "the name is too long"),
    "ENOSPC": ("disken er fuld", "the disk is full"),
    "EROFS": ("disken er skrivebeskyttet", "the disk is read-only"),
    "EIO": ("disken kunne ikke læses (I/O-fejl)", "the disk could not be read (I/O error)"),
    "EMFILE": ("for mange åbne filer", "too many open files"),
    "ENFILE": ("for mange åbne filer", "too many open files"),
}  # fmt: skip


def os_reason(error: OSError, writing: bool = False) -> Msg:
    """Why a file could not be opened, in words (the system's own are English); the
    system's text only for a reason not foreseen."""
    import errno
    import os

    name = errno.errorcode.get(error.errno or 0, "")
    if name == "ENOENT" and writing:
        folder = os.path.dirname(error.filename or "") or "."
        return Msg(f"mappen {folder} findes ikke", f"the folder {folder} does not exist")
    if name in OS_REASONS:
        return Msg(*OS_REASONS[name])
    reason = error.strerror or str(error)
    return Msg(reason, reason)
