"""One-click suggestions land in the right section; marked text never injects HTML."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.formats import render_note
from assistant.models import DapNote, Finding, SessionMeta, SmartGoal, SoapNote
from ui.components.highlight import Mark, highlight_html
from ui.editing import apply_finding

SESSION = SessionMeta(date=dt.date(2026, 11, 20), client_ref="K.T.")


def _finding_for(text: str, target: str, suggestion: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(target, start + 1)
    return Finding(rule="objectivity.judgemental-term", criterion="objectivity",
                   severity="error", start=start, end=start + len(target),
                   message="m", suggestion=suggestion, replacement=True)


@pytest.mark.parametrize("locale", ["en", "th"])
def test_suggestion_replaces_exactly_the_flagged_words_in_their_section(locale):
    note = SoapNote(subjective="Client said she was lazy.", objective="Client was lazy today.",
                    assessment="ผู้รับบริการขี้เกียจ", plan="Review.")
    text = render_note(note, SESSION, locale)
    # the second "lazy" is in Objective, not Subjective
    changed = apply_finding(note, SESSION, locale, _finding_for(text, "lazy", "tired", nth=1))
    assert changed.objective == "Client was tired today."
    assert changed.subjective == "Client said she was lazy."
    changed = apply_finding(note, SESSION, locale,
                            _finding_for(text, "ขี้เกียจ", "ไม่ได้ทำการบ้าน"))
    assert changed.assessment == "ผู้รับบริการไม่ได้ทำการบ้าน"


def test_suggestion_in_a_goal_is_applied_to_that_goal():
    note = DapNote(data="d", assessment="a", plan="p",
                   goals=[SmartGoal(statement="Improve sleep soon")])
    text = render_note(note, SESSION, "en")
    changed = apply_finding(note, SESSION, "en",
                            _finding_for(text, "soon", "within 4 weeks"))
    assert changed.goals[0].statement == "Improve sleep within 4 weeks"


def test_advice_only_findings_are_not_applied():
    note = SoapNote(subjective="x")
    text = render_note(note, SESSION, "en")
    finding = _finding_for(text, "x", "y").model_copy(update={"replacement": False})
    assert apply_finding(note, SESSION, "en", finding) is None


def test_span_in_the_header_cannot_be_applied():
    note = SoapNote(subjective="x")
    text = render_note(note, SESSION, "en")
    assert apply_finding(note, SESSION, "en", _finding_for(text, "K.T.", "client")) is None


def test_marked_text_escapes_html_and_keeps_line_breaks():
    html = highlight_html("<script>x</script>\nname", [Mark(19, 23, "redact", tag="[PERSON_1]")])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<br>" in html and "\n" not in html
    assert "<mark" in html and "[PERSON_1]" in html
