"""Session 18 (keep set 8): a role word then a scheme's noun names a scheme or a service (Carer
Payment, Carer Gateway), not a carer — both when a rule reads the role as a cue and when the
language model tags the phrase as a person and only the second word is left; a role then a name
that is also a word (Carer Mercy, Nurse Joy) is still a name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Mum Anika works part-time and gets Carer Payment through Centrelink.", "Carer Payment"),
        ("Told him about Carer Gateway and the respite options available.", "Carer Gateway"),
    ],
)
def test_a_scheme_after_a_role_word_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Carer Mercy helps daily with meals and meds.", "Mercy"),
        ("Nurse Joy checked his obs at 10:00.", "Joy"),
        ("Mum Anika works part-time and gets Carer Payment through Centrelink.", "Anika"),
    ],
)
def test_a_name_after_a_role_word_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
