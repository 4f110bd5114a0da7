"""Session 41 (set 138): a name as a passport or a border pass spells it, in capitals.

Thai notes on migrant clients give the name in Thai and then as the document spells it: "สรีเนียง
ในบัตรผ่านแดนสะกด SREY NEANG", "(passport KHAMPHONE XAYAVONG)", "(หนังสือเดินทางสะกด SENGCHANH
PHOMMAVONG)". The Thai name was found; the capitals after the spelling or document word are the
same person's name. Two to four words in capitals, each with a vowel; an acronym or a code after
the word (passport PHL, MOU) is not a name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("- เด็ก: สรีเนียง ในบัตรผ่านแดนสะกด SREY NEANG เลขบัตร BP 0415527 (เถ้าแก่ยึดไว้)", "SREY NEANG"),
    ("| ชื่อ | นางคำพอน ไซยะวง อายุ 27 สัญชาติลาว (passport KHAMPHONE XAYAVONG) |", "KHAMPHONE XAYAVONG"),
    ("น.ส.แสงจันทร์ พมมะวง (หนังสือเดินทางสะกด SENGCHANH PHOMMAVONG) สัญชาติลาว อายุ 16 ปี", "SENGCHANH PHOMMAVONG"),
    ("Client's name as spelled on her passport: NANG SENG NOON, born in Tachileik.", "NANG SENG NOON"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_name_spelled_by_a_document_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("ทำงานถูกกฎหมายตาม MOU มีพาสปอร์ต PHL ติดตัว และใบอนุญาตทำงาน", "MOU"),
    ("Passport MRZ CHECK OK at the border post.", "MRZ CHECK OK"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_code_after_a_document_word_is_not_a_name(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
