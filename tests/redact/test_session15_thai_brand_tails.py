"""Session 15: a Thai shop or team named with an English word written in Thai letters at its end
(ร้านม้งสโตร์, ร้านลีลาวดีแฟชั่น, ทีมแม่จันยูไนเต็ด) is a proper name even when the words before it
are ordinary ones or a people's name (ม้ง "Hmong"): nobody calls a kind of shop "… store" in
Thai. A where-word glued after it (…แฟชั่น|ในตลาด…) ends the name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ซื้อของที่ร้านม้งสโตร์ ตลาดทุ่งสมอ ก่อนขึ้นรถ", "ร้านม้งสโตร์"),
        ("รับงานจากร้านลีลาวดีแฟชั่นในตลาดเซฟวัน ถูกหักค่าแรง", "ลีลาวดีแฟชั่น"),
        ("น้องไปซ้อมบอลกับทีมแม่จันยูไนเต็ด ทุกเย็น", "แม่จันยูไนเต็ด"),
        ("แม่ทำงานที่ร้านกะเหรี่ยงมาร์ท หน้าปากซอย", "กะเหรี่ยงมาร์ท"),
    ],
)
def test_a_shop_named_with_a_loanword_tail_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("แม่ซื้อเสื้อที่ร้านเสื้อผ้าแฟชั่นในตลาดนัด", "ร้านเสื้อผ้าแฟชั่น"),
        ("ไปร้านมินิมาร์ทหน้าหอพักตอนเย็น", "ร้านมินิมาร์ท"),
        ("ทำงานร้านแฟชั่นในห้าง", "ร้านแฟชั่น"),
    ],
)
def test_a_kind_of_shop_with_a_loanword_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
