"""The approval form, shared by the Draft page and the Notes page.

Approval is blocked while error-level findings remain unless the writer gives a reason; the
repository enforces the same rule, this form only explains it before the click.
"""

from __future__ import annotations

import streamlit as st

from assistant.models import AnyNote, CheckReport, Language, NoteFormat, SessionMeta, Severity
from assistant.store import NoteRepository, VersionRecord
from ui.i18n import t


def error_count(report: CheckReport | None) -> int:
    """How many error-level findings would block approval."""
    return sum(1 for f in (report.findings if report else []) if f.severity == Severity.ERROR)


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
    if errors:
        st.warning(t("approve.errors_remain", lang, n=errors))
        st.text_area(t("approve.reason", lang), key=f"{prefix}_reason", height=80)
    if not st.button(t("approve.button", lang), key=f"{prefix}_approve", type="primary"):
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
