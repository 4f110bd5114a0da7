"""Timeliness: session date and time, the writing date, and how long after the session it was written.

Dates are read in English and Thai forms, Buddhist-era years included (``7 ต.ค. 2568`` is
7 Oct 2025); numeric dates follow the configured order (US m/d for English notes by default,
d/m for Thai notes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.check.context import CheckContext
from assistant.check.matchers import PhraseRule, per_check
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity
from assistant.text.dates import DateMatch, find_durations, find_times


@dataclass
class Timeline:
    """The dates a note states about itself."""

    session: DateMatch | None = None
    session_start: dt.time | None = None
    session_end: dt.time | None = None
    session_minutes: int | None = None
    written: DateMatch | None = None
    written_time: dt.time | None = None
    written_label: tuple[int, int] | None = None
    next_dates: list[DateMatch] = field(default_factory=list)

    @property
    def has_session_time(self) -> bool:
        return self.session_start is not None or self.session_minutes is not None

    def session_end_dt(self) -> dt.datetime | None:
        if self.session is None:
            return None
        day = self.session.date
        if self.session_end is not None:
            return dt.datetime.combine(day, self.session_end)
        if self.session_start is not None:
            start = dt.datetime.combine(day, self.session_start)
            return start + dt.timedelta(minutes=self.session_minutes or 0)
        return None


#: Words between a next-contact label and a date that tie the date to a past event instead
#: ("follow-up after a fall at home on 30 October", «ติดตามหลังจากหกล้มเมื่อวันที่ 30 ต.ค.»).
#: Round 10: "to follow up the referral of 10/11/2026" — a date right after "of"/"dated" is the date
#: of the thing followed up, not of the next contact.
_PAST_EVENT = re.compile(
    r"\b(?:after|since|following|from)\b|หลัง|ตั้งแต่|เมื่อ|\b(?:of|dated)\s*$", re.IGNORECASE
)


def _label_of(ctx: CheckContext, d: DateMatch) -> tuple[str | None, tuple[int, int] | None]:
    """Which label (session / written / next) governs a date: the nearest one before it on its line."""
    ls, _ = ctx.line_at(d.start)
    lo = max(ls, d.start - 60)
    best: tuple[int, str, tuple[int, int]] | None = None
    for kind, lst in (
        ("written", "written_labels"),
        ("next", "next_labels"),
        ("session", "session_labels"),
    ):
        for s, e in ctx.config.phrases(lst).finditer(ctx.text, lo, d.start):
            if ctx.has_date(e, d.start):
                continue  # another date sits between this label and the date
            if kind == "next" and _PAST_EVENT.search(ctx.text, e, d.start):
                continue  # "follow-up after a fall on 30 Oct": the date is the past event's
            if best is None or e > best[0] or (e == best[0] and kind != "session"):
                best = (e, kind, (s, e))
    if best is None:
        return None, None
    return best[1], best[2]


def _other_event_date(ctx: CheckContext, label: tuple[int, int]) -> bool:
    """True for a bare "date" label qualified by another event ("Discharge date", "Admission date"):
    it is the session date only when no label names the session itself (a discharge date read as
    the session hid the session's own times, a false warning on a good note)."""
    s, e = label
    if ctx.text[s:e].lower() != "date":
        return False
    before = ctx.text[max(0, s - 20) : s]
    return bool(before) and before.endswith(" ") and before.rstrip()[-1:].isalpha()


#: A start–end time range: only a contact that took place has one (round 4: a follow-up call's own
#: header line «โทรติดตาม <date> เวลา 20.00–20.20 น.» read as a planned next contact).
_TIME_RANGE = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:น\.)?\s*[-–—]\s*\d{1,2}[.:]\d{2}")


def _held_range_after(ctx: CheckContext, d: DateMatch) -> bool:
    _, le = ctx.line_at(d.start)
    return _TIME_RANGE.match(ctx.text, d.end, le) is not None or bool(
        _TIME_RANGE.search(ctx.text[d.end : min(le, d.end + 20)])
    )


