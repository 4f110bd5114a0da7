"""Relevance: only what bears on the client's care; no gossip, no off-topic detail, no writer's diary."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.check.context import CheckContext
from assistant.check.rule import Rule, frozen, register
from assistant.criteria import Criterion
from assistant.models import Finding, Severity

_PLAN_SECTIONS = frozenset({"plan", "intervention", "response"})


@register
class OffTopicDetail(Rule):
    """Detail unrelated to care (a relative's renovation, lottery win, new car) with no stated link.

    Why: the guidance says to leave out what does not help understand the client's situation or progress.
    """

    id = "relevance.off-topic-detail"
    criterion = Criterion.RELEVANCE
    message = frozen(
        {
            "en": "This detail does not appear to bear on the client's care.",
            "th": "รายละเอียดนี้ดูไม่เกี่ยวข้องกับการดูแลผู้รับบริการ",
        }
    )
    advice = frozen(
        {
            "en": "Delete it, or state how it affects care (e.g. 'the aunt's new car means she can drive the client to appointments').",
            "th": "ลบออก หรือระบุว่าเกี่ยวข้องกับการดูแลอย่างไร เช่น «ป้าซื้อรถใหม่ จึงพาเด็กมาตามนัดได้»",
        }
    )
    examples = frozen(
        {
            "en": (
                "Foster mother mentioned she is redoing the kitchen and is unhappy with the contractor.",
                "(omitted: not related to care)",
            ),
            "th": ("ยายเล่าว่าป้าของเด็กเพิ่งถูกลอตเตอรี่และไปซื้อรถใหม่", "(ตัดออก: ไม่เกี่ยวข้องกับการดูแล)"),
        }
    )
    config_keys = ("off_topic", "care_link")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        done: set[tuple[int, int]] = set()
        link = ctx.config.phrases("care_link")
        for s, _e in ctx.config.phrases("off_topic").finditer(ctx.text):
            sent = ctx.sentence_at(s)
            if sent in done or (ctx.section_of(s) is None and ctx.parsed.sections):
                continue
            scope = ctx.window(s, 0, 2) if ctx.is_thai else sent
            if link.any(ctx.text, *scope):
                continue
            if ctx.section_of(s) in _PLAN_SECTIONS and ctx.config.phrases("response_cues").any(
                ctx.text, *scope
            ):
                continue  # an activity the client chose in the plan (a class, football) is care

            done.add(sent)
            yield self.finding(ctx, sent[0], sent[1])


@register
class GossipMarker(Rule):
    """Gossip or hearsay markers (rumour, heard that, ว่ากันว่า, นินทา).

    Why: hearsay without a named source cannot be checked and rarely bears on care.
    """

    id = "relevance.gossip-marker"
    criterion = Criterion.RELEVANCE
    message = frozen(
        {
            "en": "'{term}' marks gossip or hearsay; keep only what bears on care, with its source.",
            "th": "«{term}» เป็นข่าวลือหรือคำเล่าต่อ ควรบันทึกเฉพาะที่เกี่ยวกับการดูแล พร้อมแหล่งที่มา",
        }
    )
    advice = frozen(
        {
            "en": "Delete it, or name the source and say why it matters for care.",
            "th": "ลบออก หรือระบุแหล่งที่มาและเหตุผลที่เกี่ยวข้องกับการดูแล",
        }
    )
    examples = frozen(
        {
            "en": (
                "Neighbours say the father drinks; rumour is he lost his job.",
                "Mother reports the father lost his job on 3 May; household income is now 6,000 baht/month.",
            ),
            "th": ("ได้ยินมาว่าพ่อเด็กมีผู้หญิงอื่น", "มารดาเล่าว่าบิดาย้ายออกจากบ้านเมื่อ 3 พ.ค. 2568"),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s, e in ctx.config.phrases("gossip_markers").finditer(ctx.text):
            if ctx.in_quote(s, e):
                continue
            yield self.finding(ctx, s, e, term=ctx.text[s:e])


@register
class WorkerSelfReference(Rule):
    """The writer's own feelings, opinions or workload (I was exhausted, ส่วนตัวคิดว่า, เคสเยอะ).

    Why: it is not about the client's care and belongs in supervision, not the record.
    """

    id = "relevance.worker-self-reference"
    criterion = Criterion.RELEVANCE
    message = frozen(
        {
            "en": "'{term}' is about the writer, not the client's care.",
            "th": "«{term}» เป็นเรื่องของผู้บันทึก ไม่ใช่การดูแลผู้รับบริการ",
        }
    )
    advice = frozen(
        {
            "en": "Delete it; raise reactions and workload in supervision.",
            "th": "ลบออก และนำไปพูดคุยในการนิเทศงาน",
        }
    )
    examples = frozen(
        {
            "en": ("Personally, I'd have left him years ago.", "(omitted)"),
            "th": ("วันนี้ผู้บันทึกเหนื่อยมากเพราะเคสเยอะ", "(ตัดออก)"),
        }
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s, e in ctx.config.phrases("worker_self").finditer(ctx.text):
            if ctx.in_reported(s, e):
                continue
            yield self.finding(ctx, s, e, severity=Severity.WARNING, term=ctx.text[s:e])
