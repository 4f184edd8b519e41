"""The README's fenced code blocks, each with the heading it stands under, so tests can
check and run exactly the lines the README tells people to copy."""

import re
from typing import NamedTuple

from conftest import ROOT

FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
HEADING = re.compile(r"^#{2,3} (.+)$", re.MULTILINE)
SECTION = re.compile(r"^## (.+)$", re.MULTILINE)


class Block(NamedTuple):
    heading: str  # the nearest ## or ### heading above the block
    lang: str
    text: str
    section: str  # the nearest ## heading above it


def blocks(text: str | None = None) -> list[Block]:
    text = (ROOT / "README.md").read_text("utf-8") if text is None else text
    found = []
    for match in FENCE.finditer(text):
        headings = HEADING.findall(text, 0, match.start()) or [""]
        sections = SECTION.findall(text, 0, match.start()) or [""]
        found.append(Block(headings[-1], match.group(1), match.group(2), sections[-1]))
    return found


def under(heading: str, lang: str | None = None) -> list[Block]:
    """The blocks under one heading (optionally of one language)."""
    chosen = [b for b in blocks() if b.heading == heading and (lang is None or b.lang == lang)]
    assert chosen, f"no code block under “{heading}” in README.md"
    return chosen


def command_lines(block: Block) -> list[str]:
    return [line for line in block.text.splitlines() if line.strip()]
