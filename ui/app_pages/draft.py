"""Draft page: session details and jottings → redaction preview → draft → findings → approve.

Every step saves the working draft, so a reload, a model failure or a restart loses nothing.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from assistant.errors import AssistantError, StorageError
from assistant.formats import render_header, render_note
from assistant.models import Jottings, Language, NoteFormat, RedactedText, RestoreMode
from assistant.store import DraftState
from ui import resources
from ui import state as S
from ui.components.approval import approval_form
from ui.components.findings import show_report
from ui.components.goals import show_goals_editor, show_interventions_editor
from ui.components.highlight import Mark, show_marked
from ui.components.notices import show_notices
from ui.components.safety import error_message, failure_message, guarded
from ui.editing import apply_finding, can_apply, replacements_from
from ui.i18n import stage_label, t

LANG = S.lang()


def tr(key: str, **kw) -> str:
    return t(key, LANG, **kw)


# ------------------------------------------------------------------ callbacks (run before a rerun)


def _add_identifier() -> None:
    """Hide a value by hand (and take back an earlier release of it in this note)."""
    value = (st.session_state.get("d_add_input") or "").strip()
    if value and value not in st.session_state.get("d_add", []):
        st.session_state["d_add"] = [*st.session_state.get("d_add", []), value]
        st.session_state["d_release"] = [
            r for r in st.session_state.get("d_release", [])
            if r.strip().casefold() != value.casefold()]
    st.session_state["d_add_input"] = ""


def _release_changed() -> None:
    """Releasing something the writer added un-adds it. The release itself is kept: it is the
    writer's decision for this note, so the client's list or remembered values do not hide the
    value here again."""
    released = {r.strip().casefold() for r in st.session_state.get("d_release", [])}
    st.session_state["d_add"] = [a for a in st.session_state.get("d_add", [])
                                 if a.strip().casefold() not in released]


def _hide_in_this_note(values: list[str]) -> int:
    """Add ``values`` to this note's hand-added redactions; returns how many were new.

    Values the writer released in THIS note stay released (they judged them not identifying
    here). Compared caselessly, as the redactor matches Latin names."""
    added = list(st.session_state.get("d_add", []))
    have = {a.strip().casefold() for a in added}
    released = {r.strip().casefold() for r in st.session_state.get("d_release", [])}
    new = [v for v in values if v.strip().casefold() not in have | released]
    st.session_state["d_add"] = added + new
    return len(new)


def _client_ref_changed() -> None:
    """Bring back what the writer hid by hand in this client's other notes (a nickname the
    analyzer has no cue for is typed once per client, not once per note), and this client's
    list of people and places; released ones stay out."""
    ref = (st.session_state.get("d_client_ref") or "").strip()
    st.session_state["d_remembered"] = 0
    if not ref:
        return
    _sync_case_list(ref)
    try:
        remembered = resources.get_repository().remembered_additions(
            ref, exclude_note_id=st.session_state.get(S.NOTE_KEY))
    except StorageError:
        return  # the preview still shows what the analyzer found; the writer can add by hand
    st.session_state["d_remembered"] = _hide_in_this_note(remembered)


def _sync_case_list(ref: str) -> None:
    """Show this client's stored list in its box and hide its values in this note.

    A storage failure leaves the box as it is and says so; the next run tries again (and keeps
    anything the writer typed meanwhile, adding the stored values to it)."""
    ss = st.session_state
    ss["d_case_applied"] = 0
    try:
        record = resources.get_repository().case_terms_record(ref)
    except Exception as exc:  # never a traceback from a callback
        ss["d_case_error"] = failure_message(exc, LANG, "reading the case list")
        ss["d_case_failed"] = ref
        return
    values = record.values if record else []
    shown = values
    if ss.pop("d_case_failed", None) == ref:  # the writer may have typed while it was unreadable
        typed = [v.strip() for v in str(ss.get("d_case_terms") or "").splitlines() if v.strip()]
        shown = list(dict.fromkeys([*values, *typed]))
    ss["d_case_terms"] = "\n".join(shown)
    ss["d_case_ref"] = ref
    ss["d_case_when"] = record.updated_at if record else None
    ss["d_case_applied"] = _hide_in_this_note(values)


def _save_case_list() -> None:
    """Store the box as this client's list and hide its values in this note at once."""
    ss = st.session_state
    ref = (ss.get("d_client_ref") or "").strip()
    try:
        record = resources.get_repository().set_case_terms(
            ref, str(ss.get("d_case_terms") or ""), actor=(ss.get("d_author") or "").strip() or None)
    except Exception as exc:  # caps, no reference, storage down: the box keeps the text
        ss["d_case_error"] = failure_message(exc, LANG, "saving the case list")
        return
    ss.pop("d_case_failed", None)
    ss["d_case_terms"] = "\n".join(record.values)
    ss["d_case_ref"] = ref
    ss["d_case_when"] = record.updated_at
    ss["d_case_saved"] = (len(record.values), _hide_in_this_note(record.values))


