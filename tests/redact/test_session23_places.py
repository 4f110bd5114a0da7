"""Session 23: Thai villages.

A village's name may close with a syllable that is also a function word (บ้านนา|เหล่า, บ้านนา|แก)
and may be written with its sub-district or district glued on (บ้านแหลมดินต.พนางตุง,
บ้านหนองแซงอ.มโนรมย์); both are still the village. A farm house and whose it is (กลับบ้านนา|เขา)
name none. ปาง opens northern village names (บ้านปางหมู)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

VILLAGES = [
    ("แรงงานข้ามชาติ มาจากบ้านนาเหล่า ข้ามมาทำงานตัดอ้อย", "บ้านนาเหล่า"),
    ("ผมต้องไปรับจ้างตัดอ้อยที่บ้านนาแก ถ้าไม่ไปก็ไม่มีเงิน", "บ้านนาแก"),
    ("เยี่ยมบ้านยายเขียด อายุ๘๑บ้านแหลมดินต.พนางตุงกับอสม.ฝน", "บ้านแหลมดิน"),
    ("นายประยูรอายุ52ชาวนาบ้านหนองแซงอ.มโนรมย์กินยาฆ่าแมลง", "บ้านหนองแซง"),
    ("บวชเณรที่วัดใกล้บ้าน บ้านอยู่บ้านปางหมู ชอบวาดรูป", "บ้านปางหมู"),
]


@pytest.mark.parametrize(("text", "value"), VILLAGES)
def test_a_village_is_covered_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


HOMES = [
    ("ตอนเย็นกลับบ้านนาเขา ไม่อยู่บ้าน", "บ้านนาเขา"),
    ("วันนี้ไปบ้านนาแล้ว กลับมาตอนค่ำ", "บ้านนา"),
]


@pytest.mark.parametrize(("text", "value"), HOMES)
def test_a_farm_house_is_no_village(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_village_glued_after_an_age_is_covered(analyzer):
    text = "ที่บ้านนางฟ่ามเหมย แซ่เติ๋นอายุ๔๕บ้านห้วยน้ำเย็น นางฟ่ามเหมยเป็นหม้าย"
    assert covered(analyzer, text, "บ้านห้วยน้ำเย็น"), found(analyzer, text)


def test_a_farm_house_after_an_age_and_a_space_is_no_village(analyzer):
    text = "ยายอายุ 80 ปี บ้านนาอยู่ไกลจากถนน"
    assert untouched(analyzer, text, "บ้านนา"), found(analyzer, text)
