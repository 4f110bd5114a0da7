"""Session 26: Thai districts that PyThaiNLP's word list also holds.

The word list PyThaiNLP tokenizes with holds proper names too (ท่าอุเทน, อุ้มผาง, แม่สะเรียง, เบตง),
so the gazetteer took those districts for ordinary words and let them pass in a place frame or
standing alone. The Royal Society's dictionary and the Thai National Corpus tell the everyday words
(ท่าเรือ "pier", พาน, สอง) from the names."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

PLACES = [
    ("ติดตามหาแม่ผ่านญาติที่ท่าอุเทนนัดเยี่ยมซ้ำ26ม.ค.", "ท่าอุเทน"),
    ("บันทึกการให้คำปรึกษา – คลินิกกฎหมาย outreach, อุ้มผาง\nวันที่ 14 ก.พ.", "อุ้มผาง"),
    ("พ่อย้ายไปอยู่เบตงกับภรรยาใหม่ตั้งแต่ปีที่แล้ว", "เบตง"),
    ("แม่ทำงานรับจ้างอยู่ที่แม่สะเรียง ส่งเงินมาเดือนละครั้ง", "แม่สะเรียง"),
]


@pytest.mark.parametrize(("text", "value"), PLACES)
def test_a_district_the_word_list_holds_is_still_a_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_an_everyday_word_that_names_a_district_stays_a_word(analyzer):
    text = "ช่วงวันหยุดไปช่วยลุงขนของที่ท่าเรือ ได้ค่าแรงวันละ 300 บาท"
    assert untouched(analyzer, text, "ท่าเรือ"), found(analyzer, text)
