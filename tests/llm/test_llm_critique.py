"""Model critique: items come back typed, their quotes become spans, rule duplicates go."""

from __future__ import annotations

import pytest
from fakes.openai_server import Reply

from assistant.criteria import Criterion
from assistant.errors import ModelOutputInvalid
from assistant.llm import CritiqueItem, critique_with_model, locate_quotes, merge_findings
from assistant.models import Finding, Language, Severity

from .helpers import redacted

NOTE_EN = (
    "Subjective:\n[PERSON_1] reports she cannot sleep.\n\n"
    "Objective:\nClient was   lazy and non-compliant with homework.\n\n"
    "Assessment:\nSeems fine.\n\nPlan:\nSee next time.\n"
)
NOTE_TH = "S (Subjective):\nผู้รับบริการเล่าว่านอนไม่หลับ\n\nO (Objective):\nผู้รับบริการดื้อ ไม่ให้ความร่วมมือ\n"


def item(quote, criterion=Criterion.TONE, severity=Severity.WARNING, **kw) -> CritiqueItem:
    return CritiqueItem(
        quote=quote, criterion=criterion, severity=severity,
        message=kw.get("message", "Judgemental wording."), suggestion=kw.get("suggestion"),
    )  # fmt: skip


def finding(start, end, criterion=Criterion.TONE, source="rules") -> Finding:
    return Finding(
        rule="tone.judgemental-term", criterion=criterion, severity=Severity.WARNING,
        start=start, end=end, message="m", source=source,
    )  # fmt: skip


def test_critique_returns_typed_items(fake_llm, client):
    answer = {
        "items": [
            {"quote": "lazy and non-compliant", "criterion": "tone", "severity": "warning",
             "message": "Judgemental label.", "suggestion": "did not complete the homework"},
            {"quote": None, "criterion": "goals", "severity": "info",
             "message": "No measurable goal.", "suggestion": None},
        ]
    }  # fmt: skip
    fake_llm.enqueue(Reply.json(answer))

    items = critique_with_model(redacted(NOTE_EN), client=client, language=Language.EN)

    assert [i.criterion for i in items] == [Criterion.TONE, Criterion.GOALS]
    body = fake_llm.chat_requests[0]
    assert body["response_format"]["json_schema"]["schema"]["properties"]["items"]
    user = body["messages"][1]["content"]
    assert "<note>" in user and "lazy and non-compliant" in user
    criterion_enum = str(body["response_format"]["json_schema"]["schema"])
    for c in Criterion:
        assert c.value in criterion_enum


def test_an_unknown_criterion_is_asked_again_then_fails(fake_llm, client):
    bad = {"items": [{"quote": None, "criterion": "vibes", "severity": "warning",
                      "message": "x", "suggestion": None}]}  # fmt: skip
    fake_llm.enqueue(Reply.json(bad), Reply.json(bad))

    with pytest.raises(ModelOutputInvalid):
        critique_with_model(redacted(NOTE_EN), client=client, language=Language.EN)


def test_critique_in_thai_asks_for_thai_messages(fake_llm, client):
    fake_llm.enqueue(Reply.json({"items": []}))

    assert (
        critique_with_model(redacted(NOTE_TH, Language.TH), client=client, language=Language.TH)
        == []
    )
    assert "ภาษาไทย" in fake_llm.chat_requests[0]["messages"][0]["content"]


# --------------------------------------------------------------------------- locate_quotes


def test_an_exact_quote_gets_its_span():
    (f,) = locate_quotes([item("Seems fine.")], NOTE_EN)
    assert NOTE_EN[f.start : f.end] == "Seems fine."
    assert f.source == "model"
    assert f.rule == "model.tone"


def test_a_quote_with_other_spacing_and_case_is_found():
    (f,) = locate_quotes([item("client was lazy AND non-compliant")], NOTE_EN)
    assert NOTE_EN[f.start : f.end] == "Client was   lazy and non-compliant"


def test_curly_quotes_match_straight_ones():
    text = 'Client said "I give up" twice.'
    (f,) = locate_quotes([item("said “I give up”")], text)
    assert text[f.start : f.end] == 'said "I give up'


def test_a_thai_quote_is_found():
    (f,) = locate_quotes([item("ดื้อ ไม่ให้ความร่วมมือ")], NOTE_TH)
    assert NOTE_TH[f.start : f.end] == "ดื้อ ไม่ให้ความร่วมมือ"


def test_a_thai_quote_that_dropped_a_space_is_found():
    (f,) = locate_quotes([item("ดื้อไม่ให้ความร่วมมือ")], NOTE_TH)
    assert NOTE_TH[f.start : f.end] == "ดื้อ ไม่ให้ความร่วมมือ"


def test_a_misquoted_item_is_dropped_and_an_absence_has_no_span():
    found = locate_quotes([item("words the note never had"), item(None, Criterion.GOALS)], NOTE_EN)
    assert len(found) == 1
    assert found[0].criterion == Criterion.GOALS
    assert found[0].start is None and found[0].end is None


def test_a_suggestion_on_a_located_quote_is_a_replacement():
    (f,) = locate_quotes([item("Seems fine.", suggestion="Mood not assessed.")], NOTE_EN)
    assert f.replacement is True and f.suggestion == "Mood not assessed."


# --------------------------------------------------------------------------- merge_findings


def test_a_model_finding_overlapping_a_rule_finding_of_the_same_criterion_is_dropped():
    rules = [finding(10, 20)]
    model = [finding(15, 25, source="model")]
    assert merge_findings(rules, model) == rules


def test_a_model_finding_of_another_criterion_is_kept():
    rules = [finding(10, 20)]
    model = [finding(15, 25, Criterion.OBJECTIVITY, source="model")]
    assert len(merge_findings(rules, model)) == 2


def test_a_model_finding_elsewhere_is_kept_and_results_are_in_text_order():
    rules = [finding(50, 60)]
    model = [finding(0, 5, source="model"), finding(None, None, Criterion.GOALS, source="model")]
    merged = merge_findings(rules, model)
    assert [f.start for f in merged] == [0, 50, None]


def test_two_absences_of_the_same_criterion_are_one_finding():
    rules = [finding(None, None, Criterion.GOALS)]
    model = [finding(None, None, Criterion.GOALS, source="model")]
    assert merge_findings(rules, model) == rules


def test_touching_but_not_overlapping_spans_are_both_kept():
    rules = [finding(10, 20)]
    model = [finding(20, 30, source="model")]
    assert len(merge_findings(rules, model)) == 2
