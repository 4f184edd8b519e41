"""Filter stage, part three: waivers (accepted findings, each with a written reason)
and the baseline (findings recorded when referatlint was adopted)."""

import os
from collections import Counter

from referatlint.errors import ConfigError
from referatlint.fingerprint import fingerprints
from referatlint.report.common import report_path
from referatlint.rule import Finding
from referatlint.settings import (
    ALWAYS_ERROR,
    Settings,
    Waiver,
    absolute,
    pattern_covers,
    selected,
)
from referatlint.text import Msg, enumeration

STALE = Msg(
    "Undtagelsen for {code} i »{file}«{item} dækker ikke længere noget fund.",
    "The waiver for {code} in “{file}”{item} no longer covers any finding.",
)
STALE_FIX = Msg(
    "Slet undtagelsen i konfigurationsfilen: fundet er rettet.",
    "Delete the waiver from the configuration file: the finding has been fixed.",
)


def runs(code: str, path: str, settings: Settings) -> bool:
    """Whether the rule with this code is run on this file: chosen by select, ignore and
    extend_select (configuration, then command line: settings.selected), and not ignored
    for the file. Decided
    on the code alone, so a run answered from the cache need not load the rules."""
    from referatlint.registry import matches
    from referatlint.runner import ignored_codes

    if "rules" in vars(settings):  # the rules chosen, known already (or given directly)
        chosen = any(rule.code == code for rule in settings.rules)
    else:
        chosen = selected(code, settings.data, settings.overrides)
    return chosen and not matches(code, ignored_codes(path, settings))


class WaiverBook:
    """Applies waivers and remembers which ones were used, for --show-waivers and for
    reporting waivers that no longer match anything (RL905).

    A waiver is only called unused where it could have been used: for a file its pattern
    covers, on which its rule ran, and where RL905 itself is chosen."""

    def __init__(self) -> None:
        self.used: Counter[Waiver] = Counter()
        self.relevant: dict[Waiver, Settings] = {}  # waiver -> settings of a file it covers

    def apply(
        self, path: str, findings: tuple[Finding, ...], settings: Settings
    ) -> tuple[tuple[Finding, ...], tuple[tuple[Finding, str], ...]]:
        """The findings no waiver covers, and each waived one with its waiver's reason
        (SARIF reports those as suppressed)."""
        waivers = [w for w in settings.waivers if pattern_covers(w.file, path)]
        if not waivers:
            return findings, ()
        kept, waived = [], []
        for finding in findings:
            match = next(
                (w for w in waivers
                 if w.code == finding.code and (w.item is None or w.item == finding.item)),
                None,
            )  # fmt: skip
            if match is None:
                kept.append(finding)
            else:
                self.used[match] += 1
                waived.append((finding, match.reason))
        if runs("RL905", path, settings):
            for waiver in waivers:
                if waiver not in self.relevant and runs(waiver.code, path, settings):
                    self.relevant[waiver] = settings
        return tuple(kept), tuple(waived)

    def stale(self) -> list[tuple[Finding, str]]:
        """Waivers for files this run linted that silenced nothing: findings (RL905) at
        the line of the configuration file that grants them, each with the fail_on of
        the settings that saw it."""
        found = []
        for waiver, settings in self.relevant.items():
            if self.used[waiver]:
                continue
            item = f", punkt {waiver.item}," if waiver.item else ""
            item_en = f", item {waiver.item}," if waiver.item else ""
            shown = report_path(waiver.file)
            message = Msg(
                STALE.da.format(code=waiver.code, file=shown, item=item),
                STALE.en.format(code=waiver.code, file=shown, item=item_en),
            )
            severity = settings.severities.get("RL905", "warning")
            finding = Finding("RL905", "unused-waiver", severity, message, waiver.line or 1, 1,
                              waiver.line or 1, None, None, STALE_FIX, report_path(waiver.source))  # fmt: skip
            found.append((finding, settings.fail_on))
        return found


# --------------------------------------------------------------------------- baseline
#
# A baseline file names each document relative to the folder the baseline file is in
# (version 2 on), so a CI job finds the same documents from any working directory.
# Version 1 files, relative to the working directory they were written in, are still
# read. Version 3 fingerprints hold the findings' subjects (fingerprint.py); entries of
# older files are matched by fingerprints without them.

