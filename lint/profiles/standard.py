"""The default template: what every Danish municipality's items should carry."""

from referatlint.parse.vocabulary import DECISION_PHRASES, SECTIONS

# Every municipality holds theme discussions, elections and members' proposals: the
# profiles that list hints of their own list these too, for a profile's hints replace its
# parent's.
THEME_DISCUSSION_HINT = {"case_type": "Temadrøftelse", "title": r"^(?:temadrøftelse\b|tema\s*:)"}
# An election or appointment of people (a constituting meeting's "Valg af borgmester", "Valg
# af medlemmer til Økonomiudvalget", "Godkendelse af valget", "Udtræden af byrådet"): the
# recommendation names the candidates, with no economy or climate to describe. "Valg af"
# also means "choice of" ("Valg af leverandør"): only a choice of people or a body counts.
ELECTION_HINT = {
    "case_type": "Valgsag",
    "title": (
        r"^(?:valg\s+af\s+(?:ny(?:t|e)?\s+)?(?:\d\.\s+(?:og\s+\d\.\s+)?)?"
        r"(?:\w*(?:borgmester|form(?:and|ænd)|medlem|stedfortræder|repræsentant|revisor)"
        r"|\w*(?:udvalg|råd|nævn|bestyrelse)(?:et|en)?\b)"
        r"|valg\s+til\s"
        r"|udpegning\s+(?:af|til)\s+(?:ny(?:t|e)?\s+)?\w*(?:medlem|stedfortræder|repræsentant"
        r"|form(?:and|ænd)|bestyrelse)"
        r"|godkendelse\s+af\s+(?!udvalg)\w*valg(?:et|brev(?:et)?)?\b"
        r"|konstituering\b"
        r"|(?:anmodning\s+om\s+)?(?:udtræden|indtræden|fritagelse)\b)"
    ),
}

# A member's proposal (styrelseslovens § 11: a member may have a case put on the agenda):
# the member's own text, with no recommendation or consequences from the administration,
# and still the body's decision.
MEMBER_PROPOSAL_HINT = {
    "case_type": "Medlemsforslag",
    "title": (
        r"^(?:anmodning\s+om\s+optagelse\s+af\s+(?:en\s+)?(?:sag|punkt)\b"
        r"|(?:medlems|beslutnings)forslag\b"
        r"|sag\s+optaget\s+(?:på\s+dagsordenen\s+)?efter\s+anmodning\b)"
        r"|§\s*11\b"
    ),
}

PROFILE = {
    "name": "standard",
    "description": (
        "Standardskabelon: Indstilling, Økonomiske konsekvenser og Miljø- og klimamæssige "
        "konsekvenser på alle almindelige punkter, og en beslutning på alle almindelige "
        "punkter i et referat; en temadrøftelse skal intet have, et valg af personer kun "
        "Indstilling og en beslutning, et medlemsforslag kun en beslutning."
    ),
    "sections": {name: list(synonyms) for name, synonyms in SECTIONS.items()},
    "decision_phrases": list(DECISION_PHRASES),
    "required_sections": {
        "*": ["Indstilling", "Økonomiske konsekvenser", "Miljø- og klimamæssige konsekvenser"],
        # A theme discussion gives the members a subject to discuss, no case to decide:
        # no recommendation, no consequences, and the record of the talk, no decision.
        "Temadrøftelse": [],
        "Valgsag": ["Indstilling"],
        "Medlemsforslag": [],
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
    "case_types": [
        "Beslutningssag",
        "Orienteringssag",
        "Drøftelsessag",
        "Temadrøftelse",
        "Valgsag",
        "Medlemsforslag",
    ],
    "case_type_hints": [THEME_DISCUSSION_HINT, ELECTION_HINT, MEMBER_PROPOSAL_HINT],
    "item_order": "ascending-or-toc",
    "group_headings": ["Sagsfremstilling"],
    "bodies": [],
}
