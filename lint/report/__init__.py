"""Report stage: findings -> text for people or machines.

A reporter receives files one at a time, so a run over an archive never holds more
than one file's findings, and writes a summary at the end. Formats are looked up by
name; heavy ones import their libraries when chosen."""

from __future__ import annotations

from collections import Counter

from referatlint.errors import ReferatlintError
from referatlint.records import record
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import IO


@record
class Summary:
    files: int
    findings: int
    errors: int
    warnings: int
    infos: int
    by_code: tuple[tuple[str, str, int], ...]  # code, name, count
    exit_code: int = 0  # the run's (SARIF reports it)
    waived: int = 0  # findings a waiver in the configuration hides
    baselined: int = 0  # findings the baseline file hides


class Tally:
    """Counts documents and findings as files stream past. A configuration file reported
    for findings about itself (RL905, format ``config``) is no document: its findings
    count, the file does not."""

    def __init__(self) -> None:
        self.files = 0
        self.severities: Counter[str] = Counter()
        self.codes: Counter[tuple[str, str]] = Counter()
        self.waived = self.baselined = 0

    def hide(self, waived: int, baselined: int) -> None:
        """Findings not reported: accepted by a waiver, or already in the baseline."""
        self.waived += waived
        self.baselined += baselined

    def add(self, result) -> None:
        if result.format != "config":
            self.files += 1
        for finding in result.findings:
            self.severities[finding.severity] += 1
            self.codes[(finding.code, finding.name)] += 1

    def summary(self, exit_code: int = 0) -> Summary:
        return Summary(
            self.files,
            sum(self.severities.values()),
            self.severities["error"],
            self.severities["warning"],
            self.severities["info"],
            tuple((code, name, count) for (code, name), count in sorted(self.codes.items())),
            exit_code,
            self.waived,
            self.baselined,
        )


class Reporter:
    """Base class: ``file`` for each linted file, ``finish`` once at the end.

    A reporter that shows the documents themselves sets ``needs_text``; the runner then
    keeps each document's lines in ``FileResult.text``.
    """

    needs_text = False
    quiet = False  # the findings without the summary line (--quiet, as ruff's -q)
    several = False  # the run checks more than one document

    def __init__(self, stream: IO[str], lang: str = "da", statistics: bool = False):
        self.stream = stream
        self.lang = lang
        self.statistics = statistics
        self.json_elements = 0
        # The run's rules from configuration files (X101), which the built-in catalogue
        # lacks: (path of a linted file, code) -> Rule or None. Set by the command line.
        self.configured_rule = None

    def write_json_element(self, value) -> None:
        """The next element of a JSON array the report streams: one per line, the commas
        between them (the array's brackets are the report's own)."""
        import json

        self.stream.write(("," if self.json_elements else "") + "\n  ")
        self.stream.write(json.dumps(value, ensure_ascii=False))
        self.json_elements += 1

    def file(self, result, failing: tuple[bool, ...] | None = None) -> None:
        """Report one file. ``failing`` says of each finding whether it is at or above its
        fail level (fails the run); None: every finding does."""
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        pass


FORMATS = ("full", "concise", "json", "sarif", "junit", "github", "gitlab", "azure", "html")
MACHINE_FORMATS = {  # name: (module in referatlint.report, Reporter class), imported when chosen
    "sarif": ("sarif", "SarifReporter"),
    "junit": ("junit", "JunitReporter"),
    "github": ("github", "GithubReporter"),
    "gitlab": ("gitlab", "GitlabReporter"),
    "azure": ("azure", "AzureReporter"),
    "html": ("html", "HtmlReporter"),
}


def reporter(name: str, stream: IO[str], lang: str, statistics: bool = False) -> Reporter:
    if name in ("full", "concise"):
        from referatlint.report.human import HumanReporter

        return HumanReporter(stream, lang, statistics, full=name == "full")
    if name == "json":
        from referatlint.report.json_report import JsonReporter

        return JsonReporter(stream, lang, statistics)
    if name in MACHINE_FORMATS:
        from importlib import import_module

        module_name, class_name = MACHINE_FORMATS[name]
        module = import_module(f"referatlint.report.{module_name}")
        return getattr(module, class_name)(stream, lang, statistics)
    raise ReferatlintError(
        Msg(f"formatet »{name}« er ikke lavet endnu", f"the format “{name}” is not available yet")
    )
