"""GitHub Actions workflow commands (``--output-format github``): one annotation per
finding, shown on the file in the pull request and in the run's summary::

    ::error file=dagsordener/udkast.txt,line=42,col=1,title=RL402 decision-placeholder::[punkt 42] …

Level per severity (error, warning, notice); the title is the code and the rule name; the
message has the item and page in front and how to fix it after. A closing line (not a
command) says what was found.
"""

from referatlint.report import Reporter, Summary
from referatlint.report.common import message_with_place, report_path
from referatlint.report.human import summary_line
from referatlint.rule import Finding

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as data, and ``:`` and ``,`` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, lang: str) -> str:
    properties = [
        ("file", report_path(finding.path)),
        ("line", str(finding.line)),
        ("col", str(finding.column)),
    ]
    if finding.end_line > finding.line:
        properties.append(("endLine", str(finding.end_line)))
    properties.append(("title", f"{finding.code} {finding.name}"))
    rendered = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    message = escape_data(message_with_place(finding, lang))
    return f"::{LEVELS[finding.severity]} {rendered}::{message}"


class GithubReporter(Reporter):
    def file(self, result, failing=None) -> None:
        for finding in result.findings:
            self.stream.write(annotation(finding, self.lang) + "\n")

    def finish(self, summary: Summary) -> None:
        if not self.quiet:
            self.stream.write(f"referatlint: {summary_line(summary, self.lang)}\n")
