"""Goals and interventions as editable rows (pure, no Streamlit).

``st.data_editor`` reports what the writer changed as a delta against the rows it was given
(``edited_rows``, ``added_rows``, ``deleted_rows``). The draft page folds that delta into its
own copy of the rows on every run (:func:`apply_editor_delta`), turns the rows back into the
note's models and re-checks — so a goal's SMART letters and the findings follow each edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assistant.models import Intervention, SmartGoal

GOAL_FIELDS: tuple[str, ...] = (
    "statement", "specific", "measurable", "achievable", "relevant", "time_bound",
)
INTERVENTION_FIELDS: tuple[str, ...] = ("name", "detail", "client_response")
LETTERS: tuple[str, ...] = ("S", "M", "A", "R", "T")

Row = dict[str, str]


def _clean(value: Any) -> str:
    """A cell as text: None, NaN and pandas' missing values become empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN from a freshly added row
        return ""
    text = str(value)
    return "" if text in ("nan", "None", "<NA>") else text


def goal_rows(goals: Sequence[SmartGoal]) -> list[Row]:
    """One row per goal with every SMART field as text."""
    return [{f: _clean(getattr(g, f)) for f in GOAL_FIELDS} for g in goals]


def intervention_rows(items: Sequence[Intervention]) -> list[Row]:
    """One row per intervention: name, detail, client response."""
    return [{f: _clean(getattr(i, f)) for f in INTERVENTION_FIELDS} for i in items]


def apply_editor_delta(rows: Sequence[Mapping[str, Any]], delta: Mapping[str, Any] | None,
                       fields: Sequence[str]) -> list[Row]:
    """``rows`` after a data-editor delta: cell edits, then deletions, then added rows.

    Row numbers in ``edited_rows``/``deleted_rows`` refer to ``rows`` as given (that is how the
    editor reports them); unknown columns (such as the read-only SMART letters) are ignored.
    """
    out: list[Row] = [{f: _clean(r.get(f)) for f in fields} for r in rows]
    if not delta:
        return out
    for index, changes in (delta.get("edited_rows") or {}).items():
        i = int(index)
        if 0 <= i < len(out) and isinstance(changes, Mapping):
            out[i].update({k: _clean(v) for k, v in changes.items() if k in fields})
    deleted = {int(i) for i in (delta.get("deleted_rows") or [])}
    out = [row for i, row in enumerate(out) if i not in deleted]
    for added in delta.get("added_rows") or []:
        if isinstance(added, Mapping):
            out.append({f: _clean(added.get(f)) for f in fields})
    return out


def _blank(row: Mapping[str, str]) -> bool:
    return not any((v or "").strip() for v in row.values())


def rows_to_goals(rows: Sequence[Mapping[str, str]]) -> list[SmartGoal]:
    """The goals a table holds (blank rows dropped, empty SMART fields as missing)."""
    return [
        SmartGoal(statement=(row.get("statement") or "").strip(),
                  **{f: (row.get(f) or "").strip() or None for f in GOAL_FIELDS[1:]})
        for row in rows if not _blank(row)
    ]


def rows_to_interventions(rows: Sequence[Mapping[str, str]]) -> list[Intervention]:
    """The interventions a table holds (blank rows dropped)."""
    return [
        Intervention(name=(row.get("name") or "").strip(),
                     detail=(row.get("detail") or "").strip() or None,
                     client_response=(row.get("client_response") or "").strip() or None)
        for row in rows if not _blank(row)
    ]


def letters_of(row: Mapping[str, str]) -> dict[str, bool]:
    """Which SMART letters a goal row meets (same rule as ``SmartGoal.smart_letters``)."""
    goal = SmartGoal(statement=row.get("statement") or "",
                     **{f: row.get(f) or None for f in GOAL_FIELDS[1:]})
    return goal.smart_letters()


def missing_letters(row: Mapping[str, str]) -> list[str]:
    """The SMART letters a goal row still lacks, in S M A R T order."""
    return [letter for letter, met in letters_of(row).items() if not met]
