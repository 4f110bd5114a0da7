"""Session 26: birth dates with the weekday of birth, and a Buddhist-era year of birth with its era.

"เกิดวันอังคารที่ 12 ก.ค. 2549" puts the weekday between the cue and the date; "เกิด พ.ศ.2540" writes
the era before the year, and the era belongs to the date."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

CASES = [
    ("เกิดวันอังคารที่ 12 ก.ค. 2549 ที่บ้าน แม่คลอดเอง", "12 ก.ค. 2549"),
    ("She was born on Tuesday, 12 July 2011 in a taxi.", "12 July 2011"),
    ("ยายเกิด พ.ศ.2490 ที่บ้านนา อายุ 78 ปี", "พ.ศ.2490"),
    ("ปีเกิด พ.ศ. 2540 อายุ 28 ปี ทำงานโรงงาน", "พ.ศ. 2540"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_birth_dates_with_a_weekday_or_an_era_are_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_lone_surrogate_in_the_text_does_not_break_redaction(analyzer):
    """Session 26: the redaction API may be called without the input checks; a lone surrogate
    crashed the Thai tagger. Offsets still index the text as given."""
    text = "ปชช " + b"\xe0\xb9".decode("utf-8", "surrogateescape") + " นายสมชาย ใจดี โทร 081-234-5678"
    hits = analyzer.analyze(text)
    assert any(e.text == "081-234-5678" and text[e.start:e.end] == e.text for e in hits)


NUMBERS = [
    ("ถือพาสปอร์ตเมียนมา MD 482113 หมดอายุแล้ว นายจ้างยึดไว้", "MD 482113"),
    ("แม่ขับรถกระบะ ทะเบียนรถ 1กข 2345 ชลบุรี มารับ", "1กข 2345"),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_a_spaced_passport_and_a_plate_after_its_vehicle_word_are_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
