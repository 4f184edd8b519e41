"""GitLab Code Quality report (``--output-format gitlab``): a JSON array of issues with
description, check_name, fingerprint, severity and location (path, lines.begin), which
GitLab shows in merge requests when a job uploads it as ``artifacts:reports:codequality``.

Written issue by issue as the files stream past. Fingerprints come from
referatlint.fingerprint with the path folded in, so they are unique in the report (GitLab
merges issues with the same fingerprint).
"""

from referatlint.fingerprint import fingerprints
from referatlint.report import Reporter, Summary
from referatlint.report.common import message_with_place, report_path

SEVERITIES = {"error": "critical", "warning": "major", "info": "info"}


class GitlabReporter(Reporter):
    def __init__(self, stream, lang="da", statistics=False):
        super().__init__(stream, lang, statistics)
        self.stream.write("[")

    def file(self, result, failing=None) -> None:
        path = report_path(result.path)
        for finding, print_ in zip(
            result.findings, fingerprints(result.findings, path=True), strict=True
        ):
            issue = {
                "type": "issue",
                "check_name": f"{finding.code} {finding.name}",
                "description": message_with_place(finding, self.lang),
                "fingerprint": print_,
                "severity": SEVERITIES[finding.severity],
                "location": {
                    "path": path,
                    "lines": {"begin": finding.line, "end": max(finding.end_line, finding.line)},
                },
            }
            self.write_json_element(issue)

    def finish(self, summary: Summary) -> None:
        self.stream.write("\n]\n" if self.json_elements else "]\n")
