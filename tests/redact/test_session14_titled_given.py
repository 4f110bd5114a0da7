"""Session 14: a Thai family name was found but the titled given name before it was not (นาย
สามารถ มั่นยืน: สามารถ is also the word "able"); a strong title opening the chunk before a found
name makes that chunk the given name, so the whole name is one span."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ผู้เข้าร่วม\n1) นายสามารถ มั่นยืนยง (Sam) 44 ปี ผู้ประสานงาน", "สามารถ มั่นยืนยง"),
        ("ผู้ปกครอง นางสมหวัง ศรีประเสริฐวงศ์ มารับ", "สมหวัง ศรีประเสริฐวงศ์"),
    ],
)
def test_a_titled_given_name_before_a_found_family_name_joins_it(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_role_that_opens_like_a_title_is_not_taken(analyzer):
    text = "นายจ้าง ศรีประเสริฐวงศ์ ไม่จ่ายค่าแรง"
    ents = [e.text for e in analyzer.analyze(text)]
    assert not any("นายจ้าง" in e for e in ents), ents


def test_a_description_after_a_titled_name_is_not_a_family_name(analyzer):
    text = "นางป่านแก้ว หญิงชาวไทใหญ่ 27 ปี พูดไทยได้บ้าง"
    k = text.find("หญิงชาวไทใหญ่")
    assert not any(e.start < k + 5 and k < e.end for e in analyzer.analyze(text))
