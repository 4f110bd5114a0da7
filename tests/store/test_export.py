"""Exports keep the approved text: plain for the EHR, Markdown and DOCX with real headings."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document

from assistant.export import Addendum, heading_level, to_docx, to_markdown, to_plain_text
from assistant.formats import render_note
from assistant.models import BirpNote, SessionMeta, SmartGoal, SoapNote

SESSION = SessionMeta(date=dt.date(2026, 11, 28), start_time=dt.time(9, 30), client_ref="N.P.")


def _soap(locale: str) -> str:
    if locale == "th":
        note = SoapNote(subjective="ผู้รับบริการเล่าว่านอนไม่หลับ", objective="PHQ-9 = 14",
                        assessment="อาการซึมเศร้าระดับปานกลาง", plan="นัดติดตาม 1 สัปดาห์",
                        goals=[SmartGoal(statement="นอนหลับ 6 ชม. 5 คืน/สัปดาห์ ภายใน 4 สัปดาห์")])
    else:
        note = SoapNote(subjective="Client reports *poor* sleep.", objective="PHQ-9 = 14",
                        assessment="Moderate symptoms.", plan="Review in 1 week.",
                        goals=[SmartGoal(statement="Sleep 6 h on 5 nights a week by 4 weeks")])
    return render_note(note, SESSION, locale)


@pytest.mark.parametrize("locale", ["en", "th"])
def test_plain_text_keeps_headings_and_has_no_markup(locale):
    text = _soap(locale)
    plain = to_plain_text(text)
    assert plain.strip() == text.strip()
    assert "##" not in plain and "**" not in plain


def test_plain_text_appends_addenda_after_the_note():
    plain = to_plain_text(_soap("en"), [Addendum(heading="Addendum 2026-11-30 (A.B.)",
                                                 text="PHQ-9 was 15.")])
    assert plain.index("Plan:") < plain.index("Addendum 2026-11-30") < plain.index("PHQ-9 was 15")


@pytest.mark.parametrize("locale", ["en", "th"])
def test_markdown_turns_section_headings_into_headings(locale):
    md = to_markdown(_soap(locale), title="Progress note")
    heading = "S (Subjective)" if locale == "th" else "Subjective"
    assert f"## {heading}" in md
    assert md.startswith("# Progress note")


def test_markdown_escapes_the_writers_text():
    md = to_markdown(_soap("en"))
    assert r"\*poor\*" in md


def test_birp_headings_are_recognised():
    text = render_note(BirpNote(behavior="x", intervention="y", response="z", plan="p"))
    assert [heading_level(line) for line in text.splitlines() if line.endswith(":")] == [2] * 4
    assert heading_level("Client said: yes") == 0


@pytest.mark.parametrize("locale", ["en", "th"])
def test_docx_has_the_note_with_headings(locale):
    data = to_docx(_soap(locale), title="Note",
                   addenda=[Addendum(heading="Addendum", text="เพิ่มเติม")])
    doc = Document(io.BytesIO(data))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    body = "\n".join(p.text for p in doc.paragraphs)
    assert ("S (Subjective)" if locale == "th" else "Subjective") in headings
    assert "PHQ-9 = 14" in body and "เพิ่มเติม" in body
