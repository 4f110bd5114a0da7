"""Session 31: words that name no one, seen while probing after session 30.

A person's work after a kin word's colon (สามี: ช่างไม้) is what they do, not their name; the
name in the same slot still is (สามี: สมชาย). A pier by its kind (ท่าเรือประมง "the fishing pier")
and a market by the hour it opens (ตลาดเช้ามืด "the pre-dawn market") name no place; a pier or a
market with a name still do."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("สามี: ช่างไม้ ทำงานรับเหมา", "ช่างไม้"),
    ("ภรรยา: แม่ค้า ขายของตลาดนัด", "แม่ค้า"),
    ("พ่อ: คนขับรถ อายุ 52 ปี", "คนขับรถ"),
    ("ไปที่ท่าเรือประมงทุกเช้า ช่วยแกะปู", "ท่าเรือประมง"),
    ("แม่พาไปตลาดเช้ามืดกับน้องทุกวัน", "ตลาดเช้ามืด"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


FOUND = [
    ("สามี: สมชาย ทำงานรับเหมา", "สมชาย"),
    ("พ่อ: บุญมี อายุ 52 ปี", "บุญมี"),
    ("ไปที่ท่าเรือคลองโคนทุกเช้า ช่วยแกะปู", "ท่าเรือคลองโคน"),
    ("พ่อทำงานที่ท่าเรือประมงท่าฉลอมทุกเช้า", "ท่าฉลอม"),
    ("แม่พาไปตลาดเช้าบ้านหนองบัวทุกวัน", "บ้านหนองบัว"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_identifier_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
