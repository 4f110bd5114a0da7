"""Other dates in a note that fall in the year someone was born.

Why: a birth date is often found once where a cue marks it (เกิดปี ๒๔๘๖, DOB 3 June 2009, born in
1939) and written again a sentence later with no cue, in another calendar or form (บัตรระบุ ๑ ม.ค.
๒๔๘๖; "03/06/2552 on his Thai-side card"; a teacher's corrected "แก้เป็น ๑๒/๑๑/๒๕๕๔"). A session,
an appointment or an incident is dated in the years the service sees the client, not in the
year they were born, so a full date in a birth year long past is that birth date again.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.text.dates import BE_OFFSET, BE_THRESHOLD, find_dates

#: A birth year counts only this many years before today: a toddler's year of birth is also the
#: year of sessions and appointments (born 3 Jan 2025, seen 14 Feb 2025).
_YEARS_BACK = 5
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20|2[45])\d\d(?!\d)")


def birth_years(values: list[str]) -> set[int]:
    """The (Common Era) years of the birth dates found, long enough ago to tell."""
    years: set[int] = set()
    for value in values:
        dates = find_dates(value)
        if dates and dates[0].year_known:
            years.add(dates[0].date.year)
            continue
        for m in _YEAR.finditer(value.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))):
            year = int(m.group())
            years.add(year - BE_OFFSET if year >= BE_THRESHOLD else year)
    latest = dt.date.today().year - _YEARS_BACK
    return {y for y in years if y <= latest}


def birth_date_mention_spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Full dates (day, month and year) outside the found birth dates whose year is a birth year."""
    years = birth_years([text[s:e] for s, e in found])
    if not years:
        return []
    return [
        (d.start, d.end)
        for d in find_dates(text)
        if d.year_known and d.date.year in years and not any(s < d.end and d.start < e for s, e in found)
    ]
