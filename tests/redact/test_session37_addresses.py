"""Session 37 (set 120): a numbered plot of land and the one named place after it are an address.

Zimbabwe, South Africa, Lesotho, the Marshall Islands and the Caribbean write where someone lives
as a stand, lot, plot, erf or house number and the township or village ("Stand 4471, Mkoba 14",
"house 14, Ajeltake"), with no street for the street rules to end on. The named part must end the
clause; a sentence word after the comma (lot 3, She said …) is no place."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

ADDRESSES = [
    ("Residential: Stand 2290, Sakubva 3, lives with gogo and two cousins.", "Stand 2290, Sakubva 3"),
    ("Home address she gave: house 21, Laura, the third house after the church.", "house 21, Laura"),
    ("| 2 | Mrs Ione Carty (79) | Lot 8, Stoney Ground | lives alone |", "Lot 8, Stoney Ground"),
    ("Address: Plot 14, Ha Thetsane\nPhone: 5884 2210", "Plot 14, Ha Thetsane"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_a_plot_and_its_place_are_an_address(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("They sold lot 3, She said the money went on rent.", "She said"),
    ("Seen in Room 4, Level 2 (family room).", "Level 2"),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_a_sentence_after_a_lot_number_stays(analyzer, text, words):
    assert untouched(analyzer, text, words), found(analyzer, text)
