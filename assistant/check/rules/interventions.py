"""Interventions and plan: what was done, how the client responded, and a dated next step.

Reads O and the plan (P, or I/R/P in BIRP), including the drafter's layout
(``Interventions and client response:`` / ``- name — detail. Response: …`` / ``Next session: …``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from assistant.check.context import CheckContext
from assistant.check.matchers import per_check
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity
from assistant.text.dates import find_times
from assistant.text.thai import has_thai

#: A full stop after a Thai letter is an abbreviation (ด.ช., น.ส., พ.ย.), not a clause end (round 3:
#: «พูดคุยกับ ด.ช. ภ. และมารดาเรื่อง…» was cut at «ด.» and read as a bare "talked with").
#: Round 11: a dot after an initial or an honorific ("talked with C. about a rota…", "Mrs. D.")
#: does not end the clause.
_CLAUSE_END = re.compile(
    r"(?<![\u0e01-\u0e2e])(?<!\b[A-Z])(?<!\bMrs)(?<!\bMs)(?<!\bMr)(?<!\bDr)\.|[;,:(]|\s—\s"
)
#: A Thai clause cut off after a preposition or connective continues in the next clause.
#: Round 4: so is one cut after a person's initial («พูดคุยกับตา ห. ตามลำพังเรื่อง…»).
_THAI_OPEN_END = re.compile(
    r"(?:กับ|เรื่อง|เกี่ยวกับ|ถึง|ว่า|และ|ของ|แก่|ต่อ)\s*$|(?:^|[\s\u0e01-\u0e4c])[\u0e01-\u0e2e]\.\s*$"
)
_THAI_INITIAL_NEXT = re.compile(r"[ \t]*[\u0e01-\u0e2e]\.")
#: A Thai vague verb right after a noun-forming word names a thing or a person, not an act done in
#: the session: «การพูดคุย» (the conversation), «ห้องให้คำปรึกษา» (counselling room), «ผู้ให้คำปรึกษา»
#: (the counsellor), «บันทึกการให้คำปรึกษา» (a title), «ยอมรับคำแนะนำ» (the client accepted advice:
#: a response). Round 3: each raised a vague-intervention warning on a good note.
#: Also a time clause or a topic heading: «ระหว่างคุยนั่งเอนหลัง» (while talking), «สิ่งที่คุยกัน» (round 5).
_THAI_NOUN_BEFORE = re.compile(
    r"(?:การ|คำ|ห้อง|ผู้|นัก|ศูนย์|คลินิก|บันทึก|งาน|แบบ|รับ|ตาม|ระหว่าง(?:ที่)?|ขณะ(?:ที่)?|ตอนที่|หลัง|สิ่งที่|เรื่องที่"
    r"|ถูก|โดน|[\d๐-๙]\s*คน)$"
)
#: Round 8: a passive «กังวลเรื่องถูกตำหนิ» (being blamed) is done TO someone, and a head count
#: «มีเด็ก 2 คนคุยแทรก» makes clients the ones talking: neither is the worker's act.
_DIGIT = re.compile(r"\d")
_LABEL_DELIM = re.compile(r"\s*(?:\*\*)?\s*[:：—–-]\s*")
#: A future or intended act before a vague verb is the client's own plan ("he would talk to his
#: manager", «จะไปคุยกับมารดาเอง»), not the worker's intervention.
_FUTURE = re.compile(
    r"(?:\bwill|\bwould|\bto|\bplan(?:s|ned)?\s+to|\bgoing\s+to|จะ(?:ไป|มา|ลอง|กลับไป)?|ให้(?:ไป)?"
    r"|เพื่อ(?:ไป)?)\s*$",
    re.IGNORECASE,
)
_NUMBER_OR_DAY = re.compile(
    r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tomorrow|tonight)\b|วัน(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|พรุ่งนี้",
    re.IGNORECASE,
)


#: A plan line or sentence that opens with a past-tense verb reports something the worker did
#: ("Reported the fault to the landlord", "Lent a heater"): English notes drop the subject.
#: Also right after a label colon: "P (Plan): Completed a relapse-trigger map…" (round 8).
_PAST_ACTION = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=\):\s)|(?<=\w:\s))[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*"
    r"(?P<verb>[A-Z][a-z]{2,}ed|Gave|Lent|Made|Took|Sent|Wrote|Met|Set\s+up|Brought|Told|Showed|Taught|Found|Held|Led|Read|Sought|Spoke|Went|Drew|Built)\b",
    re.MULTILINE,
)


def _scopes(ctx: CheckContext) -> list[tuple[int, int]]:
    """Where interventions are written: O and the plan sections (whole note without sections)."""
    if not ctx.parsed.sections:
        return [(0, len(ctx.text))]
    spans = ctx.section_bodies("objective", "data", "behavior") + ctx.plan_spans
    names = {s.name for s in ctx.parsed.sections}
    if not names & {"objective", "data", "behavior", "intervention", "subjective"}:
        # a narrative followed by only "Assessment:" / "Plan:" headings: the narrative is where the
        # work is written (round 4: the same as a lone "Plan:" line, which round 3 covered)
        spans.append(ctx.header_span)
    return sorted(spans)


#: A stated absence of any next contact (round 4): the cue lexicon saw "contact" and was satisfied.
_NO_NEXT_STEP = re.compile(
    r"\bno\s+(?:further|follow[- ]?up|next)?\s*(?:contact|call|session|appointment|visit|follow[- ]?up)s?\s+"
    r"(?:was\s+|has\s+been\s+)?(?:booked|scheduled|arranged|planned|made)\b"
    r"|ยังไม่(?:ได้)?(?:นัด|กำหนดวันนัด)(?:หมาย)?(?:ครั้งต่อไป|ติดตาม)?|ไม่มี(?:การ)?นัด(?:หมาย)?(?:ครั้งต่อไป|ติดตาม)",
    re.IGNORECASE,
)


def _in_title(text: str, pos: int) -> bool:
    """True on the first line of a note of several lines when that line is not a sentence."""
    first_end = text.find("\n")
    if first_end < 0 or pos >= first_end or text.count("\n") < 2:
        return False
    return not text[:first_end].rstrip().endswith((".", "!", "?"))


@per_check("interventions")
def interventions(ctx: CheckContext) -> list[tuple[int, int, bool]]:
    """(start, end, specific?) of each intervention verb done in this session (cached)."""
    out: list[tuple[int, int, bool]] = []
    plan = ctx.plan_spans
    for a, b in _scopes(ctx):
        in_plan = (a, b) in plan or (a, b) == ctx.header_span
        for name, specific in (("intervention_specific", True), ("intervention_vague", False)):
            if not specific and not in_plan:
                continue  # "talked", «พูดคุย» in O describe the conversation, not an intervention
            for s, e in ctx.config.phrases(name).finditer(ctx.text, a, b):
                if ctx.in_quote(s, e):
                    continue
                if _FUTURE.search(ctx.text[max(a, s - 12) : s]):
                    continue
                if not specific and _THAI_NOUN_BEFORE.search(ctx.text[max(a, s - 12) : s]):
                    continue  # «ห้องให้คำปรึกษา», «ผู้ให้คำปรึกษา», «ยอมรับคำแนะนำ»: not an act
                out.append((s, e, specific))
    seen = {s for s, _, _ in out}
    # "Intervention today: <what was done>" — the writer labels the item as this session's work
    for a, b in ctx.plan_spans:
        for s, e in ctx.config.phrases("intervention_labels").finditer(ctx.text, a, b):
            body = _LABEL_DELIM.match(ctx.text, e)
            start = body.end() if body else e
            _, le = ctx.line_at(start)
            content = ctx.text[start : min(le, b)]
            if s not in seen and ctx.config.tokenizer.word_count(content) >= 3:
                out.append((s, e, True))
                seen.add(s)
    for a, b in ctx.plan_spans if ctx.parsed.sections else []:
        for m in _PAST_ACTION.finditer(ctx.text, a, b):
            s, e = m.span("verb")
            if s not in seen and not ctx.in_quote(s, e):
                out.append((s, e, True))
    out.sort()
    return out


@register
class MissingIntervention(Rule):
    """No intervention recorded: nothing says what the worker did in this session.

    Why: the guidance asks for the interventions used; the next worker needs to know what was tried.
    """

    id = "interventions.missing-intervention"
    criterion = Criterion.INTERVENTIONS
    severity = Severity.ERROR
    message = frozen(
        {"en": "No intervention is recorded for this session.", "th": "ไม่มีการบันทึกการแทรกแซงในครั้งนี้"}
    )
    advice = frozen(
        {
            "en": "Say what was done: the technique, its content and materials (e.g. 'Used motivational interviewing on cannabis use; client listed 2 reasons to cut down').",
            "th": "ระบุสิ่งที่ทำ เทคนิค เนื้อหา และสื่อที่ใช้ เช่น «ใช้การสัมภาษณ์เพื่อเสริมสร้างแรงจูงใจ ผู้รับบริการระบุเหตุผลที่อยากลดการดื่มได้ 2 ข้อ»",
        }
    )
    examples = frozen(
        {
            "en": (
                "P: Cont bup, RTC 2 wks, MI next visit.",
                "P: Reviewed the sleep diary and taught a wind-down routine; client chose 23:00 as lights-out.",
            ),
            "th": (
                "P: นัดติดตาม 2 สัปดาห์ ให้จดบันทึกการดื่มต่อ",
                "P: ทำตารางชั่งข้อดีข้อเสียร่วมกัน ผู้รับบริการเขียนข้อเสียของการดื่มได้ 4 ข้อ",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        if not interventions(ctx):
            spans = ctx.plan_spans
            if spans and ctx.parsed.sections:
                yield self.finding(ctx, spans[0][0], max(spans[0][1], spans[0][0] + 1))
            else:
                yield self.finding(ctx, None, None)


@register
class VagueIntervention(Rule):
    """An intervention described only vaguely (talked about, discussed, encouraged, พูดคุย, ให้กำลังใจ).

    Why: "talked about" does not tell the next worker what was tried or what to repeat.
    """

    id = "interventions.vague-intervention"
    criterion = Criterion.INTERVENTIONS
    message = frozen(
        {
            "en": "'{term}' does not say what was actually done.",
            "th": "«{term}» ไม่ได้บอกว่าทำอะไรจริง ๆ",
        }
    )
    advice = frozen(
        {
            "en": "Name the technique and content, e.g. 'Reviewed a weekly planner; client blocked three study periods'.",
            "th": "ระบุเทคนิคและเนื้อหา เช่น «ทบทวนตารางอ่านหนังสือ นักเรียนกำหนดช่วงอ่าน 3 ช่วงต่อสัปดาห์»",
        }
    )
    examples = frozen(
        {
            "en": (
                "P: Talked about study skills.",
                "P: Taught the 25-minute study-block method; C.H. planned two blocks for Tuesday.",
            ),
            "th": (
                "P: พูดคุยให้กำลังใจ",
                "P: ฝึกการหายใจแบบช้า 4 รอบ ผู้รับบริการให้คะแนนความเครียดลดจาก 7 เป็น 4",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        specific = ctx.config.phrases("intervention_specific")
        seen: set[tuple[int, int]] = set()
        for s, e, is_specific in interventions(ctx):
            if is_specific or ctx.section_of(s) not in {"plan", "intervention", "response", None}:
                continue
            sent = ctx.sentence_at(s)
            if sent in seen or specific.any(ctx.text, *sent):
                continue
            ls, le = ctx.line_at(s)
            if has_thai(ctx.text[s:e]) and specific.any(ctx.text, ls, le):
                # Thai ends a clause at a space: «ให้คำปรึกษาแบบสั้น รับฟังและสะท้อนความรู้สึก ชวนทบทวน…»
                # names the technique in the next clause of the same line (round 8)
                continue
            tail = ctx.text[e : sent[1]]
            if _THAI_OPEN_END.search(tail) or _THAI_INITIAL_NEXT.match(ctx.text, sent[1]):
                # «พูดคุยกับ ด.ช. ภ. และมารดาเรื่อง…»: a Thai space after a preposition does not end
                # the clause; read on to the next clauses on the line (round 3)
                _, le = ctx.line_at(e)
                _, nxt = ctx.window(e, 0, 2)
                tail = ctx.text[e : min(le, max(nxt, sent[1]))]
            tail = _CLAUSE_END.split(tail, maxsplit=1)[0]
            words = ctx.config.tokenizer.word_count(tail)
            if words >= 4:
                continue
            seen.add(sent)
            yield self.finding(ctx, sent[0], sent[1], term=ctx.text[s:e])


@register
class MissingClientResponse(Rule):
    """Interventions are recorded but not how the client responded.

    Why: the guidance asks for the client's response; it shows what worked.
    """

    id = "interventions.missing-client-response"
    criterion = Criterion.INTERVENTIONS
    message = frozen(
        {
            "en": "The client's response to the intervention is not recorded.",
            "th": "ไม่ได้บันทึกการตอบสนองของผู้รับบริการต่อการแทรกแซง",
        }
    )
    advice = frozen(
        {
            "en": "Add what the client did or said in response, with before/after ratings where used.",
            "th": "เพิ่มสิ่งที่ผู้รับบริการทำหรือพูดตอบสนอง และคะแนนก่อน/หลังถ้ามี",
        }
    )
    examples = frozen(
        {
            "en": (
                "P: Taught box breathing.",
                "P: Taught box breathing; client practised 3 rounds and rated anxiety 7/10 before, 4/10 after.",
            ),
            "th": (
                "สอนหลานสาวพลิกตัวผู้ป่วยทุก 2 ชั่วโมง",
                "สอนหลานสาวพลิกตัวผู้ป่วยทุก 2 ชั่วโมง หลานสาวสาธิตย้อนกลับได้ถูกต้อง",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        found = interventions(ctx)
        if not found:
            return
        cues = ctx.config.phrases("response_cues")
        first = found[0][0]
        sent = ctx.sentence_at(first)
        from assistant.check.rules.goals import find_goals

        goal_spans = [(g.label_start, g.end) for g in find_goals(ctx)]
        # from the start of the intervention's line when it is Thai: a Thai plan line often names the client's
        # reply before the act the lexicon knows («ชวนยายเข้ากลุ่ม ยายตอบรับ … ประสาน อสม.»)
        line_start, line_end = ctx.line_at(first)
        thai_line = has_thai(ctx.text[line_start:line_end])
        begin = min(sent[0], line_start) if thai_line else sent[0]
        if _response_section_after(ctx, first):
            return  # a "Response" / «การตอบสนองโดยรวม» section with content records it (round 9)
        if ctx.section_of(first) == "plan":
            # a plan states the client's agreement anywhere in it ("With T.'s agreement I will …",
            # then the acts): round 9, a school plan's acts read as unanswered
            for a, b in ctx.section_bodies("plan"):
                if a <= first < b and _AGREEMENT.search(ctx.text, a, b):
                    return
        scopes = [(max(a, begin), b) for a, b in _scopes(ctx) if b > begin]
        # the client's account headed AFTER the work ("Work done: … Client's view: …" in a summary of
        # sessions) is how they responded to it (round 9)
        scopes += [
            (a, b)
            for a, b in ctx.section_bodies("subjective", "objective", "data", "behavior")
            if a > first
        ]
        for a, b in scopes:
            for s, _e in cues.finditer(ctx.text, a, b):
                if not any(gs <= s < ge for gs, ge in goal_spans):
                    return
        yield self.finding(ctx, sent[0], sent[1])


#: The client's stated agreement or consent in a plan ("with T.'s agreement", "agreed with her",
#: «ด้วยความยินยอมของ…», «…ตกลง…»): how the client responded to what the plan sets in motion.
_AGREEMENT = re.compile(
    r"\b[Ww]ith\s+(?:(?:[A-Z]\.){1,2}|(?:Mr|Ms|Mrs|Mdm)\.?\s+[A-Z]\.|his|her|their|the\s+\w+'s)(?:'s)?"
    r"\s+(?:agreement|consent)\b|\b(?:agreed|set)\s+together\b|ด้วยความยินยอมของ",
)
_MIN_RESPONSE_WORDS = 4


def _response_section_after(ctx: CheckContext, first: int) -> bool:
    """True when a response section with content follows the first intervention. Why (round 9): a
    BIRP or Thai layout's «การตอบสนองโดยรวม» / "Response" section IS the recorded response, whatever
    its wording; no marked defect on any opened set had one."""
    for a, b in ctx.section_bodies("response"):
        if b > first and ctx.config.tokenizer.word_count(ctx.text[a:b]) >= _MIN_RESPONSE_WORDS:
            return True
    return False


@register
class MissingNextStep(Rule):
    """No next step: no next session, follow-up or dated action in the plan.

    Why: the guidance asks for a plan for the next session or next steps.
    """

    id = "interventions.missing-next-step"
    criterion = Criterion.INTERVENTIONS
    severity = Severity.ERROR
    message = frozen(
        {"en": "The plan has no next session or follow-up.", "th": "แผนไม่มีการนัดครั้งต่อไปหรือการติดตาม"}
    )
    advice = frozen(
        {
            "en": "Add the date and time of the next contact and what it will cover, e.g. 'Next session: 15 May 2026, 14:00 — review the sleep diary'.",
            "th": "เพิ่มวันเวลาของการนัดครั้งต่อไปและสิ่งที่จะทำ เช่น «นัดครั้งต่อไป 17 ก.พ. 2569 เวลา 13.00 น. ทบทวนบันทึกการดื่ม»",
        }
    )
    examples = frozen(
        {
            "en": (
                "P: Goal … Homework: sleep diary.",
                "P: Goal … Homework: sleep diary. Next session: 05/15/2026 at 14:00.",
            ),
            "th": (
                "P: เป้าหมาย … ให้ทำการบ้านต่อ",
                "P: เป้าหมาย … นัดครั้งต่อไป 17 ก.พ. 2569 เวลา 13.00 น.",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        none = _NO_NEXT_STEP.search(ctx.text)
        if none is not None:
            # "No further contact booked.", «ยังไม่ได้นัดครั้งต่อไป»: the note itself says there is none
            yield self.finding(ctx, none.start(), none.end())
            return
        fu = ctx.config.phrases("followup_cues")
        spans = ctx.plan_spans
        if any(fu.any(ctx.text, a, b) for a, b in spans):
            return
        if any(ctx.config.phrases("next_labels").any(ctx.text, a, b) for a, b in spans):
            return
        if _dated_next_contact(ctx):
            return
        if spans and ctx.parsed.sections:
            yield self.finding(ctx, spans[-1][0], max(spans[-1][1], spans[-1][0] + 1))
        else:
            yield self.finding(ctx, None, None)


#: A contact word: with a date after the session it is the next contact in any wording
#: ("Appointment booked Thursday 19/11/2026", «อสม. จะเยี่ยมซ้ำวันจันทร์ที่ 23 พ.ย.», «ครั้งที่ 4 วันเสาร์ที่ 28 พ.ย.»).
_CONTACT_WORD = re.compile(
    r"\b(?:sessions?|appointments?|appt|meet(?:ing)?|see|visit|call|phone|ring|review|group|check-?in|contact)\b"
    r"|\boutreach\b|พบ|เยี่ยม|นัด|โทร|ครั้งที่\s*[\d๐-๙]|กลุ่ม|ติดตาม|(?:ออก|ลง)พื้นที่",
    re.IGNORECASE,
)


def _dated_next_contact(ctx: CheckContext) -> bool:
    """True when a plan sentence (or the last section, or the last paragraph of a note without a
    plan heading) names a contact together with a date after the session (round 5: five good notes
    out of ten wrote their next contact in words no cue list held)."""
    dated = [d for d in ctx.dates if d.year_known]
    if len(dated) < 2:
        return False
    session = dated[0].date
    scopes = list(ctx.plan_spans)
    if ctx.parsed.sections:
        last = ctx.parsed.sections[-1]
        scopes.append((last.start, last.end))
    else:
        cut = ctx.text.rstrip().rfind("\n\n")
        scopes.append((max(cut, 0), len(ctx.text)))
    later = [(d, d.date) for d in dated[1:]]
    # round 11: a plan's yearless date ("Morning outreach on 28/11 at 07:00") read in the
    # session's year (or the next, across a new year) when it falls within 90 days after it
    for d in ctx.dates:
        if not d.year_known and d.start > dated[0].end:
            for year in (session.year, session.year + 1):
                day = _in_year(d.date, year)
                if day is not None and session < day <= session + dt.timedelta(days=90):
                    later.append((d, day))
                    break
    for d, day in later:
        if day <= session or not any(a <= d.start < b for a, b in scopes):
            continue
        s, e = ctx.sentence_at(d.start)
        if _CONTACT_WORD.search(ctx.text, s, e):
            return True
        # Thai ends a clause at a space, so «…มาพบนักสังคมสงเคราะห์ที่ รพ.สต. วันที่ 14 ก.พ.» puts the
        # date in a clause of its own: read back along its line, at most a clause's length (round 6)
        ls, _ = ctx.line_at(d.start)
        if s > ls and _CONTACT_WORD.search(ctx.text, max(ls, d.start - 60), d.start):
            return True
    return False


def _in_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


@register
class VagueFollowUp(Rule):
    """A follow-up with no date, weekday, time or interval (soon, next time, f/u next wk, ครั้งหน้า).

    Why: an undated follow-up is easily lost.
    """

    id = "interventions.vague-follow-up"
    criterion = Criterion.INTERVENTIONS
    message = frozen({"en": "This follow-up has no date.", "th": "การติดตามนี้ไม่ระบุวันที่"})
    advice = frozen(
        {
            "en": "Give the date and time, e.g. 'Next session 15 May 2026, 14:00'.",
            "th": "ระบุวันและเวลา เช่น «นัดครั้งต่อไป 17 ก.พ. 2569 เวลา 13.00 น.»",
        }
    )
    examples = frozen(
        {
            "en": ("Will check in again soon.", "Next check-in: 10/02/2025 at 11:15."),
            "th": ("นัดครั้งหน้า", "นัดครั้งต่อไป 17 ก.พ. 2569 เวลา 13.00 น."),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        fu = ctx.config.phrases("followup_cues")
        vague = ctx.config.phrases("vague_followup")
        seen: set[tuple[int, int]] = set()
        for a, b in ctx.plan_spans:
            for s, _e in fu.finditer(ctx.text, a, b):
                if ctx.section_of(s) in {"intervention", "response"}:
                    # round 8: under an Intervention/Response heading a visit word is what was done
                    # or a service explained ("asked the nurse to review it at her next visit",
                    # «อธิบายบริการเยี่ยมบ้าน»), not the plan's next contact
                    continue
                if ctx.in_measure_source(s):
                    continue  # "per the follow-up log", «ติดตามจากรายงาน…»: where a measure comes from
                if _in_title(ctx.text, s):
                    continue  # «โทรติดตามหลังรับสายวิกฤต — บันทึกสั้น»: the note's name (round 4)
                if _REFERENCE_BEFORE.search(ctx.text[max(a, s - 16) : s]):
                    continue  # «…จนถึงนัดครั้งหน้า», «ตามแผนติดตาม»: a point of reference (round 6)
                sent = ctx.sentence_at(s)
                if _TODAY.search(ctx.text, sent[0], s):
                    continue  # «วันนี้…ไปเยี่ยมบ้าน»: this contact told in a narrative (round 6)
                if sent in seen:
                    continue
                opener = sent[0]
                if has_thai(ctx.text[sent[0] : s + 1]):
                    opener = max(ctx.line_at(s)[0], sent[0] - 60)  # a Thai space ends a clause
                if _WITH_CONSENT.search(ctx.text, opener, s) and _dated_next_contact(ctx):
                    # round 11: "With T.'s agreement I will contact his whānau next week about…",
                    # «ด้วยความยินยอมของ…จะประสาน…»: a consented task toward a third party, in a
                    # plan whose next contact is dated elsewhere
                    continue
                seen.add(sent)
                _, we = ctx.window(s, 0, 1)
                we = min(we, b)
                dated = (
                    ctx.has_date(s, we)
                    or _NUMBER_OR_DAY.search(ctx.text, s, we)
                    or find_times(ctx.text[s:we])
                )
                if dated and not vague.any(ctx.text, *sent):
                    continue
                if dated and _NUMBER_OR_DAY.search(ctx.text, *sent):
                    continue
                if dated and _date_follows(ctx, sent[1], we):
                    continue
                yield self.finding(ctx, sent[0], sent[1])


#: Words that make the follow-up words a point of reference rather than a follow-up being planned:
#: a goal's frame («ไม่ดื่มต่อเนื่องจนถึงนัดครั้งหน้า», "until the next session") or the reason for
#: today's contact («ไปเยี่ยมบ้านตามแผนติดตาม», "as per the follow-up plan"). Round 6: both fired
#: on good notes whose dated next contact was written elsewhere.
_REFERENCE_BEFORE = re.compile(
    r"(?:จนถึง|จนกว่าจะถึง|ก่อนถึง|ตาม(?:แผน(?:การ)?)?|\b(?:until|till|before|per)(?:\s+the)?)\s*$",
    re.IGNORECASE,
)


#: A sentence opened by the client's consent to a task ("With P.'s consent I will email…").
_WITH_CONSENT = re.compile(
    r"\b(?:with|given)\s+(?:the\s+)?(?:[\w.]+(?:'s|’s)\s+|(?:his|her|their|the\s+client's)\s+)"
    r"(?:verbal\s+|written\s+)?(?:consent|agreement|permission)\b"
    r"|ด้วยความ(?:ยินยอม|เห็นชอบ)|(?:ได้รับ)?(?:ความ)?ยินยอมจาก",
    re.IGNORECASE,
)


#: A sentence telling today's contact: its visit/call words are what happened, not a plan.
_TODAY = re.compile(r"วันนี้|เช้านี้|บ่ายนี้|\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b", re.I)


def _date_follows(ctx: CheckContext, end: int, limit: int) -> bool:
    """A date that opens the next clause on the same line: Thai ends a clause at a space, so
    «นัดครั้งต่อไป วันที่ ๒๙ พ.ย. ๖๙» puts its date in the clause after the follow-up words."""
    stop = min(limit, end + 12)
    newline = ctx.text.find("\n", end, stop)
    return ctx.has_date(end, newline if newline >= 0 else stop)


@register
class ContinueOnly(Rule):
    """The plan only says to continue (cont. current plan, ดำเนินการตามแผนเดิม).

    Why: it carries the plan forward without showing today's work or any reassessment.
    """

    id = "interventions.continue-only"
    criterion = Criterion.INTERVENTIONS
    message = frozen({"en": "The plan only says to continue.", "th": "แผนระบุเพียงให้ดำเนินการต่อ"})
    advice = frozen(
        {
            "en": "Say what continues, why, and what was done today.",
            "th": "ระบุสิ่งที่ทำต่อ เหตุผล และสิ่งที่ทำในครั้งนี้",
        }
    )
    examples = frozen(
        {
            "en": (
                "P: Cont. current plan.",
                "P: Continue weekly CBT for panic (4 attacks this week, 6 last week); practised interoceptive exposure today.",
            ),
            "th": (
                "P: ดำเนินการตามแผนเดิม ติดตามต่อ",
                "P: ทำต่อตามแผนเพราะคะแนน ST-5 ลดจาก 10 เป็น 7 วันนี้ฝึกการหายใจ 4 รอบ",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        cont = ctx.config.phrases("continue_markers")
        specific = ctx.config.phrases("intervention_specific")
        response = ctx.config.phrases("response_cues")

        def only_continues(s: int, e: int) -> bool:
            return (
                cont.any(ctx.text, s, e)
                and not specific.any(ctx.text, s, e)
                and not response.any(ctx.text, s, e)
                and not _DIGIT.search(ctx.text[s:e])
            )

        for a, b in ctx.section_bodies("plan"):
            sents = ctx.sentences_in(a, b)
            if sents and all(only_continues(s, e) for s, e in sents):
                yield self.finding(ctx, a, b)
