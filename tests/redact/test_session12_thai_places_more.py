"""Session 12: Thai places and bodies development set 46 missed. Written before the code;
invented names.

1. A road where someone sells or sleeps, after บริเวณ (บริเวณถนนช้างเผือก), up to a time word; a
   road named by where it is (ถนนหน้าตลาด, "the road in front of the market") is no road's name.
2. A community named by its land area (ชุมชน 45 ไร่).
3. A body's name cut into short syllables after its kind words runs to a clause word
   (ศูนย์แรงงานข้ามชาติกูโร|และ…).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("เด็กขายพวงมาลัยบริเวณถนนศรีดอนไชยช่วงหัวค่ำเป็นประจำ", "ถนนศรีดอนไชย"),
    ("Case note – ชุมชน 45 ไร่ 02/04/2568 (outreach)", "ชุมชน 45 ไร่"),
    ("ส่งต่อศูนย์แรงงานข้ามชาติกูโรและนัดคุยเรื่องสิทธิ", "ศูนย์แรงงานข้ามชาติกูโร"),
]

KEPT = [
    ("เด็กนอนบริเวณถนนหน้าตลาดทุกคืน", "ถนนหน้าตลาด"),
    ("มีที่นา 5 ไร่ ในชุมชน ปลูกข้าวเหนียว", "5 ไร่"),
    ("เด็กขายพวงมาลัยบริเวณถนนศรีดอนไชยช่วงหัวค่ำเป็นประจำ", "ช่วงหัวค่ำ"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_place_is_found(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_where_words_and_times_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)
