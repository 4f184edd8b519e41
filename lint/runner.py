"""One document through the pipeline: read -> parse -> rules -> filters."""

import os
from collections.abc import Iterator

from referatlint import cache
from referatlint.cpr import masked
from referatlint.errors import InputError, InternalError, os_reason
from referatlint.read import SUPPORTED_SUFFIXES, detect_format, load_bytes, read
from referatlint.read.source import Source
from referatlint.records import record
from referatlint.rule import Finding
from referatlint.settings import Settings, pattern_covers
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from referatlint.parse.model import Document
    from referatlint.parse.vocabulary import Vocabulary

PROJECT_FILES = ("readme", "changelog", "license", "licence", "contributing")
SKIPPED_DIRECTORIES = {".git", ".hg", ".svn", ".referatlint_cache", "__pycache__", "node_modules"}
UNSUPPORTED = Msg(
    "referatlint kan ikke læse {suffix}-filer.", "referatlint cannot read {suffix} files."
)
SAVE_AS = Msg("Gem dokumentet som .docx eller PDF.", "Save the document as .docx or PDF.")
GIVE_DOCUMENT = Msg(
    "Angiv selve dokumentet: referatlint læser .txt, .md, .pdf, .docx og .html.",
    "Give the document itself: referatlint reads .txt, .md, .pdf, .docx and .html.",
)
WORD_PROCESSOR_SUFFIXES = (".doc", ".odt", ".rtf", ".wpd", ".pages", ".docm", ".dotx", ".dot")
NOT_PARSED = Msg(
    "referatlint kunne ikke tolke dokumentet ({error}). Det er en fejl i referatlint, ikke i "
    "dokumentet: meld den til referatlints udviklere, gerne med dokumentet.",
    "referatlint could not parse the document ({error}). This is a bug in referatlint, not in "
    "the document: report it to referatlint's authors, with the document if you can.",
)


@record
class FileResult:
    """What the run learnt about one file: enough to report it, not the document.

    ``text`` holds the document's lines (line N is ``text[N - 1]``, CPR numbers masked)
    only when the run was asked to keep them (``keep_text``), for reports that show the
    document itself (HTML); ordinary runs keep nothing.
    """

    path: str
    format: str | None
    kind: str | None
    pages: int | None
    items: int
    findings: tuple[Finding, ...]
    unreadable: bool = False
    text: tuple[str, ...] | None = None
    # Findings a waiver covers, each with the waiver's reason: not counted, and shown only
    # by reports that can mark a finding suppressed (SARIF).
    waived: tuple[tuple[Finding, str], ...] = ()


def unreadable(path: str, error: InputError, whole_file: bool = True) -> FileResult:
    """RL901 for ``path``: empty, damaged or missing is about the file as a whole (a folder
    is no document), unless the reader named a line."""
    finding = Finding(
        code="RL901",
        name="unreadable-document",
        severity="error",
        message=error.message,
        line=error.line or 1,
        column=1,
        end_line=error.line or 1,
        page=None,
        item=None,
        fix=error.fix,
        path=path,
        whole_file=whole_file and error.line is None,
    )
    return FileResult(path, None, None, None, 0, (finding,), unreadable=True)


FOLDER_DENIED = Msg(
    "Der er ikke adgang til mappen, så dokumenterne i den er ikke tjekket.",
    "There is no permission to open the folder, so its documents were not checked.",
)
FOLDER_DENIED_FIX = Msg("Bed om adgang til at læse mappen (fx hos IT).",
                        "Ask for permission to read the folder (e.g. from IT).")  # fmt: skip
FOLDER_UNREADABLE = Msg(
    "Mappen kan ikke læses: {reason}. Dokumenterne i den er ikke tjekket.",
    "The folder cannot be read: {reason}. Its documents were not checked.",
)


def unreadable_folder(folder: str, error: OSError) -> FileResult:
    """RL901 for a folder discovery could not list: its documents went unchecked."""
    if isinstance(error, PermissionError):
        denied = InputError(FOLDER_DENIED, folder, fix=FOLDER_DENIED_FIX)
        return unreadable(folder, denied, whole_file=False)
    why = os_reason(error)
    reason = Msg(FOLDER_UNREADABLE.da.format(reason=why.da),
                 FOLDER_UNREADABLE.en.format(reason=why.en))  # fmt: skip
    return unreadable(folder, InputError(reason, folder), whole_file=False)


