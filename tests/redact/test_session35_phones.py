"""Session 35 (set 114): a phone number right after its cue word, in whatever local grouping.

After "mobile", "landline", "phone", "cell" or "tel" a run of six digits or more is the number,
however the country groups it: (46) 412-553, 0676/5519283, (92) 99184-2273, 912 770 315,
6617-4380, 17624831. A time, a date or a short hotline after the same words stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("the landline (46) 412-553 is the only way to reach her", "(46) 412-553"),
    ("mother mobile 0676/5519283 mother speaks dari only", "0676/5519283"),
    ("Mother's phone (92) 99184-2273, WhatsApp on the same chip.", "(92) 99184-2273"),
    ("Uncle (candongueiro), mobile 912 770 315", "912 770 315"),
    ("Her phone 6617-4380 – the recruiter saved it", "6617-4380"),
    ("dob 12.07.2005 mobile 17624831 b mobile sister", "17624831"),
    ("the second phone (her partner's, 621 447 903) should not be used", "621 447 903"),
    ("Grandson Kabelo, 24, cell 71 842 306", "71 842 306"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_number_after_a_phone_word_is_a_phone(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Mum informed by phone 15:10, she was upset.", "15:10"),
    ("Agreed by phone 14/03/2025 with the school.", "14/03/2025"),
    ("Can register online or by phone 80060 on weekdays.", "80060"),
    ("He has called her phone 14 times since Monday.", "14"),
    ("Follow-up by phone 16.20 น. กับแม่", "16.20"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_times_dates_and_counts_after_a_phone_word_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
