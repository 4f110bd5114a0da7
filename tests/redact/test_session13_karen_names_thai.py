"""Session 13: a Karen, Burmese, Shan or Mon name in Thai letters, opened by its honorific (ซอ,
หน่อ, นอ, หม่อง, จาย) and glued to the relation word or the cue before it (สามีซอทูแมะ,
ลูกชายซอเดวิด, แต่งงานกับหน่อเลอมู); a nurse's or pharmacist's title (พว., ภก.) before a name.
The same syllables in ordinary words stay (เล่นซอ, หน่อไม้). Written before the code; invented names.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("หลังคลอด 1 วัน แผลไม่บวม สามีซอทูเมาะทำไร่อ้อยที่บ้านบ่อ", "ซอทูเมาะ"),
    ("2567 ลูกชายซอดาเนียล อายุ 11 เริ่มเรียนที่ศูนย์การเรียน", "ซอดาเนียล"),
    ("2552 แต่งงานกับหน่อมูเลอในค่าย / 2556 ย้ายมาทำไร่", "หน่อมูเลอ"),
    ("เตียง 304 ว่าง / ส่งเวรโดย พว.ชุติมา / รับเวร 16.00", "ชุติมา"),
]

KEPT = [
    ("ตอนเย็นตาชอบเล่นซออยู่หน้าบ้าน ฟังแล้วสบายใจ", "เล่นซออยู่"),
    ("แม่ไปเก็บหน่อไม้ที่ป่าหลังหมู่บ้านทุกเช้า", "หน่อไม้"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_name_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_words_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)
