"""Session 18 (set 61): a formal title glued after ว่า ("that") opens a name even where newmm cuts
across it (แจ้งว่า|นางหมอกคำ → ว่าน|าง, ว่าน being a plant), and a given name that opens with a
kin title's letters is still a name (หมอก "mist" opens with หมอ) while a role compound is not
(ครูประจำชั้น, พี่หมอฟัน)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


def test_a_title_after_that_opens_a_name(analyzer):
    text = "ผู้นำชุมชนเวียงหอมแจ้งว่านางหมอกคำมีเด็กอยู่ในความดูแลอีกคน"
    assert covered(analyzer, text, "หมอกคำ"), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [("ครูประจำชั้นโทรมาแจ้งว่าน้องขาดเรียน", "ครูประจำชั้น"), ("ทนายบอกว่าจะช่วยเรื่องคดี", "ทนาย")],
)
def test_roles_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
