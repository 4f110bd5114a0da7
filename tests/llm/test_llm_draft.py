"""Drafting through the real openai SDK against the loopback fake server: the happy paths."""

from __future__ import annotations

import json

import pytest
from fakes.openai_server import Reply

from assistant.formats import render_note
from assistant.llm import ModelClient, draft_with_model
from assistant.models import BirpNote, DapNote, Language, NoteFormat, SessionMeta, SoapNote

from .helpers import (
    BIRP_ANSWER,
    DAP_ANSWER,
    EN_JOTTINGS,
    SOAP_ANSWER,
    TH_JOTTINGS,
    redacted,
)

USAGE = {"prompt_tokens": 900, "completion_tokens": 250, "total_tokens": 1150}


@pytest.mark.parametrize(
    ("fmt", "answer", "cls", "first_section"),
    [
        (NoteFormat.SOAP, SOAP_ANSWER, SoapNote, "subjective"),
        (NoteFormat.DAP, DAP_ANSWER, DapNote, "data"),
        (NoteFormat.BIRP, BIRP_ANSWER, BirpNote, "behavior"),
    ],
)
def test_when_server_answers_valid_json_then_each_format_drafts_in_one_call(
    fake_llm, client, fmt, answer, cls, first_section
):
    fake_llm.enqueue(Reply.json(answer, usage=USAGE))

    draft = draft_with_model(redacted(EN_JOTTINGS), client=client, fmt=fmt, language=Language.EN)

    assert isinstance(draft.note, cls)
    assert getattr(draft.note, first_section) == answer[first_section]
    assert draft.attempts == 1
    assert draft.mode == "json_schema"
    assert draft.prompt_id == f"draft.{fmt.value}"
    assert draft.prompt_version
    assert draft.model == "fake-model"
    assert draft.usage is not None and draft.usage.total_tokens == 1150
    assert len(fake_llm.chat_requests) == 1
    body = fake_llm.chat_requests[0]
    schema = body["response_format"]["json_schema"]
    assert body["response_format"]["type"] == "json_schema"
    assert schema["strict"] is True
    # The sections come first so grammar-constrained servers write them before the lists.
    assert next(iter(schema["schema"]["properties"])) == first_section
    assert "default" not in json.dumps(schema["schema"])


def test_when_drafted_then_note_renders_and_keeps_placeholders(fake_llm, client):
    answer = dict(SOAP_ANSWER, subjective="[PERSON_1] reports she cannot sleep.")
    fake_llm.enqueue(Reply.json(answer))

    draft = draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN
    )

    text = render_note(draft.note)
    assert "[PERSON_1] reports she cannot sleep." in text
    assert "Sleep hygiene psychoeducation" in text


def test_when_language_is_thai_then_the_prompt_asks_for_thai(fake_llm, client):
    fake_llm.enqueue(Reply.json(dict(SOAP_ANSWER, subjective="ผู้รับบริการเล่าว่านอนไม่หลับ")))

    draft = draft_with_model(
        redacted(TH_JOTTINGS, Language.TH), client=client, fmt=NoteFormat.SOAP, language=Language.TH
    )

    system = fake_llm.chat_requests[0]["messages"][0]["content"]
    assert "Thai" in system and "ภาษาไทย" in system
    assert draft.note.subjective.startswith("ผู้รับบริการ")


def test_when_language_is_english_then_thai_jottings_are_drafted_in_english(fake_llm, client):
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))

    draft_with_model(
        redacted(TH_JOTTINGS, Language.TH), client=client, fmt=NoteFormat.SOAP, language=Language.EN
    )

    system = fake_llm.chat_requests[0]["messages"][0]["content"]
    assert "Write everything in English." in system


def test_when_session_is_known_then_it_travels_as_data_not_instructions(fake_llm, client):
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))
    session = SessionMeta(duration_minutes=25, session_type="individual")

    draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN,
        session=session,
    )  # fmt: skip

    system, user = fake_llm.chat_requests[0]["messages"]
    assert "duration_minutes: 25" in user["content"]
    assert "<session>" in user["content"]
    assert "individual" not in system["content"]


def test_progress_reports_each_stage(fake_llm, client):
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))
    stages: list[str] = []

    draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN,
        progress=stages.append,
    )  # fmt: skip

    assert stages == ["connecting", "waiting for model", "validating"]


