"""Name and number shapes that the first rule set missed on unseen text (general cues, not names
from any test set): apostrophe and accented names, name particles, joined and listed names,
bare handles, '#'-labelled numbers, Thai nicknames that are also ordinary words."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

EN_CASES = [
    # apostrophe, accented, camel-case names anywhere in a sentence
    ("Met w/ Niamhín O'Donovan-Reyes and her mum.", "Niamhín O'Donovan-Reyes"),
    ("Referral for Luka Marković, 19, from the ED.", "Luka Marković"),
    # a name particle inside a full name
    ("Intake: Ana Paula dos Santos, 41, employed.", "Ana Paula dos Santos"),
    # a first name joined to a full name
    ("Home visit to Halina & Jerzy Nowicki today.", "Halina"),
    ("Parents Odette and Rafael Quinones attended.", "Odette"),
    # a list of people after a cue word
    ("members present Tobiah, Lorcan, Imre, Soraya.", "Imre"),
    # two capitalised words inside a sentence
    ("plan for Cosmo Vantongeren, released 3/2.", "Cosmo Vantongeren"),
    # bare handles and '#'-labelled numbers
    ("she posts as mira.k.22 on there", "mira.k.22"),
    ("his gamer tag is red_fox_77 apparently", "red_fox_77"),
    ("employee # 770142 per HR", "770142"),
    # unit numbers and route numbers in addresses
    ("lives at Maple Grove Apartments, unit 12B now", "Maple Grove Apartments, unit 12B"),
    ("trailer at 88 County Rd 9, Fresno", "88 County Rd 9, Fresno"),
]

TH_CASES = [
    # "ชื่อ " + ordinary word: the word is the nickname
    ("ผู้โทรบอกว่าสามีชื่อ นก ดื่มเหล้าทุกวัน", "นก"),
    # a nickname seen with a title earlier, later bare as a whole word
    ("น้องปุยฝ้าย อายุ 9 ปี ปุยฝ้ายไม่อยากกลับบ้าน", "ปุยฝ้าย"),
    ("น้องแตงโม อายุ 12 ครูเล่าว่าแตงโมร้องไห้ในห้อง", "แตงโม"),
    # kin title + a word that is also a verb, marked as a name by the age after it
    ("ผู้สูงอายุ ตาเปลี่ยน อายุ 88 อยู่ลำพัง", "ตาเปลี่ยน"),
    # apposition after a relationship noun
    ("เพื่อนบ้าน ยายเขียน ช่วยดูแล", "ยายเขียน"),
    # familiar titles ไอ้ and คุณยาย
    ("แฟนเก่า ไอ้โต้ง มาขู่ที่บ้าน", "ไอ้โต้ง"),
    ("คุณยายสำรวย 81 ปี ติดเตียง", "คุณยายสำรวย"),
    # Thai case numbers with a Buddhist-era year, named police station / health centre / foundation
    ("คดีอาญาที่ 2231/2567 ศาลจังหวัด", "2231/2567"),
    ("แจ้งความที่ สภ.บางปะกง แล้ว", "สภ.บางปะกง"),
    ("ส่งต่อ รพ.สต.หนองไผ่ล้อม เพื่อเยี่ยมบ้าน", "รพ.สต.หนองไผ่ล้อม"),
    ("ได้ทุนจาก มูลนิธิเด็กไทยก้าวหน้า แล้ว", "มูลนิธิเด็กไทยก้าวหน้า"),
]

KEEP_CASES = [
    ("ลูกค้าเชื่อ เขาบอกว่าจะมา", "เขาบอกว่า"),          # เชื่อ is not ชื่อ
    ("ส่งต่อ รพ.สต. เพื่อติดตามต่อ", "รพ.สต."),           # a generic health centre
    ("แม่ไม่ทราบชื่อ ผู้กระทำ", "ผู้กระทำ"),                 # "does not know the name"
    ("watched Netflix, Hulu and YouTube at night", "Hulu"),  # a list with no people cue
    ("cl discussed Cognitive Behavioral Therapy goals", "Cognitive Behavioral Therapy"),
    ("ติดตามต่อ สัปดาห์หน้า ครูเล่าว่าน้องเก่งขึ้น", "ติดตามต่อ"),
]


@pytest.mark.parametrize(("text", "value"), EN_CASES + TH_CASES)
def test_when_an_unseen_shape_appears_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEEP_CASES)
def test_when_a_look_alike_appears_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_nickname_is_an_ordinary_word_then_only_whole_words_after_it_are_redacted(analyzer):
    text = "ก่อนหน้านี้จูนยังไม่มา น้องจูน อายุ 16 จูนพักกับน้า มิถุนายนนี้ย้ายบ้าน"
    ents = analyzer.analyze(text)
    first = text.find("จูน")  # before the name was introduced: an ordinary use is left alone
    later = text.find("จูนพัก")
    assert not any(e.start <= first < e.end for e in ents)
    assert any(e.start <= later and later + 3 <= e.end for e in ents)
    month = text.find("มิถุนายน")
    assert not any(e.start < month + 8 and month < e.end for e in ents)
