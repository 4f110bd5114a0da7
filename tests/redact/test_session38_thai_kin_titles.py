"""Session 38 (set 126): a kin title with its sex or by marriage before a name.

น้าชาย (mother's younger brother), น้าสาว, พี่เขย (sister's husband) and ลุงเขย are one word to
the tokenizer, so the kin-title rule, which knew น้า, พี่ and ลุง alone, never saw a title and the
name after it (น้าชาย วีระ, พี่เขยวุฒิ) passed as a word. They are titles now, strict ones: the
word after them counts only when it is a listed name or no Thai word, since these titles are
glued to a verb as often as to a name (ลุงเขยล่วงละเมิด, น้าชายดื่มเหล้า)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

NAMES = [
    ("ตาอยู่กับหลานสองคน น้าชาย วีระ ดื่มสุราและเสพยา มาขอเงินตาเป็นประจำ", "วีระ"),
    ("พี่สาวแต่งงานอยู่อ.คลองลาน กับพี่เขยวุฒิ มาช่วยเดือนละครั้ง", "วุฒิ"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_a_name_after_a_kin_title_with_its_sex_or_by_marriage_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name), found(analyzer, text)


TITLES_BEFORE_VERBS = [
    ("เด็กเล่าว่าลุงเขยล่วงละเมิดตอนแม่ไม่อยู่บ้าน แจ้ง พม. แล้ว", "ลุงเขย"),
    ("ที่บ้านน้าชายดื่มเหล้าทุกวัน ยายเป็นคนดูแลหลักของเด็ก", "น้าชาย"),
    ("พี่เขยไม่ช่วยอะไรเลย หนูต้องจ่ายค่าเทอมน้องเอง", "พี่เขย"),
]


@pytest.mark.parametrize(("text", "title"), TITLES_BEFORE_VERBS)
def test_the_title_before_a_verb_stays(analyzer, text, title):
    assert untouched(analyzer, text, title), found(analyzer, text)
