"""The goals table: each goal with its SMART letters met (✓) or missing (✗)."""

from __future__ import annotations

import streamlit as st

from assistant.models import SmartGoal
from ui.i18n import t


def goals_rows(goals: list[SmartGoal], lang: str) -> list[dict[str, str]]:
    """One row per goal: the statement, then S M A R T as ✓/✗."""
    rows = []
    for goal in goals:
        row = {t("goals.statement", lang): goal.statement}
        for letter, met in goal.smart_letters().items():
            row[letter] = "✓" if met else "✗"
        rows.append(row)
    return rows


def show_goals(goals: list[SmartGoal], lang: str) -> None:
    """Render the goals table, or say there are none."""
    st.markdown(f"**{t('goals.title', lang)}**")
    if not goals:
        st.caption(t("goals.none", lang))
        return
    st.table(goals_rows(goals, lang))
    st.caption(t("goals.legend", lang))
