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


VILLAGES = [
    ("บ้านน้องแก้มใสอยู่บนดอยเลยบ้านนาเกียนขึ้นไปอีก ทางเข้าบ้านนาหอต้องใช้รถโฟร์วีล", "บ้านนาเกียน"),
    ("บ้านน้องแก้มใสอยู่บนดอยเลยบ้านนาเกียนขึ้นไปอีก ทางเข้าบ้านนาหอต้องใช้รถโฟร์วีล", "บ้านนาหอ"),
    ("ย้ายไปอาศัยเพิงข้างนาของน้องสาวที่บ้านคูเมือง ลูกสาวไปทำงานไต้หวัน", "บ้านคูเมือง"),
    ("She does not want to stay tonight and will sleep at her aunt's shop in บ้านสลักเพชร.", "บ้านสลักเพชร"),
]


@pytest.mark.parametrize(("text", "value"), VILLAGES)
def test_villages_past_beside_or_after_an_english_preposition_are_places(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_village_ends_where_the_clause_goes_on(analyzer):
    text = "บ้านน้องแก้มใสอยู่บนดอยเลยบ้านนาเกียนขึ้นไปอีก"
    assert untouched(analyzer, text, "ขึ้นไป"), found(analyzer, text)


ADDRESSES = [
    "ที่อยู่ตามทะเบียนบ้าน\n๑๒๓/๑\nม.๑๑ บ้านนาหว้าน้อย\nต.โพธิ์ไทร อ.ดอนตาล\nจ.มุกดาหาร ๔๙๑๒๐\nที่อยู่ปัจจุบัน พักกับลุง",
    "ที่อยู่\n89/1 หมู่ 7\nต.โพสังโฆ\nอ.บางระจัน\nจ.สิงห์บุรี 16130\nสถานที่ใกล้เคียง ตรงข้ามวัด",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_an_address_pasted_one_part_a_line_is_one_address(analyzer, text):
    start = next(i for i, c in enumerate(text) if c.isdigit() or "๐" <= c <= "๙")
    end = max(text.rfind("๔๙๑๒๐") + 5, text.rfind("16130") + 5)
    assert any(e.start <= start and end <= e.end for e in analyzer.analyze(text)), found(analyzer, text)
