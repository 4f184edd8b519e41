"""Regular expressions, compiled once per installation, and on first use where rare.

Compiling costs more than running for most of the patterns the parser and the rules hold:
about a quarter of a run on one draft went to it. Python keeps a module's bytecode in
``__pycache__`` and has no such store for compiled patterns, so this module keeps one
beside the bytecode: the compiled form of each pattern, keyed by the interpreter, read in
one go at start-up. A pattern not yet kept is compiled as usual, checked against the kept
form, and the store is rewritten when the run ends. Anything unexpected (another
interpreter, a damaged or unwritable store) falls back to ``re.compile``.

A pattern whose trigger never occurs in a document (mojibake, drive paths, template help
text) need never be compiled at all: ``Lazy`` compiles it on first use. Start-up time is a
product feature: a pre-commit hook pays it on every commit."""

import atexit
import marshal
import os
import re
import sys

# The compiled form depends on the interpreter's regular-expression engine.
try:
    import _sre
    from re import _compiler, _parser

    STAMP = (sys.version, _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError):  # another interpreter than CPython 3.11+
    STAMP = None
MOST_KEPT = 2000  # patterns from many edited configurations should not pile up for ever


def store_path() -> str:
    """Beside this module's bytecode, as ``importlib.util.cache_from_source`` places it
    (that import alone would cost a tenth of what the store saves)."""
    folder = os.path.dirname(os.path.abspath(__file__))
    if sys.pycache_prefix:
        folder = os.path.join(sys.pycache_prefix, os.path.splitdrive(folder)[1].lstrip(os.sep))
    else:
        folder = os.path.join(folder, "__pycache__")
    return os.path.join(folder, f"regex.{sys.implementation.cache_tag}.patterns")


class PatternStore:
    """Compiled patterns kept between runs: (pattern, flags) -> the arguments of
    ``_sre.compile``."""

    def __init__(self, path: str):
        self.path = path
        self.kept: dict[tuple[str, int], tuple] = {}
        self.usable = STAMP is not None
        self.changed = False
        if not self.usable:
            return
        try:
            with open(path, "rb") as handle:
                stamp, kept = marshal.loads(handle.read())
            if stamp == STAMP and isinstance(kept, dict):
                self.kept = kept
        except (OSError, EOFError, ValueError, TypeError):
            pass  # none yet, or damaged: it is rebuilt

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        key = (pattern, int(flags))
        kept = self.kept.get(key) if self.usable else None
        if kept is not None:
            try:
                return _sre.compile(pattern, *kept)
            except (RuntimeError, TypeError, ValueError):
                del self.kept[key]  # damaged: compile it again below
        compiled = re.compile(pattern, flags)
        if self.usable:
            self.keep(key, compiled)
        return compiled

    def keep(self, key: tuple[str, int], compiled: re.Pattern[str]) -> None:
        """Derive the compiled form as ``re._compiler.compile`` does, and keep it only if
        it gives the very pattern ``re.compile`` gave (patterns compare by their code)."""
        pattern, flags = key
        try:
            parsed = _parser.parse(pattern, flags)
            groups = parsed.state.groupdict
            names = [None] * parsed.state.groups
            for name, index in groups.items():
                names[index] = name
            form = (
                int(flags | parsed.state.flags),
                list(map(int, _compiler._code(parsed, flags))),
                parsed.state.groups - 1,
                dict(groups),
                tuple(names),
            )
            same = _sre.compile(pattern, *form) == compiled
        except Exception:  # the engine's internals changed: use re.compile from now on
            self.usable = False
            return
        if not same:
            self.usable = False
            return
        if len(self.kept) >= MOST_KEPT:
            self.kept.clear()
        self.kept[key] = form
        self.changed = True

    def save(self) -> None:
        """Write the store whole and then move it in place, so parallel runs never read a
        half-written one. Written even where Python writes no bytecode
        (PYTHONDONTWRITEBYTECODE): pip compiles the bytecode at install time, and nothing
        compiles the patterns but a run."""
        if not (self.usable and self.changed):
            return
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as handle:
                handle.write(marshal.dumps((STAMP, self.kept)))
            os.replace(temporary, self.path)
            self.changed = False
        except OSError:  # a read-only installation: compile on every run, as before
            try:  # noqa: SIM105 - importing contextlib costs 0.4 ms of every start-up
                os.unlink(temporary)
            except OSError:
                pass


STORE = PatternStore(store_path())
atexit.register(STORE.save)
compile = STORE.compile


# What a Lazy pattern offers: the compiled pattern's own methods, bound on first use.
PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class Lazy:
    """``re.compile(pattern, flags)``, done the first time the pattern is used. From then
    on ``search`` and the other methods are the compiled pattern's own, so a call costs no
    more than on a pattern compiled up front (rules call them thousands of times a run)."""

    __slots__ = ("_compiled", "flags", "pattern", *PATTERN_METHODS)

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            compiled = self._compiled = STORE.compile(self.pattern, self.flags)
            for name in PATTERN_METHODS:
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    def __getattr__(self, name: str):
        """Only reached while a method's slot is still empty: compile, then answer."""
        if name not in PATTERN_METHODS:
            raise AttributeError(name)
        return getattr(self.compiled, name)
