"""Session 43 (set 139): a name, a colon and a phone number is a contact, not a scale's score.

"Dale: 506-555-0127, dale.gallant@…" — the instrument rule protects a capitalised word with a
score after a colon (Kessler: 22, Morse: 45), and cut the son's name where the note lists how to
reach him. A dash or a dot and three more digits after the first group make it a phone number."""

from __future__ import annotations

from tests.redact.helpers import found, untouched


def test_a_name_before_a_phone_number_is_found(analyzer):
    text = "His son Dale lives in Moncton and noticed the withdrawals. Dale: 506-555-0127, calls most days."
    k = text.rfind("Dale")
    assert any(e.start <= k and k + 4 <= e.end for e in analyzer.analyze(text)), found(analyzer, text)


def test_a_scale_score_after_a_colon_stays(analyzer):
    text = "Screening today. Kessler: 22, moderate distress; Morse: 45."
    assert untouched(analyzer, text, "Kessler: 22"), found(analyzer, text)
