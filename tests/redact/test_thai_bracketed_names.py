"""A person told by kin, role or age, then their given name in a bracket: น้องชายผู้ป่วย (ประยูร),
ด.ญ. อายุ 14 (กนกพร), แฟนคนไทย (จุฑามาศ). The name is hidden there and wherever it is used again;
a remark in the same place (พิการ, เสียชีวิต, 2 คน) stays. Session 7."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("น้องชายผู้ป่วย (ประยูร) มาเยี่ยมช่วงบ่าย", "ประยูร"),
        ("ครูแนะแนวแจ้ง: ด.ญ. อายุ 14 (กนกพร) คุยกับผู้ชายในเกม", "กนกพร"),
        ("อยู่กับแฟนคนไทย (จุฑามาศ) ที่หาดกะรน จุฑามาศทำงานร้านนวด", "จุฑามาศ"),
    ],
)
def test_a_given_name_in_a_bracket_after_kin_role_or_age_is_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ลูกสาว (พิการ) อยู่บ้านกับยาย", "พิการ"),
        ("สามี (เสียชีวิต) เมื่อปีก่อน", "เสียชีวิต"),
        ("ภรรยา (ตั้งครรภ์ 7 เดือน) มาด้วย", "ตั้งครรภ์"),
    ],
)
def test_a_remark_in_the_bracket_stays(analyzer, text, word):
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ลูกชาย (ออทิสติก) เรียนร่วมชั้น ป.3", "ออทิสติก"),
        ("แม่ (อัลไซเมอร์) อยู่กับยายที่บ้าน", "อัลไซเมอร์"),
        ("พี่ชาย (ไบโพลาร์) ขาดยามาสองเดือน", "ไบโพลาร์"),
    ],
)
def test_a_diagnosis_in_a_bracket_after_kin_is_no_nickname(analyzer, text, word):
    """A bracket after kin often holds a nickname, but a condition written in Thai letters never is."""
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ("มา: ปั้น (นายวัชระพล ชาลีเครือ) สาย 10 นาที", "ปั้น"),
        ("ไตเติ้ล (ณัฐชนน ตั้งสกุลเจริญ) ไม่มาตามนัด", "ไตเติ้ล"),
    ],
)
def test_a_nickname_before_a_bracketed_full_name_is_hidden(analyzer, text, nick):
    assert covered(analyzer, text, nick)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ผู้ป่วย (นายสมชาย ใจดี) มาตามนัด", "ผู้ป่วย"),
        ("มาด้วย (นางสมศรี ใจดี) นั่งรอข้างนอก", "มาด้วย"),
    ],
)
def test_a_role_or_a_clause_before_a_bracketed_name_stays(analyzer, text, word):
    assert untouched(analyzer, text, word)


def test_a_nickname_before_a_bracketed_given_name_is_hidden(analyzer):
    text = "นัดครั้งที่ 2 — โอ๊ต (ธนวัฒน์) ไม่มา โอ๊ตส่งไลน์มาขอเลื่อน"
    assert covered(analyzer, text, "โอ๊ต")
    assert untouched(analyzer, "มาด้วย (ธนวัฒน์) นั่งรอข้างนอก", "มาด้วย")
