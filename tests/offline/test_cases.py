"""Statements land where a reader expects them, on our own EN, TH and mixed synthetic cases.

Each case in ``cases/*.yaml`` says, in its own words, which phrases belong in which SOAP section,
which intervention was paired with which client response, what the goal and the next session are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.formats import render_note
from assistant.models import NoteFormat, SoapNote
from assistant.offline import WRITER_PROMPT_PATTERN, draft_offline, session_from_jottings

from .conftest import load_cases

CASES = load_cases()
IDS = [c["id"] for c in CASES]


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def test_when_counting_cases_then_at_least_ten_per_language():
    english = [c for c in CASES if c["language"] == "en"]
    thai = [c for c in CASES if c["language"] in {"th", "mixed"}]
    assert len(english) >= 10 and len(thai) >= 10


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_when_drafting_soap_then_each_expected_phrase_is_in_its_section(case):
    note = draft_offline(case["text"], fmt=NoteFormat.SOAP)
    assert isinstance(note, SoapNote)
    expect = case["expect"]
    for section in ("subjective", "objective", "assessment", "plan"):
        body = _flat(getattr(note, section))
        for phrase in expect.get(section, []):
            assert _flat(phrase) in body, f"{phrase!r} not in {section}: {body!r}"


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["expect"].get("interventions")], ids=lambda c: c["id"]
)
def test_when_an_intervention_is_followed_by_an_answer_then_they_are_paired(case):
    note = draft_offline(case["text"])
    for wanted in case["expect"]["interventions"]:
        matches = [
            iv
            for iv in note.interventions
            if _flat(wanted["name"]) in _flat(iv.name + " " + (iv.detail or ""))
        ]
        assert matches, f"no intervention named {wanted['name']!r}: {note.interventions}"
        responses = " ".join(_flat(iv.client_response or "") for iv in matches)
        assert _flat(wanted["response"]) in responses, f"{wanted['response']!r} not paired"


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["expect"].get("goals")], ids=lambda c: c["id"]
)
def test_when_the_writer_states_a_goal_then_only_its_stated_smart_parts_are_filled(case):
    note = draft_offline(case["text"])
    for wanted in case["expect"]["goals"]:
        goal = next(
            (g for g in note.goals if _flat(wanted["statement"]) in _flat(g.statement)), None
        )
        assert goal is not None, f"goal {wanted['statement']!r} missing: {note.goals}"
        letters = goal.smart_letters()
        if "measurable" in wanted:
            assert letters["M"] is wanted["measurable"]
        if "time_bound" in wanted:
            assert letters["T"] is wanted["time_bound"]
        for part in (goal.measurable, goal.time_bound):
            if part:  # what a SMART part says is the writer's own text
                assert _flat(part) in _flat(case["text"]) or part in case["text"]


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["expect"].get("next_session")], ids=lambda c: c["id"]
)
def test_when_a_follow_up_is_written_then_it_becomes_the_next_session(case):
    note = draft_offline(case["text"])
    assert note.next_session is not None
    assert _flat(case["expect"]["next_session"]) in _flat(note.next_session)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["expect"].get("session")], ids=lambda c: c["id"]
)
def test_when_the_first_line_dates_the_session_then_session_meta_has_it(case):
    meta = session_from_jottings(case["text"], today=dt.date(2026, 6, 1))
    wanted = case["expect"]["session"]
    if "date" in wanted:
        assert meta.date == wanted["date"]
    if "start_time" in wanted:
        assert meta.start_time == dt.time.fromisoformat(wanted["start_time"])
    if "duration" in wanted:
        assert meta.duration_minutes == wanted["duration"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_when_rendering_then_headings_and_prompts_are_in_the_jottings_language(case):
    note = draft_offline(case["text"])
    locale = "en" if case["language"] == "en" else "th"
    rendered = render_note(note, None, locale)
    prompts = WRITER_PROMPT_PATTERN.findall(rendered)
    prefix = "[Add:" if locale == "en" else "[เพิ่ม:"
    assert all(p.startswith(prefix) for p in prompts)
