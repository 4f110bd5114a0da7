"""Session 43: a Thai place in Thai script after an English preposition is a place.

Mixed notes leave Thai places in Thai script inside English sentences ("moved from มหาชัย last
year", "his mother in บ้านนา"); neither the Thai frames nor the English capitalised-word rules
read them. Bangkok stays (too wide), and a Thai word that is no place stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("The kids have not been to school since they moved from มหาชัย last year.", "มหาชัย"),
    ("Protective factors: his mother in บ้านนา and his part-time job.", "บ้านนา"),
    ("She worked at a shrimp peeling shed in คลองหลวง, no documents.", "คลองหลวง"),
    ("Grandmother lives near บ้านห้วยทรายขาว, two hours by bus.", "บ้านห้วยทรายขาว"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_thai_place_after_an_english_preposition_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("She was referred to ศูนย์พึ่งได้ for the exam.", "ศูนย์พึ่งได้"),
    ("They moved to กรุงเทพฯ for work in 2019.", "กรุงเทพฯ"),
    ("We met again at ยี่เป็ง when the family came back.", "ยี่เป็ง"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_thai_word_that_is_no_identifying_place_stays(analyzer, text, kept):
    assert untouched(analyzer, text, kept), found(analyzer, text)