BASELINE_VERSION = 3
BAD_BASELINE = Msg(
    "baseline-filen kan ikke læses: {reason}", "the baseline file cannot be read: {reason}"
)
NOT_A_BASELINE = Msg(
    "det er {what[0]}, ikke en baseline; lav den med --write-baseline",
    "it is {what[1]}, not a baseline; make one with --write-baseline",
)
REPORTS = (  # what a JSON file given as a baseline may be instead: (key it has, name)
    ("runs", ("en SARIF-rapport", "a SARIF report")),
    ("files", ("en JSON-rapport", "a JSON report")),
)
NO_FINDINGS = Msg(
    "det er ikke en baseline (den har ingen »findings«); lav den med --write-baseline",
    "it is not a baseline (it has no “findings”); make one with --write-baseline",
)
BAD_ENTRIES = Msg(
    "»findings« skal være en liste af fund, hver med »path« og »fingerprint«; lav filen "
    "med --write-baseline",
    "“findings” must be a list of findings, each with “path” and “fingerprint”; make the "
    "file with --write-baseline",
)
CANNOT_WRITE = Msg("kan ikke skrives: {reason}", "cannot be written: {reason}")
MATCHED_NOTHING = Msg(
    "baseline-filen {path} nævner ingen af de tjekkede filer, så den skjuler ingen fund",
    "the baseline file {path} names none of the checked files, so it hides no findings",
)
UNKNOWN_VERSION = Msg(
    "ukendt baseline-version {version}; denne referatlint læser version 1 til {known} (lav "
    "filen igen med --write-baseline)",
    "unknown baseline version {version}; this referatlint reads versions 1 to {known} (make "
    "the file again with --write-baseline)",
)
STALE_ENTRIES = Msg(
    "{count} fund i baseline-filen {path} er rettet (findes ikke længere); fjern {them[0]} "
    "med --prune-baseline",
    "{count} {findings} in the baseline file {path} {are} fixed (no longer {occur}); remove "
    "{them[1]} with --prune-baseline",
)
# A renamed document's findings come back under its new name: pruning its entries does not
# carry them over, so the line tells the two cases apart.
VANISHED_ENTRIES = Msg(
    "{count} fund i baseline-filen {path} hører til {documents[0]}, der ikke findes længere "
    "({names[0]}). For et slettet dokument: fjern fundene med --prune-baseline; for et "
    "omdøbt: fundene meldes under det nye navn, indtil baseline-filen skrives igen "
    "(--write-baseline)",
    "{count} {findings} in the baseline file {path} {belong} to {documents[1]} that no longer "
    "{exist} ({names[1]}). For a deleted document: remove the findings with "
    "--prune-baseline; for a renamed one: the findings are reported under the new name until "
    "the baseline file is written again (--write-baseline)",
)
PRUNED = Msg("Fjernede {count} fund fra {target}.", "Removed {count} finding{s} from {target}.")
WROTE = Msg("Skrev {count} fund til {target}.", "Wrote {count} finding{s} to {target}.")
OLD_BASELINE = Msg(
    "; den er lavet af en ældre referatlint og gælder kun, når referatlint kører fra den "
    "mappe, den blev lavet i (lav den igen med --write-baseline)",
    "; an older referatlint made it, and it only applies when referatlint runs from the "
    "folder it was made in (make it again with --write-baseline)",
)


def bilingual(template: Msg, reason: Msg) -> Msg:
    """``template`` with a reason that is itself in both languages."""
    return Msg(template.da.format(reason=reason.da), template.en.format(reason=reason.en))


def document_key(path: str, folder: str | None = None) -> str:
    """A document as baselines match it: absolute, with ``/`` separators; a relative path
    is taken relative to ``folder`` (default: the working directory). Standard input
    without a name stays ``-``."""
    if path == "-":
        return path
    return absolute(os.path.join(folder, path) if folder else path)


def read_baseline_data(path: str):
    import json

    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except json.JSONDecodeError as error:
        reason = Msg("ikke gyldig JSON", "not valid JSON")
        raise ConfigError(bilingual(BAD_BASELINE, reason), path, error.lineno) from None
    except UnicodeDecodeError:
        reason = Msg("filen er ikke UTF-8", "the file is not UTF-8")
        raise ConfigError(bilingual(BAD_BASELINE, reason), path) from None
    except OSError as error:
        from referatlint.errors import os_reason

        raise ConfigError(bilingual(BAD_BASELINE, os_reason(error)), path) from None


