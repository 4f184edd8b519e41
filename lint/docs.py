"""Rule documentation, generated from each rule's declaration: the same text serves
``referatlint rule CODE`` and docs/rules.md."""

from referatlint.rule import Rule

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


def example_text(example: str | bytes) -> str:
    if isinstance(example, bytes):
        return example.decode("utf-8", errors="replace").replace("\x00", "\\0")
    return example.replace("\f", "[sideskift]\n")


def rule_text(rule: Rule, lang: str = "da") -> str:
    """Plain-text documentation of one rule."""
    what, why, source, bad, good, options, severity = HEADINGS[lang]
    lines = [f"{rule.code} {rule.name}: {rule.title.get(lang)}", f"{severity}: {rule.severity}", ""]
    lines += [f"{what}:", f"  {rule.what.get(lang)}", "", f"{why}:", f"  {rule.why.get(lang)}"]
    if rule.source:
        lines += ["", f"{source}: {rule.source}"]
    if rule.options:
        lines += ["", f"{options}:"]
        lines += [f"  {o.name} (standard: {o.default!r}): {o.help.get(lang)}" for o in rule.options]
    for heading, example in ((bad, rule.bad), (good, rule.good)):
        lines += ["", f"{heading}:"]
        lines += ["  | " + line for line in example_text(example).rstrip("\n").split("\n")]
    return "\n".join(lines)


def rule_markdown(rule: Rule, lang: str = "da") -> str:
    """Markdown documentation of one rule, for docs/rules.md."""
    what, why, source, bad, good, options, severity = HEADINGS[lang]
    parts = [
        f"## {rule.code} {rule.name}",
        f"**{rule.title.get(lang)}** · {severity}: `{rule.severity}`",
        f"**{what}.** {rule.what.get(lang)}",
        f"**{why}.** {rule.why.get(lang)}",
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
    for heading, example in ((bad, rule.bad), (good, rule.good)):
        parts.append(f"**{heading}:**\n\n```text\n{example_text(example).rstrip()}\n```")
    return "\n\n".join(parts) + "\n"
