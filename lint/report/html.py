"""HTML report (``--output-format html``) for the secretary who never opens a terminal.

One self-contained file (inline style, no scripts, fonts, images or links outside the
file): first an overview (findings per severity, per rule and per document), then each
document with a table of findings per item, a list of all findings, and the document's
text with every finding shown under its line: where it is (item, page, line), what is
wrong, how to fix it and why the rule exists. Danish unless ``--lang en``.

The documents stream past before the overview can be counted, so their sections are
spooled to a temporary file and copied after the overview at the end: the page reads in
the right order without holding an archive in memory.
"""

import shutil
import tempfile
from collections import Counter
from datetime import datetime
from html import escape

from referatlint import __version__
from referatlint.parse.dates import MONTH_LONG
from referatlint.report import Reporter, Summary
from referatlint.report.common import more_about, report_path, rules_by_code, where
from referatlint.report.human import summary_line
from referatlint.rule import SEVERITIES, SEVERITY_NAMES, SEVERITY_RANK, Finding

TRAILING = ".,;:!?)]»«\"'"  # punctuation after the marked word stays unmarked
WORDS = {
    "da": {
        "title": "Rapport fra referatlint",
        "intro": (
            "Rapporten viser, hvad der bør rettes i dokumentet, før det offentliggøres. "
            "Hvert fund står lige under den linje i teksten, det handler om, med en "
            "forklaring og et forslag til, hvordan det rettes."
        ),
        "overview": "Overblik",
        "by_severity": "Fund efter alvor",
        "by_rule": "Fund efter regel",
        "by_document": "Fund efter dokument",
        "by_item": "Fund efter punkt",
        "all_findings": "Alle fund",
        "text": "Dokumentets tekst",
        "no_text": "Fund uden en linje i teksten",
        "unreadable": "Dokumentet kunne ikke læses.",
        "clean": "Ingen fund i dette dokument.",
        "rule": "Regel",
        "count": "Antal",
        "document": "Dokument",
        "item": "Punkt",
        "outside": "Uden for punkterne",
        "first": "Første fund",
        "line": "linje",
        "fix": "Sådan retter du det",
        "what": "Hvad reglen tjekker",
        "why": "Hvorfor",
        "source": "Kilde",
        "more": "Mere om reglen",
        "labels": {"error": "Fejl", "warning": "Advarsler", "info": "Info"},
        "kind": {"referat": "Referat", "dagsorden": "Dagsorden"},
        "items": ("{n} punkt", "{n} punkter"),
        "pages": ("{n} side", "{n} sider"),
        "made": "Lavet {date} med referatlint {version}.",
        "skip": "Spring til overblikket",
    },
    "en": {
        "title": "referatlint report",
        "intro": (
            "This report shows what should be fixed in the document before it is published. "
            "Each finding stands right below the line of text it is about, with an "
            "explanation and a suggestion for how to fix it."
        ),
        "overview": "Overview",
        "by_severity": "Findings by severity",
        "by_rule": "Findings by rule",
        "by_document": "Findings by document",
        "by_item": "Findings by item",
        "all_findings": "All findings",
        "text": "The document's text",
        "no_text": "Findings without a line in the text",
        "unreadable": "The document could not be read.",
        "clean": "No findings in this document.",
        "rule": "Rule",
        "count": "Count",
        "document": "Document",
        "item": "Item",
        "outside": "Outside the items",
        "first": "First finding",
        "line": "line",
        "fix": "How to fix it",
        "what": "What the rule checks",
        "why": "Why",
        "source": "Source",
        "more": "More about the rule",
        "labels": {"error": "Errors", "warning": "Warnings", "info": "Info"},
        "kind": {"referat": "Minutes", "dagsorden": "Agenda"},
        "items": ("{n} item", "{n} items"),
        "pages": ("{n} page", "{n} pages"),
        "made": "Made {date} by referatlint {version}.",
        "skip": "Skip to the overview",
    },
}