@per_check("timeline")
def timeline(ctx: CheckContext) -> Timeline:
    """The session, writing and next-contact dates of a note (cached per check)."""
    tl = Timeline()
    hs, he = ctx.header_span
    if not ctx.parsed.sections:
        # no headings: the header is the first three lines
        he = 0
        for _ in range(3):
            nxt = ctx.text.find("\n", he + 1)
            he = len(ctx.text) if nxt < 0 else nxt
    unlabelled_header: list[DateMatch] = []
    other_event: DateMatch | None = None
    body_session: DateMatch | None = None
    for d in ctx.dates:
        kind, label = _label_of(ctx, d)
        if kind == "next" and hs <= d.start < he and _held_range_after(ctx, d):
            kind = "session"  # «โทรติดตาม 10 ก.พ. 2569 เวลา 20.00–20.20 น.»: this contact, held
        if kind == "written" and tl.written is None:
            tl.written, tl.written_label = d, label
        elif kind == "next":
            tl.next_dates.append(d)
        elif (
            kind == "session"
            and tl.session is None
            and (hs <= d.start < he or ctx.section_of(d.start) is None)
        ):
            if not (hs <= d.start < he) and not ctx.parsed.sections:
                # a narrative's later «…เยี่ยมบ้านซ้ำวันที่ 13 ก.พ.» is a plan, not this session: it
                # stands in only when the opening lines give no date (round 6)
                body_session = body_session or d
                continue
            if label is not None and _other_event_date(ctx, label):
                other_event = other_event or d
            else:
                tl.session = d
        elif (
            kind == "session"
            and tl.session is not None
            and hs <= d.start < he
            and hs <= tl.session.start < he
            and _held_range_after(ctx, d)
            and not _held_range_after(ctx, tl.session)
        ):
            # round 10: "referred … after a call on 11/14" then "Service date: 11/16, 3:00–3:45 pm":
            # the header date with the times the contact was held is this session
            tl.session = d
        elif kind is None and hs <= d.start < he:
            unlabelled_header.append(d)
    if tl.session is None and other_event is not None:
        tl.session = other_event
    if tl.session is None and unlabelled_header:
        # the header date the session was held on has its start–end times beside it; an earlier one
        # without them is another event's ("plan ends 30/06/2027", round 8: read as the session, it
        # made every later date "before the session")
        held = [d for d in unlabelled_header if _held_range_after(ctx, d)]
        tl.session = (held or unlabelled_header)[0]
    if tl.session is None and body_session is not None:
        tl.session = body_session
    if tl.session is not None:
        tl.session = _range_end(ctx, tl.session)
        _session_times(ctx, tl, hs, he)
    if tl.written is not None:
        _, le = ctx.line_at(tl.written.start)
        for t in find_times(ctx.text[tl.written.end : le]):
            tl.written_time = t.time
            break
    return tl


#: Words joining the two ends of a date range ("16/09/2026 to 18/11/2026", «1 ต.ค. – 19 พ.ย. 2569»).
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|[-–—]|ถึง|จนถึง)\s*$", re.IGNORECASE)


def _range_end(ctx: CheckContext, d: DateMatch) -> DateMatch:
    """The last session of a stated range: a summary of several sessions is written after the last
    one (round 9: "Sessions: 16/09/2026 to 18/11/2026 … Summary written: 19/11/2026" read as written
    64 days late)."""
    _, le = ctx.line_at(d.start)
    for other in ctx.dates:
        if d.end <= other.start < le:
            if _RANGE_JOIN.match(ctx.text[d.end : other.start]) and other.date > d.date:
                return other
            break
    return d


def _session_times(ctx: CheckContext, tl: Timeline, hs: int, he: int) -> None:
    assert tl.session is not None
    ls, le = ctx.line_at(tl.session.start)
    written_line = ctx.line_at(tl.written.start) if tl.written else None
    # the session line first (stopping at a written label), then the rest of the header
    stop = le
    if tl.written is not None and ls <= tl.written.start < le:
        stop = (
            tl.written_label[0]
            if tl.written_label and tl.written_label[0] > tl.session.end
            else stop
        )
    regions = [(tl.session.end, stop)]
    if he > hs:
        regions.append((hs, he))
    for a, b in regions:
        chunk = ctx.text[a:b]
        # round 11: on the session's own line a range without separators ("11/20/2026, 1800–1930",
        # a VA/military clock) follows a date and is a time, not a span of years
        for t in find_times(chunk, military=(a, b) == regions[0]):
            if (
                written_line
                and written_line[0] <= a + t.start < written_line[1]
                and (a, b) != regions[0]
            ):
                continue
            tl.session_start, tl.session_end = t.time, t.end_time
            break
        for d in find_durations(chunk):
            if (
                written_line
                and written_line[0] <= a + d.start < written_line[1]
                and (a, b) != regions[0]
            ):
                continue
            tl.session_minutes = d.minutes
            break
        if tl.has_session_time:
            return


