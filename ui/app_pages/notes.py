"""Notes page: list notes, open one, see its versions and findings, add an addendum, export.

An approved version is shown exactly as approved; a correction is an addendum or a new version.
"""

from __future__ import annotations

import streamlit as st

from assistant.export import Addendum
from assistant.formats import render_note
from assistant.models import CheckReport, Language
from assistant.store import NoteRecord, NoteSummary
from ui import resources
from ui import state as S
from ui.components.approval import approval_form
from ui.components.exports import show_exports
from ui.components.findings import severity_counts, show_report
from ui.components.safety import guarded
from ui.i18n import t

LANG = S.lang()
#: A note's language by its own name, as the sidebar's language switch shows it.
LANGUAGE_NAMES = {"en": "English", "th": "ไทย"}


def tr(key: str, **kw) -> str:
    return t(key, LANG, **kw)


def _label(n: NoteSummary) -> str:
    status = tr(f"notes.status_{n.status}")
    version = f" v{n.current_version}" if n.current_version else ""
    when = n.session_date.isoformat() if n.session_date else n.updated_at.strftime("%Y-%m-%d")
    return f"{n.client_ref or '—'} · {when} · {n.fmt.upper()} · {status}{version} · {n.id[:6]}"


def _table(notes: list[NoteSummary]) -> None:
    st.dataframe(
        [
            {
                tr("notes.col_client"): n.client_ref or "—",
                tr("notes.col_date"): n.session_date.isoformat() if n.session_date else "",
                tr("notes.col_format"): n.fmt.upper(),
                tr("notes.col_status"): tr(f"notes.status_{n.status}"),
                tr("notes.col_version"): str(n.current_version or ""),  # one type per column
                tr("notes.col_updated"): n.updated_at.strftime("%Y-%m-%d %H:%M"),
            }
            for n in notes
        ],
        hide_index=True,
    )


def _open_in_draft(note_id: str) -> None:
    S.request_open(note_id)
    st.switch_page("app_pages/draft.py")


def _draft_actions(repo, record: NoteRecord) -> None:
    st.info(tr("notes.is_draft"))
    c1, c2 = st.columns(2)
    if c1.button(tr("notes.continue"), key="n_continue", type="primary"):
        _open_in_draft(record.id)
    if not record.versions and c2.button(tr("notes.discard"), key="n_discard"):
        repo.discard_draft(record.id)
        st.session_state.pop("notes_selected", None)
        if st.session_state.get(S.NOTE_KEY) == record.id:
            S.forget_note()
        st.rerun()
    _approve_draft(repo, record)


def _approve_draft(repo, record: NoteRecord) -> None:
    """Approve a drafted note from here: its saved text and findings, the same rules as Draft."""
    state = record.state
    note = state.get_note()
    if note is None:
        st.caption(tr("notes.not_drafted"))
        return
    text, report = state.text, state.report
    if text is None or report is None:  # saved before it was checked: check it now
        locale = S.locale_for(state.note_language)
        text = render_note(note, state.session, locale)
        report = resources.get_services().check(text, locale=LANG)
    else:
        report = _in_interface_language(record.id, text, report)
    st.subheader(tr("notes.draft_text"))
    st.caption(tr("notes.approve_here"))
    show_report(text, report, LANG, key=f"n_find_{record.id}")
    author_key = "n_author"
    if author_key not in st.session_state:
        st.session_state[author_key] = resources.get_settings().author or ""
    version = approval_form(
        repo, record.id, text=text, fmt=state.note_fmt or state.fmt, note=note,
        session=state.session, language=state.note_language or Language.EN, report=report,
        lang=LANG, prefix="n")
    if version is not None:
        st.session_state["n_flash"] = tr("approve.done", v=version.version)
        st.rerun()


def _in_interface_language(note_id: str, text: str, saved: CheckReport) -> CheckReport:
    """The saved findings with the rules' messages in the interface language.

    A draft keeps the report of its last check, worded in the language the writer's interface
    had then; a reader in the other language would get it in that one. The rules are run again
    on the same text (same findings, messages in ``LANG``); the grounding and model findings,
    which need the jottings and the redaction, are kept as saved, and so are the scores.
    """
    cache = st.session_state.setdefault("n_checked", {})
    key = (note_id, text, LANG)
    if key not in cache:
        rules = resources.get_services().check(text, locale=LANG)
        kept = [f for f in saved.findings if f.source != "rules"]
        findings = sorted([*rules.findings, *kept],
                          key=lambda f: (f.start if f.start is not None else -1, f.rule))
        cache.clear()  # one note at a time: the cache holds note text only while it is open
        cache[key] = saved.model_copy(update={"findings": findings})
    return cache[key]


