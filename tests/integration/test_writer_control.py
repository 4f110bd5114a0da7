"""The writer stays in control: what they release is sent; what they add is hidden.

A release is the writer's decision that a flagged word is not identifying (a programme named after
a person, a clinical eponym). The leak guard must honour that decision rather than block the
request, and must still block everything the writer did not release.
"""

from __future__ import annotations

import json

import pytest
from fakes.openai_server import FakeOpenAIServer, Reply, fake_llm  # noqa: F401

from assistant.models import Jottings
from assistant.pipeline import Services
from assistant.settings import Settings

JOTTINGS = (
    "Met with client Daniel Whitcombe today. He reports sleeping 5 hours a night. "
    "Mother Ruth Whitcombe called on 081-234-5678. Plan: follow up next week."
)
ANSWER = {
    "subjective": "Client reports sleeping 5 hours a night.",
    "objective": "Client attended.",
    "assessment": "Sleep remains short.",
    "plan": "Follow up next week.",
    "goals": [],
    "interventions": [],
    "next_session": None,
}


@pytest.fixture
def services(fake_llm: FakeOpenAIServer):  # noqa: F811
    from assistant.redact import get_analyzer

    svc = Services.from_settings(
        Settings(llm_model="m", llm_base_url=fake_llm.base_url, llm_api_key="k",
                 llm_max_retries=0, llm_timeout_s=5)
    )  # fmt: skip
    svc._analyzer = get_analyzer()
    return svc


def _sent(fake: FakeOpenAIServer) -> str:
    return "\n".join(json.dumps(r["json"], ensure_ascii=False) for r in fake.requests)


def test_a_released_value_is_sent_and_nothing_else_leaks(services, fake_llm):  # noqa: F811
    redaction = services.preview_redaction(JOTTINGS, release=["Ruth Whitcombe"])
    assert "Ruth Whitcombe" in redaction.released
    fake_llm.enqueue(Reply.json(ANSWER))

    outcome = services.draft(Jottings(text=JOTTINGS), redaction=redaction, no_fallback=True)

    sent = _sent(fake_llm)
    assert not outcome.offline
    assert "Ruth Whitcombe" in sent  # the writer's decision is honoured…
    assert "Daniel" not in sent and "081-234-5678" not in sent  # …and nothing else gets out


def test_a_value_the_writer_adds_is_never_sent(services, fake_llm):  # noqa: F811
    text = JOTTINGS + " Attends the Larkspur Youth Club on Fridays."
    redaction = services.preview_redaction(text, add=["Larkspur Youth Club"])
    fake_llm.enqueue(Reply.json(ANSWER))

    services.draft(Jottings(text=text), redaction=redaction, no_fallback=True)

    assert "Larkspur" not in _sent(fake_llm)


def test_session_details_derived_from_the_jottings_are_not_flagged_as_invented():
    """A bug seen on Thai jottings: the duration computed from "10.30-11.20 น." (50 นาที) was
    flagged "not in your jottings" when identifiers were restored as initials."""
    svc = Services.from_settings(Settings(llm_model=None))
    text = "งานแนะแนว 8 ส.ค. 2568 (10.30-11.20 น.) นายสมชาย ใจดี เล่าว่านอนไม่หลับ 3 คืน นัด 15 ส.ค. 68"
    outcome = svc.draft(Jottings(text=text))
    assert "50" in outcome.text
    flagged = [outcome.text[f.start : f.end] for f in outcome.report.findings
               if f.rule == "grounding.not-in-jottings"]  # fmt: skip
    assert "50" not in flagged
