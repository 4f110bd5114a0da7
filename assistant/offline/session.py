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
from assistant.offline.cues import has_thai

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_TH_MONTHS = (
    ("ม.ค.", "มกราคม"), ("ก.พ.", "กุมภาพันธ์"), ("มี.ค.", "มีนาคม"), ("เม.ย.", "เมษายน"),
    ("พ.ค.", "พฤษภาคม"), ("มิ.ย.", "มิถุนายน"), ("ก.ค.", "กรกฎาคม"), ("ส.ค.", "สิงหาคม"),
    ("ก.ย.", "กันยายน"), ("ต.ค.", "ตุลาคม"), ("พ.ย.", "พฤศจิกายน"), ("ธ.ค.", "ธันวาคม"),
)  # fmt: skip
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
             "จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6}  # fmt: skip

_TH_MONTH_RE = "|".join(
    re.escape(x) for pair in _TH_MONTHS for x in sorted(pair, key=len, reverse=True)
)
_EN_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

_DATE_PATTERNS = (
    (
        "th",
        re.compile(
            rf"(?<!\d)(\d{{1,2}})\s*({_TH_MONTH_RE})\s*(?:พ\.ศ\.\s*)?(\d{{4}}|\d{{2}})?(?!\d)"
        ),
    ),
    ("dmy_en", re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_EN_MONTH_RE})\s*,?\s*(\d{{4}})?(?!\d)", re.I)),
    (
        "mdy_en",
        re.compile(
            rf"\b({_EN_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b,?\s*(\d{{4}})?(?!\d)", re.I
        ),
    ),
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")),
    ("numeric", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")),
)
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
    if _SKIP_BEFORE.search(before):
        return True
    return pos >= _HEAD_CHARS and bool(_NEXT_BEFORE.search(before))


_TIME = re.compile(
    r"(?<![\d/.:])([01]?\d|2[0-3])([:.])([0-5]\d)\s*(am|pm|a\.m\.|p\.m\.|น\.)?"
    r"(?:\s*[-–]\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*(am|pm|น\.)?)?(?![\d/])",
    re.I,
)
_MILITARY = re.compile(
    r"(?<![\d/.:])([01]\d|2[0-3])([0-5]\d)\s*[-–]\s*([01]\d|2[0-3])([0-5]\d)(?!\d)"
)
_AMPM = re.compile(r"(?<![\d:.])(1[0-2]|0?[1-9])\s*(am|pm)\b", re.I)
_DURATION = re.compile(
    r"(?<!\d)(\d{1,3})\s*(?:min\b|mins\b|minutes\b|นาที|ชม\.|hrs?\b|hours?\b)", re.I
)
_WEEKDAY_RE = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|วัน(จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)", re.I
)


