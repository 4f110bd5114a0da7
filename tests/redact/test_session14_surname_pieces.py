"""Session 14: a Thai family name made of ordinary words (มีมาก, ธรรมสอน) is still a family name
when every piece of it is a piece Thai family names are made of and something closes the name
after it (an age, a bracket, a Latin score). Pieces of clauses (ดื่ม, รับ, ดูแล) are not."""

from __future__ import annotations

import pytest

from assistant.redact.surname_pieces import surname_like
from tests.redact.helpers import covered


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("เยี่ยมบ้านลุงเชิด มีมาก (70 ปี) ดื่มหนักทุกวัน", "เชิด มีมาก"),
        ("ยายพะยอม ธรรมสอน ADL ลดลง ลูกชายดูแล", "พะยอม ธรรมสอน"),
    ],
)
def test_a_family_name_of_ordinary_pieces_is_taken_with_the_given_name(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize("chunk", ["มีมาก", "ธรรมสอน", "หนูเอียด", "มั่นยืน", "สีพันดอน"])
def test_family_name_pieces(chunk):
    assert surname_like(chunk)


@pytest.mark.parametrize("chunk", ["ดื่มหนัก", "มารับ", "ดูแลสามี", "ล้มใน", "ไม่มา", "ทำงาน"])
def test_clause_pieces_are_no_family_name(chunk):
    assert not surname_like(chunk)


def test_a_clause_after_a_titled_name_is_not_taken(analyzer):
    text = "ยายจันทร์ ดื่มหนัก, ล้มบ่อย"
    k = text.find("ดื่มหนัก")
    assert not any(e.start < k + 8 and k < e.end for e in analyzer.analyze(text))