STYLE = """
:root { --error: #b00020; --warning: #8a5300; --info: #005a8c; --line: #d0d0d0;
  --error-bg: #fdecee; --warning-bg: #fff4e0; --info-bg: #e8f3fa; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; margin: 0; color: #1a1a1a;
  background: #f6f6f4; line-height: 1.45; }
header, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .3rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
.lead { font-size: 1.15rem; font-weight: 600; }
section.block { background: #fff; border: 1px solid var(--line); border-radius: 6px;
  padding: .2rem 1.2rem 1.2rem; margin: 1.2rem 0; }
.counts { display: flex; gap: .8rem; flex-wrap: wrap; padding: 0; list-style: none; }
.counts li { border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; border: 1px solid; }
.counts .n { display: block; font-size: 1.6rem; font-weight: 700; }
.error { --c: var(--error); --bg: var(--error-bg); }
.warning { --c: var(--warning); --bg: var(--warning-bg); }
.info { --c: var(--info); --bg: var(--info-bg); }
.counts li { color: var(--c); background: var(--bg); border-color: var(--c); }
table { border-collapse: collapse; margin: .4rem 0; }
th, td { text-align: left; padding: .25rem .8rem .25rem 0; border-bottom: 1px solid var(--line);
  vertical-align: top; }
td.n, th.n { text-align: right; padding-right: 1.2rem; }
.meta { color: #444; }
ol.findings { padding-left: 1.6rem; }
ol.findings li { margin: .2rem 0; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; padding: 0 .45rem;
  border-radius: 4px; color: #fff; background: var(--c); margin-right: .3rem; }
.doc-text { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace;
  font-size: .9rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
.ln { display: flex; }
.ln .no { flex: 0 0 4rem; text-align: right; padding-right: .8rem; color: #777;
  user-select: none; border-right: 1px solid var(--line); }
.ln .tx { padding-left: .8rem; white-space: pre-wrap; overflow-wrap: anywhere; flex: 1; }
.ln.hit { background: var(--bg); }
.ln.hit .no { color: var(--c); font-weight: 700; border-right: 4px solid var(--c); }
mark { background: none; color: inherit; text-decoration: underline wavy var(--c);
  text-decoration-thickness: 2px; }
.finding { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 1rem;
  margin: .3rem .6rem .7rem 4.8rem; padding: .6rem .9rem; border-left: 5px solid var(--c);
  background: #fff; box-shadow: 0 1px 3px rgba(0, 0, 0, .18); border-radius: 0 4px 4px 0; }
.finding h4 { margin: 0 0 .2rem; font-size: 1.02rem; }
.finding p { margin: .25rem 0; }
.finding .where { color: #444; font-size: .92rem; }
.finding .fix { background: #f1f7ee; padding: .3rem .5rem; border-radius: 4px; }
.finding .rule { font-size: .9rem; color: #333; }
footer { color: #555; font-size: .9rem; padding: 1rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
@media print {
  body { background: #fff; }
  section.block { border: none; padding: 0; }
  .finding { break-inside: avoid; box-shadow: none; border: 1px solid var(--c);
    border-left-width: 5px; }
}
"""


def when(lang: str) -> str:
    now = datetime.now()
    if lang == "en":
        return f"{now.day} {now:%B %Y, %H:%M}"
    return f"{now.day}. {MONTH_LONG[now.month - 1]} {now.year} kl. {now:%H:%M}"


def html_lines(text: str) -> str:
    """A rule's text, its paragraphs and list items (»- …«) each on a line of its own."""
    return escape(text).replace("\n", "<br>\n")


def plural(pair: tuple[str, str], n: int) -> str:
    return pair[n != 1].format(n=n)


