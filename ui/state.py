"""Session state for the pages: the UI language, the open note, and draft widgets ↔ DraftState.

Widgets hold the writer's live input; the store holds the truth. Each run the draft page builds a
``DraftState`` from the widgets (:func:`state_from_widgets`) and saves it when it changed, and
whenever the widgets are empty or belong to another note they are filled from the store
(:func:`load_widgets`). That round trip is what makes a reload, a closed tab or a restart lose
nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from assistant.models import Language, NoteFormat, RestoreMode, SessionMeta
from assistant.store import DraftState, NoteRepository
from assistant.store.repository import NoteNotFound
from ui.grids import (
    GOAL_FIELDS,
    INTERVENTION_FIELDS,
    apply_editor_delta,
    goal_rows,
    intervention_rows,
    rows_to_goals,
    rows_to_interventions,
)

LANG_KEY = "ui_lang"
NOTE_KEY = "note_id"
LOADED_KEY = "d_loaded"
OPEN_REQUEST_KEY = "open_note"
SAVED_KEY = "d_saved"
CHECKED_KEY = "d_checked"

_SESSION_WIDGETS = ("d_date", "d_time", "d_duration", "d_type", "d_present", "d_client_ref")

#: The goals / interventions tables: the rows each editor was given (it reports deltas against
#: them), the rows with those deltas applied (``…_live``), and a nonce that re-keys the editors.
GOALS_ROWS = "d_goals_rows"
IV_ROWS = "d_iv_rows"
GRID_NONCE = "d_grid_n"


def lang() -> str:
    """The UI language chosen in the sidebar (``en`` or ``th``)."""
    value = st.session_state.get(LANG_KEY, "en")
    return value if value in ("en", "th") else "en"


def locale_for(language: Language | None) -> str:
    """The render locale of a note in ``language``."""
    return "th" if language == Language.TH else "en"


# ------------------------------------------------------------------ which note is open


def request_open(note_id: str) -> None:
    """Ask the draft page to open ``note_id`` on its next run."""
    st.session_state[OPEN_REQUEST_KEY] = note_id


def forget_note() -> None:
    """Close the open note and clear every draft widget (the store keeps the note)."""
    for key in list(st.session_state.keys()):
        if str(key).startswith(("d_", "sec_")) or key == NOTE_KEY:
            del st.session_state[key]
    if "note" in st.query_params:
        del st.query_params["note"]


def resolve_note_id(repo: NoteRepository) -> str | None:
    """The note this draft page shows: an open request, the session's note, or ``?note=``."""
    requested = st.session_state.pop(OPEN_REQUEST_KEY, None)
    if requested:
        forget_note()
        st.session_state[NOTE_KEY] = requested
    note_id = st.session_state.get(NOTE_KEY)
    if note_id is None:
        candidate = st.query_params.get("note")
        if candidate:
            try:
                repo.get(candidate)
                note_id = candidate
            except NoteNotFound:
                note_id = None
        st.session_state[NOTE_KEY] = note_id
    if note_id and st.query_params.get("note") != note_id:
        st.query_params["note"] = note_id  # a reload reopens the same note
    return note_id


# ------------------------------------------------------------------ widgets ↔ state


def _present_text(present: list[str]) -> str:
    return ", ".join(present)


def load_widgets(note_id: str | None, state: DraftState, *, default_author: str = "") -> None:
    """Put a stored state into the draft widgets (before they are drawn this run)."""
    ss = st.session_state
    s = state.session
    ss["d_jottings"] = state.jottings
    ss["d_date"] = s.date
    ss["d_time"] = s.start_time
    ss["d_duration"] = s.duration_minutes
    ss["d_type"] = s.session_type or ""
    ss["d_present"] = _present_text(s.present)
    ss["d_client_ref"] = s.client_ref or ""
    ss["d_fmt"] = str(state.fmt)
    ss["d_lang"] = str(state.language) if state.language else "auto"
    ss["d_restore"] = str(state.restore_mode)
    ss["d_add"] = list(state.redaction_add)
    ss["d_release"] = list(state.redaction_release)
    ss.setdefault("d_author", default_author)
    for key in [k for k in ss if str(k).startswith("sec_")]:
        del ss[key]
    note = state.get_note()
    if note is not None:
        for name, value in note.section_items():
            ss[f"sec_{name}"] = value or ""
        ss["sec__next"] = note.next_session or ""
    set_grids(note)
    ss[LOADED_KEY] = note_id
    ss[SAVED_KEY] = state.model_dump(mode="json")
    ss[CHECKED_KEY] = check_key(state) if state.text is not None else None


def set_grids(note: Any) -> None:
    """Give the goals and interventions tables the note's rows (fresh editors, no pending edits)."""
    ss = st.session_state
    ss[GOALS_ROWS] = goal_rows(note.goals) if note is not None else []
    ss[IV_ROWS] = intervention_rows(note.interventions) if note is not None else []
    ss[f"{GOALS_ROWS}_live"] = ss[GOALS_ROWS]
    ss[f"{IV_ROWS}_live"] = ss[IV_ROWS]
    ss[GRID_NONCE] = int(ss.get(GRID_NONCE, 0)) + 1


def grid_key(kind: str) -> str:
    """The widget key of the ``goals`` or ``iv`` editor (a new key gives a fresh editor)."""
    return f"d_{kind}_ed_{int(st.session_state.get(GRID_NONCE, 0))}"


