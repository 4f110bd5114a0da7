"""Session 21: a listed town, district or foreign town standing alone in a table cell (a home-town
column headed only "มาจาก") is a place, though no frame word stands before it; a country in a
nationality column and ordinary words in cells stay."""

from __future__ import annotations

from tests.redact.helpers import covered, found

TABLE = (
    "| ลำดับ | ชื่อเด็ก | อายุ | มาจาก | สัญชาติ | หมายเหตุ |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | ด.ญ.มาลา | 9 | ท่าแขก | ลาว | ยังไม่เข้าเรียน |\n"
    "| 2 | ด.ช.ต้น | 12 | ศรีโสภณ | กัมพูชา | ติดตามเรื่องเรียน |\n"
)


def test_a_town_alone_in_a_cell_is_covered(analyzer):
    assert covered(analyzer, TABLE, "ท่าแขก"), found(analyzer, TABLE)
    assert covered(analyzer, TABLE, "ศรีโสภณ"), found(analyzer, TABLE)


def test_countries_and_remarks_in_cells_stay(analyzer):
    values = [v for _, v in found(analyzer, TABLE)]
    assert not any(v in ("ลาว", "กัมพูชา", "ยังไม่เข้าเรียน", "ติดตามเรื่องเรียน") for v in values), values
