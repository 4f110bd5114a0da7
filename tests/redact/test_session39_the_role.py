"""Session 39 (keep28): "the" and one capitalised word with a verb after it is a role, not a name.

Notes from villages and services abroad name local office-holders by their title, capitalised the
way the writer's country writes it: "the Toshao walked me over", "the Induna says", "the Alkalo:
willing to call a meeting", "the Head asked for a visit". The tagger reads the capital as a name.
English puts no article before a person's name; where it does, a word about the family follows
("the Kowalczyk family", "the Lumbala kid", "the Nguyens live"), and those stay people."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("Met the grandmother at the house; the Toshao walked me over. Kimberly was at school.", "Toshao"),
    ("- the Induna says the village can build a shelter before the rains.", "Induna"),
    ("Met:\n- the Alkalo: willing to call a meeting with the family on Sunday.", "Alkalo"),
    ("Absent 12 days since the August break; the Head asked for a visit.", "Head"),
    ("The Sheha agreed to speak to the landlord about the rent.", "Sheha"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_title_after_the_with_a_verb_after_it_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


FOUND = [
    ("She works as a live-in caregiver for the Kowalczyk family in Tuxedo since March.", "Kowalczyk"),
    ("Ify says the Lumbala kid was crying on the bus again.", "Lumbala"),
    ("The Nguyens live at the end of the lane with three children.", "Nguyens"),
    # written bare elsewhere in the note: a name, even after "the"
    ("Seen with Wanjiru Kamau at home. Afterwards the Kamau said she would bring the forms.", "Kamau"),
    ("Spoke with Grandmother Mariatu Sesay; Mariatu says the boy sleeps badly.", "Mariatu"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_family_named_after_the_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
