"""The section parser understands every common heading style, EN and TH, and the drafter's layout."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.formats import render_note
from assistant.models import Intervention, SessionMeta, SmartGoal, SoapNote
from assistant.text.sections import parse_sections, section_at

SOAP = ["subjective", "objective", "assessment", "plan"]


@pytest.mark.parametrize(
    "text",
    [
        "S: a\nO: b\nA: c\nP: d",
        "Subjective:\na\n\nObjective:\nb\n\nAssessment:\nc\n\nPlan:\nd",
        "S (Subjective): a\nO (Objective): b\nA (Assessment): c\nP (Plan): d",
        "S — Subjective\na\nO — Objective\nb\nA — Assessment\nc\nP — Plan\nd",
        "## Subjective\na\n## Objective\nb\n## Assessment\nc\n## Plan\nd",
        "**S:** a\n**O:** b\n**A:** c\n**P:** d",
        "ข้อมูลจากผู้รับบริการ (S): ก\nข้อมูลจากการสังเกต (O): ข\nการประเมิน (A): ค\nแผน (P): ง",
        "ข้อมูลจากผู้รับบริการ:\nก\nข้อมูลจากการสังเกต:\nข\nการประเมินผล:\nค\nแผนการดูแล:\nง",
        "**ข้อมูลจากผู้รับบริการ**\nก\n**สิ่งที่สังเกตพบ**\nข\n**การประเมิน**\nค\n**แผน**\nง",
        "สิ่งที่ผู้รับบริการเล่า:\nก\nผลการสังเกต:\nข\nความเห็นของผู้ให้บริการ:\nค\nแผนการดำเนินงาน:\nง",
        "Client report:\na\nObservations:\nb\nImpression:\nc\nNext steps:\nd",
    ],
)
def test_heading_styles(text):
    parsed = parse_sections(text)
    assert parsed.names() == SOAP
    assert parsed.format == "soap"
    assert [parsed.body(n).strip() for n in SOAP] in (["a", "b", "c", "d"], ["ก", "ข", "ค", "ง"])


def test_header_block_and_section_lookup():
    text = "Progress note\nDate: 03/02/2026\n\nS: said hi\nP: next week"
    parsed = parse_sections(text)
    assert text[parsed.header.start : parsed.header.end] == "Progress note\nDate: 03/02/2026"
    assert section_at(parsed, text.index("said")) == "subjective"
    assert section_at(parsed, text.index("Date")) is None
    assert section_at(parsed, text.index("next")) == "plan"


def test_words_that_merely_start_like_headings_are_body_text():
    text = "S: Planning is hard.\nA: Assessment completed today.\nData show progress.\nP: Response: agreed."
    assert parse_sections(text).names() == ["subjective", "assessment", "plan"]


def test_dap_and_birp_are_recognised():
    assert parse_sections("Data: x\nAssessment: y\nPlan: z").names() == [
        "data",
        "assessment",
        "plan",
    ]
    assert parse_sections("B: x\nI: y\nR: z\nP: w").format == "birp"


@pytest.mark.parametrize("locale", ["en", "th"])
def test_the_drafters_rendered_note_parses_back(locale):
    note = SoapNote(
        subjective="Client said she sleeps 4 hours.",
        objective="Tearful twice.",
        assessment="Low mood.",
        plan="Homework: sleep diary.",
        interventions=[
            Intervention(
                name="Sleep hygiene", detail="reviewed routine", client_response="agreed to 23:00"
            )
        ],
        goals=[SmartGoal(statement="Sleep 6 hours on 5 of 7 nights by 2026-04-01")],
        next_session="2026-03-09 10:00",
    )
    session = SessionMeta(
        date=dt.date(2026, 3, 2), start_time=dt.time(10), written_at=dt.datetime(2026, 3, 2, 12)
    )
    text = render_note(note, session, locale)
    parsed = parse_sections(text)
    assert parsed.names() == SOAP
    plan = parsed.body("plan")
    assert "Sleep hygiene" in plan and "Sleep 6 hours" in plan
