"""A kind of shop followed by the rest of the sentence is no shop's name.

Why: Thai notes say where a parent works as a kind of shop glued to the next clause — แม่ทำงาน
ร้านนวดกะดึก ("works the night shift at a massage place"), ร้านนวดกลับดึกทุกคืน ("… comes home late
every night"), ร้านหมูปิ้งได้เงินวันละ 300. The words after the kind (a shift, a time of night, going
home, opening hours, pay) were read as the shop's name, so the draft lost the family's situation
under an ORGANIZATION placeholder. A shop named with ordinary words (ร้านนวดหายเหนื่อย,
อู่ซ่อมรถเจริญยนต์) is still a name.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

_KINDS = ("ร้านนวด", "ร้านเกม", "ร้านหมูปิ้ง", "ร้านหมูกระทะ", "ร้านทอง", "ร้านข้าวแกง", "ร้านไก่ทอด", "ร้านอาหารเกาหลี")
_TAILS = (
    "กะดึก", "กลับดึกทุกคืน", "ได้เงินวันละ 300", "เลิกตีสอง", "ต่อ", "เปิดถึงตีสอง", "เล่นทั้งคืน",
    "ดึกๆ", "ได้ค่าจ้างวันละ 350",
)


@pytest.mark.parametrize("kind", _KINDS)
@pytest.mark.parametrize("tail", _TAILS)
def test_a_kind_of_shop_then_the_next_clause_is_kept(analyzer, kind, tail):
    text = f"แม่ทำงาน{kind}{tail} ไม่ค่อยได้อยู่บ้าน"
    assert found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        ("แม่ทำงานร้านนวดหายเหนื่อย ไม่ค่อยอยู่บ้าน", "ร้านนวดหายเหนื่อย"),
        ("ไปหาหมอที่คลินิกฟันยิ้มสวย เมื่อวาน", "คลินิกฟันยิ้มสวย"),
        ("พ่อเป็นช่างที่อู่ซ่อมรถเจริญยนต์", "อู่ซ่อมรถเจริญยนต์"),
        ("แม่ขายของที่ร้านข้าวมันไก่เจ๊ต้อย", "ร้านข้าวมันไก่เจ๊ต้อย"),
        ("ทำงานร้านอาหารกินดี 2 ปี", "ร้านอาหารกินดี"),
        ("แม่ทำงานร้านนวดสบายใจกลับดึกทุกคืน", "ร้านนวดสบายใจ"),
        ("ลูกไปนั่งที่ร้านเกมพิมพ์ชนกเล่นทั้งคืน", "ร้านเกมพิมพ์ชนก"),
    ],
)
def test_a_shop_named_with_ordinary_words_is_still_hidden(analyzer, text, shop):
    assert covered(analyzer, text, shop)
