"""Fuzzy matching on difflib: the edit counts and suggestions the parser and rules rely on."""

import pytest
from referatlint.fuzzy import closest, edits, similarity


@pytest.mark.parametrize(
    ("written", "known", "count"),
    [
        ("økonomiske konsekvnser", "økonomiske konsekvenser", 1),  # a dropped letter
        ("indstiling", "indstilling", 1),
        ("beslutnign", "beslutning", 2),  # two letters swapped: two edits, as Levenshtein
        ("sagsfremstiling", "sagsfremstilling", 1),
        ("beslutning", "beslutning", 0),
        ("beslutning", "bemærkninger", 6),  # another word altogether
    ],
)
def test_edits_count_a_misspelling_as_the_edit_distance_does(written, known, count):
    assert edits(written, known) == count


def test_similarity_and_closest_suggestion():
    assert round(similarity("socialudvalgt", "socialudvalget"), 1) == 96.3
    assert similarity("abc", "xyz") == 0
    assert closest("profil", ["profile", "sections", "severity"], cutoff=60) == "profile"
    assert closest("xyz", ["profile"], cutoff=60) is None
    assert closest("Beslutningssag", ("Orienteringssag", "Beslutningssag ")) == "Beslutningssag "
