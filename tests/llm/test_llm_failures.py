"""Every way a model server can fail ends in a validated draft or a typed, readable error."""

from __future__ import annotations

import json
import logging
import socket

import pytest
from fakes.openai_server import Reply

from assistant.errors import ModelOutputInvalid, ModelUnavailable
from assistant.llm import ModelClient, draft_with_model
from assistant.models import Language, NoteFormat

from .helpers import EN_JOTTINGS, SOAP_ANSWER, DigitsGuard, redacted

SECRET = "I lie awake until 2"  # client words that must never appear in an error message


def _draft(client, **kw):
    return draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN, **kw
    )


# --------------------------------------------------------------------------- transport


def test_when_nothing_listens_then_model_unavailable_after_the_configured_retries(make_settings):
    with socket.socket() as s:  # a port that was free a moment ago: connection refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = make_settings(llm_base_url=f"http://127.0.0.1:{port}/v1", llm_max_retries=2)
    stages: list[str] = []

    with pytest.raises(ModelUnavailable, match="Could not connect") as err:
        _draft(ModelClient(settings, DigitsGuard()), progress=stages.append)

    assert "3 attempts" in str(err.value)
    assert sum(s.startswith("retrying: could not connect") for s in stages) == 2


def test_when_the_server_hangs_then_timeout_is_model_unavailable(fake_llm, make_settings):
    fake_llm.enqueue(Reply.hang(5), Reply.hang(5))
    settings = make_settings(llm_timeout_s=0.3, llm_max_retries=1)

    with pytest.raises(ModelUnavailable, match=r"did not answer within 0\.3 s"):
        _draft(ModelClient(settings, DigitsGuard()))

    assert len(fake_llm.chat_requests) == 2  # one try + one retry


def test_when_the_server_drops_the_connection_then_it_is_retried(fake_llm, client):
    fake_llm.enqueue(Reply.disconnect(), Reply.json(SOAP_ANSWER))

    draft = _draft(client)

    assert draft.note.subjective == SOAP_ANSWER["subjective"]
    assert len(fake_llm.chat_requests) == 2


@pytest.mark.parametrize("retries", [0, 1, 3])
def test_when_429_persists_then_the_retry_count_follows_settings(fake_llm, make_settings, retries):
    fake_llm.enqueue(*[Reply.status(429, "slow down") for _ in range(retries + 1)])
    stages: list[str] = []

    with pytest.raises(ModelUnavailable, match="busy"):
        _draft(ModelClient(make_settings(llm_max_retries=retries), DigitsGuard()),
               progress=stages.append)  # fmt: skip

    assert len(fake_llm.chat_requests) == retries + 1
    assert stages.count("retrying: the model server is busy (HTTP 429)") == retries


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_when_a_transient_error_clears_then_the_draft_succeeds(fake_llm, client, status):
    fake_llm.enqueue(Reply.status(status, retry_after_ms="5"), Reply.json(SOAP_ANSWER))

    draft = _draft(client)

    assert draft.note.plan == SOAP_ANSWER["plan"]
    assert draft.attempts == 1  # transport retries are not answer attempts


@pytest.mark.parametrize(("status", "text"), [(401, "API key"), (404, "does not know this model")])
def test_when_the_server_refuses_credentials_or_model_then_no_retry(fake_llm, client, status, text):
    fake_llm.enqueue(Reply.status(status))

    with pytest.raises(ModelUnavailable, match=text):
        _draft(client)

    assert len(fake_llm.chat_requests) == 1


# --------------------------------------------------------------------------- content


def test_when_the_model_refuses_then_model_output_invalid(fake_llm, client):
    fake_llm.enqueue(Reply.refusal_reply())

    with pytest.raises(ModelOutputInvalid, match="declined") as err:
        _draft(client)

    assert err.value.attempts == 1


def test_when_output_is_truncated_then_it_is_not_asked_again(fake_llm, client):
    fake_llm.enqueue(Reply.truncated('{"subjective": "' + SECRET))

    with pytest.raises(ModelOutputInvalid, match="cut off") as err:
        _draft(client)

    assert len(fake_llm.chat_requests) == 1
    assert SECRET not in str(err.value)
    assert SECRET in (err.value.raw_output or "")  # kept for debugging, not shown


def test_when_json_is_broken_once_then_the_reask_carries_the_error_and_succeeds(fake_llm, client):
    fake_llm.enqueue(Reply.broken_json(), Reply.json(SOAP_ANSWER))
    stages: list[str] = []

    draft = _draft(client, progress=stages.append)

    assert draft.attempts == 2
    assert "retrying: broken JSON" in stages
    second = fake_llm.chat_requests[1]["messages"]
    assert second[-2]["role"] == "assistant"  # the faulty answer, so the model can fix it
    assert second[-1]["role"] == "user"
    assert "did not validate" in second[-1]["content"]
    assert "Invalid JSON" in second[-1]["content"]


def test_when_json_is_broken_twice_then_model_output_invalid_after_two_attempts(fake_llm, client):
    fake_llm.enqueue(Reply.broken_json(), Reply.broken_json())

    with pytest.raises(ModelOutputInvalid) as err:
        _draft(client)

    assert err.value.attempts == 2
    assert len(fake_llm.chat_requests) == 2


def test_when_schema_is_wrong_then_the_reask_names_the_field(fake_llm, client):
    wrong = dict(SOAP_ANSWER, goals="be happier")  # a string where a list belongs
    fake_llm.enqueue(Reply.json(wrong), Reply.json(SOAP_ANSWER))

    draft = _draft(client)

    assert draft.attempts == 2
    assert "- goals:" in fake_llm.chat_requests[1]["messages"][-1]["content"]


