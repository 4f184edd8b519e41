"""Hedensted Kommune's template (2021): Beslutningstema, Sagsfremstilling and
"Administrationen indstiller" on items for decision (Økonomi, Historik, Kommunikation and
Lovgrundlag when relevant); orientation items may carry only a Beslutningstema. Items
follow the table of contents, not their numbers."""

from referatlint.profiles.standard import (
    ELECTION_HINT,
    MEMBER_PROPOSAL_HINT,
    THEME_DISCUSSION_HINT,
)

PROFILE = {
    "extends": "standard",
    "name": "hedensted",
    "description": (
        "Hedensted Kommune (2021): Beslutningstema, Sagsfremstilling og »Administrationen "
        "indstiller« på beslutningspunkter; orienteringspunkter kun Beslutningstema. "
        "Punkterne følger indholdsfortegnelsen."
    ),
    "required_sections": {
        "*": ["Beslutningstema", "Sagsfremstilling", "Indstilling"],
        "Orienteringssag": ["Beslutningstema"],
    },
    "case_type_hints": [
        THEME_DISCUSSION_HINT,
        ELECTION_HINT,
        MEMBER_PROPOSAL_HINT,
        {"case_type": "Orienteringssag", "decision": r"^orientering(?:en)? taget til efterretning"},
    ],
    "item_order": "toc",
    "bodies": ["Byrådet", "Økonomiudvalget", "Udvalget for Læring"],
}
