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


# A Thai address whose parts a building's or camp's name separates on one line, whose postcode
# stands alone on the next line of a form, or which opens with a row house's number word: one
# address, every part of it.
ADDRESSES = [
    ("ที่อยู่ลูกสาวตามที่ให้ไว้ เลขที่ 99/812 ชั้น 8 อาคาร A เดอะริเวอร์วิว คอนโด ถ.ประชาราษฎร์ ต.บางกระสอ "
     "อ.เมืองนนทบุรี จ.นนทบุรี 11000 ลูกสาวบอกว่า",
     "เลขที่ 99/812 ชั้น 8 อาคาร A เดอะริเวอร์วิว คอนโด ถ.ประชาราษฎร์ ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี 11000"),
    ("สถานที่: ห้องแถวหลังที่ ๓ ซอยวัดศรีบุญเรือง ถ.ศรีวานร ต.วานรนิวาส อ.วานรฯ จ.สกลนคร",
     "ห้องแถวหลังที่ ๓ ซอยวัดศรีบุญเรือง ถ.ศรีวานร ต.วานรนิวาส อ.วานรฯ จ.สกลนคร"),
    ("Lives: ห้อง 14 แคมป์คนงานหลังปั๊ม เลขที่ 51 หมู่ 2 ต.ไทรโยค อ.ไทรโยค จ.กาญจนบุรี 71150\nIssue: wages",
     "ห้อง 14 แคมป์คนงานหลังปั๊ม เลขที่ 51 หมู่ 2 ต.ไทรโยค อ.ไทรโยค จ.กาญจนบุรี 71150"),
    ("๔. ที่อยู่ตามทะเบียนบ้าน\nเลขที่ ๒๐๑ หมู่ ๘\nบ้านสำโรงใหม่ ต.สำโรง\nอ.ปักธงชัย จ.นครราชสีมา\n๓๐๑๕๐\n๕. บิดา",
     "เลขที่ ๒๐๑ หมู่ ๘\nบ้านสำโรงใหม่ ต.สำโรง\nอ.ปักธงชัย จ.นครราชสีมา\n๓๐๑๕๐"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_a_thai_address_is_covered_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_session_count_on_the_next_line_is_no_postcode(analyzer):
    text = "ที่อยู่ เลขที่ 12 หมู่ 3 ต.บ้านกลาง อ.เมือง จ.ลำพูน\nนัดครั้งต่อไป 12 ม.ค."
    assert untouched(analyzer, text, "นัดครั้งต่อไป 12 ม.ค."), found(analyzer, text)
