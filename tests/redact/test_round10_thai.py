"""Round-10 Thai names: found by the frame around them, not by the word. A bracketed list of
names after a group of people, an alias in quotes after ขอใช้ชื่อว่า, an attendance list (มา N
คน:, ขาด:), a name after a kin title and a space when a family name follows, ชื่อ after a
relation noun glued to someone's name, a titled name read after ชื่อ, Hmong clan surnames
(แซ่ + clan), and the titles of a village headman, a novice and a Karen elder. Precision: a
kin title glued to a speech verb (ตาบอกว่า, ป้าบอกว่า) or to ขอให้ is not a name.
Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    # a bracketed list after a group of people; the second may be a title-like nickname
    ("เพื่อนร่วมห้อง (ข้าวปุ้น, ขุนทอง) ล้อเรื่องผิว", "ข้าวปุ้น"),
    ("เพื่อนร่วมห้อง (ข้าวปุ้น, ขุนทอง) ล้อเรื่องผิว", "ขุนทอง"),
    # an alias the caller asks to be called by, in quotes
    ('ผู้โทรหญิง ขอใช้ชื่อว่า "ใบเตย" ไม่ยอมบอกชื่อจริง', "ใบเตย"),
    ("ผู้โทรขอใช้ชื่อว่า “ส้มโอ” โทรจากตู้", "ส้มโอ"),
    # attendance lists
    ("มา 2 คน: สายฝน, ก้อนหิน ; ขาด: เจมส์บอนด์ (ติดงาน)", "ก้อนหิน"),
    ("ขาด: ลูกหมี (แม่โทรมาว่าไม่สบาย)", "ลูกหมี"),
    # a kin title, a space, a given name and a family name
    ("ลูกอยู่กับยาย ทองใบ พรหมวงศ์ทองคำ ตั้งแต่เล็ก", "ทองใบ พรหมวงศ์ทองคำ"),
    ("[ไลน์กลุ่ม] ป้า บัวลอย ศรีเมืองแก้ว ไม่ยอมกินยา", "บัวลอย ศรีเมืองแก้ว"),
    # ชื่อ after a relation noun (เมีย, ผัว, เถ้าแก่) or after a relation glued to a name
    ("ผัวชื่อทองหล่อ ดื่มทุกคืน", "ทองหล่อ"),
    ("สามีมาลี ชื่อ บุญส่ง ทำงานประมง", "บุญส่ง"),
    # a title read after ชื่อ: the name after the title
    ("เถ้าแก่ชื่อคุณสุรชัย เจริญกิจรุ่งเรือง ไม่ยอมจ่าย", "สุรชัย เจริญกิจรุ่งเรือง"),
    # Hmong clan surname: แซ่ + clan
    ("สามีนายซัวเปา แซ่ว่าง ช่วยแปล", "ซัวเปา แซ่ว่าง"),
    # headman, novice and Karen elder titles
    ("(พ่อหลวงคำมูล) จะช่วยพาไปอำเภอ", "คำมูล"),
    ("เพื่อนชื่อเณรภูมิใจ ช่วยปลอบ", "ภูมิใจ"),
    ("พะตี่ จอมือ ไม่มีนามสกุล", "จอมือ"),
]

SURVIVES = [
    ("โทรหายายแล้ว ยายบอกว่าหลานไม่กินข้าว", "ยายบอกว่า"),
    ("ตาบอกว่าไม่อยากไปโรงพยาบาล", "ตาบอกว่า"),
    ('น้องขอให้เรียกว่า "ฟ้า" (she/her)', "น้องขอให้"),
    ("บวชเณรมา 2 ปี อยากสึก", "บวชเณร"),
    ("เข้ากลุ่มบำบัดทุกวันพุธ มา 5 คน", "กลุ่มบำบัด"),
    ("ผู้ใหญ่บ้านชื่อเสียงดี ช่วยเหลือชาวบ้าน", "ชื่อเสียงดี"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_thai_name_sits_in_a_naming_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_a_kin_title_opens_a_clause_then_the_clause_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_nickname_is_listed_then_its_later_bare_mention_is_redacted_too(analyzer):
    text = "เพื่อนในกลุ่ม (ลูกปัด, ขุนศึก) แกล้ง\nพรุ่งนี้เรียก ลูกปัด มาคุย"
    assert covered(analyzer, text, "ลูกปัด")


def test_when_a_clan_surname_is_named_then_it_is_a_person(analyzer):
    assert any(t == "PERSON" and "แซ่ว่าง" in v for t, v in found(analyzer, "สามีนายซัวเปา แซ่ว่าง ช่วยแปล"))
