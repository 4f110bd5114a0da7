"""Session 35: words joined by an underscore are handles wherever they stand.

Across every open set all 256 words joined by "_" were account names; the ones missed stood
with no platform word before them (a viewer called gwyn_the_gaffer, his is kd_the_great, tag
DRILLR_GOD905, an account BeethamSoldiers_). A field name of plain English words (session_date)
is still no handle."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ('messages" from a viewer called gwyn_the_gaffer who asked him to move', "gwyn_the_gaffer"),
    ("her surname is soma.okp his is kd_the_great she is not sleeping", "kd_the_great"),
    ("An older player, tag DRILLR_GOD905, added him to a server.", "DRILLR_GOD905"),
    ("threats come from an account BeethamSoldiers_ with threats", "BeethamSoldiers_"),
    ("Messages from _x_lina_x_ every night since May.", "_x_lina_x_"),
    ("a boy who goes around as big_ratu_fj asked for photos", "big_ratu_fj"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_an_underscore_word_is_a_handle_without_a_platform_word(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Exported from the system: session_date 12/03, next review due.", "session_date"),
    ("Field client_name left blank on the form.", "client_name"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_field_names_of_english_words_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
