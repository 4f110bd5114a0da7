"""Session 24: a place given with the part of town it is in, and places named by a lower-case kind.

Writers give a place or a body with its district: "Kumasi, Ghana (Asawase)", "Eko Cold Stores,
Apapa", "Fântânele near Arad". The district alone had been read as a person (or split off): now
the parts are one place. A listed given name after the comma stays a person of its own
("Met at Centrelink, Jess was there"). Places where people sleep rough, work or meet are named
by a lower-case kind after an unknown word: "Chéticamp wharf", "Tarach riverbed"."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

JOINED = [
    ("Grew up in Accra; before that Kumasi, Ghana (Asawase).", "Kumasi, Ghana (Asawase)"),
    ("Husband's workplace: Eko Cold Stores, Apapa. Shift work.", "Eko Cold Stores, Apapa"),
    ("Came in 2019 from Fântânele near Arad with her two children.", "Fântânele near Arad"),
    ("Her sister lives in Shenzhen (Luohu) and calls every week.", "Shenzhen (Luohu)"),
]


@pytest.mark.parametrize(("text", "value"), JOINED)
def test_a_place_with_its_part_of_town_is_one_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_given_name_after_a_place_and_a_comma_is_a_person_of_its_own(analyzer):
    text = "Met at Centrelink, Jess was there and helped with the form."
    assert ("PERSON", "Jess") in found(analyzer, text), found(analyzer, text)


KINDS = [
    ("Found him asleep in his truck at the Chéticamp wharf last week.", "Chéticamp wharf"),
    ("The women collect water near the Tarach riverbed every morning.", "Tarach riverbed"),
    ("Mum sells nasi lemak at the Kelana Jaya LRT station on weekdays.", "Kelana Jaya LRT station"),
]


@pytest.mark.parametrize(("text", "value"), KINDS)
def test_a_place_named_by_a_lower_case_kind_is_a_location(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


MARKED = [
    ("ผู้รับบริการถูกหลอกไปทำงานร้านคาราโอเกะที่อ.แม่สอด 2 เดือน", "อ.แม่สอด"),
    ("ภรรยาย้ายไปอยู่กับลูกสาวที่อ.พัฒนานิคม ตั้งแต่ปีที่แล้ว", "อ.พัฒนานิคม"),
]


@pytest.mark.parametrize(("text", "value"), MARKED)
def test_a_thai_district_takes_in_its_marker(analyzer, text, value):
    """ที่|อ.|พัฒนานิคม had been read as a person ที่อ and a district without its marker."""
    assert covered(analyzer, text, value), found(analyzer, text)
    assert all(t != "PERSON" for t, _ in found(analyzer, text)), found(analyzer, text)


def test_a_marker_that_ends_a_body_s_name_stays_with_the_body(analyzer):
    text = "คดีอยู่ที่ศาลจังหวัดลำปาง นัดสืบพยานเดือนหน้า"
    assert ("ORGANIZATION", "ศาลจังหวัดลำปาง") in found(analyzer, text), found(analyzer, text)
