"""Dates, times and durations in English and Thai notes: the one place that reads them.

Thai notes write years in the Buddhist era (2568 = 2025; ``68`` after a Thai month = 2568),
months as ``ต.ค.``, ``ต. ค``, ``ตค`` or ``ตุลาคม``, times as ``10.00 น.`` and sometimes digits
as ``๐–๙``; English notes write ``09/23/2025``, ``7 Apr 2026`` or ``April 7``. The rule checker,
the offline drafter's session header and the grounding check all read dates through this module,
so a date means the same thing everywhere.

Two layers, because readers differ in *policy*, not in *knowledge*:

* scanners (:func:`scan_dates`, :func:`find_clocks`) report what is written — fields, the year
  as typed, the separator, am/pm — without settling ambiguities (is ``5/10`` May or October?);
* readers (:func:`find_dates`, :func:`find_times`, :func:`find_durations`, :func:`parse_date`)
  settle them the way a note checker needs. The session reader and grounding apply their own
  policy (skip a date of birth; accept any reading) on top of the scanners.

All finders return spans into the text they were given. Thai digits are translated one
character for one character, so offsets in the normalised text equal offsets in the original.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

#: Thai months: abbreviated and full forms, index = month number.
TH_MONTHS_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
TH_MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
EN_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
#: Weekday names (English prefixes and Thai names), Monday = 0 as in ``date.weekday()``.
WEEKDAYS = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
    "จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6,
}  # fmt: skip

_MONTH_LOOKUP: dict[str, int] = {"sept": 9}
for _i, (_abbr, _full, _en) in enumerate(
    zip(TH_MONTHS_ABBR, TH_MONTHS_FULL, EN_MONTHS, strict=True), 1
):
    _MONTH_LOOKUP[_abbr.rstrip(".")] = _i
    _MONTH_LOOKUP[_abbr.replace(".", "")] = _i
    _MONTH_LOOKUP[_full] = _i
    _MONTH_LOOKUP[_en] = _i
    _MONTH_LOOKUP[_en[:3]] = _i


def _th_abbr_pattern(abbr: str) -> str:
    """``ม.ค.`` as written: also ``ม. ค.``, ``ม.ค`` (last dot dropped) and ``มค`` (no dots)."""
    pieces = [re.escape(p) for p in abbr.rstrip(".").split(".")]
    return r"\.\s?".join(pieces) + r"\.?|" + "".join(pieces)


_TH_MONTH_RE = "|".join(
    [re.escape(m) for m in TH_MONTHS_FULL] + [_th_abbr_pattern(a) for a in TH_MONTHS_ABBR]
)
_EN_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

#: A month as quick notes write it after a day (5 ต.ค., 12 มีนา, 3 jan): the abbreviation, the
#: spoken stem of a Thai month, or three English letters. The offline drafter finds "when" with it.
MONTH_AFTER_DAY = (
    r"(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|"
    r"มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)

#: Years at or above this are Buddhist-era years.
BE_THRESHOLD = 2400
BE_OFFSET = 543
#: A bare two-digit year in a day/month (Thai) note is BE from here on: ``68`` = 2568 = 2025,
#: while ``25`` stays 2025 (BE 2525 would be 1982, before any session this product sees).
BARE_BE_FROM = 43


def to_ascii_digits(text: str) -> str:
    """Thai digits ``๐``–``๙`` → ``0``–``9``; same length, so offsets are kept."""
    return text.translate(THAI_DIGITS)


def month_number(name: str) -> int | None:
    """The month number of a Thai or English month name or abbreviation, else None.

    Spaces and dots inside Thai abbreviations are forgiven (``ม. ค``, ``มค`` = January).
    """
    key = re.sub(r"\s", "", name).lower().rstrip(".")
    return _MONTH_LOOKUP.get(key) or _MONTH_LOOKUP.get(key.replace(".", ""))


def weekday_number(name: str) -> int | None:
    """Monday = 0 … Sunday = 6 for an English (``Mon``, ``Monday``) or Thai weekday name."""
    key = name.strip().lower()
    return WEEKDAYS.get(key[:3] if key.isascii() else key.removeprefix("วัน"))


def normalise_year(year: int, *, thai_context: bool = False) -> int:
    """A written year as a Common-era year: ``2568`` → 2025; two digits → 20xx, or BE in Thai.

    ``thai_context`` means the writer dated the Thai way (a Thai month name or ``พ.ศ.``): then a
    two-digit year is always Buddhist era (``30`` → 2530 → 1987, a date of birth).
    """
    if year >= BE_THRESHOLD:
        return year - BE_OFFSET
    if year < 100:
        return 2500 + year - BE_OFFSET if thai_context else 2000 + year
    return year


def other_era_year(year: int) -> int | None:
    """The same year in the other era (2569 ↔ 2026), for plausible years only, else None."""
    if 2400 <= year <= 2700:
        return year - BE_OFFSET
    if 1850 <= year <= 2157:
        return year + BE_OFFSET
    return None


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


# --------------------------------------------------------------------------- date scanning


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written, before a reader decides what an ambiguous one means.

    ``fields`` is (month, day) when the month is named or the form is ISO; for a numeric date
    (``5/10``) it is the two numbers in written order. ``year`` is the year as typed (``"68"``,
    ``"2568"``) or None when the writer left it out.
    """

    start: int
    end: int
    fields: tuple[int, int]
    year: str | None
    numeric: bool = False
    separator: str = ""
    thai_month: bool = False

    def month_day(self, order: str) -> tuple[int, int]:
        """(month, day) under ``order`` (``dmy``/``mdy``); a field over 12 settles the order."""
        first, second = self.fields
        if not self.numeric:
            return first, second
        if order == "mdy" and first <= 12:
            return first, second
        if first > 12 >= second:
            return second, first
        if second > 12 >= first:
            return first, second
        return second, first

    def readings(self) -> set[tuple[int, int]]:
        """Every valid (month, day) the text may mean: both orders for a numeric date."""
        if not self.numeric:
            return {self.fields} if _valid(*self.fields) else set()
        a, b = self.fields
        return {(mo, d) for mo, d in ((b, a), (a, b)) if _valid(mo, d)}

    def year_ce(self, order: str) -> int | None:
        """The Common-era year under ``order``, or None when no year is written."""
        if self.year is None:
            return None
        n = int(self.year)
        if len(self.year) != 2 or self.thai_month:
            return normalise_year(n, thai_context=self.thai_month)
        # a bare two-digit year: BE in a day/month note when it is a BE year of this century
        return normalise_year(n, thai_context=self.numeric and order == "dmy" and n >= BARE_BE_FROM)

    def possible_years(self) -> set[int | None]:
        """Every CE year the written year may mean (None when no year is written)."""
        if self.year is None:
            return {None}
        n = int(self.year)
        if len(self.year) == 4:
            return {normalise_year(n)}
        if self.thai_month:
            return {normalise_year(n, thai_context=True)}
        return {2000 + n, 2500 + n - BE_OFFSET, 1900 + n}


