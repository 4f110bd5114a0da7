"""Session 39 (set 131): a local number after a call verb or a relative's label.

Small countries' numbers have no trunk 0 or country code in a note: "ring Rosemay 5873 2406 re
weekend visits", "call mum on 454 1876 tomorrow", "Dad: 7710 5528".
Alone such a run of digits could be anything, so the phone rules waited for a phone word (tel,
mobile, WhatsApp). A verb of calling with at most a name or two before the number says the same,
and so does a relative's label on a contact line. Seven digits or more, not a date or a time."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("- ring Rosemay 5873 2406 re weekend visits + pill organiser", "5873 2406"),
    ("call mum on 454 1876 tomorrow about the school forms", "454 1876"),
    ("Texted her aunt at 7710-5528, no reply yet.", "7710-5528"),
    ("Contacts:\nDad: 7710 5528\nNan: 612 9043", "612 9043"),
    ("her number is 609 4412 and she works days", "609 4412"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_local_number_after_a_call_cue_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Call back in 2 weeks; ring 999 if unsafe.", "999"),
    ("Called the office at 10:30 on 14.03.2025 about the rent.", "14.03.2025"),
    ("Phoned the landlord re arrears of 2 450 000 shillings.", "2 450 000"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_time_a_date_or_an_amount_after_a_call_verb_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
