"""Session 29: Thai places written as names alone, and what stays.

A home address written smallest first after a village, with no ต./อ. (บ้านโนนยาง ห้องแซง
เลิงนกทา): the village vouches for each sub-district or district after it, one space apart.
Ordinary words after a rented or family home stay, and a province ends the chain."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("• ภูมิลำเนา: บ้านโนนยาง ห้องแซง เลิงนกทา", "ห้องแซง"),
    ("ภูมิลำเนา: บ้านหนองคล้า ทองหลาง บ้านนา (บ้านเช่าของญาติสามี)", "ทองหลาง"),
    ("ภูมิลำเนา: บ้านหนองคล้า ทองหลาง บ้านนา (บ้านเช่าของญาติสามี)", "บ้านนา"),
    ("ม.2 ร.ร.ชุมแพศึกษาพัฒน์  บ้านหนองไผ่ล้อม โนนหัน อยู่กับแม่และพ่อเลี้ยง", "โนนหัน"),
    ("ที่อยู่เดิม บ้านดงเจริญ บางพลับ ก่อนย้ายมาอยู่กับยาย", "บางพลับ"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_sub_district_after_a_village_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ตอนนี้อยู่บ้านเช่า สบายดี ไม่มีปัญหากับเจ้าของ", "สบายดี"),
    ("กลับบ้านสวน ทองหลาง ออกดอกเต็มต้น", "ทองหลาง ออกดอก"),
    ("ภูมิลำเนา: บ้านโนนยาง ห้องแซง ยโสธร", "ยโสธร"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_ordinary_words_after_a_home_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


# Where people meet or are found: a junction, a roundabout, a van stop named by its place; แยก
# "to part" and the kinds of junction or stop stay.
WAYPOINTS = [
    ("บ้านอยู่เลยแยกพุแคไปทางเข้าวัด", "แยกพุแค"),
    ("ทำงานรถตู้ประจำท่ารถตู้ชะอำ ทุกวัน", "ท่ารถตู้ชะอำ"),
    ("อยู่ข้างวงเวียนนาฬิกาสวนผึ้ง ฝั่งซ้าย", "วงเวียนนาฬิกาสวนผึ้ง"),
    ("นัดเจอที่ห้าแยกนางรอง ตอนเย็น", "ห้าแยกนางรอง"),
    ("เลี้ยวซ้ายที่แยกวังจันทร์ แล้วตรงไป", "แยกวังจันทร์"),
]


@pytest.mark.parametrize(("text", "value"), WAYPOINTS)
def test_a_named_junction_or_stop_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


PARTING = [
    ("พ่อแม่แยกทางกันตั้งแต่เด็ก", "แยกทาง"),
    ("ขอแยกห้องนอนกับสามี", "แยกห้อง"),
    ("รถชนที่สี่แยกไฟแดง หน้าตลาด", "สี่แยกไฟแดง"),
    ("ไปแยกขยะที่บ้าน", "แยกขยะ"),
    ("ทุกคนแยกย้ายกลับบ้าน", "แยกย้าย"),
]


@pytest.mark.parametrize(("text", "value"), PARTING)
def test_parting_and_kinds_of_junction_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
