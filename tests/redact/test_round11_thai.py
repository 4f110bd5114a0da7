"""Round-11 Thai names: found by the frame around them, not by the word. An untitled full name
(given name, a space, a family name) followed by a bracketed nickname or an age is a person, and
so is the nickname; a bare word after a relation noun and a space is a name when a conjunction
(และ, กับ) follows it. Precision: an English app or site name after ผ่าน/ทาง/ใน (via, on) is not a
person. Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # untitled full name, then a bracketed nickname
    ("นศ.ปี 2 บัญชี ธนพร ศรีสุวรรณวงศ์ (ปิ่น) ขาดเรียนบ่อย", "ธนพร ศรีสุวรรณวงศ์"),
    ("นศ.ปี 2 บัญชี ธนพร ศรีสุวรรณวงศ์ (ปิ่น) ขาดเรียนบ่อย", "ปิ่น"),
    ("- เตียง 5 วรเชษฐ์ ทองประเสริฐกุล (โอ๊ต) นอนไม่หลับ", "วรเชษฐ์ ทองประเสริฐกุล"),
    ("- เตียง 5 วรเชษฐ์ ทองประเสริฐกุล (โอ๊ต) นอนไม่หลับ", "โอ๊ต"),
    # untitled full name, then an age
    ("ผู้ถูกคุมความประพฤติ อนุชิต พรหมสุวรรณศรี อายุ 25 รายงานตัว", "อนุชิต พรหมสุวรรณศรี"),
    ("ผู้รับบริการ สุดารัตน์ เกียรติวงศ์ไพศาล 31 ปี ว่างงาน", "สุดารัตน์ เกียรติวงศ์ไพศาล"),
    # a nickname from the bracket, later bare and glued to a verb
    ("ลูกค้า ศิริพร วงศ์ทองเจริญ (ฝ้าย) มาช้า\nนัดครั้งหน้าตามที่ฝ้ายขอ", "ฝ้าย"),
    # relation noun, a space, a word, then a conjunction
    ("อยู่กับหลานสาว ดาวเรือง และเหลนอีก 2 คน", "ดาวเรือง"),
    ("อยู่กับลูกชาย หมึพอ กับลูกสะใภ้", "หมึพอ"),
]

SURVIVES = [
    ("คุยผ่าน Tinder กับคนไม่รู้จัก", "Tinder"),
    ("นัดกันทาง Telegram ตอนดึก", "Telegram"),
    ("ย้ายไป ตึกอายุรกรรม (ชาย) เมื่อวาน", "ตึกอายุรกรรม"),
    ("อยู่กับลูกสาว และหลาน", "และหลาน"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_thai_name_sits_in_a_naming_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_a_word_only_resembles_the_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)
