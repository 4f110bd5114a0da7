"""The goals and interventions tables: edited in place, SMART letters and findings follow at once,
and the edits are saved with the draft (a reload brings them back)."""

from __future__ import annotations

import math

from ui.grids import apply_editor_delta, goal_rows, rows_to_goals, rows_to_interventions
from ui.i18n import t

JOTTINGS = "met with Somchai Jaidee today, phone 081-234-5678. Talked about sleep and work stress."


def _drafted(app, lang="en"):
    at = app(lang=lang)
    at.text_area(key="d_jottings").input(JOTTINGS).run()
    at.button(key="d_run").click().run()
    assert not at.exception
    return at


def _editor(at, kind: str):
    return next(d for d in at.data_editor if d.key.startswith(f"d_{kind}_ed_"))


def _edit(at, kind: str, *, edited=None, added=None, deleted=None):
    """What the browser sends after the writer changes the table (all edits so far, against the
    rows the editor was given), then the rerun it causes."""
    at.session_state[_editor(at, kind).key] = {
        "edited_rows": edited or {}, "added_rows": added or [], "deleted_rows": deleted or []}
    at.run()
    assert not at.exception
    return at


def _letters(at, row: int = 0) -> list[str]:
    table = at.table[0].value
    return [table[letter].iloc[row] for letter in "SMART"]


def _state(repo):
    return repo.get(repo.list_notes()[0].id).state


def _markdown(at) -> str:
    return " ".join(m.value for m in at.markdown)


def test_filling_smart_fields_turns_their_letters_on_at_once_and_saves(app, repo):
    at = _drafted(app)
    assert _letters(at) == ["✓", "✓", "✗", "✗", "✗"]
    assert t("goals.missing", "en", n=1, letters="A R T") in [c.value for c in at.caption]
    filled = {"achievable": "agreed with client", "relevant": "low mood", "time_bound": "by 15 Dec"}
    key = _editor(at, "goals").key
    _edit(at, "goals", edited={0: filled})
    assert _letters(at) == ["✓"] * 5
    assert t("goals.complete", "en", n=1) in [c.value for c in at.caption]
    assert _editor(at, "goals").key == key  # the grid stays the same while the writer edits
    goal = _state(repo).get_note().goals[0]
    assert (goal.achievable, goal.relevant, goal.time_bound) == (
        "agreed with client", "low mood", "by 15 Dec")
    # clearing a field turns its letter off again
    _edit(at, "goals", edited={0: {**filled, "specific": None}})
    assert _letters(at)[0] == "✗"
    assert t("goals.missing", "en", n=1, letters="S") in [c.value for c in at.caption]
    assert _state(repo).get_note().goals[0].specific is None


def test_goal_statement_edits_are_checked_again_at_once(app, repo):
    at = _drafted(app)
    assert "Goal has no measure." not in _markdown(at)
    _edit(at, "goals", added=[{"statement": "Sleep better"}])
    assert "Goal has no measure." in _markdown(at)  # the new goal is checked
    assert [g.statement for g in _state(repo).get_note().goals] == [
        "Walk 10 minutes daily", "Sleep better"]
    _edit(at, "goals", added=[{"statement": "Sleep 7 hours on 5 nights"}])
    assert "Goal has no measure." not in _markdown(at)
    _edit(at, "goals", added=[{"statement": "Sleep 7 hours on 5 nights"}], deleted=[0])
    assert [g.statement for g in _state(repo).get_note().goals] == ["Sleep 7 hours on 5 nights"]
    assert len(at.table[0].value) == 1


def test_interventions_are_edited_and_reach_the_note_text(app, repo):
    at = _drafted(app)
    assert t("interventions.none", "en") in [c.value for c in at.caption]
    row = {"name": "Thought record", "detail": "practised one example",
           "client_response": "engaged, completed it"}
    _edit(at, "iv", added=[row])
    state = _state(repo)
    item = state.get_note().interventions[0]
    assert (item.name, item.detail, item.client_response) == (
        "Thought record", "practised one example", "engaged, completed it")
    assert "Thought record" in state.text  # the text that is checked and approved
    _edit(at, "iv", added=[{**row, "client_response": "declined"}])
    assert _state(repo).get_note().interventions[0].client_response == "declined"


def test_table_edits_survive_a_reload(app, repo):
    at = _drafted(app)
    _edit(at, "goals", edited={0: {"time_bound": "within 2 weeks"}})
    again = app(note=repo.list_notes()[0].id)
    assert _editor(again, "goals").value["time_bound"][0] == "within 2 weeks"
    assert _letters(again)[4] == "✓"


def test_an_error_mid_run_never_undoes_table_edits(app, fake, repo):
    at = _drafted(app)
    _edit(at, "goals", edited={0: {"time_bound": "within 2 weeks"}})
    grid = _editor(at, "goals").key
    svc = fake()
    real = svc.check
    svc.check = lambda *a, **k: 1 / 0
    at.text_area(key="sec_plan").input("Plan.").run()  # the check fails: no tables drawn
    assert t("error.generic", "en") in [e.value for e in at.error]
    svc.check = real
    assert grid not in at.session_state  # Streamlit dropped the undrawn grid and its edits
    at.run()
    at.run()
    assert not at.error
    assert _letters(at)[4] == "✓"
    assert _state(repo).get_note().goals[0].time_bound == "within 2 weeks"


def test_thai_interface_explains_missing_letters_in_thai(app):
    at = _drafted(app, lang="th")
    captions = [c.value for c in at.caption]
    assert t("goals.missing", "th", n=1, letters="A R T") in captions
    assert t("interventions.none", "th") in captions


# ------------------------------------------------------------------ the pure folding


def test_delta_applies_edits_then_deletions_then_additions():
    rows = [{"statement": "a"}, {"statement": "b"}, {"statement": "c"}]
    out = apply_editor_delta(rows, {"edited_rows": {"2": {"statement": "C", "S": "✓"}},
                                    "deleted_rows": [0],
                                    "added_rows": [{"statement": "d", "specific": math.nan}]},
                             ("statement", "specific"))
    assert out == [{"statement": "b", "specific": ""}, {"statement": "C", "specific": ""},
                   {"statement": "d", "specific": ""}]


def test_blank_rows_are_not_goals_and_empty_fields_are_missing():
    goals = rows_to_goals([{"statement": " Walk daily ", "measurable": " "}, {"statement": ""}])
    assert len(goals) == 1 and goals[0].statement == "Walk daily"
    assert goals[0].measurable is None
    assert rows_to_goals(goal_rows(goals)) == goals
    assert rows_to_interventions([{"name": "", "detail": "", "client_response": ""}]) == []
