"""Thai text helpers: digits, months, Buddhist-era years, dates and times in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.dates import (
    find_dates,
    find_durations,
    find_times,
    month_number,
    normalise_year,
    parse_date,
    to_ascii_digits,
)


def test_thai_digits_become_ascii_without_moving_offsets():
    text = "โทร ๐๘๑-๒๓๔-๕๖๗๘"
    out = to_ascii_digits(text)
    assert out == "โทร 081-234-5678"
    assert len(out) == len(text)


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("ม.ค.", 1),
        ("มกราคม", 1),
        ("ก.พ.", 2),
        ("มี.ค.", 3),
        ("เม.ย.", 4),
        ("ต.ค.", 10),
        ("ธันวาคม", 12),
        ("Jan", 1),
        ("September", 9),
        ("sept", 9),
        ("dec.", 12),
    ],
)
def test_month_names_in_thai_and_english(name, month):
    assert month_number(name) == month


@pytest.mark.parametrize(("year", "ce"), [(2568, 2025), (2569, 2026), (2026, 2026), (26, 2026)])
def test_buddhist_era_years_convert_to_common_era(year, ce):
    assert normalise_year(year) == ce


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("วันที่ให้บริการ: 7 ต.ค. 2568", "dmy", dt.date(2025, 10, 7)),
        ("๑๕ ต.ค. ๒๕๖๘", "dmy", dt.date(2025, 10, 15)),
        ("14 มีนาคม 2567", "dmy", dt.date(2024, 3, 14)),
        ("นัด 14 มี.ค. 67", "dmy", dt.date(2024, 3, 14)),
        ("Session 09/23/2025", "mdy", dt.date(2025, 9, 23)),
        ("Seen 04/07/2026", "mdy", dt.date(2026, 4, 7)),
        ("Seen 04/07/2026", "dmy", dt.date(2026, 7, 4)),
        ("Seen 23/09/2025", "mdy", dt.date(2025, 9, 23)),  # a day over 12 settles the order
        ("7 Apr 2026", "mdy", dt.date(2026, 4, 7)),
        ("April 7, 2026", "mdy", dt.date(2026, 4, 7)),
        ("2026-04-07", "dmy", dt.date(2026, 4, 7)),
        ("05/06/68", "dmy", dt.date(2025, 6, 5)),
    ],
)
def test_dates_in_every_common_form(text, order, expected):
    assert parse_date(text, order) == expected


def test_ratings_scores_money_and_times_are_not_dates():
    text = "rated 2/10, EPDS = 11, 6,000 บาท, SNAP-IV 2.1, 10.00–10.40 น."
    assert find_dates(text, "mdy") == ()


def test_a_yearless_date_is_marked_as_such():
    (d,) = find_dates("text on 05/10 at 21:14", "mdy", 2026)
    assert d.date == dt.date(2026, 5, 10)
    assert not d.year_known


def test_times_and_ranges_in_english_and_thai():
    (t,) = find_times("เวลา ๑๐.๐๐–๑๑.๐๐ น. (๖๐ นาที)")
    assert (t.time, t.end_time) == (dt.time(10), dt.time(11))
    times = [x.time for x in find_times("Time: 11:15–11:45; back at 1:30 a.m.; call at 2 p.m.")]
    assert times == [dt.time(11, 15), dt.time(1, 30), dt.time(14)]


def test_durations_in_minutes():
    assert [d.minutes for d in find_durations("(40 นาที), 45 min, 1 ชม., 2 hours")] == [
        40,
        45,
        60,
        120,
    ]
