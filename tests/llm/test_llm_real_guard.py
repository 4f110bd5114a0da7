"""The real LeakGuard in front of the model client: it blocks leaks and passes our own prompts."""

from __future__ import annotations

import pytest
from fakes.openai_server import Reply

from assistant.errors import LeakBlocked
from assistant.formats import FORMATS
from assistant.llm import ModelClient, draft_with_model
from assistant.llm.critique import CritiqueAnswer, critique_messages
from assistant.llm.draft import draft_messages
from assistant.llm.structured import _reask, schema_hint, wire_schema
from assistant.models import Language, NoteFormat, SessionMeta

from .helpers import EN_JOTTINGS, SOAP_ANSWER, TH_JOTTINGS, redacted


@pytest.fixture(scope="session")
def real_guard():
    guard_module = pytest.importorskip("assistant.redact.guard")
    from assistant.redact import get_analyzer

    return guard_module.LeakGuard(get_analyzer())


def test_a_raw_email_and_phone_are_blocked_and_nothing_is_sent(fake_llm, make_settings, real_guard):
    client = ModelClient(make_settings(), real_guard)
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))

    with pytest.raises(LeakBlocked) as err:
        draft_with_model(
            redacted(EN_JOTTINGS + " Mum: jane.doe@example.com, +66 81 234 5678."),
            client=client, fmt=NoteFormat.SOAP, language=Language.EN,
        )  # fmt: skip

    assert fake_llm.requests == []
    assert "jane" not in str(err.value)


@pytest.mark.parametrize("fmt", list(NoteFormat))
@pytest.mark.parametrize("language", [Language.EN, Language.TH])
def test_our_own_instructions_never_trip_the_guard(real_guard, fmt, language):
    messages, _, _ = draft_messages(
        redacted(""), fmt, language, SessionMeta(duration_minutes=40, session_type="individual")
    )
    critique, _, _ = critique_messages(redacted(""), language)
    fixed = [
        messages[0]["content"],
        critique[0]["content"],
        schema_hint(wire_schema(FORMATS[fmt])),
        schema_hint(wire_schema(CritiqueAnswer)),
        _reask("Your answer was empty."),
    ]
    assert real_guard.scan(*fixed) == []


@pytest.mark.parametrize(
    ("text", "language"), [(EN_JOTTINGS, Language.EN), (TH_JOTTINGS, Language.TH)]
)
def test_redacted_jottings_pass_the_real_guard_and_are_sent(
    fake_llm, make_settings, real_guard, text, language
):
    client = ModelClient(make_settings(), real_guard)
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))

    # (the note is asked for in English so the scripted English answer is accepted)
    draft = draft_with_model(redacted(text, language), client=client, fmt=NoteFormat.SOAP,
                             language=Language.EN)  # fmt: skip

    assert draft.attempts == 1
    assert len(fake_llm.chat_requests) == 1
