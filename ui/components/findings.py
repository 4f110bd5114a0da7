"""Findings shown against the note: highlighted spans, grouped by the ten qualities.

Each finding gives its message and suggestion; a suggestion that is a verbatim replacement gets
an "Apply" button (the page decides what applying means through ``on_apply``).
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from assistant.criteria import Criterion, criterion_label
from assistant.models import CheckReport, Finding, Severity
from ui.components.highlight import Mark, show_marked
from ui.editing import can_apply
from ui.i18n import t

ICONS = {
    Severity.ERROR: ":red[:material/error:]",
    Severity.WARNING: ":orange[:material/warning:]",
    Severity.INFO: ":blue[:material/info:]",
}


def severity_counts(report: CheckReport) -> dict[Severity, int]:
    """How many findings of each severity."""
    counts = dict.fromkeys(Severity, 0)
    for f in report.findings:
        counts[Severity(f.severity)] += 1
    return counts


def finding_marks(text: str, findings: list[Finding]) -> list[Mark]:
    """Highlight marks for the located findings, numbered like the list below them."""
    marks = []
    for i, f in enumerate(findings, 1):
        if f.start is None or f.end is None or f.end <= f.start or f.end > len(text):
            continue
        marks.append(Mark(f.start, f.end, str(f.severity), title=f.message, tag=f"({i})"))
    return marks


def show_report(
    text: str,
    report: CheckReport,
    lang: str,
    *,
    key: str,
    on_apply: Callable[[int], None] | None = None,
    show_text: bool = True,
) -> None:
    """The marked text, a summary line and the findings grouped by criterion."""
    findings = report.findings
    counts = severity_counts(report)
    if show_text:
        show_marked(text, finding_marks(text, findings), max_height_rem=26)
    st.markdown(
        t("findings.summary", lang, errors=counts[Severity.ERROR],
          warnings=counts[Severity.WARNING], infos=counts[Severity.INFO],
          score=round(report.overall * 100))
    )
    if not findings:
        st.success(t("findings.none", lang))
        return
    numbered = list(enumerate(findings, 1))
    for criterion in Criterion:
        group = [(i, f) for i, f in numbered if f.criterion == criterion]
        if not group:
            continue
        with st.expander(f"{criterion_label(criterion, lang)} ({len(group)})", expanded=True):
            for i, f in group:
                _show_finding(text, i, f, lang, key=key, on_apply=on_apply)


def _show_finding(text: str, number: int, f: Finding, lang: str, *, key: str,
                  on_apply: Callable[[int], None] | None) -> None:
    sev = t(f"severity.{f.severity}", lang)
    origin = f" · *{t('findings.from_model', lang)}*" if f.source == "model" else ""
    st.markdown(f"{ICONS.get(Severity(f.severity), '')} **{number}.** {sev} · {_md(f.message)}"
                f"{origin}")
    if f.start is not None and f.end is not None and f.end <= len(text) and f.end > f.start:
        st.caption(f"{t('findings.quote', lang)}: “{_md(text[f.start:f.end])}”")
    if f.suggestion:
        st.markdown(f"{t('findings.suggestion', lang)}: {_md(f.suggestion)}")
    if on_apply is not None and can_apply(f):
        st.button(
            t("findings.apply", lang), key=f"{key}_apply_{number}_{f.rule}_{f.start}",
            on_click=on_apply, args=(number - 1,),
        )


def md_escape(text: str) -> str:
    """Escape Markdown so a quote or message is shown literally."""
    for ch in "\\`*_[]<>#|$":
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", " ")


_md = md_escape


def show_scores(report: CheckReport, lang: str) -> None:
    """A bar per quality (0–100) and the overall score."""
    st.metric(t("findings.overall", lang), f"{round(report.overall * 100)}")
    for criterion in Criterion:
        score = report.scores.get(criterion)
        if score is None:
            continue
        st.progress(max(0.0, min(1.0, float(score))),
                    text=f"{criterion_label(criterion, lang)}: {round(score * 100)}")