class Baseline:
    """The findings of a baseline file, by document and fingerprint; which of them this
    run matched, found fixed or found to name documents that no longer exist."""

    def __init__(self, path: str) -> None:
        self.path = path
        data = read_baseline_data(path)
        if isinstance(data, list):
            gitlab = all(isinstance(e, dict) and "check_name" in e for e in data)
            what = ("en GitLab-rapport", "a GitLab report") if gitlab and data else None
            raise ConfigError(
                NOT_A_BASELINE.format(what=what or ("en JSON-liste", "a JSON list")), path
            )
        if not isinstance(data, dict) or "findings" not in data:
            found = [name for key, name in REPORTS if isinstance(data, dict) and key in data]
            raise ConfigError(NOT_A_BASELINE.format(what=found[0]) if found else NO_FINDINGS, path)
        # Version 1 named documents relative to the working directory it was written in.
        version = data.get("version", 1)
        if type(version) is not int or not 1 <= version <= BASELINE_VERSION:
            import json

            shown = json.dumps(version, ensure_ascii=False)
            raise ConfigError(UNKNOWN_VERSION.format(version=shown, known=BASELINE_VERSION), path)
        folder = os.path.dirname(os.path.abspath(path)) if version >= 2 else None
        self.data = data  # kept as read: --prune-baseline only takes entries out
        self.subjects = version >= 3
        self.entries: dict[str, Counter[str]] = {}  # document -> fingerprints not yet seen
        # (document, fingerprint) -> where its entries are in the file's list
        self.positions: dict[tuple[str, str], list[int]] = {}
        try:
            for index, entry in enumerate(data["findings"]):
                document, mark = document_key(entry["path"], folder), entry["fingerprint"]
                self.entries.setdefault(document, Counter())[mark] += 1
                self.positions.setdefault((document, mark), []).append(index)
        except (KeyError, TypeError, AttributeError):
            raise ConfigError(BAD_ENTRIES, path) from None
        self.matched = False
        self.old = folder is None
        # (document, fingerprint) -> entries of a checked document no finding matched
        self.fixed: Counter[tuple[str, str]] = Counter()

    def without_baselined(
        self, path: str, findings: tuple[Finding, ...], settings: Settings | None
    ) -> tuple[Finding, ...]:
        """The findings the baseline does not hide. An unreadable document (RL901) is never
        hidden: the run fails on it anyway. With ``settings`` (a readable document's), its
        entries left unmatched by a rule that ran are fixed; a configuration file's entries
        (RL905) depend on which documents the run covered, and an unreadable document's
        findings are unknown, so neither gives ``settings``."""
        key = document_key(path)
        remaining = self.entries.get(key)
        if remaining is None:
            return findings
        self.matched = True
        kept = []
        marks = fingerprints(findings, subject=self.subjects)
        for finding, mark in zip(findings, marks, strict=True):
            if remaining[mark] > 0 and finding.code != ALWAYS_ERROR:
                remaining[mark] -= 1
            else:
                kept.append(finding)
        if settings is not None:
            entries = self.data["findings"]
            for mark, count in remaining.items():
                if count > 0:
                    code = entries[self.positions[(key, mark)][0]].get("code")
                    if code and runs(code, path, settings):
                        self.fixed[(key, mark)] = count
        return tuple(kept)

    def vanished(self, checked: list[str]) -> list[str]:
        """The documents with entries that no longer exist, among those the ``checked``
        paths (files and folders) cover: a run over one folder says nothing of another's.
        A version 1 file that matched nothing was made in another working directory, so its
        paths say nothing either."""
        if self.old and not self.matched:
            return []
        roots = [absolute(path) for path in checked if path != "-"]
        return [
            document
            for document in self.entries
            if document != "-"
            and any(document == root or document.startswith(root.rstrip("/") + "/")
                    for root in roots)
            and not os.path.lexists(document)
        ]  # fmt: skip

    def note(self, checked: list[str], pruned: bool = False) -> list[Msg]:
        """What to tell the user: that the baseline named none of the checked files, and
        (unless just ``pruned`` away) how many of its entries the checked files no longer
        have or name documents that are gone."""
        notes = []
        if self.entries and not self.matched:
            note = MATCHED_NOTHING.format(path=self.path)
            notes.append(
                Msg(note.da + OLD_BASELINE.da, note.en + OLD_BASELINE.en) if self.old else note
            )
        if pruned:
            return notes
        fixed = sum(self.fixed.values())
        if fixed:
            notes.append(STALE_ENTRIES.format(
                count=fixed, path=self.path, them=them(fixed), findings=plural(fixed, "finding"),
                occur="occurs" if fixed == 1 else "occur", are="is" if fixed == 1 else "are",
            ))  # fmt: skip
        gone = self.vanished(checked)
        if gone:
            count = sum(self.entries[document].total() for document in gone)
            one = len(gone) == 1
            notes.append(VANISHED_ENTRIES.format(
                count=count, path=self.path, findings=plural(count, "finding"),
                belong="belongs" if count == 1 else "belong",
                documents=("et dokument", "a document") if one
                else (f"{len(gone)} dokumenter", f"{len(gone)} documents"),
                exist="exists" if one else "exist", names=named_documents(gone),
            ))  # fmt: skip
        return notes

    def prune(self, checked: list[str]) -> Msg:
        """Rewrites the file without its fixed entries and those of documents that no
        longer exist (never adding one), in place of the old file at once, so that no
        reader ever sees half a file; returns the line that says how many went."""
        removed = set()
        for (document, mark), count in self.fixed.items():
            removed.update(self.positions[(document, mark)][-count:])
        for document in self.vanished(checked):
            for mark in self.entries[document]:
                removed.update(self.positions[(document, mark)])
        if removed:
            findings = [e for index, e in enumerate(self.data["findings"]) if index not in removed]
            write_json_atomically(self.path, {**self.data, "findings": findings})
        count = len(removed)
        return PRUNED.format(count=count, target=self.path, s="s" * (count != 1))


