"""Session 32: towns and districts glued to the clause after them.

A run-on Thai note glues the next clause straight onto a town's name (ทำงานอยู่มหาชัยโทรไปแล้ว,
ไปเลี้ยงช้างที่พัทยาเลยลงไป): the town is a whole word there, which the tokenizer tells; only a
short list of linking words used to count as its end, so the town was left in the clear."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("ลูกสาวชื่อน้ำฝนทำงานอยู่มหาชัยโทรไปแล้วบอกว่าจะกลับมาช่วงสงกรานต์", "มหาชัย"),
    ("ได้ข่าวว่าตามลุงไปเลี้ยงช้างที่พัทยาเลยลงไปเยี่ยมบ้าน", "พัทยา"),
    ("ลูกชายคนโตไปทำงานอยู่ศรีราชาส่งเงินมาเดือนละสามพัน", "ศรีราชา"),
    ("พี่สาวทำงานโรงแรมที่หัวหินโทรมาถามอาการทุกอาทิตย์", "หัวหิน"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_town_glued_to_the_next_clause_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
