"""Session 33: what a Thai note is made of stays in the clear.

A body's head glued to the clause after it (รพ.สต.ใกล้บ้าน "the health post near home",
โรงพยาบาลเรื่องค่ารักษา "the hospital about the bill", สถานีตำรวจแต่ถอนเรื่อง "the police, but
withdrew") names no one body. A kin word then what hurts (ย่าปวดหลังมาก) is what hurts, not a
nickname. A record table's informant cell in role words glued (ครูที่ปรึกษา, ฝ่ายปกครอง) is who
told, by role; a spaced cell is a given and a family name and stays a name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

GENERIC = [
    ("แนะนำให้ไปรพ.สต.ใกล้บ้านเรื่องเวียนหัวบ่อย", "รพ.สต."),
    ("พ่อไปคุยกับโรงพยาบาลเรื่องค่ารักษาแล้ว", "โรงพยาบาล"),
    ("แม่เคยแจ้งสถานีตำรวจแต่ถอนเรื่องภายหลัง", "สถานีตำรวจ"),
    ("ตั้งแต่หน้าฝน ย่าปวดหลังมาก อุ้มหลานไม่ไหว", "ปวดหลัง"),
    ("ช่วงนี้ลุงเจ็บเข่า เดินไปตลาดไม่ได้", "เจ็บเข่า"),
]


@pytest.mark.parametrize(("text", "word"), GENERIC)
def test_a_generic_body_or_an_ache_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


TABLE = (
    "| ผู้ให้ข้อมูล | สิ่งที่พบ |\n| --- | --- |\n"
    "| ครูที่ปรึกษา | ลุกเดินบ่อย ลืมการบ้าน |\n"
    "| ฝ่ายปกครอง | หักคะแนน 20 คะแนน |\n"
    "| นายบุญส่ง ทองมา | พาไปโรงเรียนทุกวัน |\n"
)


@pytest.mark.parametrize("word", ["ครูที่ปรึกษา", "ฝ่ายปกครอง"])
def test_an_informant_named_by_role_in_a_table_stays(analyzer, word):
    assert untouched(analyzer, TABLE, word), found(analyzer, TABLE)


def test_a_named_informant_in_the_same_table_is_found(analyzer):
    assert covered(analyzer, TABLE, "นายบุญส่ง ทองมา"), found(analyzer, TABLE)


def test_a_spaced_name_in_a_name_column_stays_a_name(analyzer):
    text = "| ลำดับ | ชื่อ-สกุล | อายุ |\n|---|---|---|\n| 1 | อาหมี่ เชอมือ | 16 |\n"
    assert covered(analyzer, text, "อาหมี่ เชอมือ"), found(analyzer, text)
