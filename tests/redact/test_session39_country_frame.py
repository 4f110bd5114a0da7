"""Session 39 (set 129): "went back to Myanmar" — a country that is also a nationality word.

"Myanmar" is protected as a nationality ("a Myanmar worker", "speaks Myanmar"), so where someone
lives or went it was cut from the place hit: "Husband went back to Myanmar in Dec, no contact
since" kept the country. The labelling guide counts a country in a lives-in, comes-from or
moved-to frame as a place; after such a frame the country is kept as one, and the word stays
protected everywhere else."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ('Husband went back to Myanmar in Dec "for papers", no contact since.', "Myanmar"),
    ("She moved back to Myanmar last year with the baby.", "Myanmar"),
    ("He lives in Myanmar now and sends money when he can.", "Myanmar"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_country_after_a_place_frame_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Works with two other Myanmar workers at the packing shed.", "Myanmar workers"),
    ("Interview in Myanmar with an interpreter from the clinic.", "Myanmar"),
    ("Kannika moved in Mon with her daughter (4).", "Mon"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_the_nationality_or_language_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
