"""Session 34: Thai full names whose family name the dictionary holds as one ordinary word.

Thai family names are compounds of a few thousand pieces, and many compounds are also words
(ทองเหลือง "brass", ยอดดี, มั่นคง "stable"). After a found given name, closed as a full name is
closed (line end, a role, a bracket), such a word is the family name; a description after a name
(สบายดี "well", ทำงาน "works") is made of halves family names rarely hold and stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ผู้คัดแยก: นักสังคมสงเคราะห์ อรอุมา ทองเหลือง\nวันที่ 3 มี.ค.", "อรอุมา ทองเหลือง"),
    ("ผู้บันทึก ธิดารัตน์ ยอดดี นักสังคมสงเคราะห์", "ธิดารัตน์ ยอดดี"),
    ("ชั้น ป.3 ผลักเพื่อน ด.ช.ปุณณวิช คงอยู่ ล้มหัวแตก", "ปุณณวิช คงอยู่"),
    ("ผู้ประสานงาน: พิมพ์ลภัส ขุนทอง (อสม.)", "พิมพ์ลภัส ขุนทอง"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_family_name_that_is_also_a_word_is_part_of_the_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ยายสมศรี สบายดี\nนัดครั้งหน้า", "สบายดี"),
    ("ลุงสมบัติ ทำงาน\nที่ไร่", "ทำงาน"),
    ("น้องฟ้า ปลอดภัย\nแม่มารับแล้ว", "ปลอดภัย"),
    ("คุณแม่ใจเย็นๆ นะคะ", "นะคะ"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_a_description_after_a_name_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
