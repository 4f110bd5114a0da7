"""Training page: a poor note beside a better one, with what changed explained.

The whole-note pairs come from the shared corpus when it is present (a reviewer's annotated
defects explain the poor note), else from a built-in synthetic pair; both are run through the
checker, and each rule's own Poor/Better example follows, so the page teaches exactly what the
checker enforces.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import streamlit as st

from assistant.criteria import Criterion, criterion_label
from assistant.models import CheckReport
from ui import resources
from ui import state as S
from ui.components.findings import md_escape as _md
from ui.components.findings import show_report
from ui.components.safety import guarded
from ui.i18n import t
from ui.training_pairs import TrainingPair, corpus_dir, defect_found, training_pairs

LANG = S.lang()

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


@st.cache_data(show_spinner=False, max_entries=8)
def _pairs(lang: str, directory: str) -> list[TrainingPair]:
    """The pairs for one language, read once per process and corpus location."""
    return training_pairs(lang, Path(directory))


def _pair_label(i: int, pair: TrainingPair) -> str:
    if pair.source == "corpus":
        return tr("training.pair_corpus", n=i + 1, poor=pair.poor_id, better=pair.better_id)
    return tr("training.pair_builtin")


def _worked_pair(services) -> None:
    st.subheader(tr("training.pair"))
    pairs = _pairs(LANG, str(corpus_dir()))
    index = 0
    if len(pairs) > 1:
        index = st.selectbox(tr("training.choose"), range(len(pairs)), key=f"t_pair_{LANG}",
                             format_func=lambda i: _pair_label(i, pairs[i]))
    pair = pairs[index]
    st.caption(tr("training.from_corpus") if pair.source == "corpus"
               else tr("training.from_builtin"))
    with st.spinner(tr("training.loading")):
        poor_report = _checked(pair.poor, LANG, services)
        better_report = _checked(pair.better, LANG, services)
    c1, c2 = st.columns(2, gap="large")
    with c1:
        st.markdown(f"### :red[:material/close:] {tr('training.poor')}")
        show_report(pair.poor, poor_report, LANG, key="t_poor")
    with c2:
        st.markdown(f"### :green[:material/check:] {tr('training.better')}")
        show_report(pair.better, better_report, LANG, key="t_better")
    _differences(pair, poor_report, better_report)


def _differences(pair: TrainingPair, poor: CheckReport, better: CheckReport) -> None:
    """Per quality: findings before → after, and the reviewer's remarks on the poor note."""
    st.subheader(tr("training.differences"))
    lines = []
    for criterion in Criterion:
        before = sum(1 for f in poor.findings if f.criterion == criterion)
        after = sum(1 for f in better.findings if f.criterion == criterion)
        if before != after:
            lines.append(tr("training.diff_line", criterion=criterion_label(criterion, LANG),
                            before=before, after=after))
    st.markdown("\n".join(f"- {line}" for line in lines) if lines else tr("training.no_diff"))
    st.caption(tr("training.score_line", poor=round(poor.overall * 100),
                  better=round(better.overall * 100)))
    if not pair.defects:
        return
    st.markdown(f"**{tr('training.reviewer')}**")
    for defect in pair.defects:
        label = criterion_label(defect.criterion, LANG)
        where = (f" — “{_md(defect.evidence)}”" if defect.evidence
                 else f" — {tr('training.absent')}")
        found = defect_found(defect, pair.poor, poor.findings)
        mark = tr("training.checker_found") if found else tr("training.checker_missed")
        st.markdown(f"- **{label}**{where} · *{mark}*")


def body() -> None:
    services = resources.get_services()
    st.title(tr("training.title"))
    st.caption(tr("training.help"))
    _worked_pair(services)
    _rule_examples()


guarded(body, LANG)
