"""Session 18 (set 55): in a run-on note the last district or sub-district of an address glues to
the next clause (อ.ลืออำนาจมีลูกชายไปทำงาน…, อ.ควนขนุนส่วนเพื่อนสนิท…). The address had run on to
the paragraph's end and hidden everything in it; it now ends with the listed district's name,
while a longer unlisted name (ต.บางระกำใหม่) stays whole."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

CASES = [
    (
        "ยายอยู่คนเดียวที่บ้านโนนค้อต.ไร่ขีอ.ลืออำนาจมีลูกชายไปทำงานเกาหลีส่งเงินมาเดือนละ3000",
        "บ้านโนนค้อต.ไร่ขีอ.ลืออำนาจ",
        "ลูกชาย",
    ),
    (
        "ที่อยู่12/3 หมู่8 ต.ทะเลน้อย อ.ควนขนุนส่วนเพื่อนสนิทที่มาด้วยบอกว่าน้องเคยรำเก่งที่สุดในรุ่น",
        "12/3 หมู่8 ต.ทะเลน้อย อ.ควนขนุน",
        "เพื่อนสนิท",
    ),
]


@pytest.mark.parametrize(("text", "address", "after"), CASES)
def test_a_glued_district_ends_the_address(analyzer, text, address, after):
    assert covered(analyzer, text, address), found(analyzer, text)
    assert untouched(analyzer, text, after), found(analyzer, text)


def test_a_longer_unlisted_name_is_left_whole(analyzer):
    text = "บ้านเลขที่ 45 หมู่ 2 ต.บางระกำใหม่ อ.บางระกำ จ.พิษณุโลก"
    assert covered(analyzer, text, "45 หมู่ 2 ต.บางระกำใหม่ อ.บางระกำ จ.พิษณุโลก"), found(analyzer, text)
