"""Risk: a statement of suicidal or self-harm thinking, intent to harm others, or current violence.

This family spans two qualities, so its rules live together here rather than in the criterion
modules: both read the same "affirmed risk" analysis, and keeping one copy of it means the two
rules can never disagree about what counts as risk. Each rule still reports under its own quality
(completeness: was the risk assessed; interventions: is there a safety response).

An affirmed risk is one that is not negated ("denies SI", «ปฏิเสธความคิดฆ่าตัวตาย», "SI: none"),
not hypothetical or historical (a safety plan's "if the urges return", "history of SI"), and not
about somebody else ("her brother died by suicide"), following the NegEx/ConText approach the
research notes describe. Vocabulary is in ``phrases.<lang>.yaml`` (``risk_*`` and ``safety_cues``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.check.context import CheckContext
from assistant.check.lexicons import PHRASE_LISTS
from assistant.check.matchers import overlaps, per_check
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity

#: Where a negation or hypothetical stops reaching forward: a sentence end or a contrast.
_BREAK = re.compile(
    r"[.;!?\n]|\b(?:but|however|although|though|except|yet)\b|แต่|ทว่า|อย่างไรก็ตาม", re.IGNORECASE
)
#: An affirming verb between a negation and the cue starts a new clause ("not great, reports SI").
_AFFIRM = re.compile(
    r"\b(?:reports?|reported|endorse[sd]?|admit(?:s|ted)?|said|says|states?|stated|describe[sd]?|"
    r"disclosed|expressed|has|had|having|with|positive|now|today)\b|ยอมรับ|บอกว่า|เล่าว่า|มี(?!ความ)",
    re.IGNORECASE,
)
#: What sits between a cue and a negation written after it ("SI: denied", "SI — none"): a mark
#: is required, since a bare space in Thai starts the next clause (คิดอยากตาย ไม่มีแผน).
_POSTFIX_GAP = re.compile(r"[^\S\n]*[:=\-–—(][^\S\n]*")
_EN_REACH = 80
_TH_REACH = 40
#: Element lists (plan, intent, means, history, factors, protective, level, tool): a risk counts as
#: assessed when at least ``MIN_ELEMENTS`` kinds are documented.
ELEMENT_LISTS = tuple(name for name in PHRASE_LISTS if name.startswith("risk_element_"))
MIN_ELEMENTS = 2


def _clause_start(ctx: CheckContext, start: int) -> int:
    """Where the clause holding ``start`` begins, as far as a negation may reach."""
    text = ctx.text
    line_start = text.rfind("\n", 0, start) + 1
    thai = ctx.is_thai
    lo = max(line_start, start - (_TH_REACH if thai else _EN_REACH))
    cut = lo
    for m in _BREAK.finditer(text, lo, start):
        cut = m.end()
    if thai:
        # Thai separates clauses with spaces; a bare negation chunk before the space still
        # governs the cue (ปฏิเสธ ความคิดฆ่าตัวตาย).
        space = max(text.rfind(" ", cut, start), text.rfind("\t", cut, start))
        if space >= cut:
            prev = text.rfind(" ", cut, space)
            chunk_start = max(cut, prev + 1)
            negs = ctx.config.phrases("risk_negations")
            hit = negs.search(text, chunk_start, space)
            cut = chunk_start if hit is not None and hit[0] == chunk_start else space + 1
    return cut


def _negated(ctx: CheckContext, start: int, end: int, clause: int) -> bool:
    negs = ctx.config.phrases("risk_negations")
    last = None
    for hit in negs.finditer(ctx.text, clause, start):
        last = hit
    if last is not None and not _AFFIRM.search(ctx.text, last[1], start):
        return True
    gap = _POSTFIX_GAP.match(ctx.text, end)
    if gap is None:
        return False
    hit = negs.search(ctx.text, gap.end(), min(len(ctx.text), gap.end() + 12))
    return hit is not None and hit[0] == gap.end()


#: The worker asking or screening, before the cue ("asked about self-harm", «สอบถามเรื่องความคิดอยากตาย»).
_ASKED_BEFORE = re.compile(
    r"\b(?:ask(?:ed|s)?|enquired|inquired|screen(?:ed|s)?\s+for|assess(?:ed)?\s+for|explored|"
    r"checked\s+for|question(?:ed)?\s+about)\b|ถาม|คัดกรอง|ประเมิน",
    re.IGNORECASE,
)
#: The cue as the topic of a review written after it ("self-harm and suicide risk reviewed").
_TOPIC_AFTER = re.compile(
    r"[^.;:\n]{0,40}?\b(?:risks?\s+)?(?:reviewed|assessed|screened|explored|asked\s+about)\b",
    re.IGNORECASE,
)
_ANSWER_REACH = {False: 120, True: 60}


def _asked_and_denied(ctx: CheckContext, start: int, end: int, clause: int) -> bool:
    """The cue names what the worker asked about, and the answer that follows is a denial.

    "Asked about self-harm: she has never hurt herself" records an assessment, not a risk; an
    answer that affirms ("… she cut her arm on Sunday") is read as its own statement."""
    text = ctx.text
    if not (_ASKED_BEFORE.search(text, clause, start) or _TOPIC_AFTER.match(text, end)):
        return False
    reach = min(len(text), end + _ANSWER_REACH[ctx.is_thai])
    denial = ctx.config.phrases("risk_negations").search(text, end, reach)
    if denial is None:
        return False
    return _YES.search(text, end, denial[0]) is None  # "said yes, but no plan" affirms


_YES = re.compile(
    r"\b(?:yes|endorsed|admitted|acknowledged|disclosed)\b|ยอมรับ|ตอบว่ามี|บอกว่ามี", re.IGNORECASE
)


def _not_current(ctx: CheckContext, start: int, clause: int) -> bool:
    return ctx.config.phrases("risk_hypotheticals").any(ctx.text, clause, start)


def _about_someone_else(ctx: CheckContext, start: int, end: int, clause: int) -> bool:
    return any(
        s < end and start < e + 1
        for s, e in ctx.config.phrases("risk_third_parties").finditer(ctx.text, clause, end)
    )


#: A wish about WHERE or HOW to die, in palliative care: the place-of-death preference an advance
#: care plan records, not suicidal thinking (round 7, a held-out palliative home-visit note).
_END_OF_LIFE_PLACE = re.compile(
    r"\s*(?:ที่บ้าน|ที่โรงพยาบาล|ที่วัด|อย่างสงบ|ในบ้าน(?:ตัวเอง|ของตัวเอง)?|\b(?:at\s+home|in\s+(?:my|her|his|their)\s+own\s+(?:bed|home)"
    r"|peacefully|in\s+hospital|in\s+the\s+hospice))",
    re.IGNORECASE,
)


@per_check("affirmed_risks")
def affirmed_risks(ctx: CheckContext) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each affirmed risk; kind is "harm" or "violence" (cached per check)."""
    out: list[tuple[int, int, str]] = []
    for name, kind in (("risk_statements", "harm"), ("risk_violence", "violence")):
        for s, e in ctx.config.phrases(name).finditer(ctx.text):
            if any(overlaps((s, e), (a, b)) for a, b, _ in out):
                continue
            clause = _clause_start(ctx, s)
            if _negated(ctx, s, e, clause) or _not_current(ctx, s, clause):
                continue
            if _asked_and_denied(ctx, s, e, clause):
                continue
            if _about_someone_else(ctx, s, e, clause):
                continue
            if _END_OF_LIFE_PLACE.match(ctx.text, e):
                continue  # «อยากตายที่บ้าน», "wants to die at home": a preferred place of death
            out.append((s, e, kind))
    out.sort()
    return out


