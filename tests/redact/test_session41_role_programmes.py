"""Session 41 (keep sets 26, 28, 29; sets 105, 125): a programme named with a role word.

A capitalised role word before a capitalised word reads as a title before a name (Carer Mercy,
Victim Liaison Officer Dawn). Services and schemes are named the same way with ordinary nouns:
"Victim Awareness session 2", "Victim Compensation form", "Child Development Division duty line".
Session 18 kept a listed set of scheme nouns (Carer Payment); any run of ordinary English words
that holds no given name, after a role that is no kin word, names a programme or an office, not a
person. After a kin word an ordinary word may still be a nickname (Boyfriend Arm), and a given
name that is also a word stays a name after any role (Carer Mercy)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("Work done: Victim Awareness session 2 of 3; wrote a letter to the victim.", "Victim Awareness"),
    ("3. Victim Compensation form for the ER bill if she goes.", "Victim Compensation"),
    ("Called the Principal, then Child Development Division duty line at 12:05.", "Child Development Division"),
    ("Referred to Youth Offending Prevention for the summer block.", "Youth Offending Prevention"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_programme_named_with_a_role_word_survives(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


FOUND = [
    ("Carer Mercy comes on Tuesdays and Thursdays to help her bathe.", "Mercy"),
    ("Boyfriend Arm drives her to the clinic on Fridays.", "Arm"),
    ("Victim Kerry-Ann Bailey gave a statement at the station.", "Kerry-Ann Bailey"),
    ("Interpreter Bright Owusu joined by phone.", "Bright Owusu"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_name_after_a_role_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
