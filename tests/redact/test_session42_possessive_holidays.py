"""Session 42 (keep31): a holiday named in the possessive (Heroes' Day, Martyrs' Day, Founders'
Day) is a holiday like Kadooment Day (session 41): the apostrophe had kept the rule from seeing
"Day" after the span, so "Heroes" was read as a place. A person's day stays (Doris's Day is rare;
Mother's Day and the like are kept by the lists)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import found, untouched

KEPT = [
    ("I only want to sit here until Heroes' Day and see my children.", "Heroes"),
    ("She will travel after Martyrs' Day with the baby.", "Martyrs"),
    ("Father comes home for Founders' Day each year.", "Founders"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_possessive_holiday_is_no_name(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
