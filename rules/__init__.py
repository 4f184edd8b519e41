"""Built-in rules, one module per rule or small family. They are listed here explicitly:
the catalogue order is the code order, and nothing is discovered by scanning."""

from referatlint.rules import (
    accessibility,
    closed_items,
    comments,
    decisions,
    duplicate_section,
    empty_section,
    invalid_case_type,
    meeting,
    missing_decision,
    missing_required_section,
    numbering,
    pages,
    publishing,
    reading,
    template_mismatch,
    toc,
    toc_status,
    unknown_section_heading,
)

BUILTIN = (
    missing_required_section.RULE,
    empty_section.RULE,
    unknown_section_heading.RULE,
    duplicate_section.RULE,
    missing_decision.RULE,
    invalid_case_type.RULE,
    template_mismatch.RULE,
    *numbering.RULES,
    *toc.RULES,
    *pages.RULES,
    toc_status.RULE,
    *decisions.RULES,
    *meeting.RULES,
    *publishing.RULES,
    comments.RULE,
    closed_items.RULE,
    *accessibility.RULES,
    *reading.RULES,
)
