"""Output for people: ``path:line:col: CODE [punkt N, side P] message``, like ruff, with
the offending line and how to fix it in the full format (a finding about the whole file:
``path: CODE [hele dokumentet] message``, no line shown). In a run over several documents
the full format heads each document's findings with its name and counts, and names the
documents without findings before the summary."""

import os
import sys

from referatlint.regex import Lazy
from referatlint.report import Reporter, Summary
from referatlint.report.common import more_about, rule_titles, where
from referatlint.rule import SEVERITIES, SEVERITY_NAMES, Finding

# The readers of PDF, Word and HTML write a link as "[text](target)"; their reader sees
# only the text. A Markdown file's own "[text](target)" is what its writer sees.
LINK = Lazy(r"\[([^\]\n]*)\]\([^)\n]*\)")
LINKED_FORMATS = frozenset(("pdf", "docx", "html"))

COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"
WORDS = {
    "da": {
        "fix": "ret",
        "clean": "Alt i orden: ingen fund i {files} {documents}.",
        "nothing": "Ingen dokumenter tjekket.",
        "document": ("dokument", "dokumenter"),
        "found": "{findings} i {files} {documents}: {parts}.",
        "findings": ("fund", "fund"),
        "finding_kinds": (("fejl", "fejl"), ("advarsel", "advarsler"), ("info", "info")),
        "file_head": "── {path}: {counts} ──",
        "clean_files": "Uden fund: {names}.",
        "only_info": "Intet skal rettes: info er kun til orientering.",
        "hidden": "Ikke vist: {parts}.",
        "waived": ("{count} fund med en undtagelse (se --show-waivers)",) * 2,
        "baselined": ("{count} fund fra baseline-filen",) * 2,
    },
    "en": {
        "fix": "fix",
        "clean": "All clear: no findings in {files} {documents}.",
        "nothing": "No documents checked.",
        "document": ("document", "documents"),
        "found": "{findings} in {files} {documents}: {parts}.",
        "findings": ("finding", "findings"),
        "finding_kinds": (("error", "errors"), ("warning", "warnings"), ("info", "info")),
        "file_head": "── {path}: {counts} ──",
        "clean_files": "No findings: {names}.",
        "only_info": "Nothing needs fixing: info findings are notes only.",
        "hidden": "Not shown: {parts}.",
        "waived": (
            "{count} waived finding (see --show-waivers)",
            "{count} waived findings (see --show-waivers)",
        ),
        "baselined": ("{count} finding in the baseline", "{count} findings in the baseline"),
    },
}


def wants_color(stream) -> bool:
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream is sys.stdout and stream.isatty()


def as_read(line: str, column: int) -> tuple[str, int]:
    """A line of a PDF, Word or HTML document as its reader sees it, its links' texts
    without their brackets and targets, and where ``column`` (1-based) falls in it: in a
    link's text at the same letter, on its brackets or target at the nearest end of it."""
    if "](" not in line:
        return line, column
    shown: list[str] = []
    length = end = 0  # of the text shown so far; the end of the last link in ``line``
    at = column - 1
    moved = None
    for link in LINK.finditer(line):
        text = link[1]
        if moved is None and at < link.start():
            moved = length + at - end
        length += link.start() - end
        if moved is None and at < link.end():
            moved = length + min(max(at - link.start() - 1, 0), len(text))
        shown += (line[end : link.start()], text)
        length += len(text)
        end = link.end()
    if moved is None:
        moved = length + at - end
    shown.append(line[end:])
    return "".join(shown), moved + 1


def location(finding: Finding, lang: str) -> str:
    shown = where(finding, lang)
    return f" [{shown}]" if shown else ""


# More documents without findings than this are counted, not named, before the summary.
MOST_CLEAN_NAMED = 10


def counted(count: int, words: tuple[str, str]) -> str:
    return f"{count} {words[count != 1]}"


def severity_counts(errors: int, warnings: int, infos: int, lang: str) -> str:
    """``4 fejl, 6 advarsler``: each severity found, with its count."""
    counts = (errors, warnings, infos)
    kinds = WORDS[lang]["finding_kinds"]
    return ", ".join(
        counted(count, kind) for count, kind in zip(counts, kinds, strict=True) if count
    )


