"""Session 36 (sets 102, 107, 112): works named by the place they stand at.

A sluice gate, a pier, a landing, a bridge, a quarry or a checkpoint glued to a landform-headed
place name (ประตูน้ำ|บางเลน, ท่าเรือ|บางโรง, ท่าเทียบเรือ|บางสน) is one place wherever it stands,
and the name ends where a known place's name ends (ประตูน้ำบางเลน|พื้นผุ "the floor is rotten")."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

WORKS = [
    ("บ้านอยู่ริมน้ำใกล้ประตูน้ำบางไทร น้ำขึ้นทุกปี", "ประตูน้ำบางไทร"),
    ("ทุกเช้านั่งเรือหางยาวออกจากท่าเรือหนองบัวไปรับจ้าง", "ท่าเรือหนองบัว"),
    ("พักห้องแถวหลังท่าเทียบเรือบางปะกง กับเพื่อนคนงาน", "ท่าเทียบเรือบางปะกง"),
]


@pytest.mark.parametrize(("text", "value"), WORKS)
def test_works_named_by_their_place_are_a_place(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("บ้านเดิมอยู่ใกล้ประตูน้ำบางไทรพื้นผุหมดแล้ว", "พื้นผุ"),
    ("ไปท่าเรือบางวันก็ไม่มีเรือให้ข้าม", "ท่าเรือบางวัน"),
    ("ข้ามสะพานแล้วเลี้ยวขวาไปอีกสองกิโล", "สะพาน"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_what_follows_a_works_place_and_plain_works_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