def _new_note() -> None:
    S.forget_note()
    st.session_state[S.NOTE_KEY] = None
    st.session_state["d_skip_resume"] = True


def _apply(index: int) -> None:
    """One-click suggestion: write the new wording into the section widget it belongs to."""
    current: DraftState | None = st.session_state.get("d_current")
    if current is None or current.report is None or index >= len(current.report.findings):
        return
    note = current.get_note()
    if note is None:
        return
    changed = apply_finding(note, current.session, S.locale_for(current.note_language),
                            current.report.findings[index])
    if changed is None:
        st.session_state["d_flash"] = ("warning", "findings.cannot_apply")
        return
    for name, value in changed.section_items():
        st.session_state[f"sec_{name}"] = value or ""
    st.session_state["sec__next"] = changed.next_session or ""
    S.set_grids(changed)  # a suggestion may land in a goal or an intervention
    st.session_state["d_flash"] = ("success", "findings.applied")


# ------------------------------------------------------------------ sections of the page


def _session_details() -> None:
    st.subheader(tr("draft.session"))
    c1, c2, c3 = st.columns(3)
    c1.date_input(tr("draft.date"), key="d_date", format="YYYY-MM-DD")
    c2.time_input(tr("draft.time"), key="d_time", step=300)
    c3.number_input(tr("draft.duration"), key="d_duration", min_value=0, max_value=600, step=5)
    c4, c5, c6 = st.columns(3)
    c4.text_input(tr("draft.type"), key="d_type", placeholder=tr("draft.type_hint"))
    c5.text_input(tr("draft.present"), key="d_present", placeholder=tr("draft.present_hint"))
    c6.text_input(tr("draft.client_ref"), key="d_client_ref", max_chars=64,
                  placeholder=tr("draft.client_ref_hint"), help=tr("draft.client_ref_help"),
                  on_change=_client_ref_changed)
    _case_list()


def _case_list() -> None:
    """"People and places in this case": the client's list, one value per line, saved per client
    reference and hidden in every note for that client before anything is sent."""
    ss = st.session_state
    ref = (ss.get("d_client_ref") or "").strip()
    if not ref:
        return
    # a reopened note, another client, or a box Streamlit dropped while it was not drawn
    if ss.get("d_case_ref") != ref or "d_case_terms" not in ss:
        _sync_case_list(ref)
    error = ss.pop("d_case_error", None)
    with st.expander(tr("case.title"), expanded=bool(error), icon=":material/group:"):
        st.caption(tr("case.help"))
        if error:
            st.error(error)
        if saved := ss.pop("d_case_saved", None):
            st.success(tr("case.saved", n=saved[0], m=saved[1]))
        st.text_area(tr("case.label"), key="d_case_terms", height=150,
                     placeholder=tr("case.hint"))
        c1, c2 = st.columns([1, 2], vertical_alignment="center")
        c1.button(tr("case.save"), key="d_case_save", on_click=_save_case_list)
        when = ss.get("d_case_when")
        if when is not None:
            c2.caption(tr("case.updated", when=when.strftime("%Y-%m-%d %H:%M UTC")))


def _options() -> None:
    c1, c2, c3 = st.columns(3)
    c1.radio(tr("draft.format"), [f.value for f in NoteFormat], key="d_fmt", horizontal=True,
             format_func=lambda v: v.upper())
    c2.selectbox(tr("draft.language"), ["auto", "en", "th"], key="d_lang",
                 format_func=lambda v: tr(f"draft.lang_{v}"))
    c3.selectbox(tr("draft.restore"), [m.value for m in RestoreMode], key="d_restore",
                 format_func=lambda v: tr(f"draft.restore_{v}"), help=tr("draft.restore_help"))


