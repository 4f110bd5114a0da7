"""Session 43 (keep32): Thailand's health scheme and welfare card named in English stay.

"Universal Coverage card covers the home visits", "uses the Pracharat Welfare Card": national
schemes with no place, like บัตรทอง and บัตรสวัสดิการแห่งรัฐ in Thai, identify no one."""

from __future__ import annotations

import pytest

from tests.redact.helpers import found, untouched


@pytest.mark.parametrize(("text", "kept"), [
    ("Practical. Universal Coverage card covers the home visits.", "Universal Coverage"),
    ("Mum uses the Pracharat Welfare Card at the shop.", "Pracharat Welfare Card"),
])
def test_a_thai_national_scheme_in_english_stays(analyzer, text, kept):
    assert untouched(analyzer, text, kept), found(analyzer, text)
