"""JSON output (schemas/report.schema.json), written file by file as the run goes."""

import json

from referatlint.report import Reporter, Summary


def finding_json(finding, lang: str) -> dict:
    located = {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity,
        "message": finding.message.get(lang),
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "page": finding.page,
        "item": finding.item,
        "fix": finding.fix.get(lang) if finding.fix is not None else None,
    }
    if finding.attachment is not None:
        located["attachment"] = finding.attachment
    return located


def file_json(result, lang: str) -> dict:
    return {
        "path": result.path,
        "format": result.format,
        "kind": result.kind,
        "pages": result.pages,
        "items": result.items,
        "findings": [finding_json(finding, lang) for finding in result.findings],
    }


class JsonReporter(Reporter):
    def __init__(self, stream, lang="da", statistics=False):
        super().__init__(stream, lang, statistics)
        self.stream.write('{"version": 1, "files": [')

    def file(self, result, failing=None) -> None:
        self.write_json_element(file_json(result, self.lang))

    def finish(self, summary: Summary) -> None:
        totals = {
            "files": summary.files,
            "findings": summary.findings,
            "errors": summary.errors,
            "warnings": summary.warnings,
            "infos": summary.infos,
        }
        self.stream.write("\n], " + '"summary": ' + json.dumps(totals) + "}\n")
