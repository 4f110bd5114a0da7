"""Session 42: Thai folk healers and other trades written with หมอ are roles, not a doctor's name.

"คลอดที่บ้านกับหมอตำแย" (a traditional midwife), หมอเป่า, หมอธรรม, หมอสมุนไพร, หมอเมือง, หมอชาวบ้าน,
หมอน้ำมัน, หมอแคน (a khaen player), หมอจีน: หมอ is a title before a name (หมอฝน, หมอตี๋), and the
word after it was read as one — หมอตำแย was lost as a keep string in four open notes of four
authors. A name after the role is still the healer's name (หมอตำแยบุญมี)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

ROLES = ["หมอตำแย", "หมอเป่า", "หมอธรรม", "หมอสมุนไพร", "หมอเมือง", "หมอชาวบ้าน", "หมอน้ำมัน", "หมอแคน", "หมอจีน"]


@pytest.mark.parametrize("role", ROLES)
def test_a_healers_trade_is_no_name(analyzer, role):
    text = f"แม่บอกว่าคลอดที่บ้านกับ{role} ไม่ได้ไปโรงพยาบาล และไปหา{role}อีกครั้งเมื่อวาน"
    assert untouched(analyzer, text, role), found(analyzer, text)


def test_a_doctors_nickname_after_the_title_is_still_a_name(analyzer):
    text = "นัดพบหมอตี๋ที่คลินิกวันพุธ"
    assert covered(analyzer, text, "ตี๋"), found(analyzer, text)


def test_a_name_after_the_healers_trade_is_found(analyzer):
    text = "คลอดกับหมอตำแยบุญมี ที่บ้านเมื่อปีก่อน"
    assert covered(analyzer, text, "บุญมี"), found(analyzer, text)
