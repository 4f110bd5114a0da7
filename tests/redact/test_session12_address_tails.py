"""Session 12: address and street tails development set 47 left outside their spans. Written
before the code; invented addresses.

1. A European street address runs on over a floor between two parts and over a postcode with its
   town (Kastanienallee 7, 3rd floor, 10435 Berlin); a floor alone after it stays ("7th floor, no
   lift": writers keep it).
2. A street's abbreviated kind keeps its full stop (Kantstr. → "Kant Str.").
3. A Thai address that ends in a road's name takes the road's lane number (…คอนโดX ลาดพร้าว 64).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("Says the room is Kastanienallee 7, 3rd floor, 10435 Berlin, rented by a friend", "Kastanienallee 7, 3rd floor, 10435 Berlin"),
    ("ที่อยู่ ห้อง 905 อาคาร C คอนโดเดอะวิลเลจ ลาดพร้าว 64 แม่ทำงานต่างจังหวัด", "ห้อง 905 อาคาร C คอนโดเดอะวิลเลจ ลาดพร้าว 64"),
]

KEPT = [
    ("She lives at The Alder Court, Soi Thonglor 9/2, 7th floor, no lift working.", "7th floor"),
    ("ห้อง 12 อาคาร B คอนโดริมน้ำ 3 คน อยู่ด้วยกัน", "3 คน"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_whole_address_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_follows_an_address_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_a_street_abbreviation_keeps_its_full_stop(analyzer):
    text = "Mama Noi keeps the room at Kurfürsten Str. and holds the passports."
    ents = [e for e in analyzer.analyze(text) if "Kurfürsten" in e.text]
    assert ents and ents[0].text.endswith("Str.")
