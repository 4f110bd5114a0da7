"""Session 13: a Thai form's field that names a person (ชื่อเล่น:, บุตร:, ผู้แปลภาษา:, ส่งเวรโดย …)
— its value is a name even when the word is an ordinary one (ซัน, ฝน, สมัย); a value that says
there is nobody or describes the person (ไม่มี, เสียชีวิตแล้ว, 2 คน) stays. Written before the code;
invented names.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("ผู้ดูแลหลัก: นายสุเมธ ใจกล้า (หลานชาย)\nบุตร: นางสมัย ไปทำงานโรงงานที่ระยอง", "นางสมัย"),
    ("ชื่อ-สกุล: นายภูวดล แซ่อึ้ง          ชื่อเล่น: ซัน / รหัสนักศึกษา: 6610210555", "ซัน"),
    ("ชื่อเล่น: ฝน\nอายุ: 15 ปี", "ฝน"),
    ("การรักษา: sertraline 50 mg\nผู้แปลภาษา : ซอ พอ ลา / แพทย์ผู้ส่ง : นพ.ธนกร ศรีวงศ์", "ซอ พอ ลา"),
    ("เตียง 304 ว่าง / ส่งเวรโดย พว.ชุติกาญจน์ / รับเวร 16.00 น.", "ชุติกาญจน์"),
    ("มารดา: สมใจ ทองดี โทร 089 123 4567", "สมใจ ทองดี"),
]

KEPT = [
    ("บุตร: 2 คน (ชาย 1 หญิง 1)\nผู้ดูแล: ไม่มี อยู่คนเดียว", "ไม่มี"),
    ("สามี: เสียชีวิตแล้ว 3 ปี\nบิดา: ไม่ทราบ", "เสียชีวิตแล้ว"),
    ("สามี: เสียชีวิตแล้ว 3 ปี\nบิดา: ไม่ทราบ", "ไม่ทราบ"),
    ("ล่าม: ไม่ต้องใช้ สื่อสารภาษาไทยได้", "ไม่ต้องใช้"),
    ("ผู้ดูแล: ลูกสาวคนโต ทำงานกลางวัน", "ลูกสาวคนโต"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_field_value_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_description_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)
