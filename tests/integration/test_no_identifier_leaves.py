"""The product's promise: no planted identifier ever reaches a model server.

The whole pipeline runs through the real ``openai`` client against a loopback server that records
every byte of every request; each corpus case's planted identifiers are then searched for in what
the server received. Drafting and review are both covered, as is the answer coming back
(placeholders restored locally, to initials by default).
"""

from __future__ import annotations

import json

import pytest
from fakes.openai_server import FakeOpenAIServer, Reply, fake_llm  # noqa: F401

from assistant.models import Jottings, RestoreMode
from assistant.pipeline import Services
from assistant.settings import Settings
from tests.conftest import CORPUS

JOTTINGS = sorted(CORPUS.glob("*/jottings/*.json"))
NOTES = sorted(CORPUS.glob("*/notes/*.json"))


@pytest.fixture(scope="module")
def analyzer():
    from assistant.redact import get_analyzer

    return get_analyzer()


@pytest.fixture
def services(fake_llm: FakeOpenAIServer, analyzer):  # noqa: F811
    settings = Settings(
        llm_model="fake-model",
        llm_base_url=fake_llm.base_url,
        llm_api_key="test-key",
        llm_timeout_s=5,
        llm_max_retries=0,
        llm_retry_backoff_s=0.01,
    )
    services = Services.from_settings(settings)
    services._analyzer = analyzer  # one warm engine for the module
    return services


def _received(fake: FakeOpenAIServer) -> str:
    return "\n".join(json.dumps(r["json"], ensure_ascii=False) for r in fake.requests)


_SECTIONS = {
    "en": ("Client reports the concerns described.", "Client attended the session.",
           "Concerns persist.", "Follow up as planned."),
    "th": ("ผู้รับบริการเล่าถึงความกังวลดังกล่าว", "ผู้รับบริการมาตามนัด",
           "ยังมีความกังวลอยู่", "ติดตามตามแผน"),
}  # fmt: skip


def _echo_placeholders_answer(redacted_text: str, language: str) -> dict:
    """A model answer, in the note's language, using every placeholder it was given."""
    import re

    placeholders = sorted(set(re.findall(r"\[[A-Z_]+_\d+\]", redacted_text)))
    s, o, a, p = _SECTIONS["th" if language != "en" else "en"]
    return {
        "subjective": s + " " + " ".join(placeholders),
        "objective": o,
        "assessment": a,
        "plan": p,
        "goals": [],
        "interventions": [],
        "next_session": None,
    }


@pytest.mark.parametrize("path", JOTTINGS, ids=lambda p: p.stem)
def test_drafting_sends_no_planted_identifier(path, services, fake_llm):  # noqa: F811
    case = json.loads(path.read_text(encoding="utf-8"))
    redaction = services.preview_redaction(case["text"])
    fake_llm.enqueue(Reply.json(_echo_placeholders_answer(redaction.redacted_text, case["language"])))

    outcome = services.draft(
        Jottings(text=case["text"]), redaction=redaction, restore_mode=RestoreMode.FULL
    )

    assert not outcome.offline, [n.message for n in outcome.notices]
    sent = _received(fake_llm)
    assert sent, "the model was asked"
    for identifier in case["identifiers"]:
        assert identifier["value"] not in sent, f"{identifier['type']} leaked in {path.stem}"
    # …and the identifiers come back locally, in full when the writer asks for it
    restored = outcome.note.subjective
    assert "[PERSON_" not in restored
    assert any(i["value"] in restored for i in case["identifiers"] if i["type"] == "PERSON")


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.stem)
def test_review_sends_no_identifier_found_in_the_note(path, services, fake_llm, analyzer):  # noqa: F811
    case = json.loads(path.read_text(encoding="utf-8"))
    found = [e.text for e in analyzer.analyze(case["text"]) if len(e.text) >= 3]
    fake_llm.enqueue(Reply.json({"items": []}))

    outcome = services.review(case["text"])

    sent = _received(fake_llm)
    assert outcome.critique_used, [n.message for n in outcome.notices]
    for value in found:
        assert value not in sent
