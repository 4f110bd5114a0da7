"""Session 39 (set 131): a number's closing check letter, printed apart, is part of it.

Many schemes print a letter after the digits, apart from them: a UK National Insurance number
(QQ 12 34 56 C), Gibraltar's social-security number (G7 442 118 B), a police occurrence reference
(OIS 25 0611 R). An ID or case hit ending at the digits left the letter behind, and a value half
hidden is not hidden. A single capital after the number, then the end of the clause or a lower-case
word, is taken in; "I" and "A", which open a clause, are not."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Mum DOB 02/02/1991   SCS no. G7 442 118 B\nCurrent address: Flat 31", "G7 442 118 B"),
    ("police reference OIS 25 0611 R, officer said no charge if he does the programme", "OIS 25 0611 R"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_numbers_check_letter_is_hidden_with_it(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_pronoun_after_a_number_stays(analyzer):
    text = "Case no. 2025-0441 I think is closed now."
    assert untouched(analyzer, text, "I think"), found(analyzer, text)
