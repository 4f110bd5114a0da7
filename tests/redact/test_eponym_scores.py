"""An instrument named after a person, written with a bare score, is the instrument: "Kessler 22",
"Morse 45", "Hamilton = 18". With no score the name is a name (Dr Hamilton, Mrs Katz).

Why: the blind sets lose most English keep strings this way (a capitalised word and a number, read
as a name and an age); the score is what tells them apart.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kessler 22 today, was 30 in March.", "Kessler 22"),
        ("Falls risk: Morse 45, Barthel 60.", "Morse 45"),
        ("Hamilton = 18, sleeping better.", "Hamilton = 18"),
        ("Epworth 12/24, daytime sleepiness.", "Epworth 12/24"),
        ("Katz 4 and Lawton 5 at the home visit.", "Lawton 5"),
        ("ประเมิน Tinetti 19 เสี่ยงล้ม", "Tinetti 19"),
    ],
)
def test_an_eponymous_instrument_with_a_score_stays(analyzer, text, kept):
    assert untouched(analyzer, text, kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spoke with Dr Hamilton about the discharge plan.", "Hamilton"),
        ("Mrs Katz, 81, lives alone since March.", "Katz"),
        ("Mr Morse 45 years old came with his daughter.", "Morse"),
    ],
)
def test_the_same_names_without_a_score_are_hidden(analyzer, text, name):
    assert covered(analyzer, text, name)
