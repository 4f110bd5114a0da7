"""Session 41 (sets 126, 129, 138): towns and industrial estates Thai workers move to, in a place frame.

"แม่ทำงานโรงงานที่นวนคร", "ไปทำงานร้านอาหารที่บ่อวิน", "บอกจะขึ้นรถไปหาลูกสาวที่กบินทร์", "ย้ายมาจาก
มหาชัย": the gazetteer knows these as sub-districts, but as words or names too (a sub-district is
framed only when nothing else knows the word), so the frame left them. They are where Thai
families go for factory and service work, and a short list of them (lexicon ``th_work_towns``) is
framed like a district. Alone, without a frame, they are not read."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("- แม่ทำงานโรงงานที่นวนคร เข้ากะดึก ส่งเงินเดือนละ 3000", "นวนคร"),
    ("น้องไปทำงานร้านอาหารที่บ่อวิน ขาดการติดต่อ 2 เดือน", "บ่อวิน"),
    ("ยายบอกจะขึ้นรถไปหาลูกสาวที่กบินทร์ แต่ไม่มีเงินค่ารถ", "กบินทร์"),
    ("ครอบครัวย้ายมาจากมหาชัยเมื่อปีที่แล้ว เด็กยังไม่ได้เข้าเรียน", "มหาชัย"),
    ("พ่อแม่ทำงานที่รังสิต กลับบ้านเดือนละครั้ง", "รังสิต"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_work_town_in_a_place_frame_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_name_that_is_also_a_town_stays_a_name_without_a_frame(analyzer):
    text = "น้องรังสิตมาเรียนสาย 3 วัน ครูประจำชั้นโทรหาแม่"
    ents = [e for e in analyzer.analyze(text) if e.type == "LOCATION"]
    assert not ents, found(analyzer, text)
