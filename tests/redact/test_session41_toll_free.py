"""Session 41 (set 139): a toll-free helpline number after "line" is no LINE ID.

"Mom has the Kamatsiaqtut Help Line 1-800-265-3333", "Hope for Wellness line 1-855-242-3310": the
word "line" cued the LINE-ID rule, and the helpline's number — shared by every caller, a keep
string — was redacted as a handle. Session 8 kept short numbers after "line" (Crisis line 988); a
North American toll-free number (1-800, 1-833 … 1-888) is kept the same way. A personal number
after LINE is still found."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("Mom has the Kamatsiaqtut Help Line 1-800-265-3333. Telehealth Wed.", "1-800-265-3333"),
    ("Safety plan: Hope for Wellness line 1-855-242-3310, 24/7.", "1-855-242-3310"),
    ("Gave her the crisis line 1 (888) 353-2273 and the shelter's address.", "1 (888) 353-2273"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_toll_free_helpline_survives(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_personal_number_after_line_is_still_found(analyzer):
    text = "แม่ให้ LINE 0891234567 ไว้ติดต่อ"
    assert covered(analyzer, text, "0891234567"), found(analyzer, text)