class HtmlReporter(Reporter):
    needs_text = True

    def __init__(self, stream, lang="da", statistics=False):
        super().__init__(stream, lang, statistics)
        self.words = WORDS[lang]
        self.rules = dict(rules_by_code())  # and the configuration's rules, as met
        # Spool for the document sections; closed in finish.
        self.body = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self.documents: list[tuple[str, str, Counter[str]]] = []  # path, anchor, counts

    # -- one document ------------------------------------------------------------------

    def label(self, severity: str) -> str:
        return SEVERITY_NAMES[self.lang][severity].capitalize()

    def line_of(self, finding: Finding) -> str:
        """``linje 78``, or where a finding about the whole file is (``hele dokumentet``)."""
        if finding.whole_file:
            return where(finding, self.lang)
        return f"{self.words['line']} {finding.line}"

    def where(self, finding: Finding) -> str:
        text = where(finding, self.lang, line=True, column=True, separator=" · ")
        # The item is named as in the table of items: "Punkt 42 · linje 78".
        return text[0].upper() + text[1:] if finding.item is not None else text

    def card(self, finding: Finding, anchor: str) -> str:
        words, lang = self.words, self.lang
        rule = self.rules.get(finding.code)
        if rule is None and self.configured_rule is not None:
            rule = self.configured_rule(finding.path, finding.code)
            if rule is not None:
                self.rules[finding.code] = rule
        title = rule.title.get(lang) if rule is not None else finding.name
        parts = [
            f'<article class="finding {finding.severity}" id="{anchor}" '
            f'data-code="{finding.code}" data-line="{finding.line}">',
            f'<h4><span class="badge">{escape(self.label(finding.severity))}</span> '
            f"{finding.code} {escape(title)}</h4>",
            f'<p class="where">{escape(self.where(finding))}</p>',
            f'<p class="message">{escape(finding.message.get(lang))}</p>',
        ]
        if finding.fix is not None:
            parts.append(
                f'<p class="fix"><strong>{words["fix"]}:</strong> '
                f"{escape(finding.fix.get(lang))}</p>"
            )
        if rule is not None:
            parts.append(
                f'<p class="rule"><strong>{words["why"]}:</strong> {html_lines(rule.why.get(lang))}'
                f"<br><strong>{words['what']}:</strong> {html_lines(rule.what.get(lang))}</p>"
            )
            if rule.source:
                parts.append(
                    f'<p class="rule"><strong>{words["source"]}:</strong> {escape(rule.source)}</p>'
                )
        parts.append(
            f'<p class="rule">{escape(more_about(finding.code, lang, words["more"]))} '
            f"({escape(finding.name)})</p></article>"
        )
        return "\n".join(parts)

    @staticmethod
    def marked(text: str, column: int) -> str:
        """The line with the word at ``column`` marked (the whole line is highlighted
        anyway when the finding is at its start)."""
        if column <= 1 or column > len(text):
            return escape(text)
        start = column - 1
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        while end > start + 1 and text[end - 1] in TRAILING:
            end -= 1
        return (
            escape(text[:start])
            + "<mark>"
            + escape(text[start:end])
            + "</mark>"
            + (escape(text[end:]))
        )

    def file(self, result, failing=None) -> None:
        words = self.words
        number = len(self.documents) + 1
        doc = f"d{number}"
        path = report_path(result.path)
        counts: Counter[str] = Counter(f.severity for f in result.findings)
        self.documents.append((path, doc, counts))
        anchors = {id(f): f"{doc}-f{k}" for k, f in enumerate(result.findings, 1)}
        out = [f'<section class="block document" id="{doc}">', f"<h2>{escape(path)}</h2>"]

        meta = []
        if result.kind in words["kind"]:
            meta.append(words["kind"][result.kind])
        if result.kind is not None:  # a parsed document (not unreadable, not a config file)
            meta.append(plural(words["items"], result.items))
        if result.pages:
            meta.append(plural(words["pages"], result.pages))
        counted = ", ".join(
            f"{counts[s]} {words['labels'][s].lower()}" for s in SEVERITIES if counts[s]
        )
        meta.append(counted or words["clean"])
        out.append(f'<p class="meta">{escape(" · ".join(meta))}</p>')
        if result.unreadable:
            out.append(f"<p><strong>{words['unreadable']}</strong></p>")

        if result.findings:
            out += self.item_table(result.findings, anchors)
            out.append(f"<h3>{words['all_findings']}</h3>")
            out.append('<ol class="findings">')
            for finding in result.findings:
                out.append(
                    f'<li class="{finding.severity}"><a href="#{anchors[id(finding)]}">'
                    f"{escape(self.label(finding.severity))} {finding.code}</a> "
                    f"({escape(self.where(finding))}): {escape(finding.message.get(self.lang))}"
                    "</li>"
                )
            out.append("</ol>")

        text = result.text or ()
        at_line: dict[int, list[Finding]] = {}
        loose: list[Finding] = []
        for finding in result.findings:
            if not finding.whole_file and 1 <= finding.line <= len(text):
                at_line.setdefault(finding.line, []).append(finding)
            else:
                loose.append(finding)
        if loose:
            out.append(f"<h3>{words['no_text']}</h3>")
            out += [self.card(f, anchors[id(f)]) for f in loose]
        self.body.write("\n".join(out) + "\n")

        if text:
            self.body.write(f'<h3>{words["text"]}</h3>\n<div class="doc-text">\n')
            for line_number, line in enumerate(text, 1):
                here = at_line.get(line_number)
                if not here:
                    self.body.write(
                        f'<div class="ln" id="{doc}-L{line_number}"><span class="no">'
                        f'{line_number}</span><span class="tx">{escape(line)}</span></div>\n'
                    )
                    continue
                worst = min((f.severity for f in here), key=SEVERITY_RANK.__getitem__)
                column = min(f.column for f in here)
                self.body.write(
                    f'<div class="ln hit {worst}" id="{doc}-L{line_number}"><span class="no">'
                    f'{line_number}</span><span class="tx">{self.marked(line, column)}'
                    "</span></div>\n"
                )
                for finding in here:
                    self.body.write(self.card(finding, anchors[id(finding)]) + "\n")
            self.body.write("</div>\n")
        self.body.write("</section>\n")

    def item_table(self, findings: tuple[Finding, ...], anchors: dict[int, str]) -> list[str]:
        words = self.words
        per_item: dict[str | None, Counter[str]] = {}
        first: dict[str | None, Finding] = {}
        for finding in findings:
            per_item.setdefault(finding.item, Counter())[finding.severity] += 1
            first.setdefault(finding.item, finding)
        out = [
            f"<h3>{words['by_item']}</h3>",
            '<table class="by-item"><thead><tr>'
            f'<th scope="col">{words["item"]}</th>'
            + "".join(f'<th scope="col" class="n">{words["labels"][s]}</th>' for s in SEVERITIES)
            + f'<th scope="col">{words["first"]}</th></tr></thead><tbody>',
        ]
        for item, counts in per_item.items():
            name = f"{words['item']} {item}" if item is not None else words["outside"]
            finding = first[item]
            out.append(
                f'<tr data-item="{escape(item or "")}"><th scope="row">{escape(name)}</th>'
                + "".join(f'<td class="n">{counts[s]}</td>' for s in SEVERITIES)
                + f'<td><a href="#{anchors[id(finding)]}">{escape(self.line_of(finding))}</a>'
                "</td></tr>"
            )
        out.append("</tbody></table>")
        return out

    # -- the page ---------------------------------------------------------------------

    def overview(self, summary: Summary) -> str:
        words, lang = self.words, self.lang
        counts = {"error": summary.errors, "warning": summary.warnings, "info": summary.infos}
        out = [
            '<section class="block" id="overblik">',
            f"<h2>{words['overview']}</h2>",
            f"<h3>{words['by_severity']}</h3>",
            '<ul class="counts">',
        ]
        out += [
            f'<li class="{s}"><span class="n">{counts[s]}</span>{words["labels"][s]}</li>'
            for s in SEVERITIES
        ]
        out.append("</ul>")
        if summary.by_code:
            out += [
                f"<h3>{words['by_rule']}</h3>",
                '<table class="by-rule"><thead><tr>'
                f'<th scope="col">{words["rule"]}</th><th scope="col"></th>'
                f'<th scope="col" class="n">{words["count"]}</th></tr></thead><tbody>',
            ]
            for code, name, count in summary.by_code:
                rule = self.rules.get(code)
                title = rule.title.get(lang) if rule is not None else name
                out.append(
                    f'<tr data-code="{code}"><th scope="row">{code}</th>'
                    f"<td>{escape(title)} <small>({escape(name)})</small></td>"
                    f'<td class="n">{count}</td></tr>'
                )
            out.append("</tbody></table>")
        if len(self.documents) > 1:
            out += [
                f"<h3>{words['by_document']}</h3>",
                '<table class="by-document"><thead><tr>'
                f'<th scope="col">{words["document"]}</th>'
                + "".join(
                    f'<th scope="col" class="n">{words["labels"][s]}</th>' for s in SEVERITIES
                )
                + "</tr></thead><tbody>",
            ]
            for path, anchor, doc_counts in self.documents:
                out.append(
                    f'<tr><th scope="row"><a href="#{anchor}">{escape(path)}</a></th>'
                    + "".join(f'<td class="n">{doc_counts[s]}</td>' for s in SEVERITIES)
                    + "</tr>"
                )
            out.append("</tbody></table>")
        out.append("</section>")
        return "\n".join(out) + "\n"

    def finish(self, summary: Summary) -> None:
        words = self.words
        if len(self.documents) == 1:
            title = f"{words['title']}: {self.documents[0][0]}"
        else:
            title = words["title"]
        self.stream.write(
            "<!DOCTYPE html>\n"
            f'<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="referatlint {__version__}">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f'<a class="skip" href="#overblik">{words["skip"]}</a>\n'
            f"<header>\n<h1>{words['title']}</h1>\n"
            f'<p class="lead" id="summary">{escape(summary_line(summary, self.lang))}</p>\n'
            f"<p>{words['intro']}</p>\n</header>\n<main>\n"
        )
        self.stream.write(self.overview(summary))
        self.body.seek(0)
        shutil.copyfileobj(self.body, self.stream)
        self.body.close()
        made = words["made"].format(date=when(self.lang), version=__version__)
        self.stream.write(f"</main>\n<footer>{escape(made)}</footer>\n</body>\n</html>\n")
