"""Session 36 (sets 22, 55, 107, 109): a spaced family name glued to the clause after it, and a
nickname said before the real name's cue.

Run-on Thai notes put a space between the given and the family name but none after the family
name (ยายเสงี่ยม ทองย้อยที่บ้าน…, ภรรยาสุดใจ ภูมิคำโทรมา…): the family name ends where a clause
word begins. And a nickname comes first, then a bracket or a dash giving the registered name
(ลูกแก้ว (ชื่อตามบัตร …), โค้ก - ชื่อจริง…): the word before the cue is what the person is called."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

GLUED_FAMILY = [
    ("เยี่ยมบ้านหลังน้ำลด ไปหายายบุญมา พรหมวงศ์ที่บ้านหนองแวงตอนบ่าย", "ยายบุญมา พรหมวงศ์"),
    ("วันนี้ภรรยาคำปุ่น ศรีบุญเรืองโทรมาบอกว่าสามีไม่ยอมกินยา", "คำปุ่น ศรีบุญเรือง"),
    ("ลุงสมบัติ ทองประเสริฐติดเตียงมาสองปี ลูกสาวดูแลคนเดียว", "ลุงสมบัติ ทองประเสริฐ"),
    ("แต่งงานกับคุณวีระพงษ์ นาคประเสริฐซึ่งเป็นช่างไฟในหมู่บ้าน", "วีระพงษ์ นาคประเสริฐ"),
]


@pytest.mark.parametrize(("text", "value"), GLUED_FAMILY)
def test_a_spaced_family_name_glued_to_the_next_clause_is_taken(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


NICK_BEFORE_CUE = [
    ("ผู้รับบริการ: ปลาทู (ชื่อตามบัตร นายอนุชา ศรีเมือง) อายุ 17", "ปลาทู"),
    ("ลูกปัด (ชื่อตามบัตร ธนพร ใจงาม) ยังไม่อยากคุยกับพ่อ", "ลูกปัด"),
    ("1) แสตมป์ - ชื่อจริงกิตติพงษ์ บุญมาก, ติดตามผล MMT", "แสตมป์"),
    ("ป้าเกด(ชื่อจริงเกศินี คำแสน)เล่าว่าหลานไม่ไปโรงเรียน", "เกด"),
]


@pytest.mark.parametrize(("text", "value"), NICK_BEFORE_CUE)
def test_the_word_before_a_real_name_cue_is_a_nickname(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ป้าแดงบอกว่าหลานใจดีมากที่ช่วยงานบ้าน", "ใจดีมาก"),
    ("ยายคำ ไม่สบายที่บ้านมาสองวัน ขอให้ อสม. ไปดู", "ไม่สบายที่บ้าน"),
    ("ผู้ป่วย (ชื่อจริงตามบัตร ไม่ได้แจ้ง) มาคนเดียว", "ผู้ป่วย"),
    ("ยาย (ชื่อจริงไม่ทราบ) ดูแลหลานสองคน", "ยาย"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_clauses_and_role_words_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


SPANS = [
    # the cue inside the bracket is no part of the registered name (it was, once the nickname
    # before it was found)
    ("ลูกปัด (ชื่อตามบัตร ธนพร ใจงาม) ยังไม่อยากคุยกับพ่อ", "ชื่อตามบัตร"),
    # the verbs before a titled name are no part of it
    ("เยี่ยมบ้านหลังน้ำลด ไปหายายบุญมา พรหมวงศ์ที่บ้านหนองแวงตอนบ่าย", "ไปหา"),
]


@pytest.mark.parametrize(("text", "word"), SPANS)
def test_cues_and_verbs_around_a_name_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


SPACED_ANYWHERE = [
    ("ครูจันทร์ฉายเป็นคนแจ้ง ส่วนครูใหญ่ ประยูร ศรีวงศ์ทอง ยังไม่รู้เรื่อง", "ประยูร ศรีวงศ์ทอง"),
    ("วันนี้ผู้ใหญ่บ้าน วิไล พรหมวงศ์ มาด้วยพร้อม อสม. สองคน", "วิไล พรหมวงศ์"),
]


@pytest.mark.parametrize(("text", "value"), SPACED_ANYWHERE)
def test_a_listed_given_name_and_a_family_name_are_a_person_anywhere(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_an_entitlement_before_a_scheme_is_no_name(analyzer):
    text = "ผู้ป่วยอายุ 52 ปี สิทธิ บัตรทอง อาชีพทำสวน"
    assert untouched(analyzer, text, "สิทธิ บัตรทอง"), found(analyzer, text)


CALLED = [
    ('2) ด.ญ.กัญญารัตน์ (เรียก "น้ำหวาน") 10 ปี ป.4 น้ำหวานช่วยแม่ขายของ', "น้ำหวาน"),
    ('เพื่อนในห้องเรียกกันว่า "ตั้ม" ตั้งแต่ ป.1', "ตั้ม"),
]


@pytest.mark.parametrize(("text", "value"), CALLED)
def test_a_quoted_word_after_called_is_a_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_kin_word_in_quotes_after_called_stays(analyzer):
    text = 'หลานๆ เรียก "ยาย" ว่าแม่ เพราะเลี้ยงมาตั้งแต่เล็ก'
    assert untouched(analyzer, text, "ยาย"), found(analyzer, text)


def test_a_latin_word_after_a_display_names_emoji_is_part_of_the_sender(analyzer):
    text = "--- LINE ---\nมาลัย🌷Malai: สวัสดีค่ะครู แม่น้องต้นเองค่ะ\nมาลัย🌷Malai: พรุ่งนี้ไปโรงเรียนได้ค่ะ"
    assert covered(analyzer, text, "มาลัย🌷Malai"), found(analyzer, text)


def test_a_ticked_box_before_a_colon_is_no_display_name(analyzer):
    text = "สรุป\n☑ Consent explained: ผู้รับบริการเข้าใจ\n☑ Referral: ส่งต่อ รพ.สต."
    assert untouched(analyzer, text, "explained"), found(analyzer, text)


ROLE_BRACKET = [
    ("ทีมร่วมดูแล: พี่หนึ่ง (พยาบาลจิตเวช) และ อสม. ประจำหมู่", "พี่หนึ่ง"),
    ("ป้าแก้ว (แม่บ้าน) เล่าว่าเด็กไม่กินข้าวเที่ยง", "ป้าแก้ว"),
]


@pytest.mark.parametrize(("text", "value"), ROLE_BRACKET)
def test_an_ordinary_word_after_a_kin_title_is_a_name_when_a_role_bracket_follows(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_kin_word_alone_before_a_role_bracket_stays(analyzer):
    text = "ยาย (แม่บ้าน) มาช่วยดูหลานตอนเย็น"
    assert untouched(analyzer, text, "ยาย"), found(analyzer, text)


def test_a_titled_word_after_a_school_role_said_first_is_a_name(analyzer):
    text = "- ให้ครูประจำชั้น ครูหวาน ช่วยดูเพื่อนในห้องด้วย"
    assert covered(analyzer, text, "ครูหวาน"), found(analyzer, text)


def test_a_clause_after_a_school_role_stays(analyzer):
    text = "ครูประจำชั้น ครูเข้าใจดี ว่าเด็กต้องช่วยแม่ขายของ"
    assert untouched(analyzer, text, "เข้าใจดี"), found(analyzer, text)
