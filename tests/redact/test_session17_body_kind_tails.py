"""Session 17 (set 59): an organisation or place already found keeps the lower-case kind word
written after it (Southside packing, Roosevelt Elementary annex, Kingsburg vineyards) and the
"of (the) Name" after a body word that closes it (Hmong Elders Center of the Twin Cities); a
person's name followed by the same word ("Tom packing his bag") is not extended."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He has been doing night shifts at Southside packing since June.", "Southside packing"),
        ("Brayan's teacher at Roosevelt Elementary annex called about fighting.", "Roosevelt Elementary annex"),
        ("Mum peels squid at Andaman Pearl seafood six days a week.", "Andaman Pearl seafood"),
        ("Refused the day program at Hmong Elders Center of the Twin Cities.", "Hmong Elders Center of the Twin Cities"),
    ],
)
def test_the_kind_or_the_place_of_a_body_belongs_to_its_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_person_before_the_same_word_is_not_extended(analyzer):
    text = "Tom Harlow packing his bag when I arrived; he said he was leaving."
    assert not any("packing" in v for _, v in found(analyzer, text)), found(analyzer, text)
