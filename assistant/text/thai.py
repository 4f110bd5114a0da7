"""Thai text helpers: digits, months, Buddhist-era years, dates and times in EN and TH notes.

Thai notes write years in the Buddhist era (2568 = 2025), months as ``ต.ค.`` or ``ตุลาคม``,
times as ``10.00 น.`` and sometimes digits as ``๐–๙``; English notes write ``09/23/2025`` or
``7 Apr 2026``. Every rule that reasons about dates (timeliness, goals, follow-up) goes through
this one module, so both languages are understood the same way everywhere.

All finders return spans into the text they were given. Thai digits are translated one
character for one character, so offsets in the normalised text equal offsets in the original.
"""

from __future__ import annotations

import datetime as dt
import itertools
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

_MONTH_LOOKUP: dict[str, int] = {}
for _i, (_abbr, _full, _en) in enumerate(
    zip(TH_MONTHS_ABBR, TH_MONTHS_FULL, EN_MONTHS, strict=True), 1
):
    _MONTH_LOOKUP[_abbr] = _i
    _MONTH_LOOKUP[_abbr.replace(".", "")] = _i
    _MONTH_LOOKUP[_full] = _i
    _MONTH_LOOKUP[_en] = _i
    _MONTH_LOOKUP[_en[:3]] = _i
_MONTH_LOOKUP["sept"] = 9

_TH_MONTH_RE = "|".join(
    re.escape(m)
    for m in sorted(
        [*TH_MONTHS_FULL, *TH_MONTHS_ABBR, *(a.replace(".", "") for a in TH_MONTHS_ABBR)],
        key=len,
        reverse=True,
    )
)
_EN_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

#: Years at or above this are Buddhist-era years.
BE_THRESHOLD = 2400
BE_OFFSET = 543


def to_ascii_digits(text: str) -> str:
    """Thai digits ``๐``–``๙`` → ``0``–``9``; same length, so offsets are kept."""
    return text.translate(THAI_DIGITS)


def month_number(name: str) -> int | None:
    """The month number of a Thai or English month name or abbreviation, else None."""
    key = name.strip().lower().rstrip(".") if name.isascii() else name.strip()
    return _MONTH_LOOKUP.get(key) or _MONTH_LOOKUP.get(key.rstrip("."))


def normalise_year(year: int, *, thai_context: bool = False) -> int:
    """A written year as a Common-era year: ``2568`` → 2025; two digits → 20xx (or BE 25xx in Thai)."""
    if year >= BE_THRESHOLD:
        return year - BE_OFFSET
    if year < 100:
        if thai_context and year >= 43:  # "68" next to a Thai month means BE 2568
            return 2500 + year - BE_OFFSET
        return 2000 + year
    return year


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text. ``year_known`` is False when the writer omitted the year."""

    start: int
    end: int
    date: dt.date
    year_known: bool = True


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A clock time (or a range ``10.00–10.40 น.``) found in a text."""

    start: int
    end: int
    time: dt.time
    end_time: dt.time | None = None


@dataclass(frozen=True, slots=True)
class DurationMatch:
    """A duration such as ``45 min`` or ``(40 นาที)``, in minutes."""

    start: int
    end: int
    minutes: int


_ISO = re.compile(r"(?<![\d/.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_NUMERIC = re.compile(r"(?<![\d/.,])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|\.\d)")
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:({_TH_MONTH_RE})|({_EN_MONTH_RE})(?![a-z]))"
    rf"(?:\s*,?\s*(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?(\d{{4}}|\d{{2}})(?![\d:.]\d))?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b({_EN_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}}))?",
    re.IGNORECASE,
)
_YEARLESS_CUE = re.compile(
    r"(?:\b(?:on|by|since|until|till|from|to|through|before|after|dated|date|of)|วันที่|ถึง|ภายใน)\s*$",
    re.IGNORECASE,
)

