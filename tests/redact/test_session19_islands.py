"""Session 19: an island by its name after a word of place or movement (เยี่ยมบ้านเกาะหลีเป๊ะ,
ย้ายไปอยู่เกาะลิบง, ที่เกาะช้าง) is a place; เกาะ "to cling" (ลูกเกาะแขนแม่, เด็กๆเกาะกลุ่ม,
เกาะติดเพื่อน) is not."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("เยี่ยมบ้านเกาะหลีเป๊ะ12ก.ย.68ไปกับครูประจำชั้น", "เกาะหลีเป๊ะ"),
        ("ย้ายไปอยู่เกาะลิบงกับยายตั้งแต่ปีที่แล้ว", "เกาะลิบง"),
    ],
)
def test_an_island_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ลูกเกาะแขนแม่ไม่ยอมปล่อย", "เกาะแขน"),
        ("เด็กๆเกาะกลุ่มกันตอนพักเที่ยง", "เกาะกลุ่ม"),
        ("เด็กชอบเกาะติดเพื่อนคนเดิม", "เกาะติด"),
    ],
)
def test_clinging_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
