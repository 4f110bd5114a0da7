"""Session 17: in a run-on list, a nickname glued before the dotted title of the same child's or
woman's full name (…คือแนนด.ญ.ณัฐธิดา ศรีบุญ) is that person's name, and so is the nickname said
alone later (แนนบอกว่า…): development set 53 missed every mention. A kin or role word glued there
(บุตรด.ญ.…, หลานสาวด.ญ.…) names nobody."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ยายเลี้ยงหลานสองคนคือแพรด.ญ.พิมพ์ชนก ทองดี๑๑ปีกับโจ้ด.ช.ภาคิน ทองดี๗ปี แพรบอกว่าอยากไปหาแม่", "แพร"),
        ("ยายเลี้ยงหลานสองคนคือแพรด.ญ.พิมพ์ชนก ทองดี๑๑ปีกับโจ้ด.ช.ภาคิน ทองดี๗ปี ส่วนโจ้ติดเกม", "โจ้"),
        ("ลูกสองคนคือส้มด.ญ.สุดา มีสุข อายุ 8 ปี ส้มไม่ค่อยพูด", "ส้ม"),
    ],
)
def test_a_nickname_glued_before_a_titled_full_name_is_found_everywhere(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("บ้านพักเด็กและครอบครัว บุตรด.ญ.ไพลิน ทองสม เกิด 2 มกราคม 2558", "บุตร"),
        ("มีหลานสาวด.ญ.กมลวรรณ ใจดี อายุ 9 ปี อยู่ด้วย", "หลานสาว"),
    ],
)
def test_a_kin_or_role_word_before_the_title_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