_TIME = re.compile(
    r"(?<![\d/.,:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d/]|\.\d)(?:\s*(a\.?m\.?|p\.?m\.?))?"
    r"(?:\s*(?:[-–—]|to|ถึง)\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d/])(?:\s*(a\.?m\.?|p\.?m\.?))?)?"
    r"(?:\s*น\.)?",
    re.IGNORECASE,
)
_HOUR_AMPM = re.compile(r"(?<![\d:.])(1[0-2]|0?[1-9])\s*(a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
_DURATION = re.compile(
    r"(?<![\d.])(\d{1,3})\s*(minutes?|mins?\b|min\b|hours?|hrs?\b|h\b|นาที|ชั่วโมง|ชม\.)",
    re.IGNORECASE,
)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


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
    taken = bytearray(len(norm) + 1)  # characters already inside a date

    def add(s: int, e: int, d: dt.date | None, known: bool) -> None:
        if d is not None and not any(taken[s:e]):
            found.append(DateMatch(s, e, d, known))
            taken[s:e] = b"\x01" * (e - s)

    for m in _ISO.finditer(norm):
        add(m.start(), m.end(), _safe_date(normalise_year(int(m[1])), int(m[2]), int(m[3])), True)
    for m in _DAY_MONTH.finditer(norm):
        thai = m[2] is not None
        month = month_number(m[2] or m[3])
        if month is None:
            continue
        day = int(m[1])
        if m[4]:
            year, known = normalise_year(int(m[4]), thai_context=thai), True
        else:
            year, known = year0, False
        add(m.start(), m.end(), _safe_date(year, month, day), known)
    for m in _MONTH_DAY.finditer(norm):
        month = month_number(m[1])
        if month is None:
            continue
        known = m[3] is not None
        year = normalise_year(int(m[3])) if known else year0
        add(m.start(), m.end(), _safe_date(year, month, int(m[2])), known)
    for m in _NUMERIC.finditer(norm):
        a, sep, b, y = m[1], m[2], m[3], m[4]
        if y is None:
            if sep != "/":
                continue
            if not (len(a) == 2 and len(b) == 2) and not _YEARLESS_CUE.search(
                norm[max(0, m.start() - 12) : m.start()]
            ):
                continue
        elif sep == "." and len(y) == 2:
            continue  # 10.30.45 is more likely a time or a version than a date
        first, second = int(a), int(b)
        if order == "mdy" and first <= 12:
            month, day = first, second
        elif first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            day, month = first, second
        if y is not None:
            year, known = normalise_year(int(y), thai_context=len(y) == 2 and order == "dmy"), True
        else:
            year, known = year0, False
        add(m.start(), m.end(), _safe_date(year, month, day), known)
    found.sort(key=lambda d: d.start)
    return tuple(found)


def _to_time(hour: str, minute: str, ampm: str | None) -> dt.time | None:
    h, mi = int(hour), int(minute)
    if ampm:
        pm = ampm.lower().startswith("p")
        if pm and h < 12:
            h += 12
        elif not pm and h == 12:
            h = 0
    try:
        return dt.time(h, mi)
    except ValueError:
        return None


@lru_cache(maxsize=256)
def find_times(text: str) -> tuple[TimeMatch, ...]:
    """Clock times and ranges (``10:00``, ``10.00–10.40 น.``, ``2 p.m.``), dates excluded."""
    norm = to_ascii_digits(text)
    dates = find_dates(text)
    out: list[TimeMatch] = []
    for m in _TIME.finditer(norm):
        if any(d.start <= m.start() < d.end for d in dates):
            continue
        start = _to_time(m[1], m[2], m[3] or m[6])
        if start is None:
            continue
        end = _to_time(m[4], m[5], m[6]) if m[4] else None
        out.append(TimeMatch(m.start(), m.end(), start, end))
    for m in _HOUR_AMPM.finditer(norm):
        if any(t.start <= m.start() < t.end for t in out):
            continue
        t = _to_time(m[1], "00", m[2])
        if t is not None:
            out.append(TimeMatch(m.start(), m.end(), t))
    out.sort(key=lambda t: t.start)
    return tuple(out)


def find_durations(text: str) -> tuple[DurationMatch, ...]:
    """Durations such as ``45 min``, ``(60 นาที)``, ``1 ชม.``, in minutes."""
    norm = to_ascii_digits(text)
    out = []
    for m in _DURATION.finditer(norm):
        n = int(m[1])
        unit = m[2].lower()
        minutes = n * 60 if unit.startswith(("h", "ชั่วโมง", "ชม")) else n
        out.append(DurationMatch(m.start(), m.end(), minutes))
    return tuple(out)


def parse_date(text: str, order: str = "dmy") -> dt.date | None:
    """The first date in ``text`` (any supported form), or None. ``"7 ต.ค. 2568"`` → 2025-10-07."""
    dates = find_dates(text, order)
    return dates[0].date if dates else None


# --------------------------------------------------------------------------- tokens


_TH_CHAR = re.compile(r"[\u0E00-\u0E7F]")


def has_thai(text: str) -> bool:
    """True when the text holds at least one Thai character."""
    return _TH_CHAR.search(text) is not None


class ThaiTokenizer:
    """PyThaiNLP ``newmm`` word tokens with a per-instance cache.

    Built with a custom dictionary so lexicon phrases come out as whole tokens (see
    :func:`build_tokenizer`). Thai is tokenised chunk by chunk (a chunk is a run without
    whitespace); chunks repeat a lot across notes, so the cache makes repeated checks cheap.
    """

    def __init__(self, custom_dict: object | None = None, cache_size: int = 50_000) -> None:
        self._dict = custom_dict
        self._cache: dict[str, tuple[int, ...]] = {}
        self._cache_size = cache_size

    def boundaries(self, chunk: str) -> tuple[int, ...]:
        """Offsets inside ``chunk`` where a token starts or ends (0 and len included)."""
        hit = self._cache.get(chunk)
        if hit is not None:
            return hit
        from pythainlp.tokenize import word_tokenize  # heavy import: only when Thai is seen

        cuts = [0]
        pos = 0
        for token in word_tokenize(
            chunk, custom_dict=self._dict, engine="newmm", keep_whitespace=True
        ):
            pos += len(token)
            cuts.append(pos)
        result = tuple(cuts)
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[chunk] = result
        return result

    def tokens(self, chunk: str) -> list[str]:
        """The tokens of ``chunk`` (cached)."""
        cuts = self.boundaries(chunk)
        return [chunk[a:b] for a, b in itertools.pairwise(cuts) if chunk[a:b].strip()]

    def word_count(self, text: str) -> int:
        """Words in a text: Thai chunks by tokens, other runs by whitespace."""
        count = 0
        for chunk in text.split():
            count += len(self.tokens(chunk)) if has_thai(chunk) else 1
        return count

    def is_boundary(self, text: str, offset: int) -> bool:
        """True when ``offset`` in ``text`` falls between two tokens (not inside a Thai word)."""
        if offset <= 0 or offset >= len(text):
            return True
        left, right = text[offset - 1], text[offset]
        if left.isspace() or right.isspace():
            return True
        if not (_TH_CHAR.match(left) and _TH_CHAR.match(right)):
            return True  # a script change or punctuation is a boundary
        start = (
            max(
                text.rfind(" ", 0, offset), text.rfind("\n", 0, offset), text.rfind("\t", 0, offset)
            )
            + 1
        )
        ends = [
            i
            for i in (text.find(" ", offset), text.find("\n", offset), text.find("\t", offset))
            if i >= 0
        ]
        end = min(ends) if ends else len(text)
        return (offset - start) in self.boundaries(text[start:end])

    def starts_word(self, text: str, offset: int) -> bool:
        """True when a dictionary word (of two or more letters) begins at ``offset``."""
        if offset >= len(text) or not _TH_CHAR.match(text[offset]):
            return True
        if self._dict is None:
            return self.is_boundary(text, offset)
        return any(len(w) >= 2 for w in self._dict.prefixes(text[offset : offset + 30]))


def build_tokenizer(extra_words: frozenset[str] = frozenset()) -> ThaiTokenizer:
    """A tokenizer whose dictionary keeps ``extra_words`` whole.

    Dictionary compounds that merely glue a lexicon phrase to a neighbour word (``คนขี้บ่น`` =
    ``คน`` + ``ขี้บ่น``) are removed so the phrase becomes its own token; words where the phrase
    is only a substring (``บ้าน`` ⊃ ``บ้า``) stay, which is what keeps such traps from firing.
    """
    if not extra_words:
        return ThaiTokenizer()
    from pythainlp.corpus import thai_words
    from pythainlp.util import dict_trie

    words = set(thai_words())
    terms = sorted((w for w in extra_words if has_thai(w) and " " not in w), key=len, reverse=True)
    if terms:
        pattern = re.compile("|".join(re.escape(t) for t in terms))
        drop = set()
        for word in words:
            for m in pattern.finditer(word):
                if m.end() - m.start() == len(word):
                    continue
                rest = word[: m.start()] + word[m.end() :]
                if (m.start() == 0 or m.end() == len(word)) and (
                    rest in words or rest in extra_words
                ):
                    drop.add(word)
                    break
        words -= drop
    # a phrase that is another phrase plus a dictionary word (มี + กลิ่นสุรา) is left out, so
    # both phrases keep their own token boundaries
    plain = sorted((w for w in extra_words if has_thai(w) and " " not in w), key=len)
    added: set[str] = set()
    for w in plain:
        glued = any(
            (w.startswith(t) and w[len(t) :] in words) or (w.endswith(t) and w[: -len(t)] in words)
            for t in added
            if t != w
        )
        if not glued:
            added.add(w)
    words |= added
    return ThaiTokenizer(dict_trie(words))
