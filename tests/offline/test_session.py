"""Session date, time and duration from the jottings' first line, English and Thai."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.offline import session_from_jottings

TODAY = dt.date(2026, 1, 20)

CASES = [
    # (jottings, date, start time, duration)
    ("Mon 9/15 per 3 (25 min) check-in", dt.date(2025, 9, 15), None, 25),
    ("09/23/2025 11:15 phone call", dt.date(2025, 9, 23), dt.time(11, 15), None),
    ("visit 11/07 3:30-4:40 at kin home", dt.date(2025, 11, 7), dt.time(15, 30), 70),
    ("NICU f/u 01/09 1400-1435 at bedside", dt.date(2026, 1, 9), dt.time(14, 0), 35),
    ("6 ม.ค. 2569 เวลา 10.20 น. ครูพามา", dt.date(2026, 1, 6), dt.time(10, 20), None),
    ("22 ต.ค. 68 09.00-09.45 น. (ครั้งที่ 2)", dt.date(2025, 10, 22), dt.time(9, 0), 45),
    ("๑๕ ต.ค. ๒๕๖๘ เวลา ๑๐.๐๐-๑๑.๐๐ น.", dt.date(2025, 10, 15), dt.time(10, 0), 60),
    ("14 Nov 2025 (14 พ.ย. 68) 11.00-11.45 น.", dt.date(2025, 11, 14), dt.time(11, 0), 45),
    ("3 มีนาคม 2568 ให้คำปรึกษา 50 นาที", dt.date(2025, 3, 3), None, 50),
    ("session 2025-12-01 10am", dt.date(2025, 12, 1), dt.time(10, 0), None),
]


@pytest.mark.parametrize(("text", "date", "time", "minutes"), CASES)
def test_when_the_first_line_dates_the_session_then_it_is_parsed(text, date, time, minutes):
    meta = session_from_jottings(text, today=TODAY)
    assert meta.date == date
    assert meta.start_time == time
    assert meta.duration_minutes == minutes


def test_when_a_date_of_birth_or_next_appointment_is_written_then_it_is_not_the_session_date():
    text = "DOB 2/17/1980. cl seen 10/03 8:30-9:00. next appt 10/17"
    assert session_from_jottings(text, today=TODAY).date == dt.date(2025, 10, 3)
    thai = "เกิด ๓ มิ.ย. ๒๕๕๕ มาพบ 6 ม.ค. 2569 นัด 8 ม.ค. 69"
    assert session_from_jottings(thai, today=TODAY).date == dt.date(2026, 1, 6)


def test_when_a_weekday_is_written_then_the_year_matches_it():
    # 16 Sep fell on a Monday in 2024, a Tuesday in 2025
    assert session_from_jottings("Mon 9/16 check-in", today=TODAY).date == dt.date(2024, 9, 16)


def test_when_nothing_is_found_then_fields_stay_empty():
    meta = session_from_jottings("client says she is tired", today=TODAY)
    assert meta.date is None and meta.start_time is None and meta.duration_minutes is None


def test_when_a_dose_has_a_decimal_then_it_is_not_a_time():
    meta = session_from_jottings("diazepam 2.5 mg", today=TODAY)
    assert meta.start_time is None


def test_when_hours_describe_sleep_not_the_session_then_no_duration_is_read():
    """A bug seen in the app: "sleeps about 4 hours a night" became a 240-minute session."""
    for text in (
        "Mon 9/16 check-in. Client sleeps about 4 hours a night, tired in class.",
        "6 ม.ค. 2569 เวลา 10.20 น. นอนหลับได้ 4 ชม. ต่อคืน",
        "10/3 visit. slept 5 hrs per night this week",
    ):
        assert session_from_jottings(text, today=dt.date(2026, 11, 29)).duration_minutes is None


def test_when_the_session_length_is_given_in_hours_then_it_is_read():
    meta = session_from_jottings("Home visit 3/4, 1 hour, with mother present.",
                                 today=dt.date(2026, 11, 29))
    assert meta.duration_minutes == 60


def test_when_a_thai_numeric_date_has_a_two_digit_year_below_43_then_it_is_common_era():
    """A session is never before 2000: "5/1/25" in Thai jottings is 5 Jan 2025, not BE 2525."""
    assert session_from_jottings("มาพบ 5/1/25 เวลา 10.00 น.", today=TODAY).date == dt.date(2025, 1, 5)
    assert session_from_jottings("มาพบ 5/1/68", today=TODAY).date == dt.date(2025, 1, 5)


def test_when_the_length_is_in_thai_or_decimal_hours_then_it_is_read():
    meta = session_from_jottings("3 มีนาคม 2568 ให้คำปรึกษา 1 ชั่วโมง", today=TODAY)
    assert meta.duration_minutes == 60
    meta = session_from_jottings("Home visit 3/4, 1.5 hours, with mother present.", today=TODAY)
    assert meta.duration_minutes == 90


def test_when_a_word_starts_like_a_month_then_it_is_not_a_date():
    assert session_from_jottings("played 3 decks of cards in group", today=TODAY).date is None
