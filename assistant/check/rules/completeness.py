"""Completeness: the client's concern, results of any screening, and follow-through on events reported."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.check.context import CheckContext
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity
from assistant.text.thai import ThaiTokenizer

_BASE_TOKENIZER = ThaiTokenizer()  # the plain dictionary splits a cue into its words
_DONE_TH = re.compile(r"เรียบร้อย|แล้ว$")
_LATIN_WORD = re.compile(r"[A-Za-z]{4,}")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
_STOP = frozenset(
    [
        "with",
        "that",
        "this",
        "from",
        "have",
        "been",
        "were",
        "they",
        "them",
        "their",
        "there",
        "about",
        "after",
        "before",
        "home",
        "came",
    ]
)


@register
class MissingClientConcern(Rule):
    """The client's own concern is missing: no S section content and no report of what the client said.

    Why: the guidance names the client's concerns as a key element; S is where the client's account lives.

    Calibration (round 3, opened sets): 0 defects caught, 5 fires on poor notes matching no
    defect, 0 defects caught by it alone. Whether a summary is "the client's own account" is a
    judgement; a missing S section is already a structure warning. Demoted to ``info`` (a hint).
    """

    id = "completeness.missing-client-concern"
    criterion = Criterion.COMPLETENESS
    severity = Severity.INFO
    message = frozen(
        {
            "en": "The client's own account of the concern is missing.",
            "th": "ไม่มีคำบอกเล่าของผู้รับบริการเกี่ยวกับปัญหาหรือข้อกังวล",
        }
    )
    advice = frozen(
        {
            "en": "Add what the client said about the problem, in their words where useful.",
            "th": "เพิ่มสิ่งที่ผู้รับบริการเล่าเกี่ยวกับปัญหา โดยยกคำพูดของผู้รับบริการเมื่อเหมาะสม",
        }
    )
    examples = frozen(
        {
            "en": (
                "O: … A: … P: … (no S)",
                'S: Client said, "I can\'t sleep since the eviction notice."',
            ),
            "th": (
                "O: มาตามนัด … A: … P: …",
                'S: ผู้รับบริการเล่าว่า "นอนไม่หลับตั้งแต่ได้หนังสือให้ออกจากห้องเช่า"',
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        body = ctx.parsed.body("subjective") + ctx.parsed.body("data") + ctx.parsed.body("behavior")
        if body.strip(" \t\n-–—.:").lower() not in {"", "n/a", "na", "none", "ไม่มี"}:
            return
        if ctx.quotes or ctx.config.phrases("reporting_verbs").any(ctx.text):
            return
        yield self.finding(ctx, None, None)


@register
class MissingOutcome(Rule):
    """No outcome: no assessment and nothing that says how the client is doing compared with before.

    Why: the guidance asks for the client's progress and changes; without an assessment or a
    comparison the next worker cannot tell whether anything is working.
    """

    id = "completeness.missing-outcome"
    criterion = Criterion.COMPLETENESS
    message = frozen(
        {
            "en": "The note says nothing about the outcome or progress so far.",
            "th": "บันทึกไม่ได้ระบุผลลัพธ์หรือความก้าวหน้าของผู้รับบริการ",
        }
    )
    advice = frozen(
        {
            "en": "Add an assessment that compares at least one measure with the last session or the baseline (e.g. 'GAD-7 12, down from 15').",
            "th": "เพิ่มการประเมินที่เปรียบเทียบตัววัดอย่างน้อย 1 อย่างกับครั้งก่อนหรือแรกรับ เช่น «GAD-7 = 9 (ครั้งก่อน 13)»",
        }
    )
    examples = frozen(
        {
            "en": (
                "S: … O: … P: Next session 03/09. (no A, no comparison)",
                "A: Panic attacks down from 6 to 4 a week; avoidance of driving continues.",
            ),
            "th": ("S: … O: … P: นัด 9 มี.ค. (ไม่มี A)", "A: อาการแพนิกลดลงจาก 5 เป็น 2 ครั้งต่อสัปดาห์"),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        body = (ctx.parsed.body("assessment") + ctx.parsed.body("response")).strip(" \t\n-–—.:")
        if body.lower() not in {"", "n/a", "na", "none", "ไม่มี"}:
            return
        if ctx.config.phrases("outcome_cues").any(ctx.text):
            return
        if _PROSE_ASSESSMENT.search(ctx.text):
            return
        yield self.finding(ctx, None, None)


#: An assessment written in the prose of a narrative note («ประเมินว่า…», "My assessment is that …").
#: Why (round 6): the rule read only an A/R section, so every paragraph-style first contact (phone
#: call, outreach, intake) with its assessment in a sentence was told it had no outcome; the marked
#: defects it catches are notes with no assessment at all, which keep firing.
_PROSE_ASSESSMENT = re.compile(
    r"ประเมิน(?:เบื้องต้น|แล้ว)?(?:ได้)?ว่า|จากการประเมิน\S{0,12}(?:พบว่า|เห็นว่า)"
    r"|\bmy\s+(?:assessment|impression)\s+(?:is|was)\b|\b(?:assessed|formulated)\s+as\b",
    re.IGNORECASE,
)


#: A score written straight after an instrument's name: "9Q = 9", "PHQ-9: 12", «ST-5 ได้ 9 คะแนน».
_SCORE_AFTER = r"[ \t]*(?:[:=]|score[sd]?|scored|คะแนน|ได้)[ \t]*(?:คะแนน[ \t]*)?\d"


def _scored_elsewhere(text: str, form: str, start: int) -> bool:
    """True when the same instrument is given a score elsewhere in the note (round 10: GIRP's
    «I: ประเมิน 9Q และ 8Q» with «R: 9Q = 9 … 8Q = 0» two lines down — a layout that puts the act
    and its result in different sections)."""
    if not form.strip():
        return False
    pattern = re.compile(re.escape(form) + _SCORE_AFTER, re.IGNORECASE)
    return any(m.start() != start for m in pattern.finditer(text))


@register
class InstrumentWithoutResult(Rule):
    """A screening or scale was done but its result is not recorded.

    Why: a screen without its result cannot inform risk or progress.
    """

    id = "completeness.instrument-without-result"
    criterion = Criterion.COMPLETENESS
    message = frozen(
        {
            "en": "A screening or scale is mentioned as done, but its result is missing.",
            "th": "ระบุว่าทำแบบประเมินแล้ว แต่ไม่มีผลการประเมิน",
        }
    )
    advice = frozen(
        {
            "en": "Give the score and its band, e.g. 'PHQ-9 = 14 (moderate; item 9 = 0)'.",
            "th": "ระบุคะแนนและระดับ เช่น «ST-5 = 9 คะแนน (เครียดมาก)»",
        }
    )
    examples = frozen(
        {
            "en": ("PHQ-9 completed.", "PHQ-9 completed: 14 (moderate); item 9 = 0."),
            "th": ("ทำแบบประเมินความเครียดเรียบร้อย", "แบบวัดความเครียด ST-5 = 9 คะแนน (เครียดมาก)"),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        cfg = ctx.config
        done = cfg.phrases("completion_words")
        result = cfg.phrases("result_words")
        seen: set[tuple[int, int]] = set()
        for s, e in cfg.phrases("instrument_words").finditer(ctx.text):
            sent = ctx.sentence_at(s)
            if sent in seen or ctx.in_quote(s, e):
                continue
            instruments = list(cfg.phrases("instrument_words").finditer(ctx.text, *sent))
            sent_text = list(ctx.text[sent[0] : sent[1]])
            for a, b in instruments:
                for i in range(a - sent[0], b - sent[0]):
                    sent_text[i] = " "
            if not done.any("".join(sent_text)) and not _DONE_TH.search(ctx.text[s:e]):
                continue
            ws, we = ctx.window(s, 0, 2 if ctx.is_thai else 1)
            masked = list(ctx.text[ws:we])
            for a, b in cfg.phrases("instrument_words").finditer(ctx.text, ws, we):
                for i in range(a - ws, b - ws):
                    masked[i] = " "
            if result.any("".join(masked)) or _scored_elsewhere(ctx.text, ctx.text[s:e], s):
                continue
            seen.add(sent)
            yield self.finding(ctx, sent[0], sent[1])


@register
class ReportedEventUnaddressed(Rule):
    """A safety-relevant event in S or O (police, intoxication, injury) that A and P never mention.

    Why: an event recorded but never assessed or planned for looks missed.
    """

    id = "completeness.reported-event-unaddressed"
    criterion = Criterion.COMPLETENESS
    message = frozen(
        {
            "en": "'{term}' is reported but not addressed in the assessment or plan.",
            "th": "มีการบันทึก «{term}» แต่ไม่ได้ประเมินหรือวางแผนในส่วน A หรือ P",
        }
    )
    advice = frozen(
        {
            "en": "Assess it in A and state the response in P, or say why none is needed.",
            "th": "ประเมินในส่วน A และระบุการดำเนินการในส่วน P หรือระบุเหตุผลที่ไม่ต้องดำเนินการ",
        }
    )
    examples = frozen(
        {
            "en": (
                "O: Foster mother reports she came home smelling of alcohol. (A and P silent)",
                "A: Alcohol use at 16 is a new risk. P: Screened with CRAFFT next visit; discussed safety with the foster mother.",
            ),
            "th": (
                "ยายเล่าว่าหลานถูกตำรวจพามาส่งบ้าน (A และ P ไม่กล่าวถึง)",
                "A: มีความเสี่ยงจากการถูกตำรวจควบคุมตัว P: ประสานครูประจำชั้นและนัดพบผู้ปกครอง",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        if not ctx.parsed.sections:
            return
        later = "\n".join(
            ctx.text[a:b]
            for a, b in ctx.section_bodies("assessment", "plan", "intervention", "response")
        )
        later_low = later.lower()
        events = ctx.config.phrases("significant_events")
        for a, b in ctx.section_bodies("subjective", "objective", "data", "behavior"):
            for s, e in events.finditer(ctx.text, a, b):
                if ctx.negated(s):
                    continue  # "no visible injuries": an absence, nothing to address
                phrase = ctx.text[s:e]
                if events.any(later):
                    return
                keys = [w for w in _LATIN_WORD.findall(phrase.lower()) if w not in _STOP]
                if _THAI.search(phrase):
                    keys += [t for t in _BASE_TOKENIZER.tokens(phrase) if len(t) >= 3]
                if any(k in later_low for k in keys):
                    continue
                yield self.finding(ctx, s, e, term=phrase)


#: An assessment shorter than this (in words) is a label, not an assessment.
_MIN_ASSESSMENT_WORDS = 4


@register
class ThinAssessment(Rule):
    """An assessment of one or two words (A: Stable., A: Relapse., A: ปกติ, A: ติดตามต่อ).

    Why: the assessment is where the worker's professional judgement of progress is recorded;
    a single word gives the next reader no reasoning, no change and no risk picture.
    """

    id = "completeness.thin-assessment"
    criterion = Criterion.COMPLETENESS
    message = frozen(
        {
            "en": "The assessment is a single word or two; give the professional assessment of progress and its basis.",
            "th": "ส่วนการประเมินมีเพียงคำหรือสองคำ ควรระบุการประเมินความก้าวหน้าและเหตุผลประกอบ",
        }
    )
    advice = frozen(
        {
            "en": "Say what changed since the last session, on what evidence, and what it means for risk and the plan.",
            "th": "ระบุสิ่งที่เปลี่ยนไปจากครั้งก่อน หลักฐานที่ใช้ และความหมายต่อความเสี่ยงและแผน",
        }
    )
    examples = frozen(
        {
            "en": (
                "A: Relapse.",
                "A: Lapse to daily drinking since 12 May after 6 weeks abstinent, linked to job loss; no withdrawal signs.",
            ),
            "th": ("A: ปกติ", "A: การนอนดีขึ้นจาก 3 เป็น 6 ชั่วโมงต่อคืนหลังฝึกผ่อนคลาย ยังมีความกังวลเรื่องงาน"),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for a, b in ctx.section_bodies("assessment"):
            body = ctx.text[a:b].strip()
            if body and ctx.config.tokenizer.word_count(body) < _MIN_ASSESSMENT_WORDS:
                yield self.finding(ctx, a, b)
