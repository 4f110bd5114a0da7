"""Best-effort session date, start time and duration from the jottings' own words.

Why here and small: the header of a note needs the session's date and time (timeliness), and
writers nearly always type them in the first line ("Mon 9/16 per 3 (25 min)", "6 ม.ค. 2569 เวลา
10.20 น."). Dates of birth, next appointments and past events are skipped by the words before
them. Thai years are Buddhist era (BE = CE + 543; two-digit ``68`` = 2568); Thai digits are read
as digits. A numeric date is month/day in English text and day/month in Thai text. A date with no
year takes the most recent such day not after today (matching the weekday when one is written).
Anything not found stays None.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.models import SessionMeta
from assistant.offline.cues import cues
from assistant.offline.upcoming import ahead_before
from assistant.text.dates import (
    find_durations,
    find_times,
    find_weekdays,
    scan_dates,
    to_ascii_digits,
)
from assistant.text.thai import has_thai

#: Words before a date or time that make it something other than the session's own.
_SKIP_BEFORE = re.compile(
    r"(?:dob|d\.o\.b|born|birth|due|since|last|until|by|before|done|made|เกิด|วันเกิด|ตั้งแต่|"
    r"ครั้งล่าสุด|ภายใน|ก่อน|มติ|ถึง)(?![A-Za-z])\W{0,3}\S{0,12}\s*$",
    re.I,
)
#: Follow-up words: a date after them is the next contact, except at the very start of the
#: jottings, where "NICU f/u 01/09 14:00" names this (follow-up) session.
_NEXT_BEFORE = re.compile(
    r"(?:f/u|fu|follow[- ]?up|next|appt|appointment|rtc|see|นัด|นัดติดตาม)(?![A-Za-z])\W{0,3}\S{0,12}\s*$",
    re.I,
)
_HEAD_CHARS = 40


def _skipped(text: str, pos: int) -> bool:
    before = text[max(0, pos - 20) : pos]
    if _SKIP_BEFORE.search(before) or ahead_before(text, pos):
        return True  # "นัดครั้งต่อไป 6 ธ.ค.", even first in the jottings, is not this session
    if not _NEXT_BEFORE.search(before):
        return False
    # past the header, or after the client's account has begun ("says …, f/u 12/9")
    return pos >= _HEAD_CHARS or cues().reported_speech.search(text[:pos])


def _complete(
    month: int, day: int, year: int | None, weekday: int | None, today: dt.date
) -> dt.date | None:
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    fallback: dt.date | None = None
    for candidate_year in range(today.year, today.year - 8, -1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate > today:
            continue
        if weekday is None or candidate.weekday() == weekday:
            return candidate
        fallback = fallback or candidate
    return fallback if weekday is None else None


def _dates(text: str, thai: bool, today: dt.date) -> list[tuple[int, dt.date]]:
    """Session-date candidates: m/d in English jottings, d/m in Thai, DOB and next visit skipped."""
    order = "dmy" if thai else "mdy"
    found: list[tuple[int, dt.date]] = []
    for m in scan_dates(text):
        if _skipped(text, m.start):
            continue
        if m.numeric and m.separator != "/" and not (m.year and len(m.year) == 4):
            continue  # "3-4 times" and "10.30" are not dates; "15.10.2568" is
        month, day = m.month_day(order)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        weekday = _weekday_before(text, m.start)
        date = _complete(month, day, m.year_ce(order), weekday, today)
        if date is not None:
            found.append((m.start, date))
    return found


def _weekday_before(text: str, pos: int) -> int | None:
    found = find_weekdays(text[max(0, pos - 16) : pos])
    return found[-1][2] if found else None


def _afternoon(t: dt.time) -> dt.time:
    """An unmarked 1–6 o'clock is afternoon in a workday's jottings ("3:30-4:40")."""
    return t.replace(hour=t.hour + 12) if 1 <= t.hour <= 6 else t


def _time_and_span(text: str) -> tuple[dt.time | None, int | None]:
    for m in find_times(text, military=True):
        if _skipped(text, m.start):
            continue
        if m.dotted and not (
            m.marked or m.end_time or "เวลา" in text[max(0, m.start - 8) : m.start]
        ):
            continue  # "2.50 mg" is not a time
        start_t, end_t = m.time, m.end_time
        if not m.marked:
            start_t = _afternoon(start_t)
            end_t = _afternoon(end_t) if end_t else None
        start = start_t.hour * 60 + start_t.minute
        span = None
        if end_t is not None:
            end = end_t.hour * 60 + end_t.minute
            if end <= start and end + 12 * 60 > start:
                end += 12 * 60
            span = end - start if 0 < end - start <= 12 * 60 else None
        return start_t, span
    return None, None


#: Words around a length of time that make it a habit ("4 hours a night"), not the session.
_RATE_AFTER = re.compile(r"\s*(?:a|per|/|each|every|of)?\s*(?:night|day|week|nightly|daily)|\s*ต่อ|\s*/", re.I)
_RATE_BEFORE = re.compile(r"(?:sleep|sleeps|slept|sleeping|นอน|นอนหลับ(?:ได้)?|screen|gaming|games?)\W*(?:\w+\W+){0,2}$", re.I)


def _is_a_rate(text: str, start: int, end: int) -> bool:
    """True when a length of time at ``start:end`` describes a habit or sleep, not the session."""
    after = text[end : end + 16]
    before = text[max(0, start - 30) : start]
    return bool(_RATE_AFTER.match(after) or _RATE_BEFORE.search(before))


def session_from_jottings(text: str, *, today: dt.date | None = None) -> SessionMeta:
    """Session date, start time and duration found in the jottings; the rest stays None."""
    text = to_ascii_digits(text or "")
    head = text[:4000]  # the session's own date and time are written at the top
    thai = has_thai(head)
    today = today or dt.date.today()
    dates = _dates(head, thai, today)
    # the session's time sits next to its date; elsewhere a time is an event ("done 11:05")
    window = head[max(0, dates[0][0] - 40) : dates[0][0] + 100] if dates else head[:160]
    start, span = _time_and_span(window)
    duration = None
    explicit = next(
        (d for d in find_durations(window) if not _is_a_rate(window, d.start, d.end)), None
    )
    if explicit:
        duration = explicit.minutes
    elif span:
        duration = span
    if duration is not None and not 0 < duration <= 24 * 60:
        duration = None
    return SessionMeta(
        date=dates[0][1] if dates else None, start_time=start, duration_minutes=duration
    )
