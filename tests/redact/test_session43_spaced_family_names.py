"""Session 43: a family name standing alone after a found given name is part of the name.

"ป้าสุดใจ ทองคำ เบาหวานคุมได้", "ผอ.ประยงค์ มีชัย": the given name was found and its family name
— a listed one that is also a word (ทองคำ "gold", มีชัย) — left showing, because the glued-family
rule needs a clause glued after it. A family name standing alone between spaces is taken; a verb,
a function word, a clause closed by "very" or "already", or a card or a right (สิทธิ บัตรทอง) is
not. (Left: ป้าแดง ใจดี "aunt Daeng is kind" was read as a full name before this change and still
is — ใจดี is a listed family name.)"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(("text", "value"), [
    ("บ้าน 2 ป้าสุดใจ ทองคำ เบาหวาน คุมได้ ไม่มีแผลที่เท้า", "สุดใจ ทองคำ"),
    ("ผู้เข้าร่วม: ผอ.ประยงค์ มีชัย, พยาบาลจิตเวช 1 คน", "ประยงค์ มีชัย"),
])
def test_a_family_name_standing_alone_joins_the_given_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("ลุงชม เมาทุกคืน ด่าลูก", "เมาทุกคืน"),
    ("น้องฝน ร้องไห้ บอกว่าคิดถึงแม่", "ร้องไห้"),
    ("ยายคำ ไม่สบาย นอนทั้งวัน", "ไม่สบาย"),
    ("ผู้ป่วยใช้สิทธิ บัตรทอง ที่ รพ.สต.", "บัตรทอง"),
])
def test_a_clause_or_a_card_after_the_name_stays(analyzer, text, kept):
    assert untouched(analyzer, text, kept), found(analyzer, text)
