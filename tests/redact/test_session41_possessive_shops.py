"""Session 41 (sets 105, 120, 125, 142): a shop or a pub named by its owner's possessive after "the".

"meets his sponsor at the Tim's on Algonquin", "waits outside the Murphy's in Ballina", "the
Bashas' in Crownpoint": a name in the possessive after "the" is a business (people are not "the
Tom's"). The name was found as a person and "'s" left outside, so the shop's name was half
covered; the span now holds the possessive. A possessive without "the" (Tom's mum) is untouched."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("He meets his sponsor at the Tim's on Algonquin most mornings.", "Tim's"),
    ("She waits for the bus outside the Murphy's in Ballina after school.", "Murphy's"),
    ("Goes to Window Rock for groceries and to the Bashas' in Crownpoint for prescriptions.", "Bashas'"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_possessive_after_the_is_a_shop(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_persons_possessive_is_left_as_it_was(analyzer):
    text = "Tom's mum rang; Tom's teacher says he is settled."
    assert all(not e.text.endswith("'s") for e in analyzer.analyze(text)), found(analyzer, text)
