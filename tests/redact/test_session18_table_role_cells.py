"""Session 18 (set 55): a guardian or contact column of a pasted table holds names, but a cell
that says who only in kin or role words (ลุง, ยาย, พ่อ/แม่, Grandma) names no one and stays; a
kin word with a name after it (พ่อจันทร์ติ๊บ, Aunt May Lee) is still redacted. A tab row that ends in empty cells is still a row of the table, and the
header after a nickname column (ชื่อเล่น<TAB>อายุ) is no nickname."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

TH_TABLE = (
    "ลำดับ\tชื่อ-สกุล\tชื่อเล่น\tอายุ\tผู้ปกครอง\tเบอร์\tหมายเหตุ\n"
    "1\tขวัญข้าว ทองเนียม\tข้าว\t9\tพ่อจันทร์ติ๊บ\t086-215-9043\tมาทุกครั้ง\n"
    "2\tเมียะ ตู\tแป้ง\t8\tยาย\t\tไม่มีเอกสาร\n"
    "3\tย่าง แซ่ว่าง\tซัว\t12\tลุง\t\tม้ง\n"
    "4\tนวลจันทร์ ภูผาแดง\tปลาย\t11\tพ่อ/แม่\t\tดูแลใกล้ชิด\n"
    "5\tอองจ่อ\t\t10\tป้าหล้า\t\t\n"
)
EN_TABLE = (
    "Name | Age | Guardian | Phone\n"
    "Tavita Leaupepe | 9 | Grandma | 021 448 3921\n"
    "Mele Fonua | 11 | Aunt May Lee | 022 519 0032\n"
)


def test_kin_words_alone_in_a_guardian_column_stay(analyzer):
    for word in ("ยาย", "ลุง", "พ่อ/แม่"):
        assert untouched(analyzer, TH_TABLE, word), found(analyzer, TH_TABLE)
    assert untouched(analyzer, EN_TABLE, "Grandma"), found(analyzer, EN_TABLE)


def test_a_header_after_the_nickname_column_is_no_nickname(analyzer):
    assert untouched(analyzer, TH_TABLE, "อายุ"), found(analyzer, TH_TABLE)
    text = "ชื่อเล่น อายุ 12 ปี ยังไม่ได้ถาม"
    assert untouched(analyzer, text, "อายุ"), found(analyzer, text)


def test_names_in_the_same_columns_are_still_found(analyzer):
    assert covered(analyzer, TH_TABLE, "จันทร์ติ๊บ"), found(analyzer, TH_TABLE)
    assert covered(analyzer, TH_TABLE, "อองจ่อ"), found(analyzer, TH_TABLE)  # a row ending in empty cells
    assert covered(analyzer, TH_TABLE, "หล้า"), found(analyzer, TH_TABLE)
    assert covered(analyzer, EN_TABLE, "May Lee"), found(analyzer, EN_TABLE)