def lint_source(source: Source, settings: Settings, keep_text: bool = False) -> FileResult:
    from referatlint.engine import check
    from referatlint.registry import matches

    vocabulary = settings.profile.vocabulary  # a bad profile is a ConfigError, not a parse failure
    document = parse_source(source, vocabulary)
    rules = settings.rules
    ignored = ignored_codes(source.path, settings)
    if ignored:
        rules = tuple(rule for rule in rules if not matches(rule.code, ignored))
    findings = check(document, rules, settings.profile, settings.severities, settings.options)
    return FileResult(
        source.path,
        source.format,
        document.kind,
        document.pages,
        len(document.items),
        tuple(findings),
        text=shown_text(source) if keep_text else None,
    )


def parse_source(source: Source, vocabulary: "Vocabulary") -> "Document":
    """The document model, or a one-line InternalError (not a traceback) if parsing fails."""
    from referatlint.parse import parse

    try:
        return parse(source, vocabulary)
    except Exception as error:
        reason = f"{type(error).__name__}: {error}"
        raise InternalError(NOT_PARSED.format(error=reason), source.path) from None


def lint_path(
    path: str, settings: Settings, data: bytes | None = None, keep_text: bool = False
) -> FileResult:
    """Read, parse and check one file; an unchanged file under unchanged settings is
    answered from the cache. ``keep_text`` keeps the document's lines in the result."""
    try:
        if data is None:
            data = load_bytes(path)
        refuse_unsupported(path, data)
        key, cached = "", None
        if cache.enabled():
            ignored = ",".join(ignored_codes(path, settings))  # per-file ignores depend on the path
            # the same bytes read as another format (udkast.md, udkast.txt) are another document
            reader = detect_format(path, data)
            key = cache.digest(
                f"{cache.code_stamp()}{settings.key}{ignored}{reader}{cache.digest(data)}"
            )
            cached = cache.load("results", key)
            if cached is not None and not keep_text:
                return restore(path, cached)
        source = read(path, data)
        if cached is not None:  # keep_text: the cache holds findings, not the text
            return restore(path, cached)._replace(text=shown_text(source))
    except InputError as error:
        return unreadable(path, error)
    result = lint_source(source, settings, keep_text)
    if key:
        cache.store("results", key, freeze(result))
    return result


def lint_stdin(name: str, settings: Settings, keep_text: bool = False) -> FileResult:
    """Standard input, linted as the file ``name`` would be (--stdin-filename): its
    format by the name's suffix, its per-file ignores, and the name in its findings."""
    try:
        data = load_bytes("-")
    except InputError as error:
        return unreadable(name, error)
    return lint_path(name, settings, data, keep_text)


def unsupported_suffix(path: str) -> str | None:
    """The suffix of a file named on the command line that says it is not a document
    referatlint reads (``.csv``, ``.yaml``, ``.doc``); None for a supported one, none at
    all, or a name whose last dot is no suffix (``Referat 4. nov. 2024``)."""
    if path == "-":
        return None
    suffix = os.path.splitext(path)[1].lower()
    word = suffix[1:]
    if not word or len(word) > 5 or not word.isalnum() or word.isdigit():
        return None
    return None if suffix in SUPPORTED_SUFFIXES else suffix


def refuse_unsupported(path: str, data: bytes) -> None:
    """Like ruff and yamllint, referatlint gives an answer about every file it is given;
    for a file of a format it does not read, that answer is RL901. A binary or damaged
    file gets the read stage's own reason, but a word processor's file is told how to
    save it instead."""
    suffix = unsupported_suffix(path)
    if suffix is None:
        return
    word_processor = suffix in WORD_PROCESSOR_SUFFIXES
    if not word_processor:
        read(path, data)  # raises the read stage's InputError for a binary file
    fix = SAVE_AS if word_processor else GIVE_DOCUMENT
    raise InputError(UNSUPPORTED.format(suffix=suffix), path, fix=fix)


def shown_text(source: Source) -> tuple[str, ...]:
    """The document's lines as a report may show them: CPR numbers masked."""
    return tuple(map(masked, source.lines))


def freeze(result: FileResult) -> list:
    """A result as JSON-able data, without its path (the same content may live anywhere)."""
    findings = [
        [f.code, f.name, f.severity, *f.message, f.line, f.column, f.end_line, f.page, f.item,
         *(f.fix or ("", "")), f.fix is not None, f.context, f.whole_file, f.subject,
         f.attachment]
        for f in result.findings
    ]  # fmt: skip
    return [result.format, result.kind, result.pages, result.items, findings]


