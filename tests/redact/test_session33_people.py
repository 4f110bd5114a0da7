"""Session 33: a family name two people of one family share.

Each was found by a title and a given name, and each is followed after a space by the same word,
glued to the clause after it in a run-on note (น้องมณีรัตน์ ศรีทองคำ|ที่บ้าน…, ป้าบุญเรือน
ศรีทองคำ|ไปรับจ้าง…): that word is their family name. A function word after two names (ที่บ้าน,
ที่ตลาด) is no shared name."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

RUN_ON = (
    "วันนี้ไปเยี่ยมน้องมณีรัตน์ เหลาคำอ้ายที่บ้านเลขที่๒๒หมู่๔ "
    "แม่ของน้องคือป้าบุญเรือน เหลาคำอ้ายไปรับจ้างตัดอ้อยทุกวัน"
)


def test_a_family_name_two_relatives_share_is_found_after_each(analyzer):
    assert covered(analyzer, RUN_ON, "น้องมณีรัตน์ เหลาคำอ้าย"), found(analyzer, RUN_ON)
    assert covered(analyzer, RUN_ON, "ป้าบุญเรือน เหลาคำอ้าย"), found(analyzer, RUN_ON)


def test_the_clause_after_the_shared_name_stays(analyzer):
    assert untouched(analyzer, RUN_ON, "ไปรับจ้างตัดอ้อย"), found(analyzer, RUN_ON)


def test_a_function_word_after_two_names_is_no_family_name(analyzer):
    text = "คุยกับยายมาลัย ที่บ้าน แล้วไปหาป้าแดง ที่ตลาดนัด"
    assert untouched(analyzer, text, "ที่ตลาดนัด"), found(analyzer, text)