def test_when_streaming_then_tokens_arrive_and_the_same_note_is_built(fake_llm, client):
    fake_llm.enqueue(Reply.json(SOAP_ANSWER, usage=USAGE))
    tokens: list[str] = []

    draft = draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN,
        on_token=tokens.append,
    )  # fmt: skip

    assert len(tokens) > 1
    assert json.loads("".join(tokens)) == SOAP_ANSWER
    assert draft.note.plan == SOAP_ANSWER["plan"]
    assert draft.usage is not None and draft.usage.completion_tokens == 250
    assert fake_llm.chat_requests[0]["stream"] is True


def test_when_answer_is_wrapped_in_a_code_fence_then_it_still_validates(fake_llm, client):
    fake_llm.enqueue(Reply.content("```json\n" + json.dumps(SOAP_ANSWER) + "\n```"))

    draft = draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN
    )

    assert draft.attempts == 1
    assert draft.note.objective == SOAP_ANSWER["objective"]


def test_client_refuses_to_exist_without_a_guard(make_settings):
    with pytest.raises(TypeError):
        ModelClient(make_settings(), None)


def test_every_request_passes_the_guard_first(fake_llm, client, guard):
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))

    draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN
    )

    sent = [m["content"] for m in fake_llm.chat_requests[0]["messages"]]
    assert list(guard.checked[0]) == sent


def test_repeated_identical_list_items_are_dropped(fake_llm, client):
    goal = SOAP_ANSWER["goals"][0]
    other = dict(goal, statement="Walk 20 minutes daily.")
    fake_llm.enqueue(Reply.json(dict(SOAP_ANSWER, goals=[goal, other, goal, goal])))

    draft = draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN
    )

    assert [g.statement for g in draft.note.goals] == [goal["statement"], other["statement"]]


def test_lists_in_the_schema_are_capped(fake_llm, client):
    fake_llm.enqueue(Reply.json(SOAP_ANSWER))

    draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN
    )

    props = fake_llm.chat_requests[0]["response_format"]["json_schema"]["schema"]["properties"]
    assert props["goals"]["maxItems"] >= 1
    assert props["interventions"]["maxItems"] >= 1


def test_list_models_tests_the_connection(fake_llm, client):
    fake_llm.model_ids = ["small", "large"]
    assert client.list_models() == ["small", "large"]


def test_when_thai_was_asked_for_but_english_came_back_then_asked_once_more(fake_llm, client):
    thai = dict(
        SOAP_ANSWER,
        subjective='ผู้รับบริการเล่าว่า "นอนไม่หลับตั้งแต่ย้ายบ้าน"',
        objective="ร้องไห้ช่วงแรก 9Q = 11",
        assessment="ปัญหาการนอนหลังย้ายบ้าน",
        plan="ติดตามการนอนในนัดครั้งต่อไป",
    )
    fake_llm.enqueue(Reply.json(SOAP_ANSWER), Reply.json(thai))

    draft = draft_with_model(
        redacted(TH_JOTTINGS, Language.TH), client=client, fmt=NoteFormat.SOAP, language=Language.TH
    )

    assert draft.attempts == 2
    assert draft.note.plan == thai["plan"]
    assert "Thai" in fake_llm.chat_requests[1]["messages"][-1]["content"]


def test_a_thai_note_with_english_clinical_terms_is_accepted_as_thai(fake_llm, client):
    mixed = dict(
        SOAP_ANSWER,
        subjective="ผู้รับบริการเล่าว่านอนไม่หลับ ได้ทำ sleep hygiene psychoeducation และ CBT-I",
        objective="PHQ-9 = 14, GAD-7 = 9, tearful",
        assessment="insomnia หลังย้ายบ้าน",
        plan="follow-up 2 weeks",
    )
    fake_llm.enqueue(Reply.json(mixed))

    draft = draft_with_model(
        redacted(TH_JOTTINGS, Language.TH),
        client=client,
        fmt=NoteFormat.SOAP,
        language=Language.MIXED,
    )

    assert draft.attempts == 1


@pytest.mark.parametrize(
    "wrap",
    [
        "<think>The jottings mention sleep.</think>\n{}",
        "Here is the note:\n{}\nLet me know if you need changes.",
        "Sure.\n```json\n{}\n```",
    ],
)
def test_wrapping_around_the_json_is_tolerated(fake_llm, client, wrap):
    fake_llm.enqueue(Reply.content(wrap.replace("{}", json.dumps(SOAP_ANSWER))))

    draft = draft_with_model(
        redacted(EN_JOTTINGS), client=client, fmt=NoteFormat.SOAP, language=Language.EN
    )

    assert draft.attempts == 1
    assert draft.note.assessment == SOAP_ANSWER["assessment"]
