"""Rule documentation, generated from each rule's declaration: the same text serves
``referatlint rule CODE`` and docs/rules.md."""

from referatlint.rule import SEVERITY_NAMES, Rule

HEADINGS = {
    "da": (
        "Hvad reglen tjekker",
        "Hvorfor",
        "Kilde",
        "Eksempel med fejl",
        "Rettet eksempel",
        "Indstillinger",
        "Alvor",
    ),
    "en": (
        "What it checks",
        "Why",
        "Source",
        "Failing example",
        "Corrected example",
        "Options",
        "Severity",
    ),
}


def example_text(example: str | bytes, lang: str = "da") -> str:
    if isinstance(example, bytes) and example.startswith((b"%PDF-", b"PK\x03\x04")):
        return document_example(example, lang)
    if isinstance(example, bytes):
        return example.decode("utf-8", errors="replace").replace("\x00", "\\0")
    return example.replace("\f", "[sideskift]\n")


EXAMPLE_WORDS = {
    "da": ("side", "sider", "tagget", "ja", "nej", "sprog", "titel", "sider uden tekst",
           "scannede sider med OCR-tekst", "trykte sidetal", "Word-fil, gemte sideskift", "sideskift", "kommentar fra", "løst"),
    "en": ("page", "pages", "tagged", "yes", "no", "language", "title", "pages without text",
           "scanned pages with OCR text", "printed page numbers", "Word file, saved page breaks", "page break", "comment from",
           "resolved"),
}  # fmt: skip


def document_example(example: bytes, lang: str = "da") -> str:
    """A PDF or Word example as what matters about it: its properties and its text."""
    from referatlint.read import read

    (one, many, tagged, yes, no, language, title, textless, ocr, printed, word, page_break,
     comment_from, resolved) = EXAMPLE_WORDS[lang]  # fmt: skip
    source = read("eksempel", example)
    facts = dict(source.metadata)
    if source.format == "pdf":
        about = [
            f"PDF, {source.pages} {one if source.pages == 1 else many}",
            f"{tagged}: {yes if facts['pdf.tagged'] == 'yes' else no}",
            f"{language}: {facts['pdf.lang'] or '-'}",
            f"{title}: {facts['pdf.title'] or '-'}",
        ]
        if facts.get("pdf.pages_without_text"):
            about.append(f"{textless}: {facts['pdf.pages_without_text']}")
        if facts.get("pdf.ocr_pages"):
            about.append(f"{ocr}: {facts['pdf.ocr_pages']}")
        if facts.get("pdf.printed_pages", "").strip("- "):
            about.append(f"{printed}: {facts['pdf.printed_pages']}")
    else:
        about = [f"{word}: {facts.get('docx.rendered_page_breaks', '0')}"]
    comments = {line: (author, text, done) for line, author, text, done in source.comments}
    lines = []
    for number, line in enumerate(source.lines, 1):
        page = source.page_of(number)
        if page and number > 1 and page != source.page_of(number - 1):
            lines.append(f"[{page_break}]")
        lines.append(line)
        if number in comments:
            author, text, done = comments[number]
            lines.append(f"[{comment_from} {author}: {text}{f'; {resolved}' if done else ''}]")
    return "[" + "; ".join(about) + "]\n" + "\n".join(lines)


# A line of a rule's »what« or »why« that starts so is an item of a list; every other line
# is a paragraph.
LIST_ITEM = "- "


def indented(text: str) -> list[str]:
    """A rule's text for the terminal: each paragraph and list item on its own line."""
    return ["  " + line for line in text.split("\n")]


def markdown_blocks(text: str) -> str:
    """A rule's text as Markdown: each line a paragraph, the lines that start with »- « one
    list (set off by blank lines, which some renderers need)."""
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and not (line.startswith(LIST_ITEM) and lines[-1].startswith(LIST_ITEM)):
            lines.append("")
        lines.append(line)
    return "\n".join(lines)


# The margin of an example line that the correction changes, on the terminal and in Markdown.
MARK = "→ "
# Stands for the unchanged lines a corrected example leaves out.
OMITTED = "[…]"
# Added to the example headings when the changed lines are marked: to the bad one; to the
# good one shown in part, with changes or only deletions; to the good one shown whole.
MARKED_HEADINGS = {
    "da": (
        " (→ markerer de linjer, der ændres)",
        " (kun det ændrede, markeret med →, og linjerne omkring det)",
        " (kun linjerne omkring det, der er slettet)",
        " (→ markerer det ændrede)",
    ),
    "en": (
        " (→ marks the lines that change)",
        " (only what changed, marked with →, and the lines around it)",
        " (only the lines around what was deleted)",
        " (→ marks what changed)",
    ),
}