@register
class MissingSessionDate(Rule):
    """No session date in the note.

    Why: the guidance requires it, and every deadline counts from it.
    """

    id = "timeliness.missing-session-date"
    criterion = Criterion.TIMELINESS
    severity = Severity.ERROR
    message = frozen({"en": "The session date is missing.", "th": "ไม่มีวันที่ให้บริการ"})
    advice = frozen(
        {
            "en": "Add it at the top, e.g. 'Session date: 3 Feb 2026, 13:00–13:50'.",
            "th": "เพิ่มที่ส่วนหัว เช่น «วันที่ให้บริการ: 3 ก.พ. 2569 เวลา 13.00–13.50 น.»",
        }
    )
    examples = frozen(
        {
            "en": (
                "Kinship care home visit — Child: J.P. (9)",
                "Kinship care home visit — Session date: 3 Feb 2026, 13:00–13:50",
            ),
            "th": (
                "บันทึกความก้าวหน้า ผู้รับบริการ: นาย ก. อายุ 52 ปี",
                "วันที่ให้บริการ: 3 ก.พ. 2569 เวลา 13.00–13.50 น.",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        if timeline(ctx).session is None:
            yield self.finding(ctx, None, None)


@register
class MissingSessionTime(Rule):
    """A session date without a time or a duration.

    Why: the guidance asks for the time of the session as well as the date.
    """

    id = "timeliness.missing-session-time"
    criterion = Criterion.TIMELINESS
    message = frozen(
        {
            "en": "The session time (start–end or duration) is missing.",
            "th": "ไม่มีเวลาที่ให้บริการ (เวลาเริ่ม–สิ้นสุด หรือระยะเวลา)",
        }
    )
    advice = frozen(
        {
            "en": "Add the start and end time, e.g. '14:00–14:45'.",
            "th": "เพิ่มเวลาเริ่มและสิ้นสุด เช่น «14.00–14.45 น.»",
        }
    )
    examples = frozen(
        {
            "en": ("Date: 03/02/2026", "Date: 03/02/2026, 14:10–14:30 (20 min)"),
            "th": ("วันที่ให้บริการ 3 มี.ค. 2569", "วันที่ให้บริการ 3 มี.ค. 2569 เวลา 14.10–14.30 น."),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        tl = timeline(ctx)
        if tl.session is not None and not tl.has_session_time:
            yield self.finding(ctx, tl.session.start, tl.session.end)


@register
class MissingWrittenDate(Rule):
    """No date saying when the note was written.

    Why: without it nobody can tell whether the note was written promptly.
    """

    id = "timeliness.missing-written-date"
    criterion = Criterion.TIMELINESS
    message = frozen({"en": "The date the note was written is missing.", "th": "ไม่มีวันที่บันทึก"})
    advice = frozen(
        {"en": "Add 'Written: <date> <time>'.", "th": "เพิ่ม «วันที่บันทึก: <วันที่> เวลา <เวลา>»"}
    )
    examples = frozen(
        {
            "en": (
                "Session 05/12/2026 14:00–14:45",
                "Session 05/12/2026 14:00–14:45 · Written: 05/12/2026 16:20",
            ),
            "th": ("วันที่ให้บริการ 19 ม.ค. 2569 เวลา 09.00 น.", "วันที่บันทึก: 19 ม.ค. 2569 เวลา 11.20 น."),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        if timeline(ctx).written is None and not _written_same_day(ctx):
            yield self.finding(ctx, None, None)


#: "Written up the same day at 11:45", «ลงบันทึก: วันเดียวกัน เวลา 13.30 น.»: a writing date stated
#: relative to the session (round 3: read as no writing date, a false warning on a good note).
_SAME_DAY = re.compile(
    r"(?:the\s+)?same\s+(?:day|morning|afternoon|evening)|on\s+the\s+day\s+of\s+the\s+(?:session|visit)|วันเดียวกัน"
    r"|ในวันที่(?:ให้บริการ|เยี่ยม|พบ)",
    re.IGNORECASE,
)


#: A writing label followed by a clock time and nothing dated: «บันทึกเวลา 15.30 น.», "Written at
#: 16:20" — a ward or shift note written the day it records (round 10).
_TIME_ONLY = re.compile(
    r"\s*[:：]?\s*(?:เวลา|at)?\s*\d{1,2}[.:]\d{2}\s*(?:น\.|นาฬิกา|[ap]\.?m\.?|hrs?)?\s*$",
    re.IGNORECASE,
)


def _written_same_day(ctx: CheckContext) -> bool:
    """True when a writing label is followed on its line by a same-day phrase, or by a clock time
    alone (with the session dated)."""
    if timeline(ctx).session is None:
        return False
    for _s, e in ctx.config.phrases("written_labels").finditer(ctx.text):
        _, le = ctx.line_at(e)
        if _SAME_DAY.match(ctx.text, e, le) or _SAME_DAY.search(ctx.text[e : min(le, e + 40)]):
            return True
        if _TIME_ONLY.match(ctx.text[e:le]):
            return True
    return False


@register
class LateEntry(Rule):
    """The note was written later than the configured threshold (default 24 h) after the session.

    Why: recall fades fast; the guidance asks for notes as soon as possible after the session.
    """

    id = "timeliness.late-entry"
    criterion = Criterion.TIMELINESS
    message = frozen(
        {
            "en": "Written about {days} day(s) after the session, later than the {hours:g}-hour limit.",
            "th": "บันทึกหลังให้บริการประมาณ {days} วัน เกินเกณฑ์ {hours:g} ชั่วโมง",
        }
    )
    advice = frozen(
        {
            "en": "Write notes on the day of the session; if that was impossible, label it a late entry with the reason.",
            "th": "ควรบันทึกในวันที่ให้บริการ ถ้าทำไม่ได้ให้ระบุว่าเป็นบันทึกย้อนหลังพร้อมเหตุผล",
        }
    )
    examples = frozen(
        {
            "en": (
                "Session 04/07/2026 19:00 … Note written 04/12/2026.",
                "Session 04/07/2026 19:00–19:45 … Written 04/07/2026 21:00.",
            ),
            "th": (
                "วันที่เยี่ยม 15 ก.ย. 2568 … วันที่บันทึก 24 ก.ย. 2568",
                "วันที่เยี่ยม 15 ก.ย. 2568 … วันที่บันทึก 15 ก.ย. 2568 เวลา 16.00 น.",
            ),
        }
    )
    config_keys = ("timeliness.threshold_hours",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        tl = timeline(ctx)
        hours = ctx.config.threshold_hours
        if tl.written is None:
            yield from self._stated_delay(ctx, hours)
            return
        if tl.session is None:
            return
        end = tl.session_end_dt()
        if end is not None and tl.written_time is not None:
            gap = dt.datetime.combine(tl.written.date, tl.written_time) - end
            late = gap.total_seconds() / 3600 > hours
        else:  # dates only: compare whole days (next-day writing is within 24 h)
            gap = dt.timedelta(days=(tl.written.date - tl.session.date).days)
            late = gap.days * 24 > hours
        if late:
            start = tl.written_label[0] if tl.written_label else tl.written.start
            yield self.finding(
                ctx,
                start,
                tl.written.end,
                days=max(1, round(gap.total_seconds() / 86400)),
                hours=hours,
            )


    def _stated_delay(self, ctx: CheckContext, hours: int) -> Iterable[Finding]:
        """A delay written in words instead of two dates ("written up 10 days after the call",
        «มาบันทึกวันนี้ (ประมาณ 10 วันหลังโทร)»): round 4, a late entry no date pair showed."""
        for m in _STATED_DELAY.finditer(ctx.text):
            days = int(m["n"]) * (7 if (m["unit"] or "").lower().startswith(("week", "สัปดาห์")) else 1)
            if days * 24 > hours and _WRITING_NEAR.search(ctx.text, max(0, m.start() - 60), m.end()):
                yield self.finding(ctx, m.start(), m.end(), days=days, hours=hours)
                return


#: "10 days after the session/call/visit", «10 วันหลังโทร/เยี่ยม/พบ/ให้บริการ».
_STATED_DELAY = re.compile(
    r"(?P<n>\d{1,3})\s*(?P<unit>days?|weeks?|วัน|สัปดาห์)\s*"
    r"(?:after\s+(?:the\s+)?(?:session|call|visit|contact|appointment|meeting)|later"
    r"|หลัง(?:จาก)?(?:การ)?(?:โทร|เยี่ยม|พบ|ให้บริการ|ให้คำปรึกษา|สัมภาษณ์))",
    re.IGNORECASE,
)
#: The delay must be the writing's: a writing word shortly before it.
_WRITING_NEAR = re.compile(r"\b(?:writ|wrote|record|document|typed|entered)|บันทึก|เขียน", re.IGNORECASE)


@register
class DateInconsistency(Rule):
    """Impossible dates: written before the session, dates in the future, next contact before the session.

    Why: impossible sequences undermine trust in the whole record.
    """

    id = "timeliness.date-inconsistency"
    criterion = Criterion.TIMELINESS
    severity = Severity.ERROR
    message = frozen(
        {
            "en": "Date problem: {problem}.",
            "th": "วันที่ไม่สอดคล้องกัน: {problem}",
        }
    )
    advice = frozen({"en": "Check and correct the date.", "th": "ตรวจสอบและแก้ไขวันที่"})
    examples = frozen(
        {
            "en": (
                "Session 05/14/2026 … Written 05/12/2026.",
                "Session 05/12/2026 … Written 05/12/2026.",
            ),
            "th": (
                "วันที่ให้บริการ 12 ต.ค. 2568 … วันที่บันทึก 10 ต.ค. 2568",
                "วันที่ให้บริการ 12 ต.ค. 2568 … วันที่บันทึก 12 ต.ค. 2568",
            ),
        }
    )
    _PROBLEMS = frozen(
        {
            "before": {
                "en": "the note is dated before the session",
                "th": "วันที่บันทึกอยู่ก่อนวันที่ให้บริการ",
            },
            "future": {"en": "the date is in the future", "th": "วันที่อยู่ในอนาคต"},
            "next": {
                "en": "the next contact is dated before the session",
                "th": "วันนัดครั้งต่อไปอยู่ก่อนวันที่ให้บริการ",
            },
        }
    )

    def _problem(self, key: str, locale: str) -> str:
        return self._PROBLEMS[key].get(locale, self._PROBLEMS[key]["en"])

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        tl = timeline(ctx)
        today = ctx.now.date()
        if tl.session and tl.written and tl.written.date < tl.session.date:
            yield self.finding(
                ctx, tl.written.start, tl.written.end, problem=self._problem("before", ctx.locale)
            )
        for d in (tl.session, tl.written):
            if d is not None and d.year_known and d.date > today:
                yield self.finding(ctx, d.start, d.end, problem=self._problem("future", ctx.locale))
        if tl.session:
            for d in tl.next_dates:
                if d.year_known and d.date < tl.session.date:
                    yield self.finding(
                        ctx, d.start, d.end, problem=self._problem("next", ctx.locale)
                    )


@register
class LateWriteUp(PhraseRule):
    """The note says it was written late or from memory (written up Friday from memory, บันทึกย้อนหลัง).

    Why: the guidance asks for notes as soon as possible after the session; a note written from
    memory days later loses detail and accuracy, whatever dates the header gives.
    """

    id = "timeliness.late-writeup"
    criterion = Criterion.TIMELINESS
    list_name = "late_writeup"
    message = frozen(
        {
            "en": "'{term}': the note says it was written late or from memory.",
            "th": "«{term}»: บันทึกระบุว่าเขียนย้อนหลังหรือเขียนจากความจำ",
        }
    )
    advice = frozen(
        {
            "en": "Write the note on the day of the session; if that was impossible, give the session and writing dates and the reason.",
            "th": "ควรบันทึกในวันที่ให้บริการ ถ้าทำไม่ได้ให้ระบุวันที่ให้บริการ วันที่บันทึก และเหตุผล",
        }
    )
    examples = frozen(
        {
            "en": (
                "Seen Monday; typed up Thursday from memory.",
                "Session 04/07/2026 10:00–10:45 · Written 04/07/2026 12:10",
            ),
            "th": (
                "เยี่ยมบ้านวันจันทร์ เขียนบันทึกตามความจำวันศุกร์",
                "วันที่เยี่ยม 6 เม.ย. 2569 เวลา 10.00–10.45 น. | วันที่บันทึก 6 เม.ย. 2569 เวลา 12.10 น.",
            ),
        }
    )
