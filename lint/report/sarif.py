"""SARIF 2.1.0, as GitHub code scanning ingests it (``--output-format sarif``).

One run with one result per finding with its rule, level, message, location (URI
relative to the working directory, region from line and column) and a partial
fingerprint (referatlint.fingerprint), then the tool driver listing every rule of the
catalogue (id, name, short and full description, help, default level) and the rules of
the configuration files (X101) that had findings. Results are written as the files
stream past, so the driver, which only then knows every rule, follows them (the order of
a JSON object's keys carries no meaning).
"""

import json
import os
from pathlib import Path
from urllib.parse import quote

from referatlint import __version__
from referatlint.docs import rule_markdown, rule_text
from referatlint.fingerprint import fingerprints
from referatlint.report import Reporter, Summary
from referatlint.report.common import message_with_place, report_path, rules_by_code
from referatlint.rule import Finding, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}
LANGUAGES = {"da": "da-DK", "en": "en-US"}
FINGERPRINT_KEY = "referatlint/v1"  # the same fingerprints as the baseline
SRCROOT = "%SRCROOT%"


def artifact_uri(path: str) -> tuple[str, str | None]:
    """URI of a linted file and its base: relative paths are relative to %SRCROOT% (the
    working directory); files elsewhere get an absolute file: URI."""
    shown = report_path(path)
    if os.path.isabs(shown):
        return Path(shown).as_uri(), None
    return quote(shown, safe="/"), SRCROOT


def rule_descriptor(rule: Rule, lang: str) -> dict:
    what, why = rule.what.get(lang), rule.why.get(lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.title.get(lang)},
        "fullDescription": {"text": f"{what} {why}"},
        "help": {"text": rule_text(rule, lang), "markdown": rule_markdown(rule, lang)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": ["referatlint", rule.name],
            "precision": "high",
            "problem.severity": PROBLEM_SEVERITY[rule.severity],
        },
    }


class SarifReporter(Reporter):
    def __init__(self, stream, lang="da", statistics=False):
        super().__init__(stream, lang, statistics)
        self.rules = list(rules_by_code().values())
        self.index = {rule.code: number for number, rule in enumerate(self.rules)}
        run_head = {
            "language": LANGUAGES[lang],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        }
        head = json.dumps(run_head, ensure_ascii=False, indent=None)
        # The run object stays open: its results follow as the files come.
        self.stream.write('{"$schema": "' + SCHEMA + '", "version": "2.1.0", "runs": [' + head[:-1])
        self.stream.write(', "results": [')

    def rule_index(self, finding: Finding) -> int | None:
        """The finding's rule in the driver's list; a configuration's rule is added to the
        list when its first finding comes."""
        if finding.code not in self.index and self.configured_rule is not None:
            rule = self.configured_rule(finding.path, finding.code)
            if rule is not None:
                self.index[rule.code] = len(self.rules)
                self.rules.append(rule)
        return self.index.get(finding.code)

    def result(self, finding: Finding, print_: str) -> dict:
        uri, base = artifact_uri(finding.path)
        artifact = {"uri": uri}
        if base is not None:
            artifact["uriBaseId"] = base
        region = {
            "startLine": max(finding.line, 1),
            "startColumn": max(finding.column, 1),
        }
        if finding.end_line > finding.line:
            region["endLine"] = finding.end_line
        if finding.context:
            region["snippet"] = {"text": finding.context}
        result = {
            "ruleId": finding.code,
            "level": LEVELS[finding.severity],
            "message": {"text": message_with_place(finding, self.lang)},
            "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
            "partialFingerprints": {FINGERPRINT_KEY: print_},
        }
        index = self.rule_index(finding)
        if index is not None:
            result["ruleIndex"] = index
        properties = {}
        if finding.item is not None:
            properties["item"] = finding.item
        if finding.attachment is not None:
            properties["attachment"] = finding.attachment
        if finding.page is not None:
            properties["page"] = finding.page
        if properties:
            result["properties"] = properties
        return result

    def file(self, result, failing=None) -> None:
        for finding, print_ in zip(result.findings, fingerprints(result.findings), strict=True):
            self.write_json_element(self.result(finding, print_))
        # A waived finding is there, accepted by the configuration: code scanning shows it
        # as dismissed with the waiver's reason rather than not at all.
        waived = [finding for finding, _ in result.waived]
        for (finding, reason), print_ in zip(result.waived, fingerprints(waived), strict=True):
            suppressed = self.result(finding, print_)
            suppressed["suppressions"] = [
                {"kind": "external", "status": "accepted", "justification": reason}
            ]
            self.write_json_element(suppressed)

    def finish(self, summary: Summary) -> None:
        invocation = {
            # Exit code 1 is a run that found something; 2 one that could not check
            # everything (an unreadable document, a path without documents).
            "executionSuccessful": summary.exit_code != 2,
            "exitCode": summary.exit_code,
            "properties": {
                "files": summary.files,
                "errors": summary.errors,
                "warnings": summary.warnings,
                "infos": summary.infos,
            },
        }
        driver = {
            "name": "referatlint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule_descriptor(rule, self.lang) for rule in self.rules],
        }
        tool = json.dumps({"driver": driver}, ensure_ascii=False)
        self.stream.write(f'\n], "tool": {tool}, "invocations": [{json.dumps(invocation)}]}}]}}\n')
