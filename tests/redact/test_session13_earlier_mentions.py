"""Session 13: a nickname that is also a word, named before the line that shows it is a name.

A chat copied in under a header ("(ปาล์มส่งมาให้)") or a list whose first line uses a nickname
and whose second gives it a cue: the earlier mention is the same person when it opens a clause
or a cell; glued after a word (ขายหมูปิ้ง) it is the word. Written before the code; invented names.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

EARLIER = [
    (
        "คัดลอกแชทกลุ่มแม่บ้าน (ขนุนส่งมาให้) 3/2/69\nขนุน: พรุ่งนี้ใครว่างบ้าง\nพี่มาลี: ว่างช่วงบ่าย\n"
        "ขนุน: งั้นเจอกันที่ศาลา\n---\nโทรหาขนุน (ชื่อจริง กนกพร มีสุข) 10.00 น.",
        "ขนุน",
    ),
    ("สรุป: ลำไยกับน้องแตงโมทะเลาะกัน\nน้องลำไยบอกว่าไม่อยากไปโรงเรียน", "ลำไย"),
    ("สรุป: ขนุนกับน้องแตงโมทะเลาะกัน\nน้องขนุนบอกว่าไม่อยากไปโรงเรียน", "ขนุน"),
]

KEPT = [
    ("แม่ต้องขายหมูปิ้งหน้าโรงเรียนทุกเช้า\nน้องหมู: หนูง่วงมากเลยครู", "หมูปิ้ง"),
]


@pytest.mark.parametrize(("text", "value"), EARLIER)
def test_every_mention_of_the_name_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_word_before_the_name_is_kept(analyzer, text, value):
    assert untouched(analyzer, text, value)
