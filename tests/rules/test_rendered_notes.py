"""A complete draft, as the drafter renders it, passes the checker without warnings in every
format and both locales — and a rendered draft missing its plan parts is flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.check import check_text
from assistant.formats import render_note
from assistant.models import (
    BirpNote,
    DapNote,
    Intervention,
    SessionMeta,
    Severity,
    SmartGoal,
    SoapNote,
)

from .conftest import NOW

SESSION = SessionMeta(
    date=dt.date(2026, 3, 2),
    start_time=dt.time(10),
    duration_minutes=45,
    client_ref="A.B.",
    written_at=dt.datetime(2026, 3, 2, 12),
)
EXTRAS = {
    "interventions": [
        Intervention(
            name="Sleep hygiene education",
            detail="reviewed an evening routine",
            client_response="chose 23:00 as lights-out",
        )
    ],
    "goals": [
        SmartGoal(
            statement="Sleep at least 6 hours on 5 of 7 nights by 2026-04-01, per sleep diary"
        )
    ],
    "next_session": "2026-03-09 10:00",
}
NOTES = {
    "soap": SoapNote(
        subjective='Client said, "I only sleep 4 hours since the move." She reports worry about rent.',
        objective="Tearful twice when discussing rent. GAD-7 = 12 (15 on 2026-02-16).",
        assessment="Anxiety is easing; rent arrears remain the main stressor.",
        plan="Homework: sleep diary each night.",
        **EXTRAS,
    ),
    "dap": DapNote(
        data='Client said, "I only sleep 4 hours." Tearful twice; GAD-7 = 12.',
        assessment="Anxiety is easing; rent arrears remain the main stressor.",
        plan="Homework: sleep diary each night.",
        **EXTRAS,
    ),
    "birp": BirpNote(
        behavior='Client said, "I only sleep 4 hours." Tearful twice; GAD-7 = 12.',
        intervention="Taught paced breathing.",
        response="Client practised 3 rounds and rated anxiety 7/10 before and 4/10 after.",
        plan="Homework: sleep diary each night.",
        **EXTRAS,
    ),
}


@pytest.mark.parametrize("locale", ["en", "th"])
@pytest.mark.parametrize("fmt", list(NOTES))
def test_a_complete_rendered_draft_has_no_warnings(fmt, locale):
    text = render_note(NOTES[fmt], SESSION, locale)
    report = check_text(text, now=NOW)
    serious = [f.rule for f in report.findings if f.severity != Severity.INFO]
    assert serious == []


def test_a_rendered_draft_without_goals_or_next_session_is_flagged():
    bare = NOTES["soap"].model_copy(update={"goals": [], "next_session": None, "interventions": []})
    report = check_text(render_note(bare, SESSION, "en"), now=NOW)
    rules = {f.rule for f in report.findings}
    assert {"goals.missing-goal", "interventions.missing-next-step"} <= rules
