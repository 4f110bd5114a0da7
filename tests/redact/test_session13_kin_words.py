"""Session 13: kin and role words of more languages, standing with no name (Didi, Mak Cik, Cikgu,
Ustazah, Tante, Halmeoni, Houseparent) are kept; with a name after them the name is still hidden.
Written before the code; invented names.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KEPT = [
    ("Missed the festival at home; Didi is selling a goat for the fees.", "Didi"),
    ("Mak Cik next door minds her while mum works the night shift.", "Mak Cik"),
    ("Home visit after Cikgu flagged absences, 45 min.", "Cikgu"),
    ("Ustazah at the learning centre says she is quiet but attends.", "Ustazah"),
    ("Tante in Hamburg sends money when she can.", "Tante"),
    ("Houseparent says he games till 3am most nights.", "Houseparent"),
    ("Halmeoni looks after the baby on weekdays.", "Halmeoni"),
]

FOUND = [
    ("Mak Cik Rohaya next door minds her while mum works.", "Rohaya"),
    ("Cikgu Faridah flagged the absences to the office.", "Faridah"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_kin_word_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_name_after_it_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)
