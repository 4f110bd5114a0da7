"""Session 27: shapes of birth dates, house numbers and ID numbers found by probing, which no
data set had shown yet.

Each is how a writer really puts it: a spoken Thai date names its month and year with their nouns
(9 เดือนมีนาคม ปี 2556), an age is followed by the birth date in brackets, a form's table puts a bar
between the label and the date, a card number's check digit is mistyped."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

BIRTH_DATES = [
    ("แม่บอกว่าน้องเกิดวันที่ 9 เดือนมีนาคม ปี 2556 ที่บ้าน", "9 เดือนมีนาคม ปี 2556"),
    ("ยายเล่าว่าหลานเกิดเดือนสิงหาคม 2551 ตอนน้ำท่วม", "สิงหาคม 2551"),
    ("ลูกคนเล็กเกิดปี 65 ตอนนี้ยังไม่ได้แจ้งเกิด", "65"),
    ("ด.ช.ก้อง อายุ 8 ขวบ (2 พ.ค.2560) เรียน ป.2", "2 พ.ค.2560"),
    ("Sam, aged 7 (03/04/2018), lives with his nan.", "03/04/2018"),
    ("Mum said he was born in March 2011 in Kumasi.", "March 2011"),
    ("Her birthday is 12 June and she turns 15.", "12 June"),
    ("D.O.B.: 12th Nov '09, attends Year 10.", "12th Nov '09"),
    ("| date of birth | 14 Feb 2012 |", "14 Feb 2012"),
    ("Present: mum (dob 1985) and Tyler.", "1985"),
]


@pytest.mark.parametrize(("text", "value"), BIRTH_DATES)
def test_birth_dates_as_writers_put_them_are_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


NOT_BIRTH_DATES = [
    ("อายุ 8 ขวบ (ประเมินวันที่ 2 พ.ค.2568) คะแนนปกติ", "2 พ.ค.2568"),
    ("aged 7 (seen 03/04/2025 with mum)", "03/04/2025"),
    ("เกิดปัญหาปี 65 ตอนโควิด", "65"),
]


@pytest.mark.parametrize(("text", "value"), NOT_BIRTH_DATES)
def test_a_session_date_beside_an_age_stays(analyzer, text, value):
    assert not any(e.start <= text.find(value) < e.end for e in analyzer.analyze(text)), found(analyzer, text)


HOUSES_AND_CARDS = [
    ("ไปเยี่ยมบ้านเลขที่ 7/1 หลังตลาดสด ไม่มีคนอยู่", "7/1"),
    ("ตอนนี้อยู่ห้องเช่าเลขที่ 14 กับแฟน", "14"),
    ("Family lives at house no. 55/2 near the market.", "55/2"),
    ("บัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย เลข 6-5001-00234-56-1 (เลขท้ายเขียนผิด)", "6-5001-00234-56-1"),
    ("Ghana card no. GHA-718204553-4 is with the landlord.", "GHA-718204553-4"),
]


@pytest.mark.parametrize(("text", "value"), HOUSES_AND_CARDS)
def test_a_lone_house_number_and_a_mistyped_card_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_letter_number_alone_stays(analyzer):
    text = "หนังสือเลขที่ 12/8 ส่งถึงโรงเรียนแล้ว"
    assert not any(e.type == "ADDRESS" for e in analyzer.analyze(text)), found(analyzer, text)


MORE_BIRTH_DATES = [
    ("แม่เกิดปีมะโรง พ.ศ. ๒๕๐๗ อายุ ๖๑", "พ.ศ. ๒๕๐๗"),
    ("อายุ 9 ปี 3 เดือน (เกิด 02/2559) เรียน ป.3", "02/2559"),
    ("น้องอายุ ๗ ขวบ เกิด ๓ มิถุนา ๖๑ ที่บ้าน", "๓ มิถุนา ๖๑"),
]


@pytest.mark.parametrize(("text", "value"), MORE_BIRTH_DATES)
def test_a_zodiac_year_a_month_and_year_and_a_spoken_month_stem_after_birth_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_month_and_year_with_no_birth_cue_stays(analyzer):
    text = "นัดครั้งต่อไป 02/2569 ตรวจตา"
    assert not analyzer.analyze(text), found(analyzer, text)
