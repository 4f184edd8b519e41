"""Holbæk Kommune's template (2020-2025): "Sagsgang og sagstype" on every item, and the
consequences sections on every case type; Orienteringssag may omit Indstilling."""

CONSEQUENCES = ["Økonomiske konsekvenser", "Miljø- og klimamæssige konsekvenser"]

PROFILE = {
    "extends": "standard",
    "name": "holbaek",
    "description": (
        "Holbæk Kommune: »Sagsgang og sagstype« på alle punkter; Beslutningssag og "
        "Drøftelsessag kræver Indstilling og konsekvensafsnittene, Orienteringssag kun "
        "konsekvensafsnittene."
    ),
    "required_sections": {
        "*": ["Sagsgang og sagstype", "Indstilling", *CONSEQUENCES],
        "Beslutningssag": ["Sagsgang og sagstype", "Indstilling", *CONSEQUENCES],
        "Drøftelsessag": ["Sagsgang og sagstype", "Indstilling", *CONSEQUENCES],
        "Orienteringssag": ["Sagsgang og sagstype", *CONSEQUENCES],
    },
    "item_order": "ascending",
    "bodies": [
        "Kommunalbestyrelsen",
        "Økonomiudvalget",
        "Socialudvalget",
        "Udvalget for Børn og Skole",
        "Udvalget for Beskæftigelse og Uddannelse",
        "Udvalget for Beskæftigelse, Uddannelse og Erhverv",
        "Udvalget for Kultur og Fritid",
        "Udvalget for Ældre og Sundhed",
        "Udvalget for Klima, Miljø og Natur",
        "Udvalget for Plan, Bolig og Lokal Udvikling",
        "Handicaprådet",
        "Udsatterådet",
        "Ældrerådet",
    ],
}
