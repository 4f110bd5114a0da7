"""Session 40 (sets 115, 121, 123, 78, 84): a landmark named by the place it stands at or faces.

Thai notes say where people meet or wait by a landmark of a named place: the car park of a dam
(ลานจอดรถเขื่อน…), the pavilion by a dam or facing a church (ศาลาริมเขื่อน…, ศาลาหน้าโบสถ์…), the
yard in front of a mosque or temple (ลานหน้ามัสยิด…, ลานวัฒนธรรมหน้าวัด…), a community forest
(ป่าชุมชน…), a beach (ชายหาด…). The named place was found but the landmark word before it was left
outside, so the place the note names was only half covered; the landmark and the place are one
location. A landmark word with no named place after it (ศาลาหน้าบ้าน, ลานจอดรถของโรงพยาบาล) stays,
and a word that only ends like a landmark (หลาน "grandchild" before บ้าน…) is no landmark."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("เด็กๆ นั่งเล่นที่ศาลาริมเขื่อนห้วยหลวงหลังเลิกเรียน", "ศาลาริมเขื่อนห้วยหลวง"),
    ("ยายไปขายของที่ลานหน้ามัสยิดนูรุลอิสลามทุกเย็นวันศุกร์", "ลานหน้ามัสยิดนูรุลอิสลาม"),
    ("ชาวบ้านไปหาเห็ดในป่าชุมชนโคกหนองแวงเกือบทุกวัน", "ป่าชุมชนโคกหนองแวง"),
    ("พ่อพาไปเที่ยวชายหาดแหลมแม่พิมพ์ช่วงปิดเทอม", "ชายหาดแหลมแม่พิมพ์"),
    ("เด็กนัดกันที่ศาลาหน้าโบสถ์คริสต์บ้านห้วยขมิ้น", "ศาลาหน้าโบสถ์คริสต์บ้านห้วยขมิ้น"),
    ("นั่งรอรถที่ศาลาท่ารถสี่แยกโนนหัวช้าง", "ศาลาท่ารถสี่แยกโนนหัวช้าง"),
    ("ประชุมกันที่ลานวัฒนธรรมหน้าวัดโพธิ์ศรีทุกเดือน", "ลานวัฒนธรรมหน้าวัดโพธิ์ศรี"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_landmark_before_a_named_place_is_part_of_it(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("นั่งพักที่ศาลาหน้าบ้านกับยายตอนเย็น", "ศาลาหน้าบ้าน"),
    ("รอที่ลานจอดรถของโรงพยาบาลแล้วโทรหาพี่", "ลานจอดรถ"),
    ("ยายพาหลานบ้านโคกสูงไปหาหมอฟันทุกเดือน", "ยายพาหลาน"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_landmark_word_with_no_named_place_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