def them(count: int) -> tuple[str, str]:
    return ("det", "it") if count == 1 else ("dem", "them")


def plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def named_documents(documents: list[str]) -> tuple[str, str]:
    """The first three documents as the reports show their paths, and how many more."""
    shown = [report_path(document) for document in documents[:3]]
    more = len(documents) - len(shown)
    if not more:
        return enumeration(shown, "og", "»", "«"), enumeration(shown, "and", "“", "”")
    listed = ", ".join(f"»{path}«" for path in shown), ", ".join(f"“{path}”" for path in shown)
    others = ("andet", "other") if more == 1 else ("andre", "others")
    return f"{listed[0]} og {more} {others[0]}", f"{listed[1]} and {more} {others[1]}"


def write_json_atomically(target: str, data: dict) -> None:
    """``data`` as the baseline writer lays it out, written beside ``target`` and then
    renamed over it, with the old file's permissions."""
    import json
    import tempfile

    folder = os.path.dirname(os.path.abspath(target))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".referatlint-", suffix=".json", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(data, stream, ensure_ascii=False, indent=1)
                stream.write("\n")
            os.chmod(temporary, os.stat(target).st_mode & 0o7777)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        from referatlint.errors import os_reason

        reason = os_reason(error, writing=True)
        raise ConfigError(bilingual(CANNOT_WRITE, reason), target) from None


class BaselineWriter:
    """Collects every finding of a run into a baseline file: the documents' and the
    configuration files' (RL905), not unreadable documents (RL901), which a baseline
    cannot hide."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.entries: list[dict] = []
        folder = os.path.dirname(target) or "."
        if not os.path.isdir(folder):  # said before the run, not after it
            reason = Msg(f"mappen {folder} findes ikke", f"the folder {folder} does not exist")
            raise ConfigError(bilingual(CANNOT_WRITE, reason), target)

    def add(self, path: str, findings: tuple[Finding, ...]) -> None:
        key = document_key(path)
        for finding, mark in zip(findings, fingerprints(findings), strict=True):
            if finding.code == ALWAYS_ERROR:
                continue
            self.entries.append(
                {"path": key, "code": finding.code, "item": finding.item, "fingerprint": mark,
                 "message": finding.message.da}
            )  # fmt: skip

    def write(self) -> Msg:
        """Writes the file; returns the line that says so."""
        import json

        target = self.target
        folder = os.path.dirname(os.path.abspath(target))
        entries = [{**entry, "path": relative_to(entry["path"], folder)} for entry in self.entries]
        data = {"version": BASELINE_VERSION, "tool": "referatlint", "findings": entries}
        try:
            with open(target, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=1)
                handle.write("\n")
        except OSError as error:
            from referatlint.errors import os_reason

            reason = os_reason(error, writing=True)
            raise ConfigError(bilingual(CANNOT_WRITE, reason), target) from None
        count = len(entries)
        return WROTE.format(count=count, target=target, s="s" * (count != 1))


def relative_to(key: str, folder: str) -> str:
    """A document key relative to ``folder``, with ``/`` separators (absolute when it
    cannot be: another drive)."""
    if key == "-":
        return key
    try:
        return os.path.relpath(key, folder).replace(os.sep, "/")
    except ValueError:
        return key
