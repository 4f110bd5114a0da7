"""Session 37 (sets 117, 120, keep26): phone numbers right after the words that give them.

"Officer contact: 71 555 630", "her new SIM, 3916 2207", "Her mobile is 0157 55501294": a phone
word, then "is" or a comma, then the number. Small islands write the whole number in five digits
(Cook Islands, St Helena, Niue: "Mother ph 55 412", "number 51744 (landline)"); after a phone word
those are a phone too, but not a time, a dose or an amount after it."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

PHONES = [
    ("Referral from the kgosi.\nOfficer contact: 72 410 983\n", "72 410 983"),
    ("Sister is sending airtime to her new SIM, 4127 9906.", "4127 9906"),
    ("Her mobile is 0162 55519830 - only call after 10.", "0162 55519830"),
    ("Mother ph 54 318\nOffence: burglary x2", "54 318"),
    ("Reached at the croft by phone, number 23165 (landline).", "23165"),
]


@pytest.mark.parametrize(("text", "value"), PHONES)
def test_a_number_after_a_phone_word_is_a_phone(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Phone review booked, phone 1430 today with mum.", "1430"),
    ("Loan shark on the phone 12000 baht owed.", "12000"),
    ("Complaint to the labour ministry online or by phone 80060.", "80060"),
    ("Contact 3 times this week; next contact 2 weeks.", "Contact 3 times"),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_times_amounts_and_counts_after_a_phone_word_stay(analyzer, text, words):
    assert untouched(analyzer, text, words), found(analyzer, text)
