"""The goals and interventions tables, editable in place, with each goal's SMART letters.

The editors only draw; the page applies their edits to the note on the next run
(``ui.state.read_grids``) and re-checks, so the ✓/✗ letters beside the editor and the findings
follow every edit. The letters are not editable: a letter is met by writing its field.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from assistant.models import SmartGoal
from ui.grids import GOAL_FIELDS, INTERVENTION_FIELDS, LETTERS, Row, goal_rows, letters_of
from ui.i18n import t


def goals_rows(goals: list[SmartGoal], lang: str) -> list[dict[str, str]]:
    """One row per goal: the statement, then S M A R T as ✓/✗."""
    return _letters_rows(goal_rows(goals), lang)


def show_goals_editor(rows: Sequence[Row], live: Sequence[Row], lang: str, *, key: str,
                      disabled: bool = False) -> None:
    """The editable goals table (statement and each SMART field), then the letters met/missing.

    ``rows`` are what the editor was given (kept fixed while the writer edits, so the grid keeps
    its state); ``live`` are the rows with the edits applied, from which the letters are shown.
    """
    st.markdown(f"**{t('goals.title', lang)}**")
    st.caption(t("goals.edit_help", lang))
    config = {f: st.column_config.TextColumn(t(f"goals.col_{f}", lang)) for f in GOAL_FIELDS}
    config["statement"] = st.column_config.TextColumn(t("goals.statement", lang), width="large")
    frame = pd.DataFrame([{f: r.get(f, "") for f in GOAL_FIELDS} for r in rows],
                         columns=list(GOAL_FIELDS), dtype="object")
    st.data_editor(frame, key=key, num_rows="dynamic", hide_index=True, column_config=config,
                   width="stretch", disabled=disabled)
    goals = [r for r in live if any((v or "").strip() for v in r.values())]
    if not goals:
        st.caption(t("goals.none", lang))
        return
    st.table(_letters_rows(goals, lang))
    for i, row in enumerate(goals, 1):
        missing = [letter for letter, met in letters_of(row).items() if not met]
        st.caption(t("goals.missing", lang, n=i, letters=" ".join(missing)) if missing
                   else t("goals.complete", lang, n=i))
    st.caption(t("goals.legend", lang))


def _letters_rows(rows: Sequence[Row], lang: str) -> list[dict[str, str]]:
    out = []
    for row in rows:
        letters = letters_of(row)
        out.append({t("goals.statement", lang): row.get("statement") or "—",
                    **{letter: "✓" if letters[letter] else "✗" for letter in LETTERS}})
    return out


def show_interventions_editor(rows: Sequence[Row], live: Sequence[Row], lang: str, *,
                              key: str, disabled: bool = False) -> None:
    """The editable interventions table: what was done and how the client responded."""
    st.markdown(f"**{t('interventions.title', lang)}**")
    config = {f: st.column_config.TextColumn(t(f"interventions.col_{f}", lang), width="medium")
              for f in INTERVENTION_FIELDS}
    frame = pd.DataFrame([{f: r.get(f, "") for f in INTERVENTION_FIELDS} for r in rows],
                         columns=list(INTERVENTION_FIELDS), dtype="object")
    st.data_editor(frame, key=key, num_rows="dynamic", hide_index=True, column_config=config,
                   width="stretch", disabled=disabled)
    if not any(any((v or "").strip() for v in r.values()) for r in live):
        st.caption(t("interventions.none", lang))
