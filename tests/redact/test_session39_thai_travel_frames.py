"""Session 39 (set 129): a listed town after a travel frame — going towards it, riding to it.

Workers write where someone went as much as where they live: "ข้ามไปทางช่องเม็ก" (crossed over by
way of Chong Mek), "มีคนรถมารับไปทางป่าอ้อ", "ขึ้นรถไปบ้านกรวด". The listed-town rule read only the
strong frames (lives at, works at, moved to, comes from). A town the gazetteer lists and the
dictionary does not know as a word is now read after going-towards and riding-to frames too; "ไปทาง
นี้", "ไปทางตลาด" (this way, towards the market) have no listed town and stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("แม่ไปทำงานร้านอาหารที่ปากเซ ข้ามไปทางช่องเม็ก กลับปีละครั้ง", "ช่องเม็ก"),
    ("เพื่อนบอกว่ามีคนรถมารับไปทางป่าอ้อแล้วต่อรถไปแม่สอด", "ป่าอ้อ"),
    ("ยายนั่งรถไปบางลูกเสือทุกเช้าเพื่อขายผัก", "บางลูกเสือ"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_listed_town_after_a_travel_frame_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("เด็กวิ่งไปทางตลาดแล้วหายไป ครูตามไม่ทัน", "ตลาด"),
    ("พี่เลี้ยงบอกให้เดินไปทางนี้ก่อนแล้วค่อยเลี้ยวซ้าย", "ทางนี้"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_direction_with_no_town_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