def _preview(services, current: DraftState) -> RedactedText:
    key = (current.jottings, tuple(current.redaction_add), tuple(current.redaction_release))
    if st.session_state.get("d_preview_key") != key:
        st.session_state["d_preview"] = services.preview_redaction(
            current.jottings, add=current.redaction_add, release=current.redaction_release)
        st.session_state["d_preview_key"] = key
    red: RedactedText = st.session_state["d_preview"]
    st.subheader(tr("preview.title"))
    st.caption(tr("preview.help", n=len(red.entities)))
    if st.session_state.get("d_remembered"):
        st.info(tr("preview.remembered", n=st.session_state["d_remembered"]))
    if st.session_state.get("d_case_applied"):
        st.info(tr("case.applied", n=st.session_state["d_case_applied"]))
    show_marked(current.jottings, [
        Mark(e.start, e.end, "redact", title=e.type, tag=e.placeholder) for e in red.entities
    ])
    st.markdown(f"**{tr('preview.sent')}**")
    st.code(red.redacted_text, language=None, wrap_lines=True)
    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
    c1.text_input(tr("preview.add"), key="d_add_input", placeholder=tr("preview.add_hint"))
    c2.button(tr("preview.add_button"), key="d_add_button", on_click=_add_identifier)
    options = sorted({e.text for e in red.entities} | set(current.redaction_release))
    st.multiselect(tr("preview.release"), options, key="d_release", on_change=_release_changed,
                   help=tr("preview.release_help"), placeholder=tr("preview.release_hint"))
    return red


def _run_draft(repo, services, note_id: str, current: DraftState, red: RedactedText) -> None:
    session = current.session
    if session.written_at is None:  # timeliness: the note records when it was written
        session = session.model_copy(
            update={"written_at": dt.datetime.now().astimezone().replace(microsecond=0)})
    jottings = Jottings(text=current.jottings, session=session)
    stages: list[str] = []
    with st.status(tr("draft.status.running"), expanded=True) as status:
        def progress(stage: str) -> None:
            stages.append(stage_label(stage, LANG))
            status.write(stages[-1])

        try:
            outcome = services.draft(
                jottings, fmt=current.fmt, language=current.language,
                restore_mode=current.restore_mode, redaction=red, progress=progress)
        except AssistantError:
            status.update(label=tr("draft.status.failed"), state="error")
            raise
        status.update(label=tr("draft.status.done"), state="complete", expanded=False)
    new = current.with_note(outcome.note, outcome.fmt).model_copy(update={
        "session": outcome.session, "note_language": outcome.language, "text": outcome.text,
        "report": outcome.report, "backend": outcome.backend, "offline": outcome.offline,
        "step": "drafted",
    })
    repo.save_draft(note_id, new, placeholder_map=outcome.redaction.mapping)
    st.session_state["d_notices"] = [n.model_dump() for n in outcome.notices]
    st.session_state["d_stages"] = stages
    st.session_state[S.LOADED_KEY] = None  # reload every widget from the saved draft
    st.rerun()


def _recheck_if_needed(services, current: DraftState) -> DraftState:
    if current.note is None:
        return current
    key = S.check_key(current) + LANG  # messages follow the interface language
    if st.session_state.get(S.CHECKED_KEY) == key:
        return current
    # the note renders in its own language; the findings speak the writer's interface language
    text = render_note(current.get_note(), current.session, S.locale_for(current.note_language))
    # session details the writer typed are facts from the writer, as the jottings are
    header = render_header(current.session, S.locale_for(current.note_language))
    report = services.check(
        text, locale=LANG, jottings_text=f"{current.jottings}\n{header}".strip() or None,
        redaction=st.session_state.get("d_preview"), restore_mode=current.restore_mode)
    note_locale = S.locale_for(current.note_language)
    if note_locale != LANG and any(can_apply(f) for f in report.findings):
        # a one-click fix writes into the note: its words come from a check in the note's language
        report = replacements_from(report, services.check(text, locale=note_locale))
    current = current.model_copy(update={"text": text, "report": report})
    st.session_state[S.CHECKED_KEY] = key
    return current


def _editor(current: DraftState) -> None:
    note = current.get_note()
    th = current.note_language == Language.TH
    st.subheader(tr("result.title", fmt=str(current.note_fmt or current.fmt).upper()))
    if current.backend:
        backend = tr("result.offline") if current.offline else current.backend
        st.caption(tr("result.backend", backend=backend))
    for name, en, thai in note.SECTIONS:
        st.text_area(thai if th else en, key=f"sec_{name}", height=120)
    st.text_input(tr("result.next"), key="sec__next")


def _tables() -> None:
    """Goals and interventions, full width: the SMART fields need the room."""
    left, right = st.columns([3, 2], gap="large")
    with left:
        show_goals_editor(st.session_state.get(S.GOALS_ROWS, []), S.live_rows("goals"), LANG,
                          key=S.grid_key("goals"))
    with right:
        show_interventions_editor(st.session_state.get(S.IV_ROWS, []), S.live_rows("iv"), LANG,
                                  key=S.grid_key("iv"))


