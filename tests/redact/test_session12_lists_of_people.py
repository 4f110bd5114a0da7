"""Session 12: a numbered or bulleted list of people, each with an age or a description after a
dash (development set 46's drop-in list: no name of three was found). Written before the code;
invented names.

"1. Kanokwan, 29 - nail tech" names Kanokwan (a name with an age, now also before a dash), and
"3. Noi - cousin of #1" names Noi (a list item that is a name). A list item that is an English
word (Plan -, Housing:, Level 2 -) names nobody.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

DROP_IN = (
    "Drop-in list, Thursday\n"
    "1. Wilawan, 31 - cleaner, owed two weeks' wages.\n"
    "2. Thanakrit, 27 - kitchen porter at a hotel.\n"
    "3. Pui - sister of #1, arrived 2 wks ago.\n"
    "4. Plan - review in 2 weeks.\n"
    "- Housing: referral sent.\n"
    "5. Level 2 - done\n"
)


@pytest.mark.parametrize("value", ["Wilawan", "Thanakrit", "Pui"])
def test_people_in_a_list_are_found(analyzer, value):
    assert covered(analyzer, DROP_IN, value)


@pytest.mark.parametrize("value", ["Plan", "Housing", "Level 2"])
def test_list_headings_stay(analyzer, value):
    assert untouched(analyzer, DROP_IN, value)