_ISO = re.compile(r"(?<![\d/.])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d/.,])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|\.\d)")
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?(?:({_TH_MONTH_RE})|({_EN_MONTH_RE}))"
    rf"(?![A-Za-z])(?:\s*,?\s*(?:(พ\.\s?ศ\.)|ค\.\s?ศ\.)?\s*(\d{{4}}|\d{{2}})(?![\d:.]\d))?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"(?<![A-Za-z])({_EN_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s*(\d{{4}})(?!\d))?",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def scan_dates(text: str) -> tuple[DateMention, ...]:
    """Every date-shaped run in ``text``, in text order, none overlapping.

    ISO dates win over named-month dates, which win over numeric ones (``2025-10-07`` is not
    also ``10-07``). Numeric runs are reported whatever their separator or year: whether
    ``3-4`` or ``10.30`` is a date is the reader's call.
    """
    norm = to_ascii_digits(text)
    found: list[DateMention] = []
    taken = bytearray(len(norm) + 1)

    def add(s: int, e: int, mention: DateMention) -> None:
        if not any(taken[s:e]):
            found.append(mention)
            taken[s:e] = b"\x01" * (e - s)

    for m in _ISO.finditer(norm):
        add(m.start(), m.end(), DateMention(m.start(), m.end(), (int(m[2]), int(m[3])), m[1]))
    for m in _DAY_MONTH.finditer(norm):
        month = month_number(m[2] or m[3])
        if month is None:
            continue
        end = m.end()
        if m[3] and not m[5] and m[0].endswith("."):
            end -= 1  # "on 12 Dec." — the full stop ends the sentence, not the date
        thai = m[2] is not None or m[4] is not None
        add(m.start(), end, DateMention(m.start(), end, (month, int(m[1])), m[5], thai_month=thai))
    for m in _MONTH_DAY.finditer(norm):
        month = month_number(m[1])
        if month is not None:
            add(m.start(), m.end(), DateMention(m.start(), m.end(), (month, int(m[2])), m[3]))
    for m in _NUMERIC.finditer(norm):
        mention = DateMention(
            m.start(), m.end(), (int(m[1]), int(m[3])), m[4], numeric=True, separator=m[2]
        )
        add(m.start(), m.end(), mention)
    found.sort(key=lambda d: d.start)
    return tuple(found)


# --------------------------------------------------------------------------- date reading


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text. ``year_known`` is False when the writer omitted the year."""

    start: int
    end: int
    date: dt.date
    year_known: bool = True


_YEARLESS_CUE = re.compile(
    r"(?:\b(?:on|by|since|until|till|from|to|through|before|after|dated|date|of)|วันที่|ถึง|ภายใน)\s*$",
    re.IGNORECASE,
)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _is_a_date(m: DateMention, norm: str) -> bool:
    """Ratings (``2/10``), decimals (``10.30``) and ranges (``3-4``) are not dates.

    A numeric date without a year needs a slash and two-digit fields (``05/10``) or a cue word
    (``on 5/10``); ``10.30.45`` is a time or a version, not a date.
    """
    if not m.numeric:
        return True
    if m.year is None:
        if m.separator != "/":
            return False
        a, b = norm[m.start : m.end].split("/")
        return (len(a) == 2 and len(b) == 2) or bool(
            _YEARLESS_CUE.search(norm[max(0, m.start - 12) : m.start])
        )
    return not (m.separator == "." and len(m.year) == 2)


@lru_cache(maxsize=256)
def find_dates(
    text: str, order: str = "dmy", default_year: int | None = None
) -> tuple[DateMatch, ...]:
    """Every date in ``text``: ISO, numeric (``order`` = ``dmy`` or ``mdy``), and month-name forms.

    Buddhist-era years are converted; a missing year takes ``default_year`` (or the current year)
    and is reported as ``year_known=False``. Ratings such as ``2/10`` are not dates: a numeric
    date without a year needs two-digit fields (``05/10``) or a cue word (``on 5/10``).
    """
    norm = to_ascii_digits(text)
    year0 = default_year or dt.date.today().year
    found: list[DateMatch] = []
    for m in scan_dates(text):
        if not _is_a_date(m, norm):
            continue
        month, day = m.month_day(order)
        year = m.year_ce(order)
        date = _safe_date(year if year is not None else year0, month, day)
        if date is not None:
            found.append(DateMatch(m.start, m.end, date, year is not None))
    return tuple(found)


def parse_date(text: str, order: str = "dmy") -> dt.date | None:
    """The first date in ``text`` (any supported form), or None. ``"7 ต.ค. 2568"`` → 2025-10-07."""
    dates = find_dates(text, order)
    return dates[0].date if dates else None


_WEEKDAY_RE = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|วัน(จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)", re.I
)


def find_weekdays(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, weekday) for each weekday name (``Mon``, ``Tuesday``, ``วันศุกร์``)."""
    return tuple(
        (m.start(), m.end(), WEEKDAYS[(m[1] or m[2]).lower()]) for m in _WEEKDAY_RE.finditer(text)
    )


# --------------------------------------------------------------------------- times


@dataclass(frozen=True, slots=True)
class ClockMention:
    """One clock time as written: ``10.20 น.``, ``2:30 pm``, ``14:00`` or ``2 p.m.``.

    ``separator`` is ``:``, ``.`` or ``""`` (an hour with am/pm). ``meridiem`` is ``am``/``pm``
    when written; ``thai_suffix`` is True for ``น.`` (a 24-hour clock).
    """

    start: int
    end: int
    hour: int
    minute: int
    separator: str
    meridiem: str | None = None
    thai_suffix: bool = False

    @property
    def marked(self) -> bool:
        """True when the writer said which half of the day (am/pm) or used the Thai ``น.``."""
        return self.meridiem is not None or self.thai_suffix

    def time(self, meridiem: str | None = None) -> dt.time | None:
        """The 24-hour time (``meridiem`` stands in when none is written), or None if invalid."""
        h = _apply_meridiem(self.hour, self.meridiem or meridiem)
        return dt.time(h, self.minute) if 0 <= h <= 23 and 0 <= self.minute <= 59 else None

    def readings(self) -> set[tuple[int, int]]:
        """Every 24-hour (hour, minute) it may mean: an unmarked ``2:30`` may be afternoon."""
        h = _apply_meridiem(self.hour, self.meridiem)
        if self.marked or h >= 12:
            return {(h, self.minute)}
        return {(h, self.minute), (h + 12, self.minute)}


def _apply_meridiem(hour: int, meridiem: str | None) -> int:
    if meridiem == "pm" and hour < 12:
        return hour + 12
    if meridiem == "am" and hour == 12:
        return 0
    return hour


_AMPM = r"(a\.?m\.?|p\.?m\.?)(?![a-z])"
_CLOCK = re.compile(
    rf"(?<![\d/.,:])([01]?\d|2[0-3])([:.])([0-5]\d)(?![\d/]|\.\d)(?:\s*(?:{_AMPM}|(น\.)))?",
    re.IGNORECASE,
)
_HOUR_AMPM = re.compile(rf"(?<![\d:.])(1[0-2]|0?[1-9])\s*{_AMPM}", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|to|ถึง)\s*", re.IGNORECASE)
_MILITARY = re.compile(
    r"(?<![\d/.:])([01]\d|2[0-3])([0-5]\d)\s*[-–]\s*([01]\d|2[0-3])([0-5]\d)(?!\d)"
)


def _meridiem(raw: str | None) -> str | None:
    return raw.lower()[0] + "m" if raw else None


#: Thai number words for spoken clock times (longest first so «สิบเอ็ด» wins over «สิบ»).
_TH_NUMBERS = {
    "สิบสอง": 12, "สิบเอ็ด": 11, "สิบ": 10, "เก้า": 9, "แปด": 8, "เจ็ด": 7,
    "หก": 6, "ห้า": 5, "สี่": 4, "สาม": 3, "สอง": 2, "หนึ่ง": 1,
}  # fmt: skip
_TH_NUM = r"(?:\d{1,2}|" + "|".join(_TH_NUMBERS) + ")"
#: Spoken Thai clock times (round 6: «9 โมงเช้า ถึง 10 โมง», «บ่ายสองโมงครึ่ง», «8 โมงครึ่ง», «สามทุ่ม»
#: were not times, so a good note's session time read as missing). «ชั่วโมง» (hours) never matches:
#: «โมง» must follow a number or «บ่าย»/«เที่ยง» directly.
_TH_SPOKEN = re.compile(
    rf"(?P<bai>บ่าย)\s*(?P<bn>{_TH_NUM})?\s*โมง(?P<bh>ครึ่ง)?"
    rf"|(?<![\d.])(?P<n>{_TH_NUM})\s*โมง(?:\s*(?P<part>เช้า|เย็น|ตรง))?(?P<half>\s*ครึ่ง)?"
    rf"|(?P<noon>เที่ยง(?:วัน|ตรง)?)(?P<nh>ครึ่ง)?(?!คืน)"
    rf"|(?<![\d.])(?P<tn>{_TH_NUM})\s*ทุ่ม(?!เท)(?P<th>ครึ่ง)?"
    rf"|(?<![ก-๙])ตี\s*(?P<tee>{_TH_NUM})(?P<teh>\s*ครึ่ง)?(?![ก-๙]|\d)"
)


def _th_number(raw: str) -> int:
    return int(raw) if raw.isdigit() else _TH_NUMBERS[raw]


def _th_spoken_clock(m: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) of a spoken Thai time: «บ่ายสองโมง» 14:00, «9 โมงเช้า» 9:00, «4 โมงเย็น»
    16:00, a bare «2 โมง» 14:00 (1–6 o'clock said alone is the afternoon), «สองทุ่ม» 20:00."""
    if m["bai"]:
        n = _th_number(m["bn"]) if m["bn"] else 1
        return (12 + n, 30 if m["bh"] else 0) if 1 <= n <= 5 else None
    if m["n"]:
        n = _th_number(m["n"])
        half = 30 if m["half"] else 0
        if m["part"] == "เย็น":
            return (n + 12, half) if 1 <= n <= 7 else ((n, half) if 13 <= n <= 19 else None)
        if n > 23:
            return None
        if m["part"] != "เช้า" and 1 <= n <= 6:
            n += 12
        return n, half
    if m["noon"]:
        return 12, 30 if m["nh"] else 0
    if m["tn"]:
        n = _th_number(m["tn"])
        return (18 + n, 30 if m["th"] else 0) if 1 <= n <= 5 else None
    n = _th_number(m["tee"])
    return (n, 30 if m["teh"] else 0) if 1 <= n <= 5 else None


@lru_cache(maxsize=256)
def find_clocks(text: str) -> tuple[ClockMention, ...]:
    """Every clock time written in ``text``, one per time (a range gives two), in text order."""
    norm = to_ascii_digits(text)
    out = [
        ClockMention(
            m.start(), m.end(), int(m[1]), int(m[3]), m[2], _meridiem(m[4]), m[5] is not None
        )
        for m in _CLOCK.finditer(norm)
    ]
    for m in _HOUR_AMPM.finditer(norm):
        if not any(c.start <= m.start() < c.end for c in out):
            out.append(ClockMention(m.start(), m.end(), int(m[1]), 0, "", _meridiem(m[2])))
    for m in _TH_SPOKEN.finditer(norm):
        hm = _th_spoken_clock(m)
        if hm is not None and not any(c.start <= m.start() < c.end for c in out):
            # separator «โมง»: a spoken time joins a range like a written one; never ambiguous
            out.append(ClockMention(m.start(), m.end(), hm[0], hm[1], "โมง", thai_suffix=True))
    out.sort(key=lambda c: c.start)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A clock time (or a range ``10.00–10.40 น.``) found in a text.

    ``marked``: am/pm or ``น.`` was written; ``dotted``: written ``10.20`` rather than ``10:20``
    (a reader may want a cue before taking a dotted number for a time).
    """

    start: int
    end: int
    time: dt.time
    end_time: dt.time | None = None
    marked: bool = False
    dotted: bool = False


def _range(a: ClockMention, b: ClockMention) -> tuple[dt.time, dt.time] | None:
    """Start and end of ``a``–``b``; an am/pm written on one side serves the other when it fits."""
    start, end = a.time(), b.time()
    if start is None or end is None:
        return None
    if a.meridiem is None and b.meridiem is not None:
        shared = a.time(b.meridiem)
        start = shared if shared is not None and shared <= end else start
    elif b.meridiem is None and a.meridiem is not None:
        shared = b.time(a.meridiem)
        end = shared if shared is not None and shared >= start else end
    return start, end


@lru_cache(maxsize=256)
def find_times(text: str, *, military: bool = False) -> tuple[TimeMatch, ...]:
    """Clock times and ranges (``10:00``, ``10.00–10.40 น.``, ``2 p.m.``), dates excluded.

    ``military`` also reads ranges without separators (``1400-1435``), which jottings use but
    which, alone, are too easily a span of years to read everywhere.
    """
    norm = to_ascii_digits(text)
    dates = find_dates(text)

    def in_date(pos: int) -> bool:
        return any(d.start <= pos < d.end for d in dates)

    clocks = [c for c in find_clocks(text) if not in_date(c.start)]
    out: list[TimeMatch] = []
    i = 0
    while i < len(clocks):
        a = clocks[i]
        b = clocks[i + 1] if i + 1 < len(clocks) else None
        if (
            b is not None
            and a.separator
            and b.separator
            and _RANGE_JOIN.fullmatch(norm, a.end, b.start)
            and (span := _range(a, b)) is not None
        ):
            marked = a.marked or b.marked
            dotted = a.separator == "."
            out.append(TimeMatch(a.start, b.end, span[0], span[1], marked, dotted))
            i += 2
            continue
        t = a.time()
        if t is not None:
            out.append(TimeMatch(a.start, a.end, t, None, a.marked, a.separator == "."))
        i += 1
    if military:
        for m in _MILITARY.finditer(norm):
            if in_date(m.start()) or any(t.start < m.end() and m.start() < t.end for t in out):
                continue
            start, end = dt.time(int(m[1]), int(m[2])), dt.time(int(m[3]), int(m[4]))
            out.append(TimeMatch(m.start(), m.end(), start, end, marked=True))
    out.sort(key=lambda t: t.start)
    return tuple(out)


# --------------------------------------------------------------------------- durations


@dataclass(frozen=True, slots=True)
class DurationMatch:
    """A duration such as ``45 min`` or ``(40 นาที)``, in minutes."""

    start: int
    end: int
    minutes: int


_DURATION = re.compile(
    r"(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s*(minutes?|mins?\b|min\b|hours?|hrs?\b|h\b|นาที|ชั่วโมง|ชม\.)",
    re.IGNORECASE,
)


def find_durations(text: str) -> tuple[DurationMatch, ...]:
    """Durations such as ``45 min``, ``(60 นาที)``, ``1 ชม.``, ``1.5 hours``, in minutes."""
    norm = to_ascii_digits(text)
    out = []
    for m in _DURATION.finditer(norm):
        n = float(m[1])
        unit = m[2].lower()
        minutes = round(n * 60 if unit.startswith(("h", "ชั่วโมง", "ชม")) else n)
        out.append(DurationMatch(m.start(), m.end(), minutes))
    return tuple(out)


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?![\d/.-])")


def numeric_date_order(norm_text: str, default: str) -> str:
    """``dmy`` or ``mdy`` as a note's own numeric dates show, else ``default``: ``12/03/2025`` is
    ambiguous, but a note that also writes ``19/03/2025`` (a first field over 12 is a day) or
    ``09/18/2025`` (a second over 12 is a day) shows its order, which beats the configured default.
    Mixed evidence keeps the default."""
    dmy = mdy = False
    for m in _NUMERIC_DATE.finditer(norm_text):
        first, second = int(m[1]), int(m[2])
        if first > 12 and second <= 12:
            dmy = True
        elif second > 12 and first <= 12:
            mdy = True
    if dmy and not mdy:
        return "dmy"
    if mdy and not dmy:
        return "mdy"
    if not (dmy or mdy):
        return _order_from_named(norm_text) or default
    return default


def _order_from_named(norm_text: str) -> str | None:
    """The order under which a note's ambiguous numeric dates repeat a date it also writes with a
    month name: "Met: Monday 9 November 2026 … Recorded 9/11/2026" is day/month whatever the
    configured default (round 8: a UK school note read 9/11 as 11 September, "written before the
    session", an error on a good note). None when the names settle nothing."""
    mentions = scan_dates(norm_text)
    named = {m.fields for m in mentions if not m.numeric}
    votes = {"dmy": 0, "mdy": 0}
    for m in mentions:
        if not m.numeric or m.year is None:
            continue
        a, b = m.fields
        if a == b:
            continue
        if (b, a) in named and (a, b) not in named:
            votes["dmy"] += 1
        elif (a, b) in named and (b, a) not in named:
            votes["mdy"] += 1
    if votes["dmy"] > votes["mdy"]:
        return "dmy"
    if votes["mdy"] > votes["dmy"]:
        return "mdy"
    return None