def _findings(current: DraftState) -> None:
    st.subheader(tr("findings.title"))
    st.caption(tr("findings.help"))
    show_report(current.text or "", current.report, LANG, key="d_find", on_apply=_apply)


def _approve(repo, note_id: str, current: DraftState) -> None:
    version = approval_form(
        repo, note_id, text=current.text or "", fmt=current.note_fmt or current.fmt,
        note=current.get_note(), session=current.session,
        language=current.note_language or Language.EN, report=current.report, lang=LANG,
        prefix="d")
    if version is not None:
        st.session_state["d_flash"] = ("success", "approve.done")
        st.session_state["d_flash_n"] = version.version
        st.session_state[S.LOADED_KEY] = None
        st.rerun()


def _approved_view(record) -> None:
    latest = record.latest
    st.success(tr("approved.banner", v=latest.version, who=latest.approved_by,
                  when=latest.approved_at.strftime("%Y-%m-%d %H:%M UTC")))
    st.caption(tr("approved.immutable"))
    st.code(latest.final_text, language=None, wrap_lines=True)
    c1, c2 = st.columns(2)
    if c1.button(tr("approved.open_notes"), key="d_to_notes"):
        st.session_state["notes_selected"] = record.id
        st.switch_page("app_pages/notes.py")
    c2.button(tr("draft.new"), key="d_new_after", on_click=_new_note)


def _flash() -> None:
    flash = st.session_state.pop("d_flash", None)
    if flash:
        level, key = flash
        getattr(st, level)(tr(key, v=st.session_state.pop("d_flash_n", "")))
    show_notices(st.session_state.get("d_notices", []), LANG)


def _resume_offer(repo) -> None:
    if st.session_state.get("d_skip_resume"):
        return
    drafts = repo.list_notes(status="draft")
    if drafts:
        last = drafts[0]
        label = tr("draft.resume", client=last.client_ref or "—",
                   when=last.updated_at.strftime("%Y-%m-%d %H:%M"))
        if st.button(label, key="d_resume"):
            S.request_open(last.id)
            st.rerun()


def _save(repo, note_id: str | None, current: DraftState) -> str | None:
    """Save the draft; a storage failure is shown but never stops the page or loses the text
    (the widgets still hold it, and the next run tries again)."""
    try:
        return S.save_if_changed(repo, note_id, current)
    except StorageError as exc:
        st.error(error_message(exc, LANG))
        return note_id


def body() -> None:
    repo = resources.get_repository()
    services = resources.get_services()
    settings = resources.get_settings()
    st.title(tr("draft.title"))
    note_id = S.resolve_note_id(repo)
    record = repo.get(note_id) if note_id else None
    if not S.widgets_loaded_for(note_id):
        S.load_widgets(note_id, record.state if record else DraftState(
            fmt=settings.note_format, restore_mode=settings.restore_mode),
            default_author=settings.author or "")
    _flash()
    if record is not None and record.status == "approved":
        _approved_view(record)
        return
    top = st.columns([1, 3])
    top[0].button(tr("draft.new"), key="d_new", on_click=_new_note)
    if note_id is None:
        _resume_offer(repo)

    _session_details()
    st.subheader(tr("draft.jottings"))
    st.text_area(tr("draft.jottings_label"), key="d_jottings", height=220,
                 placeholder=tr("draft.jottings_hint"), label_visibility="collapsed")
    _options()

    base = record.state if record else DraftState(fmt=settings.note_format,
                                                  restore_mode=settings.restore_mode)
    current = S.state_from_widgets(base)
    S.ensure_widgets(current)
    note_id = _save(repo, note_id, current)
    if not current.jottings.strip():
        st.info(tr("draft.empty"))
        if current.note is None or note_id is None:
            return
        # emptied after a draft (a slip, or to paste again): the drafted note stays on screen
    else:
        red = _preview(services, current)
        if note_id is None:  # nothing could be saved yet: drafting would have nowhere to go
            return
        if st.button(tr("draft.run"), key="d_run", type="primary"):
            _run_draft(repo, services, note_id, current, red)
    if stages := st.session_state.pop("d_stages", None):
        with st.status(tr("draft.status.done"), state="complete", expanded=False):
            for stage in stages:
                st.write(stage)

    if current.note is None:
        return
    current = _recheck_if_needed(services, current)
    _save(repo, note_id, current)
    st.session_state["d_current"] = current
    st.divider()
    left, right = st.columns([1, 1], gap="large")
    with left:
        _editor(current)
    with right:
        _findings(current)
    _tables()
    st.divider()
    _approve(repo, note_id, current)


guarded(body, LANG)