class HumanReporter(Reporter):
    def __init__(self, stream, lang="da", statistics=False, full=True):
        super().__init__(stream, lang, statistics)
        self.full = full
        self.color = wants_color(stream)
        self.clean_files: list[str] = []  # documents without findings, in a run over several

    def paint(self, text: str, style: str) -> str:
        return f"{style}{text}{RESET}" if self.color else text

    def file(self, result, failing=None) -> None:
        if self.statistics:
            return
        if self.full and self.several and not self.quiet:
            if result.findings:
                self.stream.write(self.paint(self.file_head(result.findings), BOLD) + "\n\n")
            elif result.format != "config":
                self.clean_files.append(result.path)
        linked = result.format in LINKED_FORMATS
        # One write per document: with --jobs the main process does nothing else.
        self.stream.write(
            "".join(self.render(finding, linked) + "\n" for finding in result.findings)
        )

    def file_head(self, findings) -> str:
        """``── referat.txt: 26 fund (9 fejl, 17 advarsler) ──``; of one severity only:
        ``── referat.txt: 3 advarsler ──``."""
        words = WORDS[self.lang]
        severities = [finding.severity for finding in findings]
        counts = severity_counts(*map(severities.count, SEVERITIES), self.lang)
        if len(set(severities)) > 1:
            counts = f"{counted(len(findings), words['findings'])} ({counts})"
        return words["file_head"].format(path=findings[0].path, counts=counts)

    def title(self, finding: Finding) -> str:
        """The title of the finding's rule: the catalogue's, or the configuration's own rule
        (X101); its name where neither knows the code."""
        titles = rule_titles()
        if finding.code in titles:
            return titles[finding.code][self.lang == "en"]
        rule = self.configured_rule(finding.path, finding.code) if self.configured_rule else None
        return rule.title.get(self.lang) if rule is not None else finding.name

    def render(self, finding: Finding, linked: bool = False) -> str:
        """The finding; ``linked``: its line is shown as the reader of a PDF, Word or HTML
        document sees it (its links' texts only)."""
        words = WORDS[self.lang]
        code = self.paint(finding.code, BOLD + COLORS[finding.severity])
        # A finding about the whole file stands at no line; the concise format keeps its
        # 1:1, for editors that jump to ``path:line:column``.
        at = "" if finding.whole_file and self.full else f":{finding.line}:{finding.column}"
        head = (
            f"{self.paint(finding.path, BOLD)}{at}: {code}"
            f"{location(finding, self.lang)} {finding.message.get(self.lang)}"
        )
        if not self.full:
            return head
        lines = [head]
        if finding.context:
            number = str(finding.line)
            pad = " " * len(number)
            line, column = finding.context, finding.column
            if linked:
                line, column = as_read(line, column)
            text = line.expandtabs(4)
            caret_at = len(line[: column - 1].expandtabs(4))
            lines += [
                f" {pad} |",
                f" {number} | {text}",
                f" {pad} | {' ' * caret_at}{self.paint('^', COLORS[finding.severity])}",
            ]
            gutter = f" {pad} "
        else:
            gutter = " "
        if finding.fix is not None:
            lines.append(f"{gutter}= {words['fix']}: {finding.fix.get(self.lang)}")
        severity = SEVERITY_NAMES[self.lang][finding.severity]
        # The rule's title in the reader's language; its name (a slug) is for machines.
        title = self.title(finding)
        lines.append(
            self.paint(
                f"{gutter}= {severity} · {title} · {more_about(finding.code, self.lang)}", DIM
            )
        )
        return "\n".join(lines) + "\n"

    def finish(self, summary: Summary) -> None:
        if self.statistics:
            for code, name, count in summary.by_code:
                self.stream.write(f"{count:>5}\t{code}\t{name}\n")
            return
        if not self.full or self.quiet:
            return
        if self.clean_files and summary.findings:  # with none, the summary says all are clean
            self.stream.write(self.clean_line() + "\n")
        self.stream.write(summary_line(summary, self.lang) + "\n")

    def clean_line(self) -> str:
        """``Uden fund: a.txt, b.txt.``; many are counted: ``Uden fund: 14 dokumenter.``"""
        words = WORDS[self.lang]
        if len(self.clean_files) > MOST_CLEAN_NAMED:
            names = counted(len(self.clean_files), words["document"])
        else:
            names = ", ".join(self.clean_files)
        return words["clean_files"].format(names=names)


def summary_line(summary: Summary, lang: str) -> str:
    """``10 fund i 1 dokument: 4 fejl, 6 advarsler.`` or ``Alt i orden: …``; then
    that only info was found and nothing fails, and how many findings are not shown."""
    words = WORDS[lang]
    if not summary.files:  # not "all clear": nothing was looked at
        return words["nothing"]
    documents = words["document"][summary.files != 1]
    if not summary.findings:
        line = words["clean"].format(files=summary.files, documents=documents)
    else:
        line = words["found"].format(
            findings=counted(summary.findings, words["findings"]),
            parts=severity_counts(summary.errors, summary.warnings, summary.infos, lang),
            files=summary.files,
            documents=documents,
        )
        # Under --fail-on info an info fails the run: then it is to be fixed after all.
        if summary.findings == summary.infos and not summary.exit_code:
            line += " " + words["only_info"]
    hidden = [
        words[kind][count != 1].format(count=count)
        for kind, count in (("waived", summary.waived), ("baselined", summary.baselined))
        if count
    ]
    if hidden:
        line += " " + words["hidden"].format(parts=", ".join(hidden))
    return line
