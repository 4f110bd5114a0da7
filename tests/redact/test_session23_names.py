"""Session 23: Thai titles that the dictionary reads as the start of a role word.

นายกมล is "Mr Kamon", not นายก ("mayor") + มล: a listed given name that reads further past the
title than the role word wins. คุณนาย is "madam": what follows it may say how she is (ใจดี,
kind), which names no one, while a name after it is still a name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

NAMES = [
    ("วันนี้นายกมล ใจดี มาพบตามนัด สีหน้าดีขึ้น", "นายกมล ใจดี"),
    ("เยี่ยมบ้านพบนายกวิน ศรีสุข ที่หน้าบ้าน", "นายกวิน ศรีสุข"),
    ("ทำงานบ้านให้คุณนายสมศรี ทองดี มา 3 ปี", "สมศรี ทองดี"),
]


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_a_name_after_a_title_the_dictionary_glues_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


ROLES = [
    ("นายกเทศมนตรีมาเยี่ยมชุมชนเมื่อวาน", "นายกเทศมนตรี"),
    ("ได้คุยกับนายกอบต.เรื่องถนนเข้าหมู่บ้าน", "นายกอบต"),
    ("แม่บ้านบอกว่าคุณนายใจดี ไม่เคยดุ", "คุณนายใจดี"),
    ("น้องอยากเป็นนางเอกละครตอนโต", "นางเอก"),
]


@pytest.mark.parametrize(("text", "value"), ROLES)
def test_a_role_written_with_a_title_names_no_one(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


RUN_ON_KHAM = [
    ("น้องแพรวด.ญ.กัญญาณัฐใจคำอายุ๑๔เกิด๙/๑๑/๕๓เรียนม.๒", "กัญญาณัฐใจคำ"),
    ("น้องชื่อนางสาวมณีรัตน์ใจคำคนในหมู่บ้านเรียกจิ๋วอายุ15ปี", "มณีรัตน์ใจคำ"),
]


@pytest.mark.parametrize(("text", "value"), RUN_ON_KHAM)
def test_a_run_on_family_name_closing_with_kham_is_covered_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_kham_as_word_after_a_name_stays_outside_it(analyzer):
    text = "นายสมชายคำพูดไม่ชัด วันนี้"
    assert untouched(analyzer, text, "คำพูด"), found(analyzer, text)


TITLED_DICTATED = [
    ("ok so this is a letter to the gp dear colleague re mister cornelius murphy known as neily date of birth "
     "fourth of may he lives alone", "cornelius murphy"),
    ("please visit if possible and call me back yours sincerely doctor aoife lynch end of dictation ok thanks",
     "aoife lynch"),
]


@pytest.mark.parametrize(("text", "value"), TITLED_DICTATED)
def test_a_dictated_titled_name_takes_its_family_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_dictated_titled_first_name_does_not_take_a_verb(analyzer):
    text = "so we saw the kids and doctor amy said she will ring the family today about the referral"
    assert untouched(analyzer, text, "said"), found(analyzer, text)


def test_a_kin_titled_full_name_with_the_age_glued_on_is_covered(analyzer):
    text = "เยี่ยมบ้าน คนดูแลคือแม่ทองใบ แสงอ่อนอายุห้าสิบหกขายผักที่ตลาดสด"
    assert covered(analyzer, text, "ทองใบ แสงอ่อน"), found(analyzer, text)
    assert untouched(analyzer, text, "อายุห้าสิบหก"), found(analyzer, text)


def test_a_titled_given_name_and_a_family_name_opening_like_a_kin_word_are_one_name(analyzer):
    text = "อยู่กับลูกสาวคนเดียว นางสาวอรอุมา ตาสิทธิ์ (นุ่น) อายุ44 ทำงานห้าง"
    assert covered(analyzer, text, "อรอุมา ตาสิทธิ์"), found(analyzer, text)


def test_a_mon_name_opening_with_mi_after_a_formal_title_is_found_with_its_family_name(analyzer):
    text = "S: ลูกสาวคนโต นางมิจันทร์ หงสาวดี เล่าว่าแม่กินได้น้อยลง"
    assert covered(analyzer, text, "มิจันทร์ หงสาวดี"), found(analyzer, text)


def test_a_quoted_nickname_after_a_name_is_that_person_everywhere(analyzer):
    text = 'Client: ซูไรดา ยูโซะ "Dah" ม.5/2 อายุ 17\nS: Dah ร้องไห้เกือบทั้ง session'
    assert covered(analyzer, text, "Dah"), found(analyzer, text)


def test_a_quoted_plain_word_after_a_name_is_no_nickname(analyzer):
    text = 'นางมาลี "ดี" ไม่มาตามนัด'
    assert untouched(analyzer, text, "ดี"), found(analyzer, text)


def test_a_latin_nickname_after_chue_len_is_a_name(analyzer):
    text = "ลูกสาวคนโต ชื่อเล่น Jeab เรียนพยาบาลปี 2 ช่วยดูแลน้อง"
    assert covered(analyzer, text, "Jeab"), found(analyzer, text)
