"""The approval form, shared by the Draft page and the Notes page.

Approval is blocked while error-level findings remain unless the writer gives a reason; the
repository enforces the same rule, this form only explains it before the click. A note that
still holds one of the offline drafter's bracketed prompts cannot be approved at all (the
repository refuses it too).
"""

from __future__ import annotations

import streamlit as st

from assistant.models import AnyNote, CheckReport, Language, NoteFormat, SessionMeta, Severity
from assistant.offline import WRITER_PROMPT_PATTERN
from assistant.store import NoteRepository, VersionRecord
from ui.i18n import t


def error_count(report: CheckReport | None) -> int:
    """How many error-level findings would block approval."""
    return sum(1 for f in (report.findings if report else []) if f.severity == Severity.ERROR)


def open_prompts(text: str) -> int:
    """How many of the drafter's "[Add: …]" / "[เพิ่ม: …]" prompts are still in the note: each
    stands where a fact is missing, so an approved record must carry none of them."""
    return len(WRITER_PROMPT_PATTERN.findall(text or ""))


def approval_form(
    repo: NoteRepository,
    note_id: str,
    *,
    text: str,
    fmt: NoteFormat,
    note: AnyNote,
    session: SessionMeta,
    language: Language,
    report: CheckReport,
    lang: str,
    prefix: str,
) -> VersionRecord | None:
    """Author, a reason when errors remain, and the button; the new version once approved.

    Widget keys are ``{prefix}_author``, ``{prefix}_reason`` and ``{prefix}_approve``.
    """
    st.subheader(t("approve.title", lang))
    errors = error_count(report)
    st.text_input(t("approve.author", lang), key=f"{prefix}_author")
    prompts = open_prompts(text)
    if prompts:
        st.warning(t("approve.prompts_remain", lang, n=prompts))
    if errors:
        st.warning(t("approve.errors_remain", lang, n=errors))
        st.text_area(t("approve.reason", lang), key=f"{prefix}_reason", height=80)
    if not st.button(t("approve.button", lang), key=f"{prefix}_approve", type="primary"):
        return None
    if prompts:
        st.error(t("approve.prompts_blocked", lang, n=prompts))
        return None
    author = (st.session_state.get(f"{prefix}_author") or "").strip()
    reason = (st.session_state.get(f"{prefix}_reason") or "").strip() if errors else ""
    if not author:
        st.error(t("approve.need_author", lang))
        return None
    if errors and not reason:
        st.error(t("approve.blocked", lang, n=errors))
        return None
    return repo.approve(
        note_id, author=author, final_text=text, fmt=fmt, note=note, session_meta=session,
        language=language, findings=report.findings, override_reason=reason or None)
