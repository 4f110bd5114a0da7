"""Session 39 (set 129): a village glued to its หมู่ number, written in digits or in words.

In LINE messages and speech-to-text Thai runs on with no spaces: "ไปอยู่กับแฟนที่บ้านโนนงิ้วหมู่ที่แปดค่ะ",
"วิ่งไปที่บ้านห้วยไผ่หมู่สิบสองชาวบ้านกลัวกันหมด". The village name ran on over its หมู่ and the
words after it, so the address rule saw one long "village" and no number, and only the name was
hidden — the village number, which narrows the place to a few hundred households, stayed. A village
name now stops where หมู่ and a number begin."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("เพื่อนบอกว่าน้องไปอยู่กับแฟนที่บ้านโนนงิ้วหมู่ที่แปดค่ะเลยจากท่าคล้อไป", "บ้านโนนงิ้วหมู่ที่แปด"),
    ("ยายถือมีดเดินไปมาที่บ้านห้วยไผ่หมู่สิบสองชาวบ้านกลัวกันหมด", "บ้านห้วยไผ่หมู่สิบสอง"),
    ("น้องไปอยู่กับแฟนที่บ้านโนนงิ้วหมู่ 8 ค่ะ", "บ้านโนนงิ้วหมู่ 8"),
    ("แม่ย้ายกลับไปบ้านดอนแดงหมู่ที่ ๓ ตั้งแต่สงกรานต์", "บ้านดอนแดงหมู่ที่ ๓"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_village_glued_to_its_number_is_hidden_with_the_number(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)



def test_a_run_on_address_ends_with_its_listed_sub_district(analyzer):
    """Once the village stops at its number, the chain reads on into the sub-district; in
    speech-to-text with no spaces that part must end with the listed name, not at the line's end."""
    text = (
        "ลงเยี่ยมบ้านยายที่บ้านสวายหมู่สิบสองตำบลเทนมีย์ตาแกพูดเขมรล้วนต้องให้หลานแปลให้ตาบอกว่าปวดเข่ามาก"
        "กินยาไดโคลฟีแนคอยู่ทุกวัน"
    )
    assert covered(analyzer, text, "บ้านสวายหมู่สิบสองตำบลเทนมีย์"), found(analyzer, text)
    assert untouched(analyzer, text, "ปวดเข่า") and untouched(analyzer, text, "ไดโคลฟีแนค"), found(analyzer, text)
