"""Session 28 (keep16): ordinary Thai words and medicines that looked like names or bodies.

"To measure" after ตรวจ is no temple (ตรวจวัดแอลกอฮอล์); a thing and its material is no firm
(ขวดพลาสติก); the royal anthem's พระบารมี is no monk; a relative clause after a kin word (ยายที่อยู่…)
and a verb with its preposition after a monk's name (มาที่บ้าน) are no names; a district's office
with no district named (กศน.อำเภอ) is no body; a brand in brackets after a dose is a medicine; a role
word glued to a capital is one word (ReSoMal); a table's guardian cell with a kin word and an age
names nobody; Thai kin words after an English possessive (her Mae, his Yai) and festivals stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("ฐานความผิด: เมาแล้วขับ ตรวจวัดแอลกอฮอล์ 112 มก.% ช่วงสงกรานต์", "วัดแอลกอฮอล์"),
    ("นอนแถวสนามหลวงมาประมาณ 3 ปี เก็บขวดพลาสติกขายวันละ 60–80 บาท", "ขวดพลาสติก"),
    ("ตอนเช้า CG เปิดเพลงสรรเสริญพระบารมีตอนแปดโมง", "พระบารมี"),
    ("ยายที่อยู่บ้านติดกันพร้อมรับเด็กไปอยู่ด้วย", "ยายที่อยู่"),
    ("นิมนต์พระสมชาย มาที่บ้าน", "มาที่บ้าน"),
    ("บันทึกการให้คำปรึกษา กศน.อำเภอ ครั้งที่ 2", "กศน.อำเภอ"),
    ("ยา: Sodium valproate 500 mg (Depakine Chrono) วันละ 2 ครั้ง", "Depakine Chrono"),
    ("การรักษา: เริ่ม F-75 ทีละน้อย ให้ ReSoMal แทนผงเกลือแร่ธรรมดา", "ReSoMal"),
    ("| ข้อมูล | รายละเอียด |\n| ผู้ปกครอง | ยาย อายุ 67 ปี รับจ้างทั่วไป |\n| ชั้น | ป.4/3 |", "ยาย อายุ 67 ปี"),
    ("He would not let her video-call her Mae back home.", "Mae"),
    ("Misses his Yai who raised him; she is in hospital.", "Yai"),
    ("Request a calendar with Kathina and Loi Krathong dates from the chaplain.", "Kathina"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_ordinary_words_and_medicines_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


FOUND = [
    ("ไปทำบุญที่วัดป่าโนนเขวาทุกวันพระ", "วัดป่าโนนเขวา"),
    ("พ่อทำงานที่ทวีชัยพลาสติก 2 ปีแล้ว", "ทวีชัยพลาสติก"),
    ("ครูกศน.อำเภอท่าตูม มาเยี่ยมบ้าน", "กศน.อำเภอท่าตูม"),
    ("นิมนต์พระสมชาย มาที่บ้าน", "พระสมชาย"),
    ("| ผู้ปกครอง | ยายคำ อายุ 67 ปี |", "ยายคำ"),
    ("20:00 meds: Clonidine 0.1 mg (Kayden), Sertraline 100 mg (Destiny) - taken.", "Kayden"),
    ("กลุ่มสวัสดิการวัดไทยซิดนีย์ ประชุม 2 มี.ค.", "วัดไทยซิดนีย์"),
    ("She lives with her Yai Boonmee in Korat.", "Yai Boonmee"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_named_ones_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
