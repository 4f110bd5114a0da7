"""Thai 13-digit national ID: all written forms, and the checksum."""

from __future__ import annotations

import pytest

from assistant.redact.recognizers.thai_id import thai_id_checksum_ok

from .helpers import covered, found


def _with_check_digit(first12: str) -> str:
    digits = [int(c) for c in first12]
    return first12 + str((11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10)


VALID = _with_check_digit("110170020345")  # constructed, not a real person's number


@pytest.mark.parametrize(
    "form",
    [
        VALID,
        f"{VALID[0]}-{VALID[1:5]}-{VALID[5:10]}-{VALID[10:12]}-{VALID[12]}",
        f"{VALID[0]} {VALID[1:5]} {VALID[5:10]} {VALID[10:12]} {VALID[12]}",
        VALID.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")),
    ],
    ids=["glued", "dashed", "spaced", "thai-digits"],
)
def test_when_thai_id_written_in_any_form_then_it_is_an_id_number(analyzer, form):
    text = f"ปชช. {form} สิทธิ UC"
    assert covered(analyzer, text, form)
    assert ("ID_NUMBER", form) in found(analyzer, text)


def test_when_checksum_is_valid_then_checksum_passes():
    assert thai_id_checksum_ok("1234567890121")
    assert thai_id_checksum_ok("1-2345-67890-12-1")


def test_when_check_digit_is_wrong_then_checksum_fails():
    wrong = VALID[:-1] + str((int(VALID[-1]) + 1) % 10)
    assert not thai_id_checksum_ok(wrong)


def test_when_dashed_number_fails_checksum_it_is_still_an_id_by_its_grouping(analyzer):
    """Session 27: the card's own 1-4-5-2-1 grouping is no other number's shape, so a mistyped
    check digit still names the card (as the glued 13 digits always did): redacting it costs
    nothing, leaving it out would send a client's card number to the model. (Until session 26 this
    test held the opposite; no keep string in any set had the shape.)"""
    wrong = VALID[:-1] + str((int(VALID[-1]) + 1) % 10)
    dashed = f"{wrong[0]}-{wrong[1:5]}-{wrong[5:10]}-{wrong[10:12]}-{wrong[12]}"
    assert any(t == "ID_NUMBER" for t, _ in found(analyzer, f"code {dashed} here"))