def _version_view(repo, record: NoteRecord) -> None:
    numbers = [v.version for v in record.versions]
    chosen = st.radio(tr("notes.version"), numbers, index=len(numbers) - 1, horizontal=True,
                      key=f"n_version_{record.id}", format_func=lambda v: f"v{v}")
    version = next(v for v in record.versions if v.version == chosen)
    st.success(tr("approved.banner", v=version.version, who=version.approved_by,
                  when=version.approved_at.strftime("%Y-%m-%d %H:%M UTC")))
    meta = [tr("notes.meta_format", fmt=version.fmt.upper()),
            tr("notes.meta_language", lang=LANGUAGE_NAMES.get(str(version.language),
                                                              str(version.language)))]
    if version.parent_version:
        meta.append(tr("notes.meta_parent", v=version.parent_version))
    st.caption(" · ".join(meta))
    if version.override_reason:
        st.warning(tr("notes.override", reason=version.override_reason))
    st.markdown(f"**{tr('notes.final_text')}**")
    st.code(version.final_text, language=None, wrap_lines=True)

    counts = severity_counts_from(version.findings)
    with st.expander(tr("notes.findings_at_approval", n=len(version.findings)), expanded=False):
        st.caption(tr("notes.findings_counts", **counts))
        for f in version.findings:
            st.markdown(f"- {t(f'severity.{f.severity}', LANG)} · {f.message}")

    addenda = [a for a in record.addenda if a.version == version.version]
    if addenda:
        st.markdown(f"**{tr('notes.addenda')}**")
        for a in addenda:
            st.markdown(f"*{a.created_at.strftime('%Y-%m-%d %H:%M UTC')} · {a.author}*")
            st.text(a.text)

    st.subheader(tr("notes.export"))
    export_addenda = [
        Addendum(heading=tr("notes.addendum_heading",
                            when=a.created_at.strftime("%Y-%m-%d %H:%M"), who=a.author),
                 text=a.text)
        for a in addenda
    ]
    show_exports(version.final_text, LANG, key=f"n_exp_{record.id}_{version.version}",
                 title=tr("notes.export_title"),
                 base_name=f"note-{record.id[:8]}-v{version.version}", addenda=export_addenda,
                 on_download=_exported, args=(record.id, version.version))

    if record.status == "approved" and version.version == record.current_version:
        st.subheader(tr("notes.correct"))
        st.caption(tr("notes.correct_help"))
        _addendum_form(repo, record.id)
        if st.button(tr("notes.new_version"), key="n_new_version"):
            repo.new_version(record.id, actor=resources.get_settings().author)
            _open_in_draft(record.id)


def _addendum_form(repo, note_id: str) -> None:
    """A dated addendum. What the writer typed stays in the box until it is saved: the form is
    not cleared on submit (a refused submit would blank it), and it is emptied once saved."""
    if st.session_state.pop("n_add_saved", False):
        st.session_state["n_add_text"] = ""  # before the box is drawn: the browser gets it too
    with st.form(key=f"n_addendum_{note_id}"):
        text = st.text_area(tr("notes.addendum_text"), key="n_add_text")
        author = st.text_input(tr("approve.author"), key="n_add_author",
                               value=resources.get_settings().author or "")
        if not st.form_submit_button(tr("notes.addendum_add")):
            return
    # the store refuses these too, but in English and as a storage failure: say it here first
    if not (text or "").strip():
        st.error(tr("notes.addendum_empty"))
        return
    if not (author or "").strip():
        st.error(tr("notes.addendum_need_author"))
        return
    repo.add_addendum(note_id, text, author.strip())
    st.session_state["n_add_saved"] = True
    st.session_state["n_flash"] = tr("notes.addendum_done")
    st.rerun()


def _exported(kind: str, note_id: str, version: int) -> None:
    """Audit a download: the note id, the version and which format — never the text."""
    resources.get_repository().record_event(note_id, f"export_{kind}", version=version)


def severity_counts_from(findings) -> dict[str, int]:
    from assistant.models import CheckReport

    counts = severity_counts(CheckReport(findings=findings))
    return {"errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"]}


def body() -> None:
    repo = resources.get_repository()
    st.title(tr("notes.title"))
    if flash := st.session_state.pop("n_flash", None):
        st.success(flash)
    notes = repo.list_notes()
    if not notes:
        st.info(tr("notes.empty"))
        return
    _table(notes)
    ids = [n.id for n in notes]
    by_id = {n.id: n for n in notes}
    wanted = st.session_state.get("notes_selected")
    index = ids.index(wanted) if wanted in ids else 0
    selected = st.selectbox(tr("notes.open"), ids, index=index, key="n_select",
                            format_func=lambda i: _label(by_id[i]))
    st.session_state["notes_selected"] = selected
    record = repo.get(selected)
    st.divider()
    if record.status == "draft":
        _draft_actions(repo, record)
    if record.versions:
        _version_view(repo, record)


guarded(body, LANG)