def read_grids() -> None:
    """This run's rows of both tables: the stored rows with the editor's pending delta applied.

    The editor's delta is cumulative against the rows it was given, so those rows stay fixed
    while the writer edits (the grid keeps its focus and undo). When a run stopped early the
    editor was not drawn and Streamlit dropped its delta: the last rows seen become the new
    base (under a new key), so an error never undoes the writer's table edits.
    """
    ss = st.session_state
    rebase = False
    for kind, rows_key, fields in (("goals", GOALS_ROWS, GOAL_FIELDS),
                                   ("iv", IV_ROWS, INTERVENTION_FIELDS)):
        base = ss.get(rows_key, [])
        delta = ss.get(grid_key(kind))
        live_key = f"{rows_key}_live"
        if isinstance(delta, dict):
            ss[live_key] = apply_editor_delta(base, delta, fields)
        elif ss.get(live_key) not in (None, base):
            ss[rows_key] = ss[live_key]
            rebase = True
        else:
            ss[live_key] = apply_editor_delta(base, None, fields)
    if rebase:
        ss[GRID_NONCE] = int(ss.get(GRID_NONCE, 0)) + 1


def live_rows(kind: str) -> list:
    """The rows the writer sees now in the ``goals`` or ``iv`` table."""
    rows_key = GOALS_ROWS if kind == "goals" else IV_ROWS
    return st.session_state.get(f"{rows_key}_live", st.session_state.get(rows_key, []))


def ensure_widgets(state: DraftState) -> None:
    """Refill any draft widget Streamlit dropped (a run stopped by an error draws fewer widgets,
    and an undrawn widget loses its value) from the saved state, so nothing is blanked later."""
    ss = st.session_state
    note = state.get_note()
    if note is None:
        return
    for name, value in note.section_items():
        ss.setdefault(f"sec_{name}", value or "")
    ss.setdefault("sec__next", note.next_session or "")
    if GOALS_ROWS not in ss or IV_ROWS not in ss:
        set_grids(note)


def widgets_loaded_for(note_id: str | None) -> bool:
    """True when the widgets already hold this note's state."""
    return "d_jottings" in st.session_state and st.session_state.get(LOADED_KEY) == note_id


def _session_from_widgets(previous: SessionMeta) -> SessionMeta:
    ss = st.session_state
    present = [p.strip() for p in str(ss.get("d_present") or "").split(",") if p.strip()]
    duration = ss.get("d_duration")
    return previous.model_copy(update={
        "date": ss.get("d_date"),
        "start_time": ss.get("d_time"),
        "duration_minutes": int(duration) if duration is not None else None,
        "session_type": (ss.get("d_type") or "").strip() or None,
        "present": present,
        "client_ref": (ss.get("d_client_ref") or "").strip() or None,
    })


def state_from_widgets(base: DraftState) -> DraftState:
    """The writer's current state: ``base`` updated with every widget's value."""
    ss = st.session_state
    lang_choice = ss.get("d_lang", "auto")
    update: dict[str, Any] = {
        "jottings": ss.get("d_jottings", ""),
        "session": _session_from_widgets(base.session),
        "fmt": NoteFormat(ss.get("d_fmt", base.fmt)),
        "language": None if lang_choice == "auto" else Language(lang_choice),
        "restore_mode": RestoreMode(ss.get("d_restore", base.restore_mode)),
        "redaction_add": list(ss.get("d_add", [])),
        "redaction_release": list(ss.get("d_release", [])),
    }
    state = base.model_copy(update=update)
    note = state.get_note()
    if note is not None:
        changes = {
            name: ss[f"sec_{name}"]
            for name, _ in note.section_items()
            if f"sec_{name}" in ss and ss[f"sec_{name}"] != (getattr(note, name) or "")
        }
        if "sec__next" in ss and (ss["sec__next"] or None) != note.next_session:
            changes["next_session"] = ss["sec__next"] or None
        if GOALS_ROWS in ss:
            read_grids()
            goals = rows_to_goals(live_rows("goals"))
            if goals != note.goals:
                changes["goals"] = goals
            interventions = rows_to_interventions(live_rows("iv"))
            if interventions != note.interventions:
                changes["interventions"] = interventions
        if changes:
            state = state.with_note(note.model_copy(update=changes), state.note_fmt or state.fmt)
    return state


def check_key(state: DraftState) -> str:
    """What a check depends on: the note, the session and the note language."""
    return repr((state.note, state.session.model_dump(mode="json"), str(state.note_language)))


def save_if_changed(repo: NoteRepository, note_id: str | None, state: DraftState,
                    **kwargs: Any) -> str | None:
    """Save the draft when anything changed (create the note on the first real input)."""
    dumped = state.model_dump(mode="json")
    if note_id is None:
        if not state.jottings.strip():
            return None
        note_id = repo.create_note(state, **kwargs)
        st.session_state[NOTE_KEY] = note_id
        st.session_state[LOADED_KEY] = note_id
        st.query_params["note"] = note_id
    elif st.session_state.get(SAVED_KEY) != dumped or kwargs.get("placeholder_map"):
        repo.save_draft(note_id, state, placeholder_map=kwargs.get("placeholder_map"))
    st.session_state[SAVED_KEY] = dumped
    return note_id


def today() -> dt.date:
    """Today's date (a seam for tests)."""
    return dt.date.today()
