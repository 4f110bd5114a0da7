"""Session 43 (set 153): a shop, a pub or a firm named for its owner in the possessive.

English notes name small businesses by their owner: Russ's Roadhouse, Tilly's Snackette, Johnson's
Coaches. The owner's name was found as a person and the business left showing, or nothing was found.
A possessive name followed by capitalised words that end in a kind of business is that business,
whole; a possessive that is a common noun (Women's Refuge, Carer's Allowance) is no owner, and a
person's own things (Ana's GP, Nok's Facebook) are no business."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("She sweeps floors at Russ's Roadhouse for cash on weekends.", "Russ's Roadhouse"),
    ("Her shop (Tilly's Snackette) was lost in the storm.", "Tilly's Snackette"),
    ("Transport: Mensah's Coaches runs the accessible bus from the village.", "Mensah's Coaches"),
    ("Dad drinks at Finnegan's Tavern most nights, says mum.", "Finnegan's Tavern"),
    ("Mum cleans at Kwame's Chop Bar in the evenings.", "Kwame's Chop Bar"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_business_named_for_its_owner_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Referred to the Women's Refuge intake line.", "Women's Refuge"),
    ("Applied for Carer's Allowance last week.", "Carer's Allowance"),
    ("Mother's Day was hard for her this year.", "Mother's Day"),
    ("Discussed the Children's Hearing on Friday.", "Children's Hearing"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_common_noun_in_the_possessive_owns_no_business(analyzer, text, kept):
    assert untouched(analyzer, text, kept), found(analyzer, text)


def test_a_persons_own_things_stay_after_the_name(analyzer):
    text = "Spoke with Ana Reyes today. Ana's GP has referred her to the memory clinic."
    assert untouched(analyzer, text, "GP has"), found(analyzer, text)
