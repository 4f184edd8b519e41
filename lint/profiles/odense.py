"""Odense Kommune's template (2019): Resume, INDSTILLING, Beslutning, Sagsfremstilling and
Økonomi on items for decision; orientation items carry a Resume and a closing "Orientering
givet." without a heading. No climate section, no case-type field."""

from referatlint.profiles.standard import (
    ELECTION_HINT,
    MEMBER_PROPOSAL_HINT,
    THEME_DISCUSSION_HINT,
)

PROFILE = {
    "extends": "standard",
    "name": "odense",
    "description": (
        "Odense Kommune (2019): beslutningspunkter har Resume, Indstilling, Sagsfremstilling "
        "og Økonomi; orienteringspunkter (»Orientering givet.«) kun et Resume. Intet "
        "klimaafsnit."
    ),
    "required_sections": {
        "*": ["Resume", "Indstilling", "Sagsfremstilling", "Økonomiske konsekvenser"],
        "Orienteringssag": ["Resume"],
    },
    "case_type_hints": [
        THEME_DISCUSSION_HINT,
        ELECTION_HINT,
        MEMBER_PROPOSAL_HINT,
        {
            "case_type": "Orienteringssag",
            "decision": r"^orientering(?:en)? (?:blev )?(?:givet|taget til efterretning)",
        },
    ],
    "item_order": "ascending",
    "bodies": [
        "Byrådet",
        "Økonomiudvalget",
        "Beskæftigelses- og Socialudvalget",
        "Børn- og Ungeudvalget",
        "Ældre- og Handicapudvalget",
        "By- og Kulturudvalget",
    ],
}
