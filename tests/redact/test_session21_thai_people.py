"""Session 21: Thai people named by who they are to someone — the boss of a Chinese-Thai business
by name (เถ้าแก่ + a name, not what the boss does or owns) and a relative "of the child" named
after คือ (แม่ของเด็กคือ + a name, not what the relative is)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

NAMED = [
    ("พ่อรับจ้างขนของให้เถ้าแก่ฮง ได้ค่าแรงวันละ 300 บาท", "ฮง"),
    ("ยายเลี้ยงหลานสองคน แม่ของเด็กคือบุษบา ไปทำงานโรงงานที่ระยอง", "บุษบา"),
    ("สามีของผู้ป่วยคือสมพงษ์ ดื่มสุราทุกวัน", "สมพงษ์"),
]


@pytest.mark.parametrize(("text", "value"), NAMED)
def test_the_person_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize("text", [
    "เถ้าแก่บอกว่าไม่ต้องใส่หน้ากาก เดี๋ยวก็ชิน",
    "กรีดยางให้เถ้าแก่แบ่ง 60/40 ราคาน้ำยางตก",
    "เถ้าแก่รู้เรื่องแล้ว ให้มาตามนัดได้",
    "พ่อของเด็กคือลูกจ้างโรงงาน ทำงานกะดึก",
    "ปัญหาของเด็กคือการขาดเรียน",
])
def test_what_the_person_does_or_is_stays(analyzer, text):
    assert [v for t, v in found(analyzer, text) if t == "PERSON"] == []
