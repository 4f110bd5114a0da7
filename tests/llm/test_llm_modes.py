"""The structured-output ladder: step down on refusal, remember what worked per server."""

from __future__ import annotations

import pytest
from fakes.openai_server import Reply

from assistant.errors import ModelUnavailable
from assistant.llm import ModelClient, draft_with_model
from assistant.llm.structured import remembered_mode
from assistant.models import Language, NoteFormat

from .helpers import EN_JOTTINGS, SOAP_ANSWER, DigitsGuard, redacted


def _draft(client, **kw):
    return draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN, **kw
    )


def test_when_json_schema_is_rejected_then_json_object_is_used_and_remembered(fake_llm, client):
    fake_llm.reject_formats = {"json_schema"}
    fake_llm.enqueue(Reply.json(SOAP_ANSWER), Reply.json(SOAP_ANSWER))
    stages: list[str] = []

    first = _draft(client, progress=stages.append)

    assert first.mode == "json_object"
    bodies = fake_llm.chat_requests
    assert [b["response_format"]["type"] for b in bodies] == ["json_schema", "json_object"]
    assert "retrying: server refused json_schema mode, trying json_object" in stages
    # json_object carries no schema, so the schema goes into the instructions.
    # It joins the one system message: some chat templates refuse a second one.
    roles = [m["role"] for m in bodies[1]["messages"]]
    assert roles == ["system", "user"]
    system = bodies[1]["messages"][0]["content"]
    assert '"subjective"' in system and "JSON Schema" in system
    assert remembered_mode(client.base_url) == "json_object"

    second = _draft(client)  # the ladder is not climbed again for this server

    assert second.mode == "json_object"
    assert len(fake_llm.chat_requests) == 3
    assert fake_llm.chat_requests[2]["response_format"]["type"] == "json_object"


def test_when_both_json_modes_are_rejected_then_a_tool_call_is_used(fake_llm, client):
    fake_llm.reject_formats = {"json_schema", "json_object"}
    fake_llm.enqueue(Reply.tool_call(SOAP_ANSWER))

    draft = _draft(client)

    assert draft.mode == "tools"
    body = fake_llm.chat_requests[-1]
    assert "response_format" not in body
    assert body["tools"][0]["function"]["parameters"]["properties"]["subjective"]
    assert body["tool_choice"]["function"]["name"] == body["tools"][0]["function"]["name"]


def test_when_every_constrained_mode_is_rejected_then_plain_text_with_schema(fake_llm, client):
    fake_llm.reject_formats = {"json_schema", "json_object"}
    fake_llm.reject_tools = True
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))

    draft = _draft(client)

    assert draft.mode == "text"
    assert len(fake_llm.chat_requests) == 4


@pytest.mark.parametrize("mode", ["json_object", "tools"])
def test_a_fixed_mode_is_used_directly(fake_llm, make_settings, mode):
    reply = Reply.tool_call(SOAP_ANSWER) if mode == "tools" else Reply.json(SOAP_ANSWER)
    fake_llm.enqueue(reply)
    client = ModelClient(make_settings(llm_structured_mode=mode), DigitsGuard())

    draft = _draft(client)

    assert draft.mode == mode
    assert len(fake_llm.chat_requests) == 1


def test_when_a_fixed_mode_is_rejected_then_model_unavailable_says_what_to_change(
    fake_llm, make_settings
):
    fake_llm.reject_formats = {"json_schema"}
    client = ModelClient(make_settings(llm_structured_mode="json_schema"), DigitsGuard())

    with pytest.raises(ModelUnavailable, match="ASSISTANT_LLM_STRUCTURED_MODE"):
        _draft(client)

    assert len(fake_llm.chat_requests) == 1  # a 400 is not retried


def test_a_rejected_mode_is_not_counted_as_a_retry(fake_llm, make_settings):
    fake_llm.reject_formats = {"json_schema"}
    fake_llm.enqueue(Reply.status(503), Reply.json(SOAP_ANSWER))
    client = ModelClient(make_settings(llm_max_retries=1), DigitsGuard())

    draft = _draft(client)

    assert draft.mode == "json_object"
