"""The default template: what every Danish municipality's items should carry."""

from referatlint.parse.vocabulary import DECISION_PHRASES, SECTIONS

# Every municipality holds theme discussions: the profiles that list hints of their own
# list this one too, for a profile's hints replace its parent's.
THEME_DISCUSSION_HINT = {"case_type": "Temadrøftelse", "title": r"^(?:temadrøftelse\b|tema\s*:)"}

PROFILE = {
    "name": "standard",
    "description": (
        "Standardskabelon: Indstilling, Økonomiske konsekvenser og Miljø- og klimamæssige "
        "konsekvenser på alle almindelige punkter, og en beslutning på alle almindelige "
        "punkter i et referat."
    ),
    "sections": {name: list(synonyms) for name, synonyms in SECTIONS.items()},
    "decision_phrases": list(DECISION_PHRASES),
    "required_sections": {
        "*": ["Indstilling", "Økonomiske konsekvenser", "Miljø- og klimamæssige konsekvenser"],
        # A theme discussion gives the members a subject to discuss, no case to decide:
        # no recommendation, no consequences, and the record of the talk, no decision.
        "Temadrøftelse": [],
    },
    "decision_required": {"*": True, "Temadrøftelse": False},
    "standard_items": [
        r"^godkendelse af (?:dagsorden(?:en)?|referat(?:et)?|beslutningsprotokol(?:len)?)\b",
        r"^orienteringer\b",
        r"^orientering(?:er)?(?:$| og eventuelt\b)",
        # Someone of the municipality informs ("Orientering fra borgmester og direktion",
        # "... fra udvalgsformanden", "Nyt fra ledelsen"): not a case to inform about
        # ("Orientering om budgetopfølgning"), nor news from an outside body.
        r"^(?:orientering(?:er)? fra|nyt fra) (?:\w*(?:formand|direktør|chef)|borgmester"
        r"|direktion|forvaltning|administration|sekretariat|ledelse|(?:udvalgs)?medlem"
        r"|udvalg(?:et|ene)\b)\w*",
        r"^meddelelser\b",
        r"^eventuelt\b",
        r"^evt\.?$",
        r"^underskrift(?:sark|er|sblad)?\b",
        r"^til orientering\b",
        r"^siden sidst\b",
        # The date of the next meeting: a note, no case to decide.
        r"^næste møde\b",
        r"^gensidig orientering\b",
        # Citizens' question time at a council meeting: questions, no recommendation.
        r"^(?:borger)?spørgetid(?:en)?\b",
        r"^spørgetime(?:n)?\b",
        r"^spørgsmål fra (?:borgerne|borgere|offentligheden|publikum|tilhørerne)\b",
    ],
    "case_types": ["Beslutningssag", "Orienteringssag", "Drøftelsessag", "Temadrøftelse"],
    "case_type_hints": [THEME_DISCUSSION_HINT],
    "item_order": "ascending-or-toc",
    "group_headings": ["Sagsfremstilling"],
    "bodies": [],
}
