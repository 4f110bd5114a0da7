"""Document numbers need no label to be identifying: letters then six to ten digits (a passport,
an IVO or permit number: M10734426, AA4471902) and long dash-grouped numbers (a work permit
0741-68-003417) point at one person. Session 6: such numbers were missed on opened sets when their
label stood apart or was one the rules did not know."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her IVO application M20981154 was listed at the local court.", "M20981154"),
        ("kept passports in the office safe incl. his, KT5519037. Works 6 days", "KT5519037"),
        ("ใบอนุญาตทำงานเลขที่ 0852-67-114093 หมดอายุแล้ว นายจ้างไม่ต่อ", "0852-67-114093"),
    ],
)
def test_a_document_number_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("B12 low, recheck in 2 weeks; COVID-19 negative; F32.1 noted", "B12"),
        ("session 3 of 12-15-20 plan; PHQ-9 = 14", "12-15-20"),
        ("appointment 2025-03-14 at 10:00", "2025-03-14"),
    ],
)
def test_codes_dates_and_scores_are_not_document_numbers(analyzer, text, word):
    assert not any(word in e.text and e.type == "ID_NUMBER" for e in analyzer.analyze(text))


@pytest.mark.parametrize(
    "text",
    ["written_at: 2026-11-30T09:15:02.123456+00:00", "Saved 2025-03-14T16:40:00Z by the app", "id: 2026-01-05T08:00"],
)
def test_an_iso_timestamp_is_never_an_identifier(analyzer, text):
    # the draft page stamped such a time into the prompt and the leak guard blocked every request
    assert analyzer.analyze(text) == []

