"""Session 8, development set 28: a Hmong or Chinese clan name (X แซ่Y) in a list, a phone number
dictated as words, a queried spelling written "(or X?)", a Thai licence plate after "Plate".

Why: a clan name after a given name marks a person however unknown the given name is (an
attendance list "ชัวเยีย แซ่กือ, เมยหลี แซ่ท่อ" left every name but the first); speech-to-text
writes a phone number as words; the spelling query has a second common form.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("มา: ชัวเยีย แซ่กือ, เมยหลี แซ่ท่อ, ต๋ง แซ่จาง, เจ้ยเจีย", "เมยหลี แซ่ท่อ"),
        ("มา: ชัวเยีย แซ่กือ, เมยหลี แซ่ท่อ, ต๋ง แซ่จาง, เจ้ยเจีย", "ต๋ง แซ่จาง"),
        ("ผู้ปกครอง: ไซ แซ่ย่าง (พ่อ) ทำไร่ข้าวโพด", "ไซ แซ่ย่าง"),
    ],
)
def test_a_given_name_before_a_clan_name_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("her number is nine one seven five five five zero one eight eight hope she comes",
         "nine one seven five five five zero one eight eight"),
        ("call mum on oh seven seven double oh nine one two three four five today",
         "oh seven seven double oh nine one two three four five"),
    ],
)
def test_a_phone_number_dictated_in_words_is_hidden(analyzer, text, number):
    assert covered(analyzer, text, number)


def test_one_or_two_number_words_stay(analyzer):
    text = "seen one to one for forty five minutes, two sessions left, score nine"
    assert untouched(analyzer, text, "forty five minutes, two sessions left, score nine")


def test_a_spelling_queried_with_or_is_a_name(analyzer):
    text = "wants to leave school, bro is sayed (or sayid?) 19 works at a car wash"
    assert covered(analyzer, text, "sayed") and covered(analyzer, text, "sayid")


def test_a_thai_plate_after_an_english_plate_word_is_hidden(analyzer):
    assert covered(analyzer, "Plate 2 กษ 4471 Lopburi seen at base", "2 กษ 4471")


def test_a_kin_word_before_a_clan_name_stays_outside_it(analyzer):
    text = "สามีเล่าเจ๋อ แซ่ลี รับจ้างฉีดยา\nแม่สามีพูดม้งกับซัวตลอด"
    assert untouched(analyzer, text, "แม่สามี")


def test_a_named_factory_ends_before_the_shift_glued_after_it(analyzer):
    text = "พ่อทำงานโรงงานน้ำตาลภูเวียงรุ่งเรืองเข้ากะดึกมาไม่ได้ แม่ดูแลคนเดียว"
    assert covered(analyzer, text, "โรงงานน้ำตาลภูเวียงรุ่งเรือง")
    assert untouched(analyzer, text, "กะดึก")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("09:15 ฝ้าย: เดี๋ยวหนูบอกพี่พยาบาลนะคะ\n09:21 น้ำฝน: ป้าคะ ตายังไม่กินยา", "ฝ้าย"),
        ("09:15 ฝ้าย: เดี๋ยวหนูบอกพี่พยาบาลนะคะ\n09:21 น้ำฝน: ป้าคะ ตายังไม่กินยา", "น้ำฝน"),
        ("LINE OA 22:41\nปอ: พี่คะ หนูไม่ไหวแล้ว", "ปอ"),
    ],
)
def test_a_speaker_of_a_timed_or_addressed_chat_line_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("09:15 ฝ้าย: เดี๋ยวหนูบอกพี่พยาบาลนะคะ", "พยาบาลนะคะ"),
        ("09:00 แผน: ติดตามอาการ 2 สัปดาห์", "แผน"),
        ("สรุป: ดีขึ้นค่ะ\nแผน: นัดใหม่นะคะ", "สรุป"),
    ],
)
def test_headings_and_roles_in_a_chat_stay(analyzer, text, kept):
    assert untouched(analyzer, text, kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("แพรวโทรมาสายด่วนตอนตีหนึ่ง ร้องไห้", "แพรว"),
        ("บอลไม่มาตามนัดอีกแล้วครับ", "บอล"),
        ("ส้มมาส่งลูกที่ศูนย์เด็กสาย", "ส้ม"),
    ],
)
def test_a_nickname_opening_a_line_before_a_call_or_absence_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    "text",
    ["ทั้งคู่โทรมาอีกแล้ว", "ทางบ้านไม่มาตามนัด", "เจ้าของร้านโทรมาถาม", "ลูกสาวมาสายอีกแล้ว", "วันนี้ไม่มาเรียน"],
)
def test_a_generic_subject_before_the_same_verbs_stays(analyzer, text):
    assert [e.text for e in analyzer.analyze(text)] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ต้องขอรถรับส่งจาก อบต.แม่สุก ทำบัตร", "อบต.แม่สุก"),
        ("ส่งต่อ NCD clinic รพร.เชียงของ", "รพร.เชียงของ"),
        ("ประสาน IOM + ตม.จว.สระแก้ว เรื่อง NRM", "ตม.จว.สระแก้ว"),
        ("ประสาน สอท.กัมพูชา เรื่องเอกสาร", "สอท.กัมพูชา"),
    ],
)
def test_abbreviated_public_bodies_are_hidden(analyzer, text, body):
    assert covered(analyzer, text, body)


def test_mother_after_a_body_word_opening_a_clause_stays(analyzer):
    assert untouched(analyzer, "ไปที่ อบต.แม่บอกว่าไม่มีรถ", "แม่บอกว่า")


def test_a_named_housing_estate_is_hidden_and_a_count_after_it_stays(analyzer):
    text = "นอนบ้านเพื่อนที่หมู่บ้านพิมานชล 2 คืนแล้ว"
    assert covered(analyzer, text, "หมู่บ้านพิมานชล") and untouched(analyzer, text, "2 คืน")


@pytest.mark.parametrize("text", ["คนในหมู่บ้านไม่ค่อยคุยกับเขา", "ย้ายไปหมู่บ้านจัดสรรใหม่", "หมู่บ้านห่างไกลไม่มีรถ"])
def test_a_village_in_general_stays(analyzer, text):
    assert [e.text for e in analyzer.analyze(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("มาเพราะหลานชาย (ฤทธี 13) ไม่มีใบเกิด", "ฤทธี"), ("ลูกคนโต (ดอกรัก 15) ออกไปทำงานห้าง", "ดอกรัก")],
)
def test_a_name_and_a_bare_age_in_brackets_after_a_kin_word_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


def test_a_condition_and_a_number_in_brackets_after_a_kin_word_stays(analyzer):
    assert untouched(analyzer, "ลูก (ซึมเศร้า 2) ปี กินยาอยู่", "ซึมเศร้า")


@pytest.mark.parametrize(
    ("text", "name"),
    [("ฝนขอเลื่อนนัดเป็นวันศุกร์", "ฝน"), ("มุกหนีออกจากบ้านเมื่อคืน", "มุก"), ("ต้นไม่กล้าบอกแม่", "ต้น")],
)
def test_a_nickname_opening_a_line_before_what_only_a_person_does_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize("text", ["คนในบ้านไม่กล้าพูด", "สามีตะโกนอีกแล้ว", "ผู้ปกครองขอเลื่อนนัด"])
def test_a_generic_subject_before_what_a_person_does_stays(analyzer, text):
    assert [e.text for e in analyzer.analyze(text)] == []
