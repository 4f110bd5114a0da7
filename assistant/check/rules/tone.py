"""Tone: polite, professional language; no labels, blame, sarcasm or identity-first nouns."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.check.context import CheckContext
from assistant.check.matchers import PhraseRule, TermRule
from assistant.check.rule import frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity


@register
class PejorativeLabel(TermRule):
    """A character label (lazy, manipulative, ดื้อ, ขี้เกียจ) instead of the behaviour seen.

    Why: labels pass bias to every later reader and say nothing that can be checked.
    Poor: "He is just lazy." Better: "He did not hand in 9 of 12 assignments; he reports gaming until 2 a.m."
    """

    id = "tone.pejorative-label"
    criterion = Criterion.TONE
    severity = Severity.ERROR
    kinds = ("label", "age")
    #: Round 7: "the teacher said he is lazy", «หัวหน้าก็บอกว่าขี้เกียจ» written unquoted is a label
    #: the writer passes on; the client's own words and quoted speech stay unflagged.
    staff_hearsay_counts = True
    message = frozen(
        {
            "en": "'{term}' labels the person instead of describing what happened; the next reader inherits the judgement.",
            "th": "«{term}» เป็นการตีตราตัวบุคคลแทนการบรรยายพฤติกรรม ผู้อ่านคนต่อไปจะรับอคตินี้ไปด้วย",
        }
    )
    examples = frozen(
        {
            "en": (
                "O: He is just lazy and needs to try harder.",
                "O: He did not bring his planner; the portal shows 9 missing assignments.",
            ),
            "th": ("O: เด็กดื้อ ไม่ฟังคำสั่งครู", "O: ไม่ทำตามคำสั่งครู 3 ครั้งในคาบ 40 นาที"),
        }
    )


@register
class RefusalFraming(TermRule):
    """Compliance framing (refused, non-compliant, ไม่ให้ความร่วมมือ) that casts the client as defiant.

    Why: "refused" was among the terms used in consistently stigmatising contexts; "declined" with
    the client's reason records the same fact neutrally.
    """

    id = "tone.refusal-framing"
    criterion = Criterion.TONE
    kinds = ("compliance",)
    message = frozen(
        {
            "en": "'{term}' frames the client as defiant; say what was offered, what they chose and why.",
            "th": "«{term}» ทำให้ผู้รับบริการดูเป็นฝ่ายต่อต้าน ควรบอกสิ่งที่เสนอ สิ่งที่ผู้รับบริการเลือก และเหตุผล",
        }
    )
    examples = frozen(
        {
            "en": (
                "Resident refused to go to the music group.",
                'Resident declined the music group, saying it is "too loud".',
            ),
            "th": ("ผู้ป่วยไม่ให้ความร่วมมือในการทำกลุ่ม", "ผู้ป่วยขอไม่เข้ากลุ่มวันนี้ เล่าว่าปวดเข่า"),
        }
    )


@register
class PersonAsCondition(TermRule):
    """A person named by a condition or substance (addict, alcoholic, ขี้ยา, ขี้เหล้า).

    Why: person-first language separates the person from the condition (NIDA, APA).
    """

    id = "tone.person-as-condition"
    criterion = Criterion.TONE
    severity = Severity.ERROR
    kinds = ("identity",)
    message = frozen(
        {
            "en": "'{term}' names the person by a condition; use person-first wording.",
            "th": "«{term}» เรียกบุคคลด้วยโรคหรือสารเสพติด ควรใช้ถ้อยคำที่ให้ความสำคัญกับบุคคลก่อน",
        }
    )
    examples = frozen(
        {
            "en": (
                "45-year-old alcoholic, known to us.",
                "45-year-old man with alcohol use disorder, known to the service.",
            ),
            "th": ("ลูกชายเป็นขี้ยา", "ลูกชายเป็นผู้ที่มีปัญหาการใช้สารเสพติด"),
        }
    )


@register
class SubstanceSlang(TermRule):
    """Substance-use slang (dirty urine, clean, using again, ฉี่ม่วง) instead of clinical terms.

    Why: slang implies dirt or moral failure; results are "positive/negative for" a substance.
    """

    id = "tone.substance-slang"
    criterion = Criterion.TONE
    kinds = ("slang",)
    message = frozen(
        {
            "en": "'{term}' is slang that implies moral failure; use the clinical result.",
            "th": "«{term}» เป็นภาษาปากที่สื่อการตัดสิน ควรใช้ผลตรวจหรืออาการที่สังเกตได้",
        }
    )
    examples = frozen(
        {
            "en": ("Urine dirty for meth.", "Urine drug screen positive for methamphetamine."),
            "th": ("ตรวจฉี่ม่วง", "ผลตรวจปัสสาวะพบเมทแอมเฟตามีน"),
        }
    )


@register
class SuicideLanguage(TermRule):
    """Suicide wording that blames or minimises (committed suicide, failed attempt, ฆ่าตัวตายไม่สำเร็จ).

    Why: "commit" echoes crime, success/failure frames death as achievement, "gesture" minimises risk.
    """

    id = "tone.suicide-language"
    criterion = Criterion.TONE
    kinds = ("suicide",)
    worker_voice_only = False
    message = frozen(
        {
            "en": "'{term}' blames or minimises; use 'died by suicide' or 'suicide attempt' and describe it factually.",
            "th": "«{term}» สื่อการตำหนิหรือลดทอนความรุนแรง ควรใช้ «เสียชีวิตจากการฆ่าตัวตาย» หรือ «พยายามฆ่าตัวตาย»",
        }
    )
    examples = frozen(
        {
            "en": ("Brother committed suicide in 2019.", "Brother died by suicide in 2019."),
            "th": ("เคยฆ่าตัวตายไม่สำเร็จ 1 ครั้ง", "เคยพยายามฆ่าตัวตาย 1 ครั้ง (ไม่เสียชีวิต)"),
        }
    )


@register
class BlameFraming(TermRule):
    """Blame (brought it on herself, สมน้ำหน้า) instead of the sequence of events.

    Why: implying culpability is a defining feature of stigmatising language.
    """

    id = "tone.blame-framing"
    criterion = Criterion.TONE
    kinds = ("blame",)
    message = frozen(
        {
            "en": "'{term}' assigns fault; state the sequence of events.",
            "th": "«{term}» เป็นการกล่าวโทษ ควรเล่าลำดับเหตุการณ์โดยไม่ตัดสิน",
        }
    )
    examples = frozen(
        {
            "en": (
                "She brought this on herself by going back to him.",
                "She returned to the shared home on 3 May; the incident happened on 5 May.",
            ),
            "th": ("ถูกไล่ออกก็สมควรแล้ว", "ถูกเลิกจ้างเมื่อ 3 มี.ค. หลังมาทำงานสาย 4 ครั้งในเดือนนั้น"),
        }
    )


@register
class PaternalisticDirective(TermRule):
    """The worker commanding or reprimanding (I told her she must, ตักเตือน, สั่งให้).

    Why: unilateral wording hides the client's part in decisions (self-determination).
    """

    id = "tone.paternalistic-directive"
    criterion = Criterion.TONE
    severity = Severity.INFO
    kinds = ("paternalism",)
    message = frozen(
        {
            "en": "'{term}' records a command, not a shared decision; write what was explained and what the client chose.",
            "th": "«{term}» เป็นการสั่งหรือตำหนิ ควรบันทึกข้อมูลที่ให้และสิ่งที่ผู้รับบริการเลือก",
        }
    )
    examples = frozen(
        {
            "en": (
                "I told her she must stop seeing him.",
                "Explained the risks discussed in the safety plan; she chose to stay with her sister.",
            ),
            "th": (
                "ได้ตักเตือนผู้รับบริการให้เลิกคบเพื่อนกลุ่มนี้",
                "ให้ข้อมูลเรื่องความเสี่ยง ผู้รับบริการเลือกจะไม่ไปร้านนั้นในสัปดาห์นี้",
            ),
        }
    )


_EXCLAIM = re.compile(r"[!?]*![!?]+|\?!")


@register
class Sarcasm(TermRule):
    """Sarcasm or exasperation (late AGAIN!!, as usual, ตามเคย, อีกแล้ว!).

    Why: exasperation reads as disrespect, one of the reasons clients feel judged by their notes.
    """

    id = "tone.sarcasm"
    criterion = Criterion.TONE
    kinds = ("sarcasm",)
    message = frozen(
        {
            "en": "'{term}' sounds exasperated; state the fact neutrally, with a count.",
            "th": "«{term}» ฟังดูประชดหรือหงุดหงิด ควรเขียนข้อเท็จจริงพร้อมจำนวนครั้ง",
        }
    )
    examples = frozen(
        {
            "en": (
                "Late AGAIN!! As usual, no homework.",
                "Arrived 20 minutes late (third time this month); homework not completed.",
            ),
            "th": ("มาสายอีกแล้ว!! ตามเคย", "มาสาย 20 นาที เป็นครั้งที่ 3 ในเดือนนี้"),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        yield from super().check(ctx)
        for m in _EXCLAIM.finditer(ctx.text):
            if ctx.in_quote(m.start(), m.end()):
                continue
            s, _ = ctx.sentence_at(m.start())
            yield self.finding(ctx, s, m.end(), term=m.group(0), advice="")


@register
class GroupGeneralisation(PhraseRule):
    """A judgement about a whole group the client is put in (typical addict, people like her, พวกติดยา…, …ทุกคน).

    Why: a stereotype replaces the client's own facts with the writer's bias; the guidance asks
    for a professional tone without judgement or prejudice.
    """

    id = "tone.group-generalisation"
    criterion = Criterion.TONE
    list_name = "group_generalisations"
    message = frozen(
        {
            "en": "'{term}' judges the client by a group; describe this client's own actions instead.",
            "th": "«{term}» เป็นการเหมารวมผู้รับบริการตามกลุ่ม ควรบรรยายการกระทำของผู้รับบริการรายนี้แทน",
        }
    )
    advice = frozen(
        {
            "en": "Replace the generalisation with what this client said or did, and when.",
            "th": "เปลี่ยนเป็นสิ่งที่ผู้รับบริการรายนี้พูดหรือทำ และเกิดขึ้นเมื่อใด",
        }
    )
    examples = frozen(
        {
            "en": (
                "Typical teenager, all attitude.",
                "She answered 3 of 10 questions and left 15 minutes early, saying she had a shift.",
            ),
            "th": ("พวกวัยรุ่นก็เป็นแบบนี้ทุกคน", "ผู้รับบริการตอบคำถาม 3 จาก 10 ข้อ และขอกลับก่อนเวลา 15 นาที"),
        }
    )
