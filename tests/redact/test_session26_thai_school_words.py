"""Session 26: Thai school words that name no one, and nicknames that are also "a bit".

A class and its school year (ม.1/2567) is shared by forty pupils and the draft needs it; a
"former", "new" or "old" school names no school; a verb phrase opening a line before a class
(เรียนอยู่ ป.6/3) says what a child does, not who. But หน่อย and นิด are common nicknames as well
as "a bit": after a title, with a clause going on, they are the person (เจ๊หน่อยเก็บบัตรไว้)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEEP = [
    ("นักเรียนชั้น ม.1/2567 ย้ายมาจากโรงเรียนเดิม ครูประจำชั้นแจ้งว่าปรับตัวได้", "ม.1/2567"),
    ("ปีนี้อยู่ ป. 6/2568 แล้ว ยังอ่านหนังสือไม่คล่อง", "6/2568"),
    ("นักเรียนชั้น ม.1/2567 ย้ายมาจากโรงเรียนเดิม ครูประจำชั้นแจ้งว่าปรับตัวได้", "โรงเรียนเดิม"),
    ("แม่อยากให้ย้ายไปโรงเรียนใหม่\nแต่ลูกไม่อยากไป", "โรงเรียนใหม่"),
    ("เรียนอยู่ ป.6/3 ภาคเรียนที่ 2/2568 ผลการเรียนลดลง", "เรียนอยู่"),
    ("ช่วยพี่หน่อย ทำไม่ทัน แม่บอกตอนโทรมา", "หน่อย"),
    ("ลูกพูดว่า รอครูหน่อยนะ แล้วก็วิ่งออกไป", "หน่อย"),
]


@pytest.mark.parametrize(("text", "value"), KEEP)
def test_class_years_generic_schools_and_a_bit_survive(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


NAMES = [
    ("เมื่อไปถึงเจ๊หน่อยเก็บบัตรไว้ และให้นั่งดริงก์กับลูกค้าจนตีสาม", "หน่อย"),
    ("วันนี้แม่มารับช้า ครูหน่อยต้องอยู่รอจนสองทุ่ม", "หน่อย"),
    ("คดีหมายเลขดำที่ อ.1/2567 ศาลนัดสืบพยานเดือนหน้า", "อ.1/2567"),
    ("ปั้นจั่น ม.1/3 ต่อยเพื่อนในห้องน้ำ", "ปั้นจั่น"),
]


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_nicknames_after_a_title_and_court_numbers_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


TELLERS = [
    ("ทุกคนเขียนแผนความปลอดภัยของตัวเองกอล์ฟบอกว่าแม่ยังไม่รู้ว่าเขาโดดเรียน", "กอล์ฟ"),
    ("หลังจากนั้นฝนเล่าว่าไม่อยากกลับบ้านเพราะกลัวพ่อเลี้ยง", "ฝน"),
]


@pytest.mark.parametrize(("text", "value"), TELLERS)
def test_a_nickname_glued_before_a_verb_of_telling_is_who_told(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_time_word_opening_the_line_stays_out_of_the_name(analyzer):
    text = "หลังจากนั้นฝนเล่าว่าไม่อยากกลับบ้านเพราะกลัวพ่อเลี้ยง"
    assert untouched(analyzer, text, "หลังจากนั้น"), found(analyzer, text)


THAI_KEEP = [
    ("ได้รับวิตามินเสริมธาตุเหล็ก ควรฝากครรภ์ก่อนอายุครรภ์ 20 สัปดาห์", "วิตามินเสริมธาตุเหล็ก"),
    ("ตกลงกันว่าจะตั้ง Digital Wellbeing จำกัดเวลาเกมวันละสองชั่วโมง", "Digital Wellbeing"),
    ("เมื่อวานหลวงพี่จากวัดใกล้บ้านมาบิณฑบาตหน้าบ้าน ลูกพาไปใส่บาตร", "หลวงพี่"),
    ("ผู้เข้าร่วม: ปลัดอำเภอ กำนัน ผู้ใหญ่บ้าน อสม. ๒ คน พยาบาล รพ.สต.", "ปลัดอำเภอ"),
]


@pytest.mark.parametrize(("text", "value"), THAI_KEEP)
def test_thai_words_that_only_look_like_names_or_companies_survive(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


THAI_NAMES_AFTER_KIN = [
    ("ไปกับพ่อซอทูทำไร่ข้าวโพดที่ดอย", "ซอทู"),
    ("ทำงานที่ Nexora Logistics จำกัด มา 2 ปีแล้ว", "Nexora Logistics จำกัด"),
    ("หลวงพี่แป๊ะมาเยี่ยมที่บ้านทุกวันพระ", "แป๊ะ"),
]


@pytest.mark.parametrize(("text", "value"), THAI_NAMES_AFTER_KIN)
def test_names_and_companies_beside_those_words_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


THAI_BODY_KEEP = [
    ("นักศึกษา นางสาวณัฐธิดา แก้วประเสริฐ ปวช.2 สาขาการบัญชี รหัส 67201040118", "สาขาการบัญชี"),
    ("- แจ้งเจ้าหน้าที่สอบสวน สอบปากคำเด็กตามมาตรา 133 ทวิ พรุ่งนี้ ๐๙.๐๐ น.", "สอบปากคำเด็กตามมาตรา 133 ทวิ"),
    ("- ครูติดต่อศูนย์พัฒนาเด็กเล็กเรื่องการเรียนร่วมแบบค่อยเป็นค่อยไป", "ศูนย์พัฒนาเด็กเล็ก"),
    ("ช่วงนี้ฝึกทำขนมเปียกปูนขายในร้านค้าเรือนจำ ได้รับชั้นดีมาก", "ร้านค้าเรือนจำ"),
]


@pytest.mark.parametrize(("text", "value"), THAI_BODY_KEEP)
def test_majors_verbs_and_unnamed_services_are_no_bodies(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


THAI_BODIES = [
    ("ทำงานกะดึกที่ 7-11 สาขาบางพลัด มาสองเดือน", "7-11 สาขาบางพลัด"),
    ("สรุปกลุ่มที่ศาลาวัดย่านยาว ต.บางม่วง อ.ตะกั่วป่า", "วัดย่านยาว"),
    ("หมูหยองไม่อยากกลับบ้านไปนอนที่วัดป่าโนนเขวากับเพื่อน", "วัดป่าโนนเขวา"),
]


@pytest.mark.parametrize(("text", "value"), THAI_BODIES)
def test_branches_and_temples_beside_those_words_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
