"""Session 42: a Thai kind of body with a clause word glued after it names no body.

"เด็กๆ ยังไปตาดีกาปกติ" (still go to Islamic kindergarten as usual), "ให้น้องไปอยู่ศูนย์เด็กเล็กก่อน"
(stay at the child centre for now): the body rules took the glued word as the body's name. Session
24 dropped a kind glued to a conjunction (แจ้งมูลนิธิทันทีหาก…); the child centres and ตาดีกา join the
kinds and "as usual / for now / as before / every day" the clause words. A named centre stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("เด็กๆ ยังไปตาดีกาปกติมั้ยคะ", "ตาดีกา"),
    ("ระหว่างนี้ให้น้องไปอยู่ศูนย์เด็กเล็กก่อน แล้วค่อยสมัครอนุบาล", "ศูนย์เด็กเล็ก"),
    ("ลูกคนเล็กไปศูนย์พัฒนาเด็กเล็กทุกวัน แม่ไปกรีดยาง", "ศูนย์พัฒนาเด็กเล็ก"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_kind_of_body_before_a_clause_word_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_named_child_centre_is_found(analyzer):
    text = "น้องไปศูนย์พัฒนาเด็กเล็กบ้านหนองบัวแดง ทุกวัน"
    assert covered(analyzer, text, "ศูนย์พัฒนาเด็กเล็กบ้านหนองบัวแดง"), found(analyzer, text)
