"""Session 12: home towns of migrants from Laos, Cambodia, Myanmar, Vietnam and northern Malaysia,
written in Thai after a place word, are places. Written before the code.

The opened sets missed five such towns (a Shan town's เมือง is part of its name, and several are
made of Thai words: ท่า|แขก, เมือง|สาด "splash", ศรี|โสภณ), so the dictionary test that guards
เมืองนอก and เมืองหลวง turned them away. The list holds the usual Thai spellings of about seventy
provinces and towns; they are read only after a place word (อยู่, จาก, ที่, ใน, ไป, กลับ …).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("แม่ของเด็กมาจากพระตะบองตั้งแต่ปี 2560 ทำงานรับจ้างทั่วไป", "พระตะบอง"),
    ("สามีกลับไปอยู่เชียงตุงแล้ว ไม่ส่งเงินมาสามเดือน", "เชียงตุง"),
    ("ลูกชายเกิดที่อัตตะปือ ยังไม่มีสูติบัตรไทย", "อัตตะปือ"),
    ("ครอบครัวย้ายมาจากเมืองยอง ตอนเด็กอายุ 5 ขวบ", "เมืองยอง"),
    ("ญาติอยู่ในเมืองท่าแขก ติดต่อทางวอทส์แอปได้", "ท่าแขก"),
    ("น้องสาวไปทำงานที่มะละแหม่งกับนายหน้า", "มะละแหม่ง"),
]

KEPT = [
    ("เด็ก ๆ สาดน้ำกันในวันสงกรานต์ อารมณ์ดี", "สาด"),
    ("ลูกค้าเป็นแขกประจำ มาที่ร้านทุกวัน", "แขก"),
    ("แม่ไปทำงานในเมืองตั้งแต่เช้า กลับค่ำ", "เมือง"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_town_abroad_after_a_place_word_is_a_place(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_same_words_in_ordinary_use_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)
