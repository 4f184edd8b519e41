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
           "trykte sidetal", "Word-fil, gemte sideskift", "sideskift", "kommentar fra", "løst"),
    "en": ("page", "pages", "tagged", "yes", "no", "language", "title", "pages without text",
           "printed page numbers", "Word file, saved page breaks", "page break", "comment from",
           "resolved"),
}  # fmt: skip


def document_example(example: bytes, lang: str = "da") -> str:
    """A PDF or Word example as what matters about it: its properties and its text."""
    from referatlint.read import read

    (one, many, tagged, yes, no, language, title, textless, printed, word, page_break,
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


def rule_text(rule: Rule, lang: str = "da") -> str:
    """Plain-text documentation of one rule."""
    what, why, source, bad, good, options, severity = HEADINGS[lang]
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
    for heading, example in zip((bad, good), rule.examples(), strict=True):
        if not example:  # a configuration's own rule (X101) has no examples
            continue
        lines += ["", f"{heading}:"]
        lines += ["  | " + line for line in example_text(example, lang).rstrip("\n").split("\n")]
    return "\n".join(lines)


def rule_markdown(rule: Rule, lang: str = "da") -> str:
    """Markdown documentation of one rule, for docs/rules.md."""
    what, why, source, bad, good, options, severity = HEADINGS[lang]
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
    for heading, example in zip((bad, good), rule.examples(), strict=True):
        if not example:  # a configuration's own rule (X101) has no examples
            continue
        parts.append(f"**{heading}:**\n\n```text\n{example_text(example, lang).rstrip()}\n```")
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
