"""Session 13: telegraphic notes open sentences with the verb ("Loves Pororo and Pokémon cards.",
"Enjoys Countdown on Sundays.", "Misses Simbang Gabi at home."): the capitalised verb opens no
name, and what one loves, enjoys, watches or misses is a thing unless it is a given name
("Misses Somchai a lot" is still a person). Written before the code.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KEPT = [
    ("SDQ total 22. Loves Pororo and Pokémon cards. Gave mum the helpline.", "Loves Pororo"),
    ("Lives alone. Enjoys Countdown on Sundays with a neighbour.", "Enjoys Countdown"),
    ("Homesick. Misses Simbang Gabi at home, cried at church.", "Misses Simbang Gabi"),
]

FOUND = [
    ("Homesick since the move. Misses Somchai a lot, calls him nightly.", "Somchai"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_verb_and_the_thing_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_person_after_the_verb_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)
