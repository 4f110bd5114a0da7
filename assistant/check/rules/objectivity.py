"""Objectivity: facts, not the writer's opinion; the client's account reported neutrally."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.check.context import CheckContext
from assistant.check.matchers import PhraseRule, TermRule
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity


@register
class CredibilityDoubt(TermRule):
    """Doubt markers (claims, insists, อ้างว่า) that tell the reader to disbelieve the client.

    Why: "claims" and "insists" cast doubt that the writer cannot support; "reports" records the same fact.
    """

    id = "objectivity.credibility-doubt"
    criterion = Criterion.OBJECTIVITY
    kinds = ("doubt",)
    message = frozen(
        {
            "en": "'{term}' signals disbelief in the client's account; use a neutral reporting verb.",
            "th": "«{term}» สื่อว่าไม่เชื่อคำบอกเล่าของผู้รับบริการ ควรใช้คำกลาง ๆ เช่น «เล่าว่า»",
        }
    )
    examples = frozen(
        {
            "en": (
                "Client claims she has been sober since July.",
                "Client reports she has been sober since July.",
            ),
            "th": ("ผู้รับบริการอ้างว่าเลิกดื่มแล้ว", "ผู้รับบริการเล่าว่าเลิกดื่มแล้ว"),
        }
    )


@register
class LyingAccusation(TermRule):
    """A verdict of dishonesty or faking (lying, drug-seeking, โกหก, แกล้งป่วย).

    Why: it cannot be checked from the note and follows the client to every later reader; record
    what each source said instead.
    """

    id = "objectivity.lying-accusation"
    criterion = Criterion.OBJECTIVITY
    severity = Severity.ERROR
    kinds = ("accusation",)
    message = frozen(
        {
            "en": "'{term}' is a verdict, not an observation; record what each source said.",
            "th": "«{term}» เป็นการตัดสิน ไม่ใช่สิ่งที่สังเกตได้ ควรบันทึกข้อมูลจากแต่ละแหล่ง",
        }
    )
    examples = frozen(
        {
            "en": (
                "She is clearly lying about where she was.",
                "She said she was at a friend's house; foster mother reports she came home at 1:30 a.m.",
            ),
            "th": ("เด็กโกหกเรื่องไปค้างบ้านเพื่อน", "เด็กเล่าว่าไปค้างบ้านเพื่อน ป้าแจ้งว่าเด็กกลับถึงบ้านหลังเที่ยงคืน"),
        }
    )


@register
class UnsupportedMotive(TermRule):
    """A motive or attitude attributed to the client (not serious, in denial, ไม่จริงจัง).

    Why: a motive is an inference; describe the behaviour and the client's words, and put any
    inference in the assessment with its evidence.
    """

    id = "objectivity.unsupported-motive"
    criterion = Criterion.OBJECTIVITY
    kinds = ("motive",)
    message = frozen(
        {
            "en": "'{term}' states a motive as fact; describe the behaviour and the client's own words.",
            "th": "«{term}» เป็นการตีความเจตนาเหมือนเป็นข้อเท็จจริง ควรบรรยายพฤติกรรมและคำพูดของผู้รับบริการ",
        }
    )
    examples = frozen(
        {
            "en": (
                "Not serious about quitting.",
                'Said he wants to cut down "but not stop yet"; drank on 3 of 7 days.',
            ),
            "th": (
                "ผู้รับบริการดูไม่จริงจังกับการเลิกเหล้า",
                'ผู้รับบริการกล่าวว่า "ยังไม่อยากเลิกเด็ดขาด" ดื่ม 3 จาก 7 วัน',
            ),
        }
    )


#: Certainty adverbs: in S they can only be the writer's verdict on the client's account.
_CERTAINTY = re.compile(
    r"(?:obviously|clearly|evidently|undoubtedly|เห็นได้ชัดว่า|ชัดเจนว่า|แน่นอนว่า|ไม่ต้องสงสัย)",
    re.IGNORECASE,
)
_CLIENT_BEFORE = re.compile(
    r"(?:ผู้รับบริการ|นักเรียน|ผู้ป่วย|เด็ก|มารดา|บิดา|ยาย|ตา|ผู้ดูแล|ผู้ปกครอง|เขา|เธอ|ลูก)\S{0,6}$"
)


@register
class OpinionAsFact(Rule):
    """The writer's opinion written as fact (I think, obviously, คิดว่า, น่าจะ), above all in O.

    Why: O is for what was seen, heard or measured; an opinion placed there is later read as fact.
    Hedges in A are normal clinical reasoning and are not flagged.
    """

    id = "objectivity.opinion-as-fact"
    criterion = Criterion.OBJECTIVITY
    message = frozen(
        {
            "en": "'{term}' is the writer's opinion, not an observation; record what was seen or heard and keep inferences for the assessment.",
            "th": "«{term}» เป็นความเห็นของผู้บันทึก ไม่ใช่สิ่งที่สังเกตได้ ควรบันทึกสิ่งที่เห็นหรือได้ยิน และเขียนการตีความไว้ใน A",
        }
    )
    advice = frozen(
        {
            "en": "Replace it with the observation behind the impression; move the impression to the assessment.",
            "th": "เขียนสิ่งที่สังเกตได้แทนความรู้สึกของผู้บันทึก และย้ายการตีความไปไว้ในส่วน A",
        }
    )
    examples = frozen(
        {
            "en": (
                "O: I think she was high. Obviously upset about court.",
                "O: Speech slurred; pupils pinpoint. Cried twice when the court date was mentioned.",
            ),
            "th": ("O: ผู้บันทึกคิดว่าผู้รับบริการน่าจะเสพยามา", "O: พูดไม่ชัด เดินเซ ผลตรวจปัสสาวะพบแอมเฟตามีน"),
        }
    )
    config_keys = ("opinion_markers", "speculation_markers")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        has_sections = bool(ctx.parsed.sections)
        seen: set[int] = set()
        for list_name in ("opinion_markers", "speculation_markers"):
            for s, e in ctx.config.phrases(list_name).finditer(ctx.text):
                if s in seen or ctx.in_reported(s, e):
                    continue
                section = ctx.section_of(s)
                in_o = section in {"objective", "data", "behavior"} or (not has_sections)
                if list_name == "speculation_markers" and not in_o:
                    continue
                certainty = _CERTAINTY.match(ctx.text, s) is not None
                if section == "subjective" and certainty and has_sections:
                    pass  # "obviously he is minimizing" in S is the writer's verdict, not a report
                elif section in {"assessment", "subjective", None} and has_sections:
                    continue
                cs, _ = ctx.sentence_at(s)
                before = ctx.text[max(cs, s - 20) : s]
                if (
                    list_name == "opinion_markers"
                    and _CLIENT_BEFORE.search(before)
                    and "ผู้บันทึก" not in before
                ):
                    continue  # the client's own thought: «นักเรียนคิดว่า…»
                seen.add(s)
                yield self.finding(
                    ctx,
                    s,
                    e,
                    severity=Severity.WARNING if in_o else Severity.INFO,
                    term=ctx.text[s:e],
                )


@register
class EmotionLabelUnsupported(Rule):
    """An emotion label in O (angry, depressed, ก้าวร้าว, ซึมเศร้า) with no observed behaviour near it.

    Why: affect words summarise; without the behaviour or the client's words they cannot be checked.
    """

    id = "objectivity.emotion-label-unsupported"
    criterion = Criterion.OBJECTIVITY
    severity = Severity.INFO
    message = frozen(
        {
            "en": "'{term}' is stated without the behaviour that shows it; add what was observed or the client's words.",
            "th": "«{term}» ไม่มีพฤติกรรมที่สังเกตได้ประกอบ ควรเพิ่มสิ่งที่เห็นหรือคำพูดของผู้รับบริการ",
        }
    )
    advice = frozen(
        {
            "en": "Describe the observable signs (crying, voice, pacing) or quote the client, plus a score if one was used.",
            "th": "บรรยายสิ่งที่สังเกตได้ (ร้องไห้ น้ำเสียง เดินไปมา) หรือยกคำพูดของผู้รับบริการ พร้อมคะแนนแบบประเมินถ้ามี",
        }
    )
    examples = frozen(
        {
            "en": (
                "O: Client angry and hostile.",
                'O: Client raised his voice and said, "Nobody listens to me."',
            ),
            "th": ("O: ผู้รับบริการหงุดหงิด", "O: ผู้รับบริการพูดเสียงดังและกำมือแน่นเมื่อพูดถึงนายจ้าง"),
        }
    )
    config_keys = ("emotion_labels", "evidence_cues")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        spans = ctx.section_bodies("objective", "data", "behavior")
        cues = ctx.config.phrases("evidence_cues")
        for a, b in spans:
            for s, e in ctx.config.phrases("emotion_labels").finditer(ctx.text, a, b):
                if ctx.in_reported(s, e):
                    continue
                ws, we = ctx.window(s, 1, 1)
                if cues.any(ctx.text, max(ws, a), min(we, b)):
                    continue
                yield self.finding(ctx, s, e, term=ctx.text[s:e])


@register
class UnfoundedCertainty(PhraseRule):
    """Certainty about what was not observed (obviously, definitely, bound to, แน่นอน, ไม่มีทาง).

    Why: the guidance asks for facts, not the writer's conviction; a guess written as certain is
    read later as established, and a prediction ("will never stop") is not an observation.
    """

    id = "objectivity.unfounded-certainty"
    criterion = Criterion.OBJECTIVITY
    list_name = "certainty_markers"
    message = frozen(
        {
            "en": "'{term}' states as certain something the note does not show; record what was seen or heard.",
            "th": "«{term}» ยืนยันสิ่งที่บันทึกไม่ได้แสดงหลักฐาน ควรบันทึกสิ่งที่เห็นหรือได้ยินจริง",
        }
    )
    advice = frozen(
        {
            "en": "Write the observation and its source, and keep any inference tentative in the assessment.",
            "th": "เขียนสิ่งที่สังเกตได้และแหล่งที่มา ส่วนการตีความให้เขียนอย่างระมัดระวังในส่วน A",
        }
    )
    examples = frozen(
        {
            "en": (
                "He is definitely using again.",
                "He arrived 40 minutes late with slurred speech; a urine screen was collected (result pending).",
            ),
            "th": ("ยังดื่มอยู่แน่นอน", "มีกลิ่นสุรา พูดไม่ชัด ผู้รับบริการบอกว่าดื่มเบียร์ 2 กระป๋องเมื่อคืน"),
        }
    )
