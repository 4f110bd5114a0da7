"""Session 17: German mobiles (015x, 016x, 017x) run to twelve digits (0152 3398 4410); the
trunk-zero rule stopped at eleven and left a client's number in the text (set 58)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jit may phone me on 0152 3398 4410 (my work mobile) if things get worse.", "0152 3398 4410"),
        ("Her sister's mobile in Hamburg: 0176 2231 9087.", "0176 2231 9087"),
        ("แม่โทรมาจากเยอรมนี เบอร์ 0160 9912 3345 ทุกวันอาทิตย์", "0160 9912 3345"),
    ],
)
def test_a_german_mobile_is_a_phone_number(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