def restore(path: str, data: list) -> FileResult:
    format, kind, pages, items, findings = data
    return FileResult(
        path, format, kind, pages, items,
        tuple(
            Finding(code, name, severity, Msg(da, en), line, column, end_line, page, item,
                    Msg(fix_da, fix_en) if has_fix else None, path, context, whole_file, subject,
                    attachment)
            for code, name, severity, da, en, line, column, end_line, page, item, fix_da, fix_en,
            has_fix, context, whole_file, subject, attachment in findings
        ),
    )  # fmt: skip


def ignored_codes(path: str, settings: Settings) -> tuple[str, ...]:
    """Codes ignored for this file by ``per_file_ignores`` (absolute, anchored patterns)."""
    return tuple(
        code
        for pattern, selectors in settings.per_file_ignores
        if pattern_covers(pattern, path)
        for code in selectors
    )


def excluded(path: str, settings: Settings) -> bool:
    """Whether the configuration's ``exclude`` (absolute, anchored patterns) covers the file."""
    return any(pattern_covers(pattern, path) for pattern in settings.exclude)


def discover(
    paths: list[str], empty: list | None = None, denied: list | None = None
) -> Iterator[str]:
    """Files to lint: named files as given, directories walked for supported files in a
    stable order. A missing path is yielded so the runner reports it. A directory without
    documents is added to ``empty`` with the first of the other files it holds (or None)
    and how many there are; a directory that cannot be listed is added to ``denied`` with
    its error (a run must not pass with documents unchecked).

    A file reached twice (``x`` and ``./x``, a folder and a file in it, a link to it) is
    yielded once, by the name it was first reached by: one document, one set of findings.
    Standard input (``-``) is no file."""
    denied = [] if denied is None else denied
    seen: set[str] = set()  # real paths yielded, and of folders found unreadable

    def first(real: str) -> bool:
        if real in seen:
            return False
        seen.add(real)
        return True

    for path in paths:
        if path == "-":
            yield path
            continue
        if not os.path.isdir(path):
            if first(os.path.realpath(path)):
                yield without_dot(path)
            continue
        found, others, denied_before = 0, [], len(denied)
        for root, files, links in walk(path, denied):
            # Resolved once a folder: a file in it is where its folder is, unless a link.
            real_root = os.path.realpath(root)
            for name in files:
                lowered = name.lower()
                # A folder of drafts often holds a README; named on its own it is checked.
                wanted = lowered.endswith(SUPPORTED_SUFFIXES) and not name.startswith(".")
                if wanted and not lowered.startswith(PROJECT_FILES):
                    found += 1
                    real = os.path.join(real_root, name)
                    if first(os.path.realpath(real) if name in links else real):
                        yield without_dot(os.path.join(root, name))
                elif not name.startswith("."):
                    others.append(name)
        if not found and empty is not None and len(denied) == denied_before:
            empty.append((path, others[0] if others else None, len(others)))
        denied[denied_before:] = [
            (folder, error) for folder, error in denied[denied_before:]
            if first(os.path.realpath(folder))
        ]  # fmt: skip


def without_dot(path: str) -> str:
    """``./byraad/x.txt`` as ``byraad/x.txt``, as every report writes it (as ruff does);
    a file named ``-`` keeps its ``./``, which tells it from standard input."""
    bare = path
    while bare.startswith("./") and len(bare) > 2:
        bare = bare[2:]
    return path if bare == "-" else bare


def walk(folder: str, denied: list) -> Iterator[tuple[str, list[str], set[str]]]:
    """``(folder, names of its files, those of them that are links or of unknown type)``
    for the folder and its subfolders, top-down, in name order, like os.walk without
    following links. Only regular files (or links to files, or broken or looping links,
    which the runner reports): reading a FIFO, device or socket would block or make no
    sense, so they are passed by, as ruff does."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as error:
        denied.append((folder, error))
        return
    files, folders, links = [], [], set()
    for entry in entries:
        try:
            is_folder = entry.is_dir()
            is_link = entry.is_symlink()
            is_file = not is_folder and (is_link or entry.is_file())
        except OSError:
            # A link in a ring (ELOOP), a name too long, no permission: as a file the runner
            # reports it (RL901, exit 2), as when it is named on the command line.
            is_folder, is_link, is_file = False, True, True
        if is_folder:
            name = entry.name
            if not (is_link or name in SKIPPED_DIRECTORIES or name.startswith(".")):
                folders.append(name)
        elif is_file:
            files.append(entry.name)
            if is_link:
                links.add(entry.name)
    yield folder, sorted(files), links
    for name in sorted(folders):
        yield from walk(os.path.join(folder, name), denied)