def test_when_schema_is_wrong_twice_then_message_holds_no_client_text(fake_llm, client):
    wrong = {"subjective": SECRET, "goals": SECRET}
    fake_llm.enqueue(Reply.json(wrong), Reply.json(wrong))

    with pytest.raises(ModelOutputInvalid, match="not a usable note") as err:
        _draft(client)

    assert SECRET not in str(err.value)
    # Neither does the re-ask's error list echo values back (only field paths and problems).
    reask = fake_llm.chat_requests[1]["messages"][-1]["content"]
    assert reask.count(SECRET) == 0


@pytest.mark.parametrize("answer", ["", "{}", json.dumps({"subjective": " ", "plan": ""})])
def test_when_the_answer_is_empty_then_asked_once_more_then_invalid(fake_llm, client, answer):
    fake_llm.enqueue(Reply.content(answer), Reply.content(answer))

    with pytest.raises(ModelOutputInvalid) as err:
        _draft(client)

    assert err.value.attempts == 2


def test_when_the_empty_answer_is_followed_by_a_good_one_then_draft(fake_llm, client):
    fake_llm.enqueue(Reply.empty(), Reply.json(SOAP_ANSWER))

    assert _draft(client).attempts == 2


def test_usage_is_summed_over_the_reask(fake_llm, client):
    usage = {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110}
    fake_llm.enqueue(Reply.content("not json", usage=usage), Reply.json(SOAP_ANSWER, usage=usage))

    draft = _draft(client)

    assert draft.usage is not None and draft.usage.total_tokens == 220


def test_when_no_usage_is_reported_then_usage_is_none(fake_llm, client):
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))

    assert _draft(client).usage is None


def test_list_models_on_a_dead_server_is_model_unavailable(make_settings):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = ModelClient(make_settings(llm_base_url=f"http://127.0.0.1:{port}/v1"), DigitsGuard())
    with pytest.raises(ModelUnavailable, match="Could not connect"):
        client.list_models()


def test_without_a_configured_model_the_client_says_how_to_set_one(make_settings):
    with pytest.raises(ModelUnavailable, match="ASSISTANT_LLM_MODEL"):
        ModelClient(make_settings(llm_model=None), DigitsGuard())


@pytest.mark.parametrize(
    "reply",
    [
        Reply.raw("<html>Proxy login</html>"),
        Reply.raw('{"choices": [{"index": 0}]}', "application/json"),
        Reply.raw("not json at all", "application/json"),
    ],
)
def test_when_a_200_is_not_a_chat_completion_then_model_unavailable(fake_llm, client, reply):
    fake_llm.enqueue(reply)

    with pytest.raises(ModelUnavailable, match="OpenAI-compatible"):
        _draft(client)


def test_logs_never_hold_the_jottings_or_the_answer(fake_llm, client, caplog):
    caplog.set_level(logging.DEBUG)
    fake_llm.enqueue(
        Reply.status(500), Reply.content('{"subjective": "' + SECRET), Reply.json(SOAP_ANSWER)
    )

    _draft(client, progress=lambda stage: None)

    assert caplog.records  # something was logged (ids, counts, durations)
    assert SECRET not in caplog.text
    assert "lie awake" not in caplog.text
    assert "wind-down" not in caplog.text


def test_a_model_refusing_max_tokens_and_temperature_gets_a_request_it_accepts(fake_llm, client):
    fake_llm.enqueue(
        Reply.status(400, "Unsupported parameter: 'max_tokens'; use 'max_completion_tokens'."),
        Reply.status(400, "Unsupported value: 'temperature' does not support 0.2."),
        Reply.json(SOAP_ANSWER),
        Reply.json(SOAP_ANSWER),
    )

    first = _draft(client)
    _draft(client)  # remembered: right first time

    bodies = fake_llm.chat_requests
    assert first.mode == "json_schema"
    assert "max_tokens" in bodies[0] and "temperature" in bodies[0]
    assert "max_completion_tokens" in bodies[2] and "temperature" not in bodies[2]
    assert len(bodies) == 4
    assert "max_tokens" not in bodies[3] and "temperature" not in bodies[3]


def test_a_prompt_longer_than_the_context_is_reported_as_such(fake_llm, client):
    fake_llm.enqueue(
        Reply.status(400, "This model's maximum context length is 4096 tokens; you asked 5000.")
    )

    with pytest.raises(ModelUnavailable, match="context window"):
        _draft(client)

    assert len(fake_llm.chat_requests) == 1  # no pointless walk down the mode ladder


def test_when_a_stream_is_cut_mid_answer_then_it_is_retried(fake_llm, client):
    text = json.dumps(SOAP_ANSWER)
    fake_llm.enqueue(Reply.stream_cut(text), Reply.json(SOAP_ANSWER))
    stages: list[str] = []

    draft = _draft(client, on_token=lambda piece: None, progress=stages.append)

    assert draft.note.plan == SOAP_ANSWER["plan"]
    assert "retrying: the connection dropped before the answer was complete" in stages


def test_when_a_stream_stalls_then_timeout_is_model_unavailable(fake_llm, make_settings):
    fake_llm.enqueue(Reply.stream_cut(json.dumps(SOAP_ANSWER), stall_s=5))
    client = ModelClient(make_settings(llm_timeout_s=0.3, llm_max_retries=0), DigitsGuard())

    with pytest.raises(ModelUnavailable, match="did not answer"):
        _draft(client, on_token=lambda piece: None)
