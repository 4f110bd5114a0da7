"""Session 13 keep round 3 (keep5's English families; written before the code, other words).

1. A school grade in several school systems' words (Mattayom 4, Prathom 6, Tahun 5, Darjah 3,
   Klasse 7) is a grade.
2. Money with its currency sign or code (RM300, S$450, HK$9,000, NT$12,000) is money.
3. A double-barrelled eponym before what it names (Rumack-Matthew line, Glasgow-Blatchford score,
   Mallory-Weiss tear) is clinical, not a person.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import untouched

KEPT = [
    ("Dropped out in Mattayom 4 after O-NET; now works at a car wash.", "Mattayom 4"),
    ("Younger brother is in Prathom 6 at the village school.", "Prathom 6"),
    ("Noor, 11, Tahun 5 level at the learning centre, reads slowly.", "Tahun 5"),
    ("Sister in Darjah 3, walks to school with a neighbour.", "Darjah 3"),
    ("Sohn in Klasse 7, Schule ruft oft an.", "Klasse 7"),
    ("Tauke หักค่าที่พัก RM300 ต่อเดือน ไม่มีสลิป", "RM300"),
    ("Agency charged S$450 and HK$9,000 'training fee'.", "HK$9,000"),
    ("Level above the Rumack-Matthew line, NAC started.", "Rumack-Matthew"),
    ("Haematemesis, likely Mallory-Weiss tear, Glasgow-Blatchford score 3.", "Mallory-Weiss"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_term_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


PEOPLES = [
    ("Parent meeting 15:30, Pwo Karen (teacher interpreted), 6 families.", "Pwo Karen"),
    ("Grandfather speaks only Khmu; uncle some Thai.", "Khmu"),
    ("Police issued an Amber Alert after she left the shelter.", "Amber Alert"),
]


@pytest.mark.parametrize(("text", "value"), PEOPLES)
def test_a_people_language_or_alert_stays(analyzer, text, value):
    """Session 13: peoples and languages of the borderlands, and a public alert system."""
    assert untouched(analyzer, text, value)
