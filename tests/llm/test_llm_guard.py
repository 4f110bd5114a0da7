"""Nothing identifying leaves the machine: the guard runs before any byte is sent."""

from __future__ import annotations

import pytest
from fakes.openai_server import Reply

from assistant.errors import LeakBlocked
from assistant.llm import ModelClient, critique_with_model, draft_with_model
from assistant.models import Language, NoteFormat

from .helpers import EN_JOTTINGS, SOAP_ANSWER, redacted

RAW_PHONE = "call mum on 081-234-5678 after school"


def test_when_jottings_hold_a_raw_phone_number_then_nothing_is_sent(fake_llm, client):
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))

    with pytest.raises(LeakBlocked) as err:
        draft_with_model(
            redacted(EN_JOTTINGS + " " + RAW_PHONE), client=client, fmt=NoteFormat.SOAP,
            language=Language.EN,
        )  # fmt: skip

    assert fake_llm.requests == []
    assert "PHONE" in str(err.value)
    assert "081" not in str(err.value)


def test_when_a_note_for_critique_holds_a_raw_phone_number_then_nothing_is_sent(fake_llm, client):
    with pytest.raises(LeakBlocked):
        critique_with_model(redacted("Plan: " + RAW_PHONE), client=client, language=Language.EN)

    assert fake_llm.requests == []


def test_the_reask_is_guarded_too(fake_llm, client, guard):
    # The model echoes a raw phone number in a broken answer; the re-ask would send it back.
    fake_llm.enqueue(Reply.content('{"subjective": "ring 081-234-5678'), Reply.json(SOAP_ANSWER))

    with pytest.raises(LeakBlocked):
        draft_with_model(
            redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN
        )

    assert len(fake_llm.chat_requests) == 1


def test_with_a_permissive_guard_the_same_request_is_sent(fake_llm, make_settings):
    class AllowAll:
        def check(self, *texts: str) -> None:
            return None

    fake_llm.enqueue(Reply.json(SOAP_ANSWER))
    client = ModelClient(make_settings(), AllowAll())

    draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN
    )

    assert len(fake_llm.chat_requests) == 1
