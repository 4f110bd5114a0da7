"""Session 11: a Thai person's name the tagger is sure of is not vetoed because its pieces are
dictionary words. Written before the code; invented names only.

The tagger's precision guards dropped any uncued Thai span made only of dictionary words, and
trimmed a last word or a first function word that is also a word. Thai names are often exactly
that: newmm cuts an unknown name into dictionary pieces (สุร|ไชย), family names are words (ธน|สาร)
and a name can open with a function word (คง|สมบูรณ์). On development sets 40–43 and keep set 3,
held out of a tagger trained for the purpose, 36 of the 59 Thai misses were spans the tagger had
labelled whole and the guards had dropped.

1. A person span every label of which the tagger gives at least ``SURE_MARGINAL_THAI`` is kept
   when it has two or more pieces, even if all are dictionary words; a formal given name keeps
   the family name after it, and a function word glued at its start stays in it.
2. What still holds: one dictionary word alone needs a cue (มุก, ฟ้า: the tagger is sure of words
   too); a sure span that opens like a clause or a place (นำกล่องยามา, บ้านรก — the tagger gave
   both 0.99) stays; the "title" that is really the first syllable of an ordinary word (ตา|บวม)
   vouches for nothing; and a lone word listed before a found name is not a person when a
   numeral stands before it (40 นาที, ต้น…: a unit, then the name) — a pre-existing list rule
   that the new names set off.
3. A body whose head is followed by two or more words that are neither kinds of shop or service
   (organization_th's list) nor clause words, nor say where or which it is, is named when the
   tagger is sure of it, though every word is in the dictionary (คลินิก|ใจ|สบาย|กะทู้); a kind of
   place (ชุมชนแออัดริมทางรถไฟ, โรงพยาบาลเอกชนแห่งหนึ่ง) stays. Bodies and places whose words are
   all dictionary words had no way in before: found on development sets 40–43 (held out of
   training) 872 -> 876 of 926, keep unchanged.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("ติดตามเยี่ยมบ้าน สุรไชย ป.5 มาเปิดประตูให้ ดูสดชื่นขึ้น", "สุรไชย"),
    ("โทรติดตาม ณิชาภา ธนสาร แจ้งว่ายังไม่ได้งาน", "ณิชาภา ธนสาร"),
]

BODIES = [
    "แม่ทำงานที่คลินิกใจสบายกะทู้ มาสามปีแล้ว",
    "พ่อเคยเป็นยามที่คลินิกใจสบายกะทู้",
]
#: a village's บ้าน is a head too (บ้าน|หนอง|ตะไก้): found in 18 more opened cases, keep unchanged
VILLAGES = [
    ("อสมแจ้งว่ายายบัวผันศรีสุขบ้านหนองตะไก้หมู่6ล้มในห้องน้ำ", "บ้านหนองตะไก้"),
]

KEPT = [
    ("ประเมินความเสี่ยง -> high risk\nkeep talking 40 นาที, ต้นยอมให้น้องสาวชื่อแพรมาอยู่ด้วย", "นาที"),
    ("แพทย์ตรวจ: รอยช้ำลำคอ 2 ข้าง, ฝนไม่มีแผล แต่ร้องไห้ตลอด", "ข้าง"),
    ("แม่ส้มมาส่งลูกที่ศูนย์เด็กเล็กสายอีกแล้ววันนี้ตาบวมเหมือนร้องไห้มาทั้งคืน", "บวมเหมือน"),
    ("ข้อมูลจากการสังเกต (O): มาตรงเวลา นำกล่องยามาด้วย นับเม็ดยาคงเหลือ", "นำกล่องยามา"),
    ("เยี่ยมบ้าน บ้านรก มีขยะเต็ม", "บ้านรก"),
    ("รอฝนซาแล้วค่อยออกเยี่ยมบ้านน้องแพรที่ชุมชน", "ฝนซา"),
    ("แม่ทำงานที่โรงพยาบาลเอกชนแห่งหนึ่ง มาสามปีแล้ว", "โรงพยาบาลเอกชนแห่งหนึ่ง"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_name_the_tagger_is_sure_of_is_hidden_though_its_parts_are_words(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize("text", BODIES)
def test_a_body_named_with_dictionary_words_the_tagger_is_sure_of_is_hidden(analyzer, text):
    assert covered(analyzer, text, "คลินิกใจสบายกะทู้")


@pytest.mark.parametrize(("text", "value"), VILLAGES)
def test_a_village_named_with_dictionary_words_the_tagger_is_sure_of_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_units_after_numerals_and_words_opening_with_a_title_syllable_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_names_listed_together_are_still_found(analyzer):
    # the numeral guard on list items must not stop an ordinary list of nicknames
    assert covered(analyzer, "ผู้เข้าร่วม: ต้น, ฝน, แพร", "ฝน")
