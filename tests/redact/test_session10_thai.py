"""Session-10 Thai frames, stated generally and written before the code. Invented names only.

1. A spaced family name closes a titled person's name when an ordinary clause follows it — the
   named person is the subject (ครูX Y ทำแผลให้เด็ก, ป้าX Y ดูแลหลาน, วิทยากร: พี่X Y หัวข้อ…), not
   only when an age, a bracket, a comma or one of a few reporting verbs does. A description after
   the given name (ลุงX ดื่มหนัก, ยายX ปวดเข่า) stays.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("ครูพิมพ์ลภัส วงศ์ประเสริฐ ทำแผลให้เด็กแล้วโทรหาผู้ปกครอง", "ครูพิมพ์ลภัส วงศ์ประเสริฐ"),
    ("ป้าสายทอง ศรีบุญเรือง ดูแลหลานสองคนคนเดียว", "ป้าสายทอง ศรีบุญเรือง"),
    ("วิทยากร: พี่กนกพร ธนานุกูล หัวข้อการเลี้ยงลูกวัยรุ่น", "พี่กนกพร ธนานุกูล"),
    ("ภรรยา นางจันทร์เพ็ญ อินทร์แก้ว ขายของที่ตลาดเช้า", "นางจันทร์เพ็ญ อินทร์แก้ว"),
]

KEPT = [
    ("ลุงเชิด ดื่มหนัก ล้มในห้องน้ำ 2 ครั้ง", "ดื่มหนัก"),
    ("ยายบุญมี ปวดเข่า นอนไม่หลับ", "ปวดเข่า"),
    ("น้องฝ้าย ร้องไห้ ตลอดคาบ", "ร้องไห้"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_clause_follows_a_titled_full_name_then_the_family_name_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_a_description_follows_a_titled_given_name_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)
