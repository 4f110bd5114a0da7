"""Goals: at least one SMART goal; each names a behaviour, a measure and a time frame.

A goal is the text after ``Goal:`` / ``Goals:`` / ``เป้าหมาย:`` (to the end of its sentence or
line), or each numbered/bulleted item under a ``Goals:`` line, as the drafter renders them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.check.context import CheckContext
from assistant.check.matchers import per_check
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity
from assistant.text.sections import section_at
from assistant.text.thai import has_thai

#: Round 10: a format letter opening a bracketed label ("G (Goal):", «G (เป้าหมาย):», GIRP notes).
_LINE_PREFIX = re.compile(r"^[\s\-*•>#]*(?:\d{1,2}[.)]\s*)?(?:\*\*)?[\s]*(?:[A-Z][ \t]*\([ \t]*)?$")
_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+", re.MULTILINE)
#: "<client> will … by <date>" is a goal even without a Goal: label.
#: Round 4: a single initial ("K. will …"), "agreed to" and a running frame ("for the next two
#: weeks", "until …") are the same commitment (held-out set 3's narrative notes).
_WILL_BY = re.compile(
    r"(?:\b(?:client|he|she|they|(?:all\s+|the\s+|group\s+)?members)|\b[A-Z]\.(?:[A-Z]\.)*)\s+"
    r"(?:will|agreed\s+to|agrees\s+to)\s+"
    # round 11: a counted or dated commitment of the client's own ("Members will keep the sleep
    # diary for 7 nights", "Mr B. will go to the men's group on 2 and 9 December"); a return
    # visit or a meeting on a date is the next contact, not a goal
    r"(?:(?!(?:return|come|be|see|meet|call|phone|ring|attend\s+(?:the\s+|her\s+|his\s+)?next)\b)\w+[^.\n]*"
    r"\b(?:for\s+\d+\s+(?:more\s+)?(?:days?|nights?|weeks?|months?)|on\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s+and\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|\w+[^.\n]*\b(?:by|within|before|until|through|(?:for|over)\s+the\s+(?:next|coming))\b)",
    re.IGNORECASE,
)
#: The Thai form (round 6): «นางสาว จ. จะพบอาจารย์ที่ปรึกษาภายในวันที่ 20/11», «ผู้รับบริการตกลงจะ…
#: ภายใน 2 สัปดาห์»: the client (an initial or a client noun) will do something by a stated time.
_WILL_BY_TH = re.compile(
    r"(?:[ก-ฮ]\.\s*(?:[ก-ฮ]\.\s*)?|ผู้รับบริการ|นักเรียน|ผู้ป่วย|สมาชิก(?:ทุกคน|กลุ่ม)?)\s*"
    r"(?:ตกลง(?:ว่า)?|รับปาก(?:ว่า)?|สัญญา(?:ว่า)?)?จะ[^\n.]{1,80}?"
    r"(?:ภายใน(?:วันที่|\s*[\d๐-๙]+\s*(?:วัน|สัปดาห์|อาทิตย์|เดือน))|ก่อนวันที่|จนถึงวันที่)"
)
_DELIM = re.compile(r"\s*\)?\s*(?:\*\*)?\s*[:：—–-]?\s*(?:\*\*)?\s*")
#: A label followed by a colon is explicit wherever it stands («… 7/10 เป้าหมาย: ภายใน …»).
_COLON_AFTER = re.compile(r"\s*(?:\*\*)?\s*[:：]")


@dataclass(frozen=True)
class Goal:
    """One goal statement: ``start``/``end`` span its text (label excluded)."""

    label_start: int
    start: int
    end: int


@per_check("goals")
def find_goals(ctx: CheckContext) -> list[Goal]:
    """Every goal statement in the note (cached per check)."""
    text = ctx.text
    goals: list[Goal] = []
    headings = {sec.heading_start for sec in ctx.parsed.sections}
    for s, e in ctx.config.phrases("goal_labels").finditer(text):
        if s in headings and section_at(ctx.parsed, s) != "plan":
            continue  # "Objective:" heading a SOAP section is not a goal label ("Goal and plan:" is)
        ls, le = ctx.line_at(s)
        prefix = text[ls:s]
        sent_start, _ = ctx.sentence_at(s)
        if not (
            _LINE_PREFIX.match(prefix)
            or sent_start >= s - 1
            or prefix.rstrip().endswith((":", ".", ";"))  # "…requested; goal — …" (round 3)
            or _COLON_AFTER.match(text, e)
        ):
            continue
        d = _DELIM.match(text, e)
        body = d.end() if d else e
        if body >= le or not text[body:le].strip():
            items = _items_after(ctx, le, s)
            if not items and le + 1 < len(text) and text[le + 1 : le + 2].strip():
                # a heading line "Goal" over a plain paragraph (round 4): the paragraph is the goal
                ns, ne = ctx.line_at(le + 1)
                ne = _trim_end(text, ns, ne)
                items = [Goal(s, ns, ne)] if ne > ns else []
            goals.extend(items)
            continue
        if has_thai(text[body:le]):
            end = le
        else:
            _, sent_end = ctx.sentence_at(body)
            end = min(le, max(sent_end, body + 1))
        # a follow-up written on the same line ends the goal («… นัดครั้งต่อไป 3 มิ.ย.»)
        for name in ("followup_cues", "next_labels") if has_thai(text[body:end]) else ():
            hits = ctx.config.phrases(name).finditer(text, body + 1, end)
            # only a cue that opens its own chunk: «ทีมเยี่ยมบ้านครั้งแรกภายใน 48 ชม.» is the goal's
            # content (a subject before the cue), «… นัดครั้งต่อไป 3 มิ.ย.» is a new item
            hit = next(
                (
                    h
                    for h in hits
                    if not ctx.in_measure_source(h[0]) and text[h[0] - 1 : h[0]] in {" ", "\t"}
                ),
                None,
            )
            if hit is not None:
                end = hit[0]
        while end > body and text[end - 1] in " \t\r,;":
            end -= 1
        goals.append(Goal(s, body, max(end, body + 1)))
    return goals


def _items_after(ctx: CheckContext, line_end: int, label_start: int) -> list[Goal]:
    text = ctx.text
    out = []
    pos = line_end + 1
    while pos < len(text):
        ls, le = ctx.line_at(pos)
        m = _ITEM.match(text, ls)
        if not m or not text[m.end() : le].strip():
            break
        out.append(Goal(label_start, m.end(), _trim_end(text, m.end(), le)))
        pos = le + 1
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace: a Windows line keeps its carriage return
    before the line feed that ends it, and a highlight must not take it in."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _blank(text: str, spans: list[tuple[int, int]], offset: int) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(max(a - offset, 0), min(b - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _goal_facts(ctx: CheckContext, goal: Goal) -> dict[str, bool]:
    cfg = ctx.config
    raw = ctx.text[goal.start : goal.end]
    # the time frame may sit in the label itself: "Goal (by 30/06/2026): …"
    dates = [(d.start, d.end) for d in ctx.dates if goal.label_start <= d.start < goal.end]
    # ... or in the plan clause just before the label on the same line («จะจดเวลานอนทุกวันเป็นเวลา
    # 2 สัปดาห์ เป้าหมายคือ…», "For the next 2 weeks, goal: …"): round 3, a good note's goal
    frame_from = goal.label_start
    ls, _ = ctx.line_at(goal.label_start)
    prev_start, _ = ctx.window(goal.label_start, 1, 0)
    if ls <= prev_start < goal.label_start:
        frame_from = prev_start
    frames = list(cfg.phrases("timeframe_words").finditer(ctx.text, frame_from, goal.end))
    no_dates = _blank(raw, dates + frames, goal.start)
    return {
        "vague": cfg.phrases("vague_goal_words").any(raw),
        "observable": cfg.phrases("observable_goal_verbs").any(raw),
        "measure": cfg.phrases("measure_words").any(no_dates)
        or cfg.phrases("measure_sources").any(raw),
        "timeframe": bool(dates) or bool(frames),
    }


#: A session's purpose line («วัตถุประสงค์: ให้เด็กรู้จักจัดการความโกรธ», "Aim: practise …") says
#: what the session was for, not the client's goal.
_PURPOSE_LABEL = re.compile(r"วัตถุประสงค์|purpose|aims?\b|aims?\s+of\s+(?:the\s+)?session", re.IGNORECASE)


def _goals_to_check(ctx: CheckContext) -> list[Goal]:
    """The goals the SMART rules judge: a purpose line counts only when the note states no other
    goal (round 8: a group note's «วัตถุประสงค์:» drew no-timeframe and not-measurable warnings
    although its labelled goal further down had both)."""
    goals = find_goals(ctx)
    purpose = [g for g in goals if _PURPOSE_LABEL.match(ctx.text, g.label_start)]
    return [g for g in goals if g not in purpose] if len(purpose) < len(goals) else goals


class _GoalRule(Rule):
    criterion = Criterion.GOALS

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for goal in _goals_to_check(ctx):
            if goal.end > goal.start:
                facts = _goal_facts(ctx, goal)
                if self.fails(facts):
                    yield self.finding(ctx, goal.start, goal.end)

    def fails(self, facts: dict[str, bool]) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError


@register
class MissingGoal(Rule):
    """No goal anywhere in the note.

    Why: the guidance asks for SMART goals and progress toward them; a plan without a target
    cannot be reviewed.
    """

    id = "goals.missing-goal"
    criterion = Criterion.GOALS
    message = frozen({"en": "The note states no goal.", "th": "บันทึกนี้ไม่มีเป้าหมาย"})
    advice = frozen(
        {
            "en": "Add a SMART goal tied to the client's concern, e.g. 'Goal: attend 3 of 4 group sessions by 30 Jun 2026 (attendance record)'.",
            "th": "เพิ่มเป้าหมายแบบ SMART ที่เชื่อมกับปัญหาของผู้รับบริการ เช่น «เป้าหมาย: ภายใน 4 สัปดาห์ เข้ากลุ่มบำบัดอย่างน้อย 3 ใน 4 ครั้ง ตามบันทึกการเข้าร่วม»",
        }
    )
    examples = frozen(
        {
            "en": (
                "Plan: Encourage activities. Update care plan.",
                "Goal: attend the music group at least 2 times a week through 31 Mar 2026.",
            ),
            "th": (
                "P: นัดติดตาม 2 สัปดาห์",
                "P: เป้าหมาย: ภายใน 4 สัปดาห์ ดื่มไม่เกิน 2 วันต่อสัปดาห์ ตามบันทึกการดื่ม",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        if find_goals(ctx):
            return
        if any(
            _WILL_BY.search(ctx.text, a, b) or _WILL_BY_TH.search(ctx.text, a, b)
            for a, b in ctx.plan_spans
        ):
            return
        yield self.finding(ctx, None, None)


@register
class VagueGoal(_GoalRule):
    """A goal worded vaguely (do better, improve, stay out of trouble, ดีขึ้น, ปรับพฤติกรรม) with no measure.

    Why: "do better" cannot be observed or counted; nobody can tell whether it was met.
    """

    id = "goals.vague-goal"
    severity = Severity.ERROR
    message = frozen(
        {
            "en": "This goal is vague: it names no observable behaviour or measure.",
            "th": "เป้าหมายนี้กว้างเกินไป ไม่ระบุพฤติกรรมที่สังเกตได้หรือตัววัด",
        }
    )
    advice = frozen(
        {
            "en": "Name what the client will do, how much, and by when, e.g. 'hand in 8 of 10 assignments by 15 Dec (grade portal)'.",
            "th": "ระบุสิ่งที่ผู้รับบริการจะทำ ปริมาณ และกำหนดเวลา เช่น «ภายใน 4 สัปดาห์ ส่งการบ้านอย่างน้อย 8 จาก 10 ชิ้น ตามบันทึกของครู»",
        }
    )
    examples = frozen(
        {
            "en": (
                "Goal: do better in school.",
                "Goal: hand in at least 8 of 10 science assignments by 12/15/2025, per the grade portal.",
            ),
            "th": (
                "เป้าหมาย: ให้ครอบครัวดีขึ้น",
                "เป้าหมาย: ภายใน 4 สัปดาห์ ครอบครัวทำกิจกรรมร่วมกันอย่างน้อยสัปดาห์ละ 2 ครั้ง",
            ),
        }
    )

    def fails(self, facts: dict[str, bool]) -> bool:
        return facts["vague"] and not facts["measure"]


@register
class GoalNotMeasurable(_GoalRule):
    """A goal with no measure: no number, frequency, score, percentage or countable result.

    Why: the M of SMART; progress cannot be tracked without it.
    """

    id = "goals.not-measurable"
    message = frozen({"en": "This goal has no measure.", "th": "เป้าหมายนี้ไม่มีตัววัด"})
    advice = frozen(
        {
            "en": "Add a count, score or percentage and where it will be read from (e.g. 'per attendance record').",
            "th": "เพิ่มจำนวนครั้ง คะแนน หรือร้อยละ และแหล่งข้อมูล เช่น «ตามแบบบันทึกของครู»",
        }
    )
    examples = frozen(
        {
            "en": (
                "Goal: reduce drinking by 06/30/2026.",
                "Goal: no more than 2 drinking days a week by 06/30/2026 (drinking diary).",
            ),
            "th": (
                "เป้าหมาย: ลดการดื่มสุราภายใน 4 สัปดาห์",
                "เป้าหมาย: ภายใน 4 สัปดาห์ ดื่มไม่เกิน 2 วันต่อสัปดาห์",
            ),
        }
    )

    def fails(self, facts: dict[str, bool]) -> bool:
        return not facts["measure"] and not facts["vague"] and not facts["observable"]


@register
class GoalNoTimeframe(_GoalRule):
    """A goal with no time frame (date or duration).

    Why: the T of SMART; without a date nobody knows when to review it.
    """

    id = "goals.no-timeframe"
    message = frozen({"en": "This goal has no time frame.", "th": "เป้าหมายนี้ไม่มีกรอบเวลา"})
    advice = frozen(
        {
            "en": "Add a review date or duration, e.g. 'by 30 Jun 2026' or 'within 4 weeks'.",
            "th": "เพิ่มกำหนดเวลา เช่น «ภายใน 4 สัปดาห์» หรือ «ภายในวันที่ 30 มิ.ย. 2569»",
        }
    )
    examples = frozen(
        {
            "en": (
                "Goal: attend 4 AA meetings per week.",
                "Goal: attend 4 AA meetings per week for the next 4 weeks (sign-in sheet).",
            ),
            "th": (
                "เป้าหมาย: เข้ากลุ่มบำบัดสัปดาห์ละ 2 ครั้ง",
                "เป้าหมาย: ภายใน 4 สัปดาห์ เข้ากลุ่มบำบัดสัปดาห์ละ 2 ครั้ง",
            ),
        }
    )

    def fails(self, facts: dict[str, bool]) -> bool:
        return not facts["timeframe"]


#: How far past a Thai commitment its measure may stand on the same line: a Thai clause ends at
#: a space, but «รับปากว่าจะพยายามส่งการบ้านให้ครบ 5 วิชาภายในวันที่ 30» measures it further on.
_TH_MEASURE_REACH = 120
#: The English clause around a promise that may carry its measure or date.
_EN_MEASURE_BEFORE, _EN_MEASURE_AFTER = 60, 90


@register
class VagueCommitment(Rule):
    """An effort promise written where a goal belongs (will try harder, keep working on, รับปากว่าจะพยายาม).

    Why: "agreed to try harder" records goodwill, not a target; nobody can tell at the next
    session whether it was met. Round 7: on unseen notes (held-out 4 and our own 71…74) this was
    the commonest goal defect the checker missed — the promise has no Goal: label, so the goal
    rules never read it, and "no goal" pointed nowhere. A promise that carries a number, a
    frequency or a date is measured and is left alone; a quoted promise is the client's words.
    """

    id = "goals.vague-commitment"
    criterion = Criterion.GOALS
    message = frozen(
        {
            "en": "An effort promise stands in for a goal: it names no behaviour, amount or date to check.",
            "th": "คำรับปากว่าจะพยายามถูกใช้แทนเป้าหมาย ไม่ระบุพฤติกรรม ปริมาณ หรือกำหนดเวลาที่ตรวจสอบได้",
        }
    )
    advice = frozen(
        {
            "en": "Turn it into a goal: what the client will do, how often, by when, e.g. 'attend 4 of 5 school days each week until 30 May (school register)'.",
            "th": "เขียนเป็นเป้าหมาย: ทำอะไร บ่อยแค่ไหน ภายในเมื่อไร เช่น «มาเรียนอย่างน้อย 4 ใน 5 วันต่อสัปดาห์ จนถึง 30 พ.ค. ตามทะเบียนเรียน»",
        }
    )
    examples = frozen(
        {
            "en": (
                "She agreed to try harder.",
                "She agreed to attend 4 of 5 school days each week until 30/05/2026, per the school register.",
            ),
            "th": (
                "ผู้รับบริการรับปากว่าจะพยายามปรับปรุงตัว",
                "ผู้รับบริการจะมารายงานตัวตรงเวลาทุกครั้งจนถึง 30 มิ.ย. 2569 ตามทะเบียนรายงานตัว",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        cfg = ctx.config
        goals = [(g.label_start, g.end) for g in find_goals(ctx)]
        seen: set[tuple[int, int]] = set()
        for s, e in cfg.phrases("vague_commitments").finditer(ctx.text):
            if ctx.in_quote(s, e) or any(a <= s < b for a, b in goals):
                continue  # the client's own words; a labelled goal is judged by the goal rules
            sent = ctx.sentence_at(s)
            if sent in seen:
                continue
            # the measure belongs to the promise's own clause: a run-on sentence's "call approx
            # 10 mins" elsewhere does not measure "she will try to do better"
            begin, reach = max(sent[0], s - _EN_MEASURE_BEFORE), min(sent[1], e + _EN_MEASURE_AFTER)
            if has_thai(ctx.text[s:e]):
                reach = max(reach, min(ctx.line_at(s)[1], e + _TH_MEASURE_REACH))
            if (
                cfg.phrases("measure_words").any(ctx.text, e, reach)
                or cfg.phrases("timeframe_words").any(ctx.text, begin, reach)
                or ctx.has_date(begin, reach)
            ):
                continue
            seen.add(sent)
            yield self.finding(ctx, sent[0], max(sent[1], e), term=ctx.text[s:e])