def shown_examples(rule: Rule, lang: str = "da") -> list[tuple[str, list[tuple[bool, str]]]]:
    """The rule's bad and good example, each under its heading as (marked, line) pairs.

    When the two share most of their lines, the bad one is shown whole with the lines the
    correction changes marked, and the good one as only its changed lines, marked, with
    the lines around them: a reader finds the one corrected line in a 20-line document."""
    _, _, _, bad_heading, good_heading, _, _ = HEADINGS[lang]
    if rule.good_caption is not None:
        good_heading = rule.good_caption.get(lang)
    bad, good = rule.examples()
    if not bad:  # a configuration's own rule (X101) has no examples
        return []
    old = example_text(bad, lang).rstrip("\n").split("\n")
    new = example_text(good, lang).rstrip("\n").split("\n")
    changes = changed_ranges(old, new)
    changed_old = {i for i1, i2, _, _ in changes for i in range(i1, i2)}
    changed_new = {j for _, _, j1, j2 in changes for j in range(j1, j2)}
    if 2 * len(changed_new) > len(new) or 2 * len(changed_old) > len(old):
        return [
            (bad_heading, [(False, line) for line in old]),
            (good_heading, [(False, line) for line in new]),
        ]
    marked_bad, in_part, deleted_only, whole = MARKED_HEADINGS[lang]
    shown_good = around_changes(new, changes, changed_new)
    # each »[…]« stands for two lines or more, so a shorter list has left some out
    if len(shown_good) < len(new):
        good_heading += in_part if changed_new else deleted_only
    elif changed_new:
        good_heading += whole
    shown_bad = [(i in changed_old and bool(line.strip()), line) for i, line in enumerate(old)]
    if any(marked for marked, _ in shown_bad):
        bad_heading += marked_bad
    return [(bad_heading, shown_bad), (good_heading, shown_good)]


def changed_ranges(old: list[str], new: list[str]) -> list[tuple[int, int, int, int]]:
    """Where ``new`` differs from ``old``: (i1, i2, j1, j2) for each run of old lines
    old[i1:i2] that new[j1:j2] replaces (either may be empty)."""
    from difflib import SequenceMatcher  # only the rule pages need it

    matcher = SequenceMatcher(None, old, new, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def around_changes(
    lines: list[str], changes: list[tuple[int, int, int, int]], changed: set[int]
) -> list[tuple[bool, str]]:
    """The changed ``lines``, marked, each run with the nearest line of text before and
    after it (and the blank lines between); »[…]« for each run of two or more lines left
    out."""
    shown = set(changed)
    for _, _, start, end in changes:
        before = start - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        after = end
        while after < len(lines) and not lines[after].strip():
            after += 1
        shown.update(range(max(before, 0), min(after + 1, len(lines))))
    result: list[tuple[bool, str]] = []
    left_out: list[str] = []
    for number, line in enumerate([*lines, None]):
        if number not in shown and line is not None:
            left_out.append(line)
            continue
        result += [(False, OMITTED)] if len(left_out) > 1 else [(False, o) for o in left_out]
        left_out = []
        if line is not None:
            result.append((number in changed and bool(line.strip()), line))
    return result


def rule_text(rule: Rule, lang: str = "da") -> str:
    """Plain-text documentation of one rule."""
    what, why, source, _, _, options, severity = HEADINGS[lang]
    level = SEVERITY_NAMES[lang][rule.severity]
    lines = [f"{rule.code} {rule.name}: {rule.title.get(lang)}", f"{severity}: {level}", ""]
    lines += [
        f"{what}:",
        *indented(rule.what.get(lang)),
        "",
        f"{why}:",
        *indented(rule.why.get(lang)),
    ]
    if rule.source:
        lines += ["", f"{source}: {rule.source}"]
    if rule.options:
        lines += ["", f"{options}:"]
        lines += [f"  {o.name} (standard: {o.default!r}): {o.help.get(lang)}" for o in rule.options]
    for heading, example in shown_examples(rule, lang):
        lines += ["", f"{heading}:"]
        lines += [
            (MARK if marked else "  ") + "| " + line
            for marked, line in example  # the mark in the margin, outside the frame
        ]
    return "\n".join(lines)


def rule_markdown(rule: Rule, lang: str = "da") -> str:
    """Markdown documentation of one rule, for docs/rules.md."""
    what, why, source, _, _, options, severity = HEADINGS[lang]
    parts = [
        f"## {rule.code} {rule.name}",
        f"**{rule.title.get(lang)}** · {severity}: {SEVERITY_NAMES[lang][rule.severity]}",
        f"**{what}.** {markdown_blocks(rule.what.get(lang))}",
        f"**{why}.** {markdown_blocks(rule.why.get(lang))}",
    ]
    if rule.source:
        parts.append(f"**{source}:** {rule.source}")
    if rule.options:
        parts.append(
            f"**{options}:**\n\n"
            + "\n".join(
                f"- `{o.name}` (standard `{o.default!r}`): {o.help.get(lang)}" for o in rule.options
            )
        )
    for heading, example in shown_examples(rule, lang):
        margin = any(marked for marked, _ in example)
        text = "\n".join(
            ((MARK if marked else "  ") if margin and line else "") + line
            for marked, line in example  # a blank line stays blank, without trailing spaces
        )
        parts.append(f"**{heading}:**\n\n```text\n{text.rstrip()}\n```")
    return "\n\n".join(parts) + "\n"


INTRO = {
    "da": (
        "# Regler\n\n"
        "Genereret af `referatlint rules --format markdown` ud fra reglernes egne "
        "erklæringer; ret i reglen, ikke her. Koderne er en offentlig kontrakt.\n\n"
    ),
    "en": (
        "# Rules\n\n"
        "Generated by `referatlint rules --format markdown --lang en` from the rules' own "
        "declarations; edit the rule, not this file. Codes are a public contract.\n\n"
    ),
}


def catalogue_markdown(rules, lang: str = "da") -> str:
    """The whole catalogue as Markdown: an index table, then every rule."""
    index = [
        "| kode | navn | alvor | titel |" if lang == "da" else "| code | name | severity | title |",
        "|---|---|---|---|",
    ]
    index += [
        f"| {r.code} | {r.name} | {SEVERITY_NAMES[lang][r.severity]} | {r.title.get(lang)} |"
        for r in rules
    ]
    return (
        INTRO[lang] + "\n".join(index) + "\n\n" + "\n".join(rule_markdown(r, lang) for r in rules)
    )
