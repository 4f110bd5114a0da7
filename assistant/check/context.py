"""What every rule reads about one text, computed once per check and shared.

Sentences, sections, quoted and reported speech, dates: several rules need each of them, so
the :class:`CheckContext` computes them lazily and caches them for the duration of one check.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from functools import cached_property

from assistant.check.lexicons import CheckConfig
from assistant.models import DetectedEntity
from assistant.text.dates import DateMatch, find_dates, numeric_date_order, to_ascii_digits
from assistant.text.language import letter_counts
from assistant.text.sections import ParsedNote, parse_sections, section_at
from assistant.text.thai import has_thai

IdentifierFinder = Callable[[str], list[DetectedEntity]]

_TH = r"\u0E00-\u0E7F"
# English sentence ends: . ? ! followed by space/newline; not after initials, titles, a.m./p.m.
_EN_END = re.compile(r"[.?!]+[\"”’')\]]*(?=\s)|\n")
_NO_SPLIT_BEFORE = re.compile(
    r"(?:\b[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|vs|etc|e\.g|i\.e|approx|a\.m|p\.m|No|no|Jr|Sr|min|mins|wk|wks|hr|hrs|Cont|cont|ck'd|Ave|Rd|Apt))\.$"
)
_QUOTE = re.compile(
    r"\"[^\"\n]{1,600}\"|“[^”\n]{1,600}”|«[^»\n]{1,600}»|(?<![\w])'[^'\n]{2,300}'(?![\w])"
)
_SPACES = re.compile(r"[ \t]+")
#: Staff or officials named just before a reporting verb ("the class teacher said", «หัวหน้าไลน์ก็
#: บอกว่า»): their unquoted label, written into the note, is the writer passing it on (round 7).
_STAFF_REPORTER = re.compile(
    r"(?:\b(?:(?:class|form|head|homeroom)\s+)?(?:teachers?|staff|supervisors?|managers?|boss|employers?"
    r"|nurses?|ward|school|police|neighbou?rs?|team\s+leaders?|principal|headteacher|coach|warden)"
    r"|ครู\S{0,15}|หัวหน้า\S{0,15}|เจ้าหน้าที่\S{0,15}|พยาบาล\S{0,10}|นายจ้าง|เพื่อนบ้าน|ผู้ใหญ่บ้าน"
    r"|ผู้อำนวยการ\S{0,10})\s*(?:ก็|also|too)?\s*$",
    re.IGNORECASE,
)
_TH_CHAR = re.compile(f"[{_TH}]")
_BULLET = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+", re.MULTILINE)


class CheckContext:
    """One text under check, with lazily computed views of it."""

    def __init__(
        self,
        text: str,
        config: CheckConfig,
        *,
        locale: str,
        now: dt.datetime,
        identifier_finder: IdentifierFinder | None = None,
    ) -> None:
        self.text = text
        self.norm = to_ascii_digits(text)
        self.config = config
        self.locale = locale
        self.now = now
        self.identifier_finder = identifier_finder
        #: Per-check memo for rules that share an expensive analysis (e.g. the timeline).
        self.cache: dict[str, object] = {}

    # ------------------------------------------------------------------ language and layout

    @cached_property
    def thai_share(self) -> float:
        thai, latin, _ = letter_counts(self.text)
        return thai / (thai + latin) if thai + latin else 0.0

    @cached_property
    def is_thai(self) -> bool:
        """True when Thai is the main language of the note (dates read day/month)."""
        return self.thai_share >= 0.5

    @cached_property
    def parsed(self) -> ParsedNote:
        return parse_sections(self.text)

    def section_of(self, offset: int) -> str | None:
        return section_at(self.parsed, offset)

    def section_bodies(self, *names: str) -> list[tuple[int, int]]:
        """Body spans of the named sections, in text order."""
        return sorted(s for n in names for s in self.parsed.body_spans(n))

    @cached_property
    def header_span(self) -> tuple[int, int]:
        return self.parsed.header.start, self.parsed.header.end

    @cached_property
    def plan_spans(self) -> list[tuple[int, int]]:
        """Where plan content lives: P (SOAP/DAP), I/R/P (BIRP); whole text without sections."""
        if not self.parsed.sections:
            return [(0, len(self.text))]
        return self.section_bodies("plan", "intervention", "response")

    @cached_property
    def measure_sources(self) -> list[tuple[int, int]]:
        """Where the note names the record a measure comes from ("per the follow-up log",
        «ติดตามจากรายงาน…»): a follow-up word inside one is part of the source, not a follow-up."""
        return list(self.config.phrases("measure_sources").finditer(self.text))

    def in_measure_source(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.measure_sources)

    # ------------------------------------------------------------------ sentences

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence (English) or clause (Thai) spans, never crossing a line end.

        Thai clauses are separated by spaces; a space next to a digit does not end a clause
        (``3 วันจาก 7 วัน`` stays whole).
        """
        out: list[tuple[int, int]] = []
        text = self.text
        pos = 0
        for m in _EN_END.finditer(text):
            end = m.end() if m.group(0) != "\n" else m.start()
            if m.group(0) != "\n" and _NO_SPLIT_BEFORE.search(
                text[max(0, m.start() - 8) : m.start() + 1]
            ):
                continue
            self._add_sentence(out, pos, end)
            pos = m.end()
        self._add_sentence(out, pos, len(text))
        return out

    def _add_sentence(self, out: list[tuple[int, int]], start: int, end: int) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        piece = text[start:end]
        if not has_thai(piece):
            out.append((start, end))
            return
        # Thai: split on whitespace between two non-digit characters with Thai on one side
        cut = start
        for ws in _SPACES.finditer(piece):
            a, b = start + ws.start(), start + ws.end()
            left, right = text[a - 1], text[b] if b < end else ""
            if not right or left.isdigit() or right.isdigit():
                continue
            if _TH_CHAR.match(left) or _TH_CHAR.match(right):
                if a > cut:
                    out.append((cut, a))
                cut = b
        if end > cut:
            out.append((cut, end))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_index(self, offset: int) -> int:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return max(i, 0)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence or clause holding ``offset`` (the nearest one before it otherwise)."""
        if not self.sentences:
            return (0, len(self.text))
        return self.sentences[self.sentence_index(offset)]

    def window(self, offset: int, before: int = 1, after: int = 1) -> tuple[int, int]:
        """Span of the sentence at ``offset`` plus neighbours on the same line or paragraph."""
        if not self.sentences:
            return (0, len(self.text))
        i = self.sentence_index(offset)
        lo = max(0, i - before)
        hi = min(len(self.sentences) - 1, i + after)
        return self.sentences[lo][0], self.sentences[hi][1]

    def sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """Sentences overlapping ``[start, end)``, clipped to it."""
        out = []
        i = max(self.sentence_index(start), 0) if self.sentences else 0
        for s, e in self.sentences[i:]:
            if s >= end:
                break
            if e > start and min(e, end) > max(s, start):
                out.append((max(s, start), min(e, end)))
        return out

    def line_at(self, offset: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return start, len(self.text) if end < 0 else end

    @cached_property
    def term_hits(self) -> list:
        """Lexicon term matches, computed once for every term rule."""
        return self.config.term_hits(self.text)

    # ------------------------------------------------------------------ voice

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of quoted speech (including the quote marks)."""
        return [m.span() for m in _QUOTE.finditer(self.text)]

    @cached_property
    def reported(self) -> list[tuple[int, int]]:
        """Attributed speech: from a reporting verb (said, reports, เล่าว่า …) to the clause end."""
        spans = []
        verbs = self.config.phrases("reporting_verbs")
        for s, e in verbs.finditer(self.text):
            _, sent_end = self.sentence_at(s)
            if sent_end > e:
                spans.append((s, sent_end))
        return spans

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [a for a, _ in self.quotes]

    @cached_property
    def _reported_sorted(self) -> tuple[list[int], list[tuple[int, int]]]:
        spans = sorted(self.reported)
        return [a for a, _ in spans], spans

    @staticmethod
    def _covered(starts: list[int], spans: list[tuple[int, int]], start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        for j in range(i, max(i - 8, -1), -1):
            a, b = spans[j]
            if a <= start and end <= b:
                return True
        return False

    def in_quote(self, start: int, end: int) -> bool:
        return self._covered(self._quote_starts, self.quotes, start, end)

    def in_reported(self, start: int, end: int) -> bool:
        starts, spans = self._reported_sorted
        return self.in_quote(start, end) or self._covered(starts, spans, start, end)

    def staff_hearsay(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is unquoted speech attributed to staff or an official
        ("the teacher said he is lazy", «ครูบอกว่าเป็นเด็กเกเร»): the label is not the client's
        own words, and writing it down unquoted passes the judgement on (round 7)."""
        if self.in_quote(start, end):
            return False
        covering = [a for a, b in self.reported if a <= start and end <= b]
        if not covering:
            return False
        a = max(covering)  # the nearest reporting verb speaks these words ("school reported …; Mrs L. said …")
        line_start, _ = self.line_at(a)
        return _STAFF_REPORTER.search(self.text[max(line_start, a - 40) : a]) is not None

    def negated(self, start: int, reach: int = 28) -> bool:
        """True when a negation (no, denied, without, ไม่มี, ปฏิเสธ) stands just before ``start``
        in the same clause: "no visible injuries" and «ไม่มีบาดแผล» report an absence, not an event."""
        sent_start, _ = self.sentence_at(start)
        lo = max(sent_start, start - reach)
        before = self.text[lo:start]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
        if cut >= 0:
            lo += cut + 1
        return self.config.phrases("risk_negations").any(self.text, lo, start)

    # ------------------------------------------------------------------ dates

    @cached_property
    def date_order(self) -> str:
        """The configured order, unless the note's own numeric dates show the other one."""
        tl = self.config.timeliness
        default = tl.date_order_th if self.is_thai else tl.date_order_en
        return numeric_date_order(self.norm, default)

    @cached_property
    def dates(self) -> tuple[DateMatch, ...]:
        return find_dates(self.text, self.date_order, self.now.year)

    @cached_property
    def date_starts(self) -> list[int]:
        return [d.start for d in self.dates]

    def has_date(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.date_starts, start)
        return i < len(self.date_starts) and self.date_starts[i] < end

    def is_bullet_line(self, offset: int) -> bool:
        ls, _ = self.line_at(offset)
        return _BULLET.match(self.text, ls) is not None
