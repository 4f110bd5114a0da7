"""Training page: a poor note beside a better one, with what changed explained.

The examples come from the checker itself — each rule's Poor/Better pair — and one worked pair
of whole notes run through the checker, so the page teaches exactly what the checker enforces.
"""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from assistant.criteria import Criterion, criterion_label
from assistant.models import CheckReport
from ui import resources
from ui import state as S
from ui.components.findings import show_report
from ui.components.safety import guarded
from ui.i18n import t

LANG = S.lang()

#: A worked pair per language (synthetic). The poor one shows typical gaps; the better one fixes them.
EXAMPLES: dict[str, tuple[str, str]] = {
    "en": (
        "S: Client was lazy again and didn't do anything.\n"
        "O: Client seemed manipulative and non-compliant.\n"
        "A: Client is in denial.\n"
        "P: Continue.",
        "Session date: 2026-11-20 Time: 10:00 (50 min)\n\n"
        "Subjective:\nClient reports completing 2 of 5 planned walks this week: \"I felt too "
        "tired most days.\"\n\n"
        "Objective:\nClient arrived on time, spoke at a normal rate. PHQ-9 score 12 "
        "(previous session 15).\n\n"
        "Assessment:\nMild improvement in mood; low energy remains the main barrier to "
        "activity.\n\n"
        "Plan:\nBehavioural activation reviewed; client agreed to a 10-minute walk on 4 days "
        "before the next session. Next session: 2026-11-27 10:00.\n",
    ),
    "th": (
        "S: ผู้รับบริการขี้เกียจและไม่ทำอะไรเลย\n"
        "O: ผู้รับบริการดื้อและไม่ให้ความร่วมมือ\n"
        "A: ผู้รับบริการปฏิเสธปัญหา\n"
        "P: ทำต่อไป",
        "วันที่ให้บริการ: 20 พ.ย. 2569 เวลา: 10.00 น. (50 นาที)\n\n"
        "S (Subjective):\nผู้รับบริการเล่าว่าสัปดาห์นี้เดินออกกำลังกายได้ 2 จาก 5 ครั้งที่วางแผนไว้ "
        "\"รู้สึกเหนื่อยเกือบทุกวัน\"\n\n"
        "O (Objective):\nผู้รับบริการมาตรงเวลา พูดด้วยจังหวะปกติ คะแนน PHQ-9 = 12 "
        "(ครั้งก่อน 15)\n\n"
        "A (Assessment):\nอารมณ์ดีขึ้นเล็กน้อย ความอ่อนเพลียยังเป็นอุปสรรคหลักต่อการทำกิจกรรม\n\n"
        "P (Plan):\nทบทวนการกระตุ้นพฤติกรรม ผู้รับบริการตกลงเดิน 10 นาที 4 วันก่อนนัดครั้งหน้า "
        "นัดครั้งต่อไป: 27 พ.ย. 2569 เวลา 10.00 น.\n",
    ),
}


def tr(key: str, **kw) -> str:
    return t(key, LANG, **kw)


def _rules() -> list[Any]:
    try:
        from assistant.check import all_rules
    except ImportError:
        return []
    return list(all_rules())


def _pair(rule: Any) -> tuple[str | None, str | None]:
    """A rule's Poor/Better example in the UI language (English when it has no Thai pair)."""
    examples = getattr(rule, "examples", None) or {}
    pair = examples.get(LANG) or examples.get("en") if isinstance(examples, dict) else None
    if isinstance(pair, (tuple, list)) and len(pair) == 2:
        return pair[0], pair[1]
    return None, None


def _explanation(rule: Any) -> str:
    """What the rule says about a note, in the UI language (its message, else its docstring)."""
    for table in (getattr(rule, "message", None), getattr(rule, "advice", None)):
        if isinstance(table, dict) and (table.get(LANG) or table.get("en")):
            return re.sub(r"[{}]", "", table.get(LANG) or table.get("en"))
    doc = (getattr(rule, "__doc__", None) or "").strip().splitlines()
    return doc[0] if doc else ""


def _rule_examples() -> None:
    st.subheader(tr("training.rules"))
    rules = _rules()
    if not rules:
        st.info(tr("training.no_rules"))
        return
    by_criterion: dict[Criterion, list[Any]] = {}
    for rule in rules:
        try:
            by_criterion.setdefault(Criterion(getattr(rule, "criterion", "")), []).append(rule)
        except ValueError:
            continue
    for criterion in Criterion:
        group = by_criterion.get(criterion)
        if not group:
            continue
        with st.expander(f"{criterion_label(criterion, LANG)} ({len(group)})"):
            for rule in group:
                poor, better = _pair(rule)
                st.markdown(f"**{getattr(rule, 'id', type(rule).__name__)}** — "
                            f"{_explanation(rule)}")
                if poor or better:
                    c1, c2 = st.columns(2)
                    c1.markdown(f":red[:material/close:] {tr('training.poor')}")
                    c1.code(poor or "—", language=None, wrap_lines=True)
                    c2.markdown(f":green[:material/check:] {tr('training.better')}")
                    c2.code(better or "—", language=None, wrap_lines=True)


@st.cache_data(show_spinner=False, max_entries=8)
def _checked(text: str, lang: str, _services) -> CheckReport:
    """The examples never change, so each is checked once per process and language."""
    return _services.check(text, locale=lang)


def _worked_pair(services) -> None:
    st.subheader(tr("training.pair"))
    poor, better = EXAMPLES[LANG]
    with st.spinner(tr("training.loading")):
        poor_report = _checked(poor, LANG, services)
        better_report = _checked(better, LANG, services)
    c1, c2 = st.columns(2, gap="large")
    with c1:
        st.markdown(f"### :red[:material/close:] {tr('training.poor')}")
        show_report(poor, poor_report, LANG, key="t_poor")
    with c2:
        st.markdown(f"### :green[:material/check:] {tr('training.better')}")
        show_report(better, better_report, LANG, key="t_better")
    st.subheader(tr("training.differences"))
    lines = []
    for criterion in Criterion:
        before = sum(1 for f in poor_report.findings if f.criterion == criterion)
        after = sum(1 for f in better_report.findings if f.criterion == criterion)
        if before != after:
            lines.append(tr("training.diff_line", criterion=criterion_label(criterion, LANG),
                            before=before, after=after))
    st.markdown("\n".join(f"- {line}" for line in lines) if lines else tr("training.no_diff"))


def body() -> None:
    services = resources.get_services()
    st.title(tr("training.title"))
    st.caption(tr("training.help"))
    _worked_pair(services)
    _rule_examples()


guarded(body, LANG)