def _outside(spans: list[tuple[int, int, str]], s: int, e: int) -> bool:
    return not any(overlaps((s, e), (a, b)) for a, b, _ in spans)


#: The note says the risk review was not done (round 4, held-out set 3: a crisis follow-up call).
_RISK_NOT_REVIEWED = re.compile(
    r"\b(?:risk|safety\s+plan(?:ning)?|suicid\w*)\b[^.\n]{0,40}?\b(?:was|were)\s+not\s+"
    r"(?:re)?(?:visited|viewed|assessed|discussed|asked\s+about|explored|checked|updated)\b"
    r"|\b(?:did\s+not|didn't)\s+(?:re)?(?:assess|review|revisit|ask\s+about)\s+(?:the\s+)?(?:risk|safety\s+plan)"
    r"|ไม่ได้(?:ประเมิน|ทบทวน|ถาม(?:ถึง|เรื่อง)?)(?:ความเสี่ยง|แผนความปลอดภัย|ความคิดฆ่าตัวตาย)",
    re.IGNORECASE,
)


@register
class RiskAssessmentMissing(Rule):
    """Suicidal or self-harm thinking, or intent to harm others, is recorded but not assessed.

    Why: anyone who voices such thoughts should be asked directly about plan, intent, means, past
    attempts, risk and protective factors, and the overall risk level written down (Joint Commission
    NPSG 15; the Thai 8Q follows a positive 9Q item 9). A bare mention leaves the next worker unable
    to judge how urgent it is.
    """

    id = "completeness.risk-assessment-missing"
    criterion = Criterion.COMPLETENESS
    severity = Severity.ERROR
    config_keys = ("risk_statements", *ELEMENT_LISTS)
    message = frozen(
        {
            "en": "'{term}' is recorded, but the risk assessment is missing or thin.",
            "th": "มีการบันทึก «{term}» แต่ไม่มีการประเมินความเสี่ยงหรือประเมินไม่ครบ",
        }
    )
    advice = frozen(
        {
            "en": "Record what was asked and answered: plan, intent, access to means, past attempts, "
            "risk and protective factors, and the overall risk level with its reasoning.",
            "th": "บันทึกสิ่งที่ถามและคำตอบ: แผน เจตนา การเข้าถึงวิธีการ ประวัติการพยายาม ปัจจัยเสี่ยง "
            "ปัจจัยปกป้อง และระดับความเสี่ยงพร้อมเหตุผล (เช่น ประเมิน 8Q)",
        }
    )
    examples = frozen(
        {
            "en": (
                "S: Client said she sometimes wishes she wouldn't wake up. (nothing further)",
                "S: Client said she sometimes wishes she wouldn't wake up. She denied a plan or intent; "
                "no past attempts; her children are her reason to stay safe. A: Low risk (C-SSRS screen "
                "positive for passive ideation only).",
            ),
            "th": (
                "S: ผู้รับบริการเล่าว่าบางทีอยากหลับไปแล้วไม่ต้องตื่น (ไม่มีการประเมินต่อ)",
                "S: ผู้รับบริการเล่าว่าบางทีอยากหลับไปแล้วไม่ต้องตื่น ไม่มีแผนและไม่มีเจตนา ไม่เคยพยายาม "
                "ห่วงลูก A: 8Q = 5 ความเสี่ยงระดับต่ำ",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        skipped = _RISK_NOT_REVIEWED.search(ctx.text)
        if skipped is not None:
            # "Safety planning and risk were not revisited", «ไม่ได้ประเมินความเสี่ยง»: stated outright
            yield self.finding(ctx, skipped.start(), skipped.end(), term=skipped.group(0))
            return
        risks = [r for r in affirmed_risks(ctx) if r[2] == "harm"]
        if not risks:
            return
        kinds = 0
        for name in ELEMENT_LISTS:
            hits = ctx.config.phrases(name).finditer(ctx.text)
            # a tool score inside the risk statement itself ("item 9 = 2") still documents the tool
            if any(name == "risk_element_tool" or _outside(risks, s, e) for s, e in hits):
                kinds += 1
        if kinds >= MIN_ELEMENTS:
            return
        s, e, _ = risks[0]
        yield self.finding(ctx, s, e, term=ctx.text[s:e])


@register
class RiskWithoutSafetyPlan(Rule):
    """An affirmed risk (self-harm, harm to others, current violence) with no safety response.

    Why: an identified risk needs a documented plan to reduce it: a safety plan (Stanley–Brown),
    making means safer, crisis lines (1323, 988), an emergency referral, a protective order, or the
    duty to warn. Without it the note reads as if the risk were noticed and left.
    """

    id = "interventions.risk-without-safety-plan"
    criterion = Criterion.INTERVENTIONS
    severity = Severity.ERROR
    config_keys = ("risk_statements", "risk_violence", "safety_cues")
    message = frozen(
        {
            "en": "'{term}' is recorded, but no safety plan or emergency step is documented.",
            "th": "มีการบันทึก «{term}» แต่ไม่มีแผนความปลอดภัยหรือการดำเนินการฉุกเฉิน",
        }
    )
    advice = frozen(
        {
            "en": "Record the safety-plan steps agreed (warning signs, coping, people to contact, crisis "
            "line such as 988 or 1323, making means safer) or the emergency action taken.",
            "th": "บันทึกแผนความปลอดภัยที่ตกลงกัน (สัญญาณเตือน วิธีรับมือ บุคคลที่ติดต่อได้ สายด่วน 1323 "
            "การเก็บยา/อาวุธให้ปลอดภัย) หรือการดำเนินการฉุกเฉินที่ทำไปแล้ว",
        }
    )
    examples = frozen(
        {
            "en": (
                "S: Reports thoughts of overdosing on her pills this week. P: RTC 1 wk.",
                "S: Reports thoughts of overdosing on her pills this week. P: Safety plan written with "
                "her; her sister now holds the pills; 988 saved in her phone. RTC 1 wk.",
            ),
            "th": (
                "S: เล่าว่าสัปดาห์นี้คิดจะกินยาฆ่าตัวตาย P: นัด 1 สัปดาห์",
                "S: เล่าว่าสัปดาห์นี้คิดจะกินยาฆ่าตัวตาย P: ทำแผนความปลอดภัยร่วมกัน ให้พี่สาวเก็บยา "
                "บันทึกสายด่วน 1323 ในโทรศัพท์ นัด 1 สัปดาห์",
            ),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        risks = affirmed_risks(ctx)
        if not risks:
            return
        for s, e in ctx.config.phrases("safety_cues").finditer(ctx.text):
            if _outside(risks, s, e):
                return
        s, e, _ = risks[0]
        yield self.finding(ctx, s, e, term=ctx.text[s:e])
