"""Session 33: addresses and villages written in shapes no rule had read.

A numbered dwelling first, then its area and town after commas, with no street kind to end on:
the way Gambia, Oman, Egypt and the islands write an address ("Compound 4, Bakoteh Layout,
Serekunda"). A timetable's parts (Block 2, Period 3, Room 12) are no address.

A Thai village named by a tree, a pavilion, the sea or the Khmer word for village (บ้านไผ่…,
บ้านศาลา…, บ้านทะเล…, บ้านภูมิ…): the head must be a word of its own for the tokenizer, so "at
home they quarrel" (ที่บ้านทะเลาะกัน) and "home only on Sundays" (บ้านแค่วันอาทิตย์) stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

DWELLINGS = [
    ("Moved to Compound 4, Bakoteh Layout, Serekunda after the fire.", "Compound 4, Bakoteh Layout, Serekunda"),
    ("Home: Way 2214, House 906, Ruwi, Muscat. Lives with two brothers.", "Way 2214, House 906, Ruwi, Muscat"),
    ("New tenancy at Lot 17, Golden Rock Housing Estate, Sandy Point; rent paid by the grant.",
     "Lot 17, Golden Rock Housing Estate, Sandy Point"),
    ("They rent Building 12, Neighbourhood 3, 1st District, Obour City since May.",
     "Building 12, Neighbourhood 3, 1st District, Obour City"),
]


@pytest.mark.parametrize(("text", "value"), DWELLINGS)
def test_a_numbered_dwelling_then_its_area_and_town_is_one_address(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize("word", ["Block 2", "Period 3"])
def test_a_timetable_is_no_address(analyzer, word):
    text = "Timetable change: Block 2, Period 3, Room 12 for maths from Monday."
    assert untouched(analyzer, text, word), found(analyzer, text)


VILLAGES = [
    ("แม่ไปรับจ้างกรีดยางที่บ้านไผ่ล้อม ตั้งแต่เดือนที่แล้ว", "บ้านไผ่ล้อม"),
    ("นัดเจอกันที่บ้านศาลาโพธิ์ หลังโรงเรียน", "บ้านศาลาโพธิ์"),
    ("ตาย้ายกลับไปอยู่บ้านภูมิโปน กับลูกสาวคนโต", "บ้านภูมิโปน"),
    ("น้องเกิดและโตที่บ้านทะเลน้อย พ่อออกเรือหาปลา", "บ้านทะเลน้อย"),
]


@pytest.mark.parametrize(("text", "value"), VILLAGES)
def test_a_village_named_by_a_tree_a_pavilion_or_the_sea(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


HOMES = [
    ("ไม่อยากกลับเพราะที่บ้านทะเลาะกันทุกคืน", "ทะเลาะ"),
    ("ช่วงนี้กลับบ้านแค่วันอาทิตย์", "แค่"),
    ("ปลูกไว้ที่บ้านยางพาราสิบไร่", "ยางพารา"),
]


@pytest.mark.parametrize(("text", "word"), HOMES)
def test_home_before_an_everyday_word_is_no_village(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
