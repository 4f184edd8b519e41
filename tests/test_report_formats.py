"""The CI report formats, produced by the real command line on the bundled draft and
checked against what their readers require: SARIF against the official SARIF 2.1.0
schema, JUnit against the Apache Ant JUnit schema, GitHub workflow commands against
their escaping rules, GitLab Code Quality against its documented fields, Azure Pipelines
logging commands as the agent parses them."""

import json
import os
import shutil

import jsonschema
import pytest
from conftest import CLEAN, DRAFT, DRAFT_FINDINGS, SHARED_SCHEMAS, standard_settings
from lxml import etree
from referatlint.fingerprint import fingerprints
from referatlint.registry import all_rules
from referatlint.report import azure
from referatlint.report.github import escape_data, escape_property

SUMMARY_DA = "10 fund i 1 dokument: 4 fejl, 6 advarsler."


def draft_fingerprints(path: bool = False) -> list[str]:
    from referatlint.runner import lint_path

    settings = standard_settings()
    return fingerprints(lint_path("dagsordener/udkast.txt", settings).findings, path=path)


# -- SARIF -------------------------------------------------------------------------------


def sarif_validator():
    schema = json.loads((SHARED_SCHEMAS / "sarif-schema-2.1.0.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_is_valid_and_lists_every_rule_and_finding(cli, work):
    run = cli(["--output-format", "sarif", "dagsordener/udkast.txt"])
    assert run.code == 1
    log = json.loads(run.out)
    sarif_validator().validate(log)
    assert log["version"] == "2.1.0"
    (sarif_run,) = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "referatlint"
    catalogue = all_rules()
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in catalogue]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for descriptor, rule in zip(driver["rules"], catalogue, strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.title.da
        assert descriptor["fullDescription"]["text"] == f"{rule.what.da} {rule.why.da}"
        assert descriptor["help"]["text"].startswith(f"{rule.code} {rule.name}: ")
        assert descriptor["help"]["markdown"].startswith(f"## {rule.code} {rule.name}")
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity]

    results = sarif_run["results"]
    assert [
        (
            r["ruleId"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["level"],
            r["properties"]["item"],
        )
        for r in results
    ] == [
        (code, line, column, levels[sev], item) for code, line, column, sev, item in DRAFT_FINDINGS
    ]
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact == {"uri": "dagsordener/udkast.txt", "uriBaseId": "%SRCROOT%"}
    assert [r["partialFingerprints"]["referatlint/v1"] for r in results] == draft_fingerprints()
    placeholder = results[2]
    assert placeholder["message"]["text"] == (
        "[punkt 42] Beslutningen er en pladsholder (»XX«), ikke en beslutning.\n"
        "Ret: Skriv mødets beslutning, fx »Godkendt« eller »Orientering taget til "
        "efterretning«."
    )
    assert placeholder["locations"][0]["physicalLocation"]["region"]["snippet"] == {"text": "XX"}
    assert sarif_run["language"] == "da-DK"
    assert sarif_run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == work.as_uri() + "/"
    assert sarif_run["invocations"][0]["properties"] == {
        "files": 1,
        "errors": 4,
        "warnings": 6,
        "infos": 0,
    }


def test_sarif_in_english(cli, work):
    run = cli(["--output-format", "sarif", "--lang", "en", "dagsordener/udkast.txt"])
    log = json.loads(run.out)
    sarif_validator().validate(log)
    (sarif_run,) = log["runs"]
    assert sarif_run["language"] == "en-US"
    rule = next(r for r in sarif_run["tool"]["driver"]["rules"] if r["id"] == "RL402")
    assert rule["shortDescription"]["text"] == "Placeholder decision"
    assert sarif_run["results"][2]["message"]["text"].startswith(
        "[item 42] The decision is a placeholder (“XX”)"
    )


def test_sarif_and_html_describe_the_configurations_own_rules(cli, work):
    """A rule from the configuration (X101) gets a descriptor after the catalogue's, and
    its results point at it; another configuration's rule of the same code is not mixed
    in. The HTML report shows the rule's title and what it checks."""
    (work / "dagsordener" / "pyproject.toml").write_text(
        '[tool.referatlint]\n\n[[tool.referatlint.rules]]\ncode = "X101"\nkind = "forbidden"\n'
        'pattern = "XX"\nseverity = "info"\nmessage = "Pladsholderen XX."\n',
        "utf-8",
    )
    run = cli(["--output-format", "sarif", "dagsordener/udkast.txt", "--select", "RL402,X"])
    log = json.loads(run.out)
    sarif_validator().validate(log)
    (sarif_run,) = log["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [rule.code for rule in all_rules()] + ["X101"]
    assert rules[-1] | {"help": None} == {
        "id": "X101",
        "name": "x101",
        "shortDescription": {"text": "Pladsholderen XX."},
        "fullDescription": {
            "text": "Teksten må ikke indeholde »XX«. Kommunens egen regel (konfigurationsfilen)."
        },
        "help": None,
        "defaultConfiguration": {"level": "note"},
        "properties": {"tags": ["referatlint", "x101"], "precision": "high",
                       "problem.severity": "recommendation"},
    }  # fmt: skip
    assert rules[-1]["help"]["text"].endswith("Kilde: dagsordener/pyproject.toml")
    assert [(r["ruleId"], r["ruleIndex"]) for r in sarif_run["results"]] == [
        ("RL402", [rule.code for rule in all_rules()].index("RL402")),
        ("X101", len(rules) - 1),
    ]
    run = cli(["--output-format", "html", "dagsordener/udkast.txt", "--select", "X"])
    assert "X101 Pladsholderen XX.</h4>" in run.out
    assert "<strong>Hvad reglen tjekker:</strong> Teksten må ikke indeholde »XX«.</p>" in run.out


def test_sarif_of_clean_several_and_unreadable_files(cli, work):
    (work / "dagsordener" / "møde 7, udkast.txt").write_bytes(DRAFT.read_bytes())
    (work / "dagsordener" / "tom.pdf").write_bytes(b"%PDF-1.4 broken")
    absolute = str(work / "dagsordener" / "udkast.txt")
    run = cli(
        [
            "--output-format",
            "sarif",
            absolute,
            "dagsordener/møde 7, udkast.txt",
            "dagsordener/tom.pdf",
        ]
    )
    assert run.code == 2  # the unreadable PDF
    log = json.loads(run.out)
    sarif_validator().validate(log)
    results = log["runs"][0]["results"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    # An absolute path inside the working directory is made relative; names are URI-encoded.
    assert uris == ["dagsordener/udkast.txt"] * 10 + [
        "dagsordener/m%C3%B8de%207%2C%20udkast.txt"
    ] * 10 + ["dagsordener/tom.pdf"]
    unreadable = results[20]
    assert (unreadable["ruleId"], unreadable["level"]) == ("RL901", "error")
    assert log["runs"][0]["invocations"][0]["properties"]["files"] == 3

    clean = json.loads(cli(["--output-format", "sarif", "dagsordener/referat.txt"]).out)
    sarif_validator().validate(clean)
    assert clean["runs"][0]["results"] == []


def test_sarif_marks_a_waived_finding_suppressed_with_its_reason(cli, work):
    """Code scanning shows a waived finding as dismissed, with the waiver's reason, rather
    than not at all; the summary and the exit code count it no more than before."""
    (work / ".referatlint.yaml").write_text(
        "waivers:\n  - file: dagsordener/udkast.txt\n    code: RL604\n"
        "    reason: TODO står i et citat fra borgerens brev\n",
        encoding="utf-8",
    )
    run = cli(["--output-format", "sarif", "dagsordener/udkast.txt"])
    assert run.code == 1
    log = json.loads(run.out)
    sarif_validator().validate(log)
    results = log["runs"][0]["results"]
    expected = [(code, line) for code, line, *_ in DRAFT_FINDINGS]
    waived = [(code, line) for code, line in expected if code == "RL604"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
            for r in results] == [pair for pair in expected if pair not in waived] + waived  # fmt: skip
    assert [r.get("suppressions") for r in results if r["ruleId"] == "RL604"] == [
        [{"kind": "external", "status": "accepted",
          "justification": "TODO står i et citat fra borgerens brev"}]
    ]  # fmt: skip
    assert all("suppressions" not in r for r in results if r["ruleId"] != "RL604")
    invocation = log["runs"][0]["invocations"][0]["properties"]
    assert invocation["errors"] + invocation["warnings"] + invocation["infos"] == 9


def test_every_spelling_of_a_path_is_reported_alike(work, monkeypatch):
    from referatlint.report.common import report_path

    spellings = [
        "dagsordener/udkast.txt",
        f"{work}/dagsordener/udkast.txt",
        "./x/../dagsordener/udkast.txt",
    ]
    assert [report_path(path) for path in spellings] == ["dagsordener/udkast.txt"] * 3
    monkeypatch.chdir(work / "dagsordener")
    assert report_path("../dagsordener/udkast.txt") == "udkast.txt"
    assert report_path("../elsewhere.txt") == f"{work}/elsewhere.txt"  # outside: absolute
    assert report_path("-") == "-"


def test_sarif_validation_would_catch_a_broken_log(cli, work):
    """The schema check is not a formality: a result without a message fails it."""
    log = json.loads(cli(["--output-format", "sarif", "dagsordener/udkast.txt"]).out)
    del log["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        sarif_validator().validate(log)


# -- JUnit -------------------------------------------------------------------------------


def junit_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SHARED_SCHEMAS / "JUnit.xsd")))


def test_junit_is_valid_with_one_testsuite_per_file(cli, work):
    run = cli(["--output-format", "junit", "dagsordener/"])
    assert run.code == 1
    document = etree.fromstring(run.out.encode("utf-8"))
    junit_schema().assertValid(document)
    clean, draft = document.findall("testsuite")
    assert [clean.get("name"), draft.get("name")] == [
        "dagsordener/referat.txt",
        "dagsordener/udkast.txt",
    ]
    assert [clean.get("id"), draft.get("id")] == ["0", "1"]
    assert (clean.get("tests"), clean.get("failures"), clean.get("errors")) == ("1", "0", "0")
    (passed,) = clean.findall("testcase")
    assert passed.get("name") == "referatlint: ingen fund" and len(passed) == 0

    assert (draft.get("tests"), draft.get("failures"), draft.get("errors")) == ("10", "10", "0")
    cases = draft.findall("testcase")
    assert [case.get("name") for case in cases] == [
        f"{code} {name} [punkt {item}, linje {line}]"
        for (code, line, _, _, item), name in zip(
            DRAFT_FINDINGS,
            [
                "toc-title-mismatch",
                "stale-date",
                "decision-placeholder",
                "list-numbering",
                "cpr-number",
                "placeholder-link",
                "unknown-section-heading",
                "unreleased-decision",
                "missing-required-section",
                "leftover-placeholder",
            ],
            strict=True,
        )
    ]
    assert {case.get("classname") for case in cases} == {"dagsordener/udkast.txt"}
    failure = cases[2].find("failure")
    assert failure.get("type") == "RL402 decision-placeholder"
    assert failure.get("message") == "Beslutningen er en pladsholder (»XX«), ikke en beslutning."
    assert failure.text == (
        "dagsordener/udkast.txt:42:1: RL402 decision-placeholder\n"
        "[punkt 42] Beslutningen er en pladsholder (»XX«), ikke en beslutning.\n"
        "Ret: Skriv mødets beslutning, fx »Godkendt« eller »Orientering taget til "
        "efterretning«.\n"
        "42 | XX\n"
        "mere: referatlint rule RL402"
    )


def test_junit_reports_an_unreadable_file_as_an_error(cli, work):
    (work / "dagsordener" / "tom.pdf").write_bytes(b"%PDF-1.4 broken")
    run = cli(["--output-format", "junit", "--lang", "en", "dagsordener/tom.pdf"])
    assert run.code == 2
    document = etree.fromstring(run.out.encode("utf-8"))
    junit_schema().assertValid(document)
    (suite,) = document.findall("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "1")
    error = suite.find("testcase/error")
    assert error.get("type") == "RL901 unreadable-document"
    assert error.get("message") == "The PDF file is not complete (it was cut off partway)."
    assert "\nFix: Download or export the PDF file again.\n" in error.text


def test_junit_schema_check_is_not_a_formality(cli, work):
    document = etree.fromstring(
        cli(["--output-format", "junit", "dagsordener/udkast.txt"]).out.encode("utf-8")
    )
    del document.find("testsuite").attrib["hostname"]
    assert not junit_schema().validate(document)


# -- GitHub ------------------------------------------------------------------------------


def test_github_escaping_follows_the_workflow_command_rules():
    assert escape_data("100% færdig\r\nnæste: a, b") == "100%25 færdig%0D%0Anæste: a, b"
    assert escape_property("møde 7, udkast: v2%.txt") == "møde 7%2C udkast%3A v2%25.txt"


def unescape(text: str) -> str:
    """How the runner reads escaped values back."""
    for encoded, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(encoded, plain)
    return text


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    assert line.startswith("::")
    head, message = line[2:].split("::", 1)
    level, properties = head.split(" ", 1)
    pairs = dict(pair.split("=", 1) for pair in properties.split(","))
    return level, {k: unescape(v) for k, v in pairs.items()}, unescape(message)


def test_github_annotations_for_the_draft(cli, work):
    run = cli(["--output-format", "github", "dagsordener/udkast.txt"])
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[-1] == f"referatlint: {SUMMARY_DA}"
    commands = [parse_command(line) for line in lines[:-1]]
    levels = {"error": "error", "warning": "warning"}
    assert [(level, props["line"], props["col"]) for level, props, _ in commands] == [
        (levels[sev], str(line), str(column)) for _, line, column, sev, _ in DRAFT_FINDINGS
    ]
    assert lines[2] == (
        "::error file=dagsordener/udkast.txt,line=42,col=1,"
        "title=RL402 decision-placeholder::[punkt 42] Beslutningen er en pladsholder (»XX«), "
        "ikke en beslutning.%0ARet: Skriv mødets beslutning, fx »Godkendt« eller "
        "»Orientering taget til efterretning«."
    )
    assert {props["file"] for _, props, _ in commands} == {"dagsordener/udkast.txt"}


def test_github_escapes_awkward_file_names_and_marks_info_as_notice(cli, work):
    name = "dagsordener/møde 7, v2: 100%.txt"
    (work / name).write_bytes(CLEAN.read_text("utf-8").encode("cp1252"))  # RL902, info
    run = cli(["--output-format", "github", "--lang", "en", name])
    assert run.code == 0
    first, summary = run.out.splitlines()
    assert first.startswith(
        "::notice file=dagsordener/møde 7%2C v2%3A 100%25.txt,line=1,col=1,"
        "title=RL902 encoding-fallback::[whole document] The file is saved in an older "
        "character encoding"
    )
    level, props, message = parse_command(first)
    assert (level, props["file"]) == ("notice", name)
    assert message == (
        "[whole document] The file is saved in an older character encoding (Windows-1252). "
        "Check that æ, ø and å look right.\nFix: Save the file again and choose the encoding "
        "“UTF-8” (in Notepad: File › Save as › Encoding)."
    )
    assert summary == (
        "referatlint: 1 finding in 1 document: 1 info. Nothing needs fixing: info findings are "
        "notes only."
    )


# -- GitLab ------------------------------------------------------------------------------

GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def test_gitlab_code_quality_report(cli, work):
    run = cli(["--output-format", "gitlab", "dagsordener/"])
    assert run.code == 1
    issues = json.loads(run.out)
    assert isinstance(issues, list) and len(issues) == 10
    for issue in issues:
        assert isinstance(issue["description"], str) and issue["description"]
        assert isinstance(issue["check_name"], str)
        assert isinstance(issue["fingerprint"], str)
        assert issue["severity"] in GITLAB_SEVERITIES
        assert issue["location"]["path"] == "dagsordener/udkast.txt"
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert [
        (i["check_name"].split()[0], i["location"]["lines"]["begin"], i["severity"]) for i in issues
    ] == [
        (code, line, {"error": "critical", "warning": "major"}[sev])
        for code, line, _, sev, _ in DRAFT_FINDINGS
    ]
    assert [issue["fingerprint"] for issue in issues] == draft_fingerprints(path=True)
    assert issues[4]["check_name"] == "RL601 cpr-number"
    assert issues[4]["description"].startswith("[punkt 42] Teksten indeholder et CPR-nummer")


def test_gitlab_fingerprints_are_unique_across_files(cli, work):
    shutil.copy(DRAFT, work / "dagsordener" / "kopi.txt")
    issues = json.loads(cli(["--output-format", "gitlab", "dagsordener/"]).out)
    assert len(issues) == 20
    assert len({issue["fingerprint"] for issue in issues}) == 20


def test_gitlab_report_of_a_clean_file_is_an_empty_list(cli, work):
    run = cli(["--output-format", "gitlab", "dagsordener/referat.txt"])
    assert (run.code, json.loads(run.out)) == (0, [])


# -- Azure Pipelines ---------------------------------------------------------------------


def test_azure_escaping_follows_the_agents_rules():
    # The agent decodes %AZP25 to % (DECODE_PERCENTS, on by default since 2021); a property
    # ends at ";" and the property list at the first "]", so those two are encoded in values.
    assert azure.escape_data("100% færdig\r\nnæste; [a]") == "100%AZP25 færdig%0D%0Anæste; [a]"
    assert azure.escape_property("møde 7; v2] 100%.txt") == "møde 7%3B v2%5D 100%AZP25.txt"


def parse_logissue(line: str) -> tuple[dict[str, str], str]:
    """The properties and message of a task.logissue command, read as the agent reads
    them (Command.TryParse): the first "]" ends the properties, ";" separates them."""

    def unescape(text: str) -> str:
        for encoded, plain in (("%3B", ";"), ("%0D", "\r"), ("%0A", "\n"), ("%5D", "]")):
            text = text.replace(encoded, plain)
        return text.replace("%AZP25", "%")

    prefix = "##vso[task.logissue "
    assert line.startswith(prefix)
    head, message = line[len(prefix) :].split("]", 1)
    pairs = dict(pair.split("=", 1) for pair in head.split(";") if pair)
    return {name: unescape(value) for name, value in pairs.items()}, unescape(message)


def test_azure_issues_for_the_draft(cli, work):
    run = cli(["--output-format", "azure", "dagsordener/udkast.txt"])
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[-1] == f"referatlint: {SUMMARY_DA}"
    path = os.path.join(work, "dagsordener", "udkast.txt")
    issues = [parse_logissue(line) for line in lines[:-1]]
    # At the default fail level (warning) every finding of the draft fails the run.
    assert [(p["type"], p["code"], p["linenumber"], p["columnnumber"]) for p, _ in issues] == [
        ("error", code, str(line), str(column)) for code, line, column, _, _ in DRAFT_FINDINGS
    ]
    assert {p["sourcepath"] for p, _ in issues} == {path}
    assert lines[2] == (
        f"##vso[task.logissue type=error;sourcepath={path};linenumber=42;columnnumber=1;"
        "code=RL402;][punkt 42] Beslutningen er en pladsholder (»XX«), ikke en beslutning.%0A"
        "Ret: Skriv mødets beslutning, fx »Godkendt« eller »Orientering taget til "
        "efterretning«."
    )
    # A ";" in the message stays: only a property ends at it.
    assert lines[1] == (
        f"##vso[task.logissue type=error;sourcepath={path};linenumber=16;columnnumber=1;"
        "code=RL502;][punkt 41] Titlen nævner 7. oktober 2024, men mødet er 4. november 2024."
        "%0ARet: Ret datoen til mødets dato (4. november 2024); teksten er nok kopieret fra et "
        "tidligere møde."
    )
    assert lines[4] == (
        f"##vso[task.logissue type=error;sourcepath={path};linenumber=64;columnnumber=44;"
        "code=RL601;][punkt 42] Teksten indeholder et CPR-nummer (120456-****).%0ARet: Fjern "
        "CPR-nummeret. Skal personen nævnes, så brug initialer eller et løbenummer."
    )


def test_azure_warns_of_what_is_below_the_fail_level(cli, work):
    run = cli(["--output-format", "azure", "--fail-on", "error", "dagsordener/udkast.txt"])
    assert run.code == 1
    issues = [parse_logissue(line) for line in run.out.splitlines()[:-1]]
    assert [(p["type"], p["code"]) for p, _ in issues] == [
        (severity, code) for code, _, _, severity, _ in DRAFT_FINDINGS
    ]
    path = os.path.join(work, "dagsordener", "udkast.txt")
    assert run.out.splitlines()[0] == (
        f"##vso[task.logissue type=warning;sourcepath={path};linenumber=11;columnnumber=1;"
        "code=RL306;][punkt 41] Titlen i indholdsfortegnelsen (»Godkendelse af dagsorden til "
        "mødet den 4. november 2024«) er ikke den samme som punktets (»Godkendelse af "
        "dagsorden til mødet den 7. oktober 2024«).%0ARet: Brug samme titel begge steder."
    )


def test_azure_whole_document_finding_in_english_has_no_line(cli, work):
    name = "dagsordener/møde 7; v2] 100%.txt"
    (work / name).write_bytes(CLEAN.read_text("utf-8").encode("cp1252"))  # RL902, info
    path = os.path.join(work, "dagsordener", "møde 7; v2] 100%.txt")
    message = (
        "[whole document] The file is saved in an older character encoding (Windows-1252). "
        "Check that æ, ø and å look right.\nFix: Save the file again and choose the encoding "
        "“UTF-8” (in Notepad: File › Save as › Encoding)."
    )
    run = cli(["--output-format", "azure", "--lang", "en", name])
    assert run.code == 0
    first, summary = run.out.splitlines()
    encoded = os.path.join(work, "dagsordener", "møde 7%3B v2%5D 100%AZP25.txt")
    assert first == (
        f"##vso[task.logissue type=warning;sourcepath={encoded};code=RL902;]"
        + message.replace("\n", "%0A")
    )
    assert parse_logissue(first) == (
        {"type": "warning", "sourcepath": path, "code": "RL902"},
        message,
    )
    assert summary == (
        "referatlint: 1 finding in 1 document: 1 info. Nothing needs fixing: info findings are "
        "notes only."
    )
    # Failing the run, the info finding is an error.
    run = cli(["--output-format", "azure", "--lang", "en", "--fail-on", "info", name])
    assert run.code == 1
    assert run.out.splitlines()[0] == first.replace("type=warning;", "type=error;")


def test_azure_reads_standard_input_as_the_named_file(cli, work):
    text = DRAFT.read_bytes()
    run = cli(["--output-format", "azure", "--stdin-filename", "dagsordener/udkast.txt", "-"], text)
    assert run.code == 1
    on_disk = cli(["--output-format", "azure", "dagsordener/udkast.txt"])
    assert run.out == on_disk.out
    # Without a name there is no file to show: the issue has the line but no path.
    run = cli(["--output-format", "azure", "-"], text)
    assert run.out.splitlines()[2] == (
        "##vso[task.logissue type=error;linenumber=42;columnnumber=1;code=RL402;][punkt 42] "
        "Beslutningen er en pladsholder (»XX«), ikke en beslutning.%0ARet: Skriv mødets "
        "beslutning, fx »Godkendt« eller »Orientering taget til efterretning«."
    )


# -- -o FILE -----------------------------------------------------------------------------


def parse_any(fmt: str, text: str):
    if fmt in ("json", "sarif", "gitlab"):
        return json.loads(text)
    if fmt == "junit":
        return etree.fromstring(text.encode("utf-8"))
    if fmt == "html":
        from lxml import html

        return html.document_fromstring(text)
    return text.splitlines()


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "gitlab", "azure", "html"])
def test_output_file_gets_the_format_and_the_terminal_the_findings(cli, work, fmt):
    run = cli(["--output-format", fmt, "-o", f"rapport.{fmt}", "dagsordener/udkast.txt"])
    assert run.code == 1
    # The terminal shows the ordinary readable output ...
    assert run.out.count("= ret: ") == 10
    assert run.out.rstrip().endswith(SUMMARY_DA)
    assert "dagsordener/udkast.txt:42:1: RL402 [punkt 42]" in run.out
    # ... and the file holds the chosen format, complete.
    written = (work / f"rapport.{fmt}").read_text("utf-8")
    parsed = parse_any(fmt, written)
    if fmt == "sarif":
        sarif_validator().validate(parsed)
        assert len(parsed["runs"][0]["results"]) == 10
    elif fmt == "junit":
        junit_schema().assertValid(parsed)
        assert len(parsed.findall("testsuite/testcase/failure")) == 10
    elif fmt == "gitlab":
        assert len(parsed) == 10
    elif fmt == "github":
        assert sum(line.startswith("::") for line in parsed) == 10
    elif fmt == "azure":
        assert sum(line.startswith("##vso[task.logissue ") for line in parsed) == 10
    elif fmt == "html":
        assert len(parsed.find_class("finding")) == 10
    else:
        assert len(parsed["files"][0]["findings"]) == 10


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "gitlab", "azure", "html"])
def test_formats_are_whole_for_a_folder_without_documents(cli, work, fmt):
    (work / "tom").mkdir()
    run = cli(["--output-format", fmt, "tom"])
    # Nothing was checked: exit code 2 and one line on stderr, the report still whole.
    assert run.code == 2
    assert run.err == (
        "referatlint: ingen dokumenter fundet i tom; referatlint læser .txt, .md, .pdf, .docx og .html\n"
    )
    if fmt == "sarif":
        log = json.loads(run.out)
        sarif_validator().validate(log)
        assert log["runs"][0]["results"] == []
    elif fmt == "junit":
        document = etree.fromstring(run.out.encode("utf-8"))
        junit_schema().assertValid(document)
        assert len(document) == 0
    elif fmt == "gitlab":
        assert json.loads(run.out) == []
    elif fmt in ("github", "azure"):
        assert run.out == "referatlint: Ingen dokumenter tjekket.\n"
    else:
        from lxml import html

        page = html.document_fromstring(run.out)
        assert page.get_element_by_id("summary").text_content() == "Ingen dokumenter tjekket."
        assert page.find_class("document") == []


# -- no format repeats a CPR number ------------------------------------------------------


@pytest.mark.parametrize(
    "fmt", ["full", "concise", "json", "sarif", "junit", "github", "gitlab", "azure", "html"]
)
def test_no_format_prints_the_cpr_number_it_reports(cli, work, fmt):
    # Line 64 of the draft: "Klagen fra grundejeren på Strandvejen (cpr 120456-1234) ...".
    run = cli(["--output-format", fmt, "dagsordener/udkast.txt"])
    assert run.code == 1
    assert "120456-1234" not in run.out + run.err
    assert "120456-****" in run.out
    if fmt == "full":  # the line under the finding, masked in place, the caret still right
        assert " 64 | Klagen fra grundejeren på Strandvejen (cpr 120456-****) er behandlet" in (
            run.out
        )
        assert "    |                                            ^\n" in run.out
    if fmt == "html":  # the report's copy of the document
        assert ">Klagen fra grundejeren på Strandvejen (cpr <mark>120456-****</mark>) er" in run.out