def _year(raw: str | None, thai: bool) -> int | None:
    if not raw:
        return None
    year = int(raw)
    if len(raw) == 2:
        return 2500 + year - 543 if thai else 2000 + year
    return year - 543 if year > 2400 else year


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
    found: list[tuple[int, dt.date]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if _skipped(text, m.start()):
                continue
            try:
                if kind == "th":
                    month = next(i for i, pair in enumerate(_TH_MONTHS, 1) if m.group(2) in pair)
                    day, year = int(m.group(1)), _year(m.group(3), thai=True)
                elif kind == "dmy_en":
                    month = _EN_MONTHS.index(m.group(2)[:3].lower()) + 1
                    day, year = int(m.group(1)), _year(m.group(3), thai)
                elif kind == "mdy_en":
                    month = _EN_MONTHS.index(m.group(1)[:3].lower()) + 1
                    day, year = int(m.group(2)), _year(m.group(3), thai)
                elif kind == "iso":
                    year, month, day = _year(m.group(1), thai), int(m.group(2)), int(m.group(3))
                else:
                    a, b = int(m.group(1)), int(m.group(2))
                    month, day = (b, a) if thai else (a, b)
                    if month > 12 and day <= 12:
                        month, day = day, month
                    year = _year(m.group(3), thai)
            except (ValueError, StopIteration):
                continue
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            weekday = _weekday_before(text, m.start())
            date = _complete(month, day, year, weekday, today)
            if date is not None:
                found.append((m.start(), date))
    found.sort(key=lambda x: x[0])
    return found


def _weekday_before(text: str, pos: int) -> int | None:
    found = list(_WEEKDAY_RE.finditer(text[max(0, pos - 16) : pos]))
    if not found:
        return None
    m = found[-1]
    key = (m.group(1) or m.group(2)).lower()
    return _WEEKDAYS.get(key[:3] if m.group(1) else key)


def _to_24h(hour: int, marker: str | None) -> int:
    marker = (marker or "").lower().replace(".", "")
    if marker == "pm" and hour < 12:
        return hour + 12
    if marker == "am" and hour == 12:
        return 0
    if not marker and 1 <= hour <= 6:
        return hour + 12  # "3:30-4:40" in a workday's jottings is afternoon
    return hour


def _time_and_span(text: str) -> tuple[dt.time | None, int | None]:
    for m in _MILITARY.finditer(text):
        if _skipped(text, m.start()):
            continue
        start = int(m.group(1)) * 60 + int(m.group(2))
        end = int(m.group(3)) * 60 + int(m.group(4))
        return dt.time(start // 60, start % 60), (end - start if end > start else None)
    for m in _TIME.finditer(text):
        if _skipped(text, m.start()):
            continue
        has_range = m.group(5) is not None
        if m.group(2) == "." and not (
            m.group(4) or has_range or "เวลา" in text[max(0, m.start() - 8) : m.start()]
        ):
            continue  # "2.5 mg" is not a time
        marker = m.group(4) or m.group(7)
        hour = _to_24h(int(m.group(1)), marker)
        start = hour * 60 + int(m.group(3))
        span = None
        if has_range:
            end_hour = _to_24h(int(m.group(5)), m.group(7) or m.group(4))
            end = end_hour * 60 + int(m.group(6))
            if end <= start and end + 12 * 60 > start:
                end += 12 * 60
            span = end - start if 0 < end - start <= 12 * 60 else None
        return dt.time(start // 60, start % 60), span
    for m in _AMPM.finditer(text):
        if _skipped(text, m.start()):
            continue
        return dt.time(_to_24h(int(m.group(1)), m.group(2)), 0), None
    return None, None


#: Words around a length of time that make it a habit ("4 hours a night"), not the session.
_RATE_AFTER = re.compile(r"\s*(?:a|per|/|each|every|of)?\s*(?:night|day|week|nightly|daily)|\s*ต่อ|\s*/", re.I)
_RATE_BEFORE = re.compile(r"(?:sleep|sleeps|slept|sleeping|นอน|นอนหลับ(?:ได้)?|screen|gaming|games?)\W*(?:\w+\W+){0,2}$", re.I)


def _is_a_rate(text: str, match: re.Match[str]) -> bool:
    """True when a matched length of time describes a habit or sleep rather than the session."""
    after = text[match.end() : match.end() + 16]
    before = text[max(0, match.start() - 30) : match.start()]
    return bool(_RATE_AFTER.match(after) or _RATE_BEFORE.search(before))


def session_from_jottings(text: str, *, today: dt.date | None = None) -> SessionMeta:
    """Session date, start time and duration found in the jottings; the rest stays None."""
    text = (text or "").translate(_THAI_DIGITS)
    head = text[:4000]  # the session's own date and time are written at the top
    thai = has_thai(head)
    today = today or dt.date.today()
    dates = _dates(head, thai, today)
    # the session's time sits next to its date; elsewhere a time is an event ("done 11:05")
    window = head[max(0, dates[0][0] - 40) : dates[0][0] + 100] if dates else head[:160]
    start, span = _time_and_span(window)
    duration = None
    explicit = next((m for m in _DURATION.finditer(window) if not _is_a_rate(window, m)), None)
    if explicit:
        value = int(explicit.group(1))
        unit = explicit.group(0)[len(explicit.group(1)) :].strip().lower()
        duration = value * 60 if unit.startswith(("h", "ชม")) else value
    elif span:
        duration = span
    if duration is not None and not 0 < duration <= 24 * 60:
        duration = None
    return SessionMeta(
        date=dates[0][1] if dates else None, start_time=start, duration_minutes=duration
    )
