"""The one date reader: behaviour settled where the checker, drafter and grounding used to differ."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.dates import (
    find_clocks,
    find_dates,
    find_durations,
    find_times,
    normalise_year,
    other_era_year,
    parse_date,
    scan_dates,
    weekday_number,
)


def test_a_two_digit_year_after_a_thai_month_is_always_buddhist_era():
    # "30" after a Thai month is BE 2530 (a date of birth), never 2030
    assert normalise_year(30, thai_context=True) == 1987
    assert parse_date("เกิด 3 มิ.ย. 30") == dt.date(1987, 6, 3)
    assert parse_date("นัด 14 มี.ค. 67") == dt.date(2024, 3, 14)


def test_a_bare_two_digit_year_in_a_day_month_note_is_be_only_for_this_centurys_be_years():
    assert parse_date("05/06/68", "dmy") == dt.date(2025, 6, 5)
    assert parse_date("05/06/25", "dmy") == dt.date(2025, 6, 5)
    assert parse_date("05/06/25", "mdy") == dt.date(2025, 5, 6)


def test_an_explicit_buddhist_era_marker_makes_a_two_digit_year_be():
    assert parse_date("7 Oct พ.ศ. 68") == dt.date(2025, 10, 7)


@pytest.mark.parametrize(
    "text", ["6 ม.ค. 2569", "6 ม. ค. 2569", "6 ม.ค 2569", "6 มค 2569", "6 มกราคม 2569"]
)
def test_thai_month_abbreviations_are_read_however_the_dots_are_typed(text):
    assert parse_date(text) == dt.date(2026, 1, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the 5th of May 2025", dt.date(2025, 5, 5)), ("April 7,2024", dt.date(2024, 4, 7))],
)
def test_english_month_name_forms(text, expected):
    assert parse_date(text, "mdy") == expected


def test_a_sentence_full_stop_is_not_part_of_the_date():
    text = "Follow-up on 12 Dec."
    (d,) = find_dates(text, "dmy", 2026)
    assert text[d.start : d.end] == "12 Dec"


def test_a_month_name_inside_a_longer_word_is_not_a_month():
    assert find_dates("played 3 decks of cards", "mdy") == ()


def test_the_scanner_keeps_ambiguity_for_the_reader_to_settle():
    (m,) = scan_dates("visit 5/10")
    assert m.numeric and m.year is None
    assert m.month_day("mdy") == (5, 10) and m.month_day("dmy") == (10, 5)
    assert m.readings() == {(5, 10), (10, 5)}
    (y,) = scan_dates("5/10/68")
    assert y.possible_years() == {2068, 2025, 1968}


def test_years_in_the_other_era():
    assert other_era_year(2569) == 2026
    assert other_era_year(2026) == 2569
    assert other_era_year(1200) is None


@pytest.mark.parametrize(("name", "day"), [("Mon", 0), ("Friday", 4), ("วันศุกร์", 4), ("อาทิตย์", 6)])
def test_weekday_names_in_english_and_thai(name, day):
    assert weekday_number(name) == day


def test_am_or_pm_on_one_side_of_a_range_serves_the_other_only_when_it_fits():
    (a,) = find_times("11:30-12:15 pm")
    assert (a.time, a.end_time) == (dt.time(11, 30), dt.time(12, 15))
    (b,) = find_times("2:30pm-3:30")
    assert (b.time, b.end_time) == (dt.time(14, 30), dt.time(15, 30))


def test_a_thai_range_with_the_suffix_on_both_sides_is_one_range():
    (t,) = find_times("เวลา 10.00 น. - 11.00 น.")
    assert (t.time, t.end_time) == (dt.time(10), dt.time(11))
    assert t.marked and t.dotted


def test_separator_free_ranges_are_read_only_when_asked():
    assert find_times("f/u 1400-1435") == ()
    (t,) = find_times("f/u 1400-1435", military=True)
    assert (t.time, t.end_time) == (dt.time(14), dt.time(14, 35))


def test_a_clock_without_am_pm_may_be_afternoon_but_a_thai_clock_is_24_hour():
    unmarked, thai, pm = find_clocks("2:30, 2.30 น., 2 pm")
    assert unmarked.readings() == {(2, 30), (14, 30)}
    assert thai.readings() == {(2, 30)}
    assert pm.readings() == {(14, 0)}


def test_am_pm_glued_to_a_word_is_not_a_marker():
    (c,) = find_clocks("10:30 amounts")
    assert c.meridiem is None


def test_durations_in_thai_hours_and_decimal_hours():
    assert [d.minutes for d in find_durations("1 ชั่วโมง, 1.5 hours, 2.5 hrs")] == [60, 90, 150]
