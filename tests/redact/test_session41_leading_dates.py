"""Session 41 (set 138): a visit's date is no part of the address written after it.

"Visit: Wed 19 Feb 2025, Ban Huai Nam Sai, ต.หนองพันจันทร์ อ.บ้านคา" — the learned tagger read the
date's day as a house number and took "19 Feb 2025, Ban Huai Nam Sai" as an address, and the address
run then swallowed the session date, which must survive. An address span that opens with a whole
date (a day, a month's name, a year) starts after it."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

TEXT = "Visit: Wed 19 Feb 2025, Ban Huai Nam Sai, ต.หนองพันจันทร์ อ.บ้านคา\nPresent: mother, OT"


def test_the_visit_date_survives(analyzer):
    assert untouched(analyzer, TEXT, "19 Feb 2025"), found(analyzer, TEXT)


def test_the_address_after_it_is_still_covered(analyzer):
    assert covered(analyzer, TEXT, "Ban Huai Nam Sai, ต.หนองพันจันทร์ อ.บ้านคา"), found(analyzer, TEXT)
