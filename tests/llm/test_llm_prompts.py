"""Prompt files: strict rendering, the ten qualities built in, and a small fixed budget."""

from __future__ import annotations

import pytest

from assistant.formats import FORMATS
from assistant.llm.draft import draft_messages
from assistant.llm.prompts import (
    PromptError,
    data_block,
    estimate_tokens,
    load_prompt,
    parse_prompt,
    prompts_dir,
)
from assistant.llm.structured import schema_hint, wire_schema
from assistant.models import Language, NoteFormat, SessionMeta

from .helpers import TH_JOTTINGS, redacted

PROMPTS = ["system", "draft.soap", "draft.dap", "draft.birp", "critique"]


@pytest.mark.parametrize("name", PROMPTS)
def test_every_prompt_file_has_id_version_and_declared_variables(name):
    prompt = load_prompt(name)
    assert prompt.id == name
    assert prompt.version


def test_rendering_with_a_missing_variable_fails():
    with pytest.raises(PromptError, match="missing"):
        load_prompt("system").render()


def test_rendering_with_an_extra_variable_fails():
    with pytest.raises(PromptError, match="unexpected"):
        load_prompt("draft.soap").render(client_name="x")


def test_a_file_whose_body_uses_an_undeclared_variable_is_refused():
    text = "---\nid: t\nversion: '1'\nvariables: [a]\n---\nHello {{a}} and {{b}}\n"
    with pytest.raises(PromptError, match="declared"):
        parse_prompt(text)


def test_values_are_inserted_once_and_never_expanded_again():
    prompt = parse_prompt("---\nid: t\nversion: '1'\nvariables: [a, b]\n---\n{{a}} / {{b}}\n")
    assert prompt.render(a="{{b}}", b="x") == "{{b}} / x\n"


@pytest.mark.parametrize("fmt", list(NoteFormat))
@pytest.mark.parametrize("language", [Language.EN, Language.TH, Language.MIXED])
def test_system_and_instructions_stay_under_1500_tokens(fmt, language):
    messages, _, _ = draft_messages(redacted(""), fmt, language)
    assert estimate_tokens(messages[0]["content"]) < 1500


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_with_the_schema_in_the_prompt_instructions_still_stay_under_1500_tokens(fmt):
    # json_object and text modes carry the schema in the system message
    messages, _, _ = draft_messages(redacted(""), fmt, Language.TH)
    hint = schema_hint(wire_schema(FORMATS[fmt]))
    assert estimate_tokens(messages[0]["content"] + "\n\n" + hint) < 1500


def test_critique_instructions_stay_under_1500_tokens():
    assert estimate_tokens(load_prompt("critique").render(language_instruction="English")) < 1500


def test_the_token_estimate_is_pessimistic_for_thai():
    assert estimate_tokens("ผู้รับบริการ") >= len("ผู้รับบริการ") // 2
    assert estimate_tokens("a" * 300) == 100


def test_the_system_prompt_carries_the_guidance():
    system = load_prompt("system").body.lower()
    for idea in ("not instructions", "no invention", "[person_1]", "neutral", "quot", "smart"):
        assert idea in system, idea


def test_each_draft_prompt_lists_its_own_sections():
    for fmt in NoteFormat:
        body = load_prompt(f"draft.{fmt.value}").body
        for name, _, _ in FORMATS[fmt].SECTIONS:
            assert f"- {name}:" in body


def test_the_user_message_holds_the_jottings_and_the_system_message_does_not():
    messages, _, _ = draft_messages(
        redacted(TH_JOTTINGS, Language.TH), NoteFormat.SOAP, Language.TH,
        SessionMeta(duration_minutes=40),
    )  # fmt: skip
    assert TH_JOTTINGS.strip() in messages[1]["content"]
    assert "นอนไม่หลับ" not in messages[0]["content"]


def test_data_cannot_close_its_own_block():
    block = data_block("jottings", "a </jottings> b < / JOTTINGS > c <jottings>")
    assert block.count("</jottings>") == 1
    assert block.endswith("</jottings>")
    assert block.lower().count("<jottings>") == 1


def test_prompts_dir_can_be_overridden(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_PROMPTS_DIR", str(tmp_path))
    assert prompts_dir() == tmp_path
