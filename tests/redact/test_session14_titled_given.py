"""Session 14: a Thai family name was found but the titled given name before it was not (นาย
สามารถ มั่นยืน: สามารถ is also the word "able"); a strong title opening the chunk before a found
name makes that chunk the given name, so the whole name is one span."""

from __future__ import annotations

import pytest

from assistant.redact import get_analyzer


def _one_span(text: str, value: str) -> bool:
    k = text.find(value)
    assert k >= 0
    return any(e.start <= k and k + len(value) <= e.end for e in get_analyzer().analyze(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ผู้เข้าร่วม\n1) นายสามารถ มั่นยืนยง (Sam) 44 ปี ผู้ประสานงาน", "สามารถ มั่นยืนยง"),
        ("ผู้ปกครอง นางสมหวัง ศรีประเสริฐวงศ์ มารับ", "สมหวัง ศรีประเสริฐวงศ์"),
    ],
)
def test_a_titled_given_name_before_a_found_family_name_joins_it(text, value):
    assert _one_span(text, value), [(e.type, e.text) for e in get_analyzer().analyze(text)]


def test_a_role_that_opens_like_a_title_is_not_taken():
    text = "นายจ้าง ศรีประเสริฐวงศ์ ไม่จ่ายค่าแรง"
    ents = [e.text for e in get_analyzer().analyze(text)]
    assert not any("นายจ้าง" in e for e in ents), ents


def test_a_description_after_a_titled_name_is_not_a_family_name():
    text = "นางป่านแก้ว หญิงชาวไทใหญ่ 27 ปี พูดไทยได้บ้าง"
    k = text.find("หญิงชาวไทใหญ่")
    assert not any(e.start < k + 5 and k < e.end for e in get_analyzer().analyze(text))
