"""Review page: paste a finished note, see findings against it, scores per quality, and the
model's critique when a model is configured."""

from __future__ import annotations

import streamlit as st

from assistant.errors import AssistantError
from ui import resources
from ui import state as S
from ui.components.findings import show_report, show_scores
from ui.components.notices import show_notices
from ui.components.safety import guarded
from ui.i18n import stage_label, t

LANG = S.lang()


def tr(key: str, **kw) -> str:
    return t(key, LANG, **kw)


def _stage(stage: str) -> str:
    """A progress stage as the reviewer should read it: the pipeline's "checking" stage is worded
    for a draft, and here a finished note is checked."""
    return tr("review.running") if stage == "checking" else stage_label(stage, LANG)


def body() -> None:
    services = resources.get_services()
    st.title(tr("review.title"))
    st.caption(tr("review.help"))
    st.text_area(tr("review.paste"), key="r_text", height=260, placeholder=tr("review.hint"))
    if st.button(tr("review.run"), key="r_run", type="primary"):
        text = st.session_state.get("r_text") or ""
        if not text.strip():
            st.warning(tr("review.empty"))
            return
        with st.status(tr("review.running"), expanded=False) as status:
            try:
                outcome = services.review(
                    text, locale=LANG, progress=lambda s: status.write(_stage(s)))
            except AssistantError:
                status.update(label=tr("review.failed"), state="error")
                raise
            status.update(label=tr("review.done"), state="complete")
        st.session_state["r_result"] = (text, outcome, LANG)
    result = st.session_state.get("r_result")
    if not result:
        return
    text, outcome, checked_in = result
    if checked_in != LANG:  # findings speak the interface language
        if outcome.critique_used:  # a model critique is not re-asked just for a language switch
            st.caption(tr("review.other_language"))
        else:
            outcome = services.review(text, locale=LANG)
            st.session_state["r_result"] = (text, outcome, LANG)
    if text != st.session_state.get("r_text"):
        st.caption(tr("review.stale"))
    show_notices(outcome.notices, LANG)
    if outcome.critique_used:
        n = sum(1 for f in outcome.report.findings if f.source == "model")
        st.caption(tr("review.critique_used", backend=outcome.backend, n=n))
    else:
        st.caption(tr("review.rules_only"))
    left, right = st.columns([2, 1], gap="large")
    with left:
        show_report(text, outcome.report, LANG, key="r_find")
    with right:
        show_scores(outcome.report, LANG)


guarded(body, LANG)
