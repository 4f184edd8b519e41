"""Azure Pipelines logging commands (``--output-format azure``): one ``task.logissue`` per
finding, which Azure shows on the step, in the run's summary and in the log::

    ##vso[task.logissue type=error;sourcepath=/home/vsts/work/1/s/dagsordener/udkast.txt;linenumber=42;columnnumber=1;code=RL402;][punkt 42] …

A finding that fails the run (at or above its fail level) is an error, any other a
warning: Azure has no lower level, and its errors are then what to fix for the step to
pass. The path is absolute, as Azure's documentation asks: the agent turns it into the
file in the repository (a relative one it looks up from its own folder, not the step's).
A finding about the whole document has no line or column. The message and the closing
line are the GitHub format's.
"""

import os

from referatlint.report.common import message_with_place
from referatlint.report.github import GithubReporter
from referatlint.rule import Finding


def escape_data(text: str) -> str:
    """A command's message: ``%`` (as the agent decodes it since 2021), CR and LF."""
    return text.replace("%", "%AZP25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: as data, and ``;`` and ``]``, which end a value and the list."""
    return escape_data(text).replace(";", "%3B").replace("]", "%5D")


def logissue(finding: Finding, lang: str, fails: bool) -> str:
    properties = [("type", "error" if fails else "warning")]
    if finding.path != "-":  # standard input without --stdin-filename has no file to show
        properties.append(("sourcepath", os.path.abspath(finding.path)))
    if not finding.whole_file:
        properties += [("linenumber", str(finding.line)), ("columnnumber", str(finding.column))]
    properties.append(("code", finding.code))
    rendered = "".join(f"{name}={escape_property(value)};" for name, value in properties)
    message = escape_data(message_with_place(finding, lang))
    return f"##vso[task.logissue {rendered}]{message}"


class AzureReporter(GithubReporter):
    def file(self, result, failing=None) -> None:
        if failing is None:
            failing = (True,) * len(result.findings)
        for finding, fails in zip(result.findings, failing, strict=True):
            self.stream.write(logissue(finding, self.lang, fails) + "\n")
