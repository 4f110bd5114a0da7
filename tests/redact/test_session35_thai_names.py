"""Session 35 (sets 107, 115): a nickname in both scripts, and a full name before "(ชื่อเล่น …)".

Thai notes give the nickname in the bracket after the full name in both scripts, perhaps with a
remark after a dash (ด.ญ.อรอุมา ทองคีรี ("Aom" / ออม)); and a full name written with no title is
marked as one by the nickname bracket after it (เยาวชน: ณัฐวุฒิ ขำเกิด (ชื่อเล่น ต้าร์))."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ('Pt: ด.ญ.อรอุมา ทองคีรี ("Aom" / ออม), M.2, โรงเรียนกำโลนวิทยา', "Aom"),
    ('Pt: ด.ญ.อรอุมา ทองคีรี ("Aom" / ออม), M.2, โรงเรียนกำโลนวิทยา', "ออม"),
    ("Pt: นายสุริยา แก้วมณี (\"Yak\" / ยักษ์ — ชื่อที่ลูกหาบเรียก) M 45", "Yak"),
    ("Pt: นายสุริยา แก้วมณี (\"Yak\" / ยักษ์ — ชื่อที่ลูกหาบเรียก) M 45", "ยักษ์"),
    ("ผู้ป่วย นางบัวผัน ศรีฐาน (แม่บัว / \"Bua\") อายุ 61", "Bua"),
    ("เยาวชน: ณัฐวุฒิ ขำเกิด (ชื่อเล่น ต้าร์) อายุ 16 ปี", "ณัฐวุฒิ ขำเกิด"),
    ("ผู้ดูแลหลัก ทองใบ ศรีกระสังข์ (ชื่อเล่น ใบ) มาเยี่ยมทุกวัน", "ทองใบ ศรีกระสังข์"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_nicknames_in_both_scripts_and_names_before_a_nickname_bracket(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ตรวจ PHQ-9 (\"Thai\" / ไทย version) ได้ 12 คะแนน", "ไทย"),
    ("วันนี้มากับเพื่อนบ้าน (ชื่อเล่นจำไม่ได้) ช่วยพยุงขึ้นรถ", "มากับเพื่อนบ้าน"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_brackets_that_name_no_one_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


LANDMARKS = [
    ("อยู่บ้านตรงข้ามดอนปู่ตาบ้านหนองแขม ลูกสาวไปทำงานกรุงเทพ", "ดอนปู่ตาบ้านหนองแขม"),
    ("ทุกเช้าเด็กต้องเดินไปขึ้นรถที่ศาลาบ้านหนองรี ครูสังเกตว่าเหนื่อย", "ศาลาบ้านหนองรี"),
    ("ปุ้นชอบหนีออกจากบ้านไปเล่นน้ำที่คลองส่งน้ำบ้านซับบอน แม่ตามหา", "คลองส่งน้ำบ้านซับบอน"),
    ("เพื่อนบ้านเจอเด็กนั่งอยู่ริมสระน้ำวัดพุเตย ตอนหกโมงเย็น", "สระน้ำวัดพุเตย"),
]


@pytest.mark.parametrize(("text", "value"), LANDMARKS)
def test_a_village_landmark_and_its_village_are_one_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_landmark_of_the_home_stays(analyzer):
    text = "ยายนั่งที่ศาลาบ้านทุกเย็น ลูกหลานมาเยี่ยมบ้าง"
    assert untouched(analyzer, text, "ศาลาบ้าน"), found(analyzer, text)
