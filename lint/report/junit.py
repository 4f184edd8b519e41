"""JUnit XML (``--output-format junit``), as GitLab, Jenkins and Azure DevOps read it,
valid against the Apache Ant JUnit schema (the strictest common reader).

One ``testsuite`` per linted file, written as soon as the file is done, so an archive is
never held in memory. Each finding is one ``testcase``: one at or above the fail level
(``--fail-on``, ``fail_on``) has a ``failure`` carrying the message, where it is and how
to fix it; one below it does not fail the run, so its testcase passes and the same details
go to the suite's ``system-out`` (the Ant schema allows no output in a testcase). An
unreadable file is an ``error`` (RL901). A file without findings is one passing
``testcase``, so it still counts as a test.
"""

import socket
from datetime import datetime

from lxml import etree
from referatlint.report import Reporter, Summary
from referatlint.report.common import message_with_place, more_about, report_path, where
from referatlint.rule import Finding

CLEAN = {"da": "ingen fund", "en": "no findings"}


def hostname() -> str:
    try:
        return socket.gethostname() or "localhost"
    except OSError:
        return "localhost"


def clean(text: str) -> str:
    """Text XML 1.0 can carry: control characters (other than tab and newlines) dropped."""
    return "".join(
        char for char in text if char in "\t\n\r" or (ord(char) >= 32 and char != "\ufffe")
    )


class JunitReporter(Reporter):
    def __init__(self, stream, lang="da", statistics=False):
        super().__init__(stream, lang, statistics)
        self.suites = 0
        self.host = hostname()
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n')

    def case_name(self, finding: Finding) -> str:
        return f"{finding.code} {finding.name} [{where(finding, self.lang, line=True)}]"

    def details(self, finding: Finding) -> str:
        path = report_path(finding.path)
        lines = [f"{path}:{finding.line}:{finding.column}: {finding.code} {finding.name}"]
        lines.append(message_with_place(finding, self.lang))
        if finding.context:
            lines.append(f"{finding.line} | {finding.context}")
        lines.append(more_about(finding.code, self.lang))
        return clean("\n".join(lines))

    def file(self, result, failing=None) -> None:
        path = report_path(result.path)
        if failing is None:
            failing = (True,) * len(result.findings)
        errors = sum(1 for f in result.findings if f.code == "RL901")
        failures = sum(failing) - errors
        suite = etree.Element(
            "testsuite",
            name=clean(path) or "-",
            package="referatlint",
            id=str(self.suites),
            timestamp=datetime.now().strftime("%Y-%m-%dT%H:%M:%S"),
            hostname=self.host,
            tests=str(max(len(result.findings), 1)),
            failures=str(failures),
            errors=str(errors),
            skipped="0",
            time="0",
        )
        properties = etree.SubElement(suite, "properties")
        for name, value in (("format", result.format), ("kind", result.kind)):
            if value is not None:
                etree.SubElement(properties, "property", name=name, value=value)
        passed = []  # details of the findings below the fail level
        for finding, fails in zip(result.findings, failing, strict=True):
            case = etree.SubElement(
                suite, "testcase", name=self.case_name(finding), classname=path, time="0"
            )
            if not fails:
                passed.append(self.details(finding))
                continue
            outcome = "error" if finding.code == "RL901" else "failure"
            element = etree.SubElement(
                case,
                outcome,
                message=clean(finding.message.get(self.lang)),
                type=f"{finding.code} {finding.name}",
            )
            element.text = self.details(finding)
        if not result.findings:
            etree.SubElement(
                suite,
                "testcase",
                name=f"referatlint: {CLEAN[self.lang]}",
                classname=path,
                time="0",
            )
        etree.SubElement(suite, "system-out").text = "\n\n".join(passed) or None
        etree.SubElement(suite, "system-err")
        self.stream.write(etree.tostring(suite, encoding="unicode", pretty_print=True))
        self.suites += 1

    def finish(self, summary: Summary) -> None:
        self.stream.write("</testsuites>\n")
