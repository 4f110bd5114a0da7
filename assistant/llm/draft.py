"""Draft a structured note from redacted jottings with one structured model call.

Why one call: the note's pydantic model (sections, SMART goals, interventions with the client's
response, next session) is the answer's schema, so a single request yields a validated note;
the only second request is the one re-ask after an invalid answer. The model only ever sees
redacted text, and its placeholders are restored by the pipeline afterwards.
"""

from __future__ import annotations

import logging
import re

from pydantic import BaseModel

from assistant.formats import FORMATS
from assistant.llm.client import ModelClient, Progress, TokenCallback
from assistant.llm.prompts import language_instruction, load_prompt, user_message
from assistant.llm.structured import structured_call
from assistant.models import (
    AnyNote,
    Language,
    NoteBase,
    NoteFormat,
    RedactedText,
    SessionMeta,
    TokenUsage,
)
from assistant.text.language import letter_counts

log = logging.getLogger(__name__)

_CLOSING = (
    "Write the note from the data above, following the system instructions. "
    "Answer with the JSON object only."
)


class ModelDraft(BaseModel):
    """A model-drafted note (still holding placeholders) and how it was made."""

    note: AnyNote
    usage: TokenUsage | None = None
    attempts: int
    mode: str
    prompt_id: str
    prompt_version: str
    model: str

    def __repr__(self) -> str:  # the note holds client text: keep it out of logs
        return (
            f"ModelDraft(format={type(self.note).__name__}, attempts={self.attempts}, "
            f"mode={self.mode!r}, prompt={self.prompt_id}@{self.prompt_version})"
        )

    __str__ = __repr__


def _section_order(note_cls: type[NoteBase]) -> list[str]:
    return [name for name, _, _ in note_cls.SECTIONS] + ["interventions", "goals", "next_session"]


def _dedupe(note: NoteBase) -> NoteBase:
    """Drop repeated identical goals and interventions.

    Small models under a grammar were seen repeating the same list item until a length cap;
    an exact repeat never adds information, so it is removed rather than shown to the writer.
    """
    updates = {}
    for name in ("goals", "interventions"):
        items = getattr(note, name)
        seen: dict[str, object] = {}
        for item in items:
            seen.setdefault(item.model_dump_json(), item)
        unique = list(seen.values())
        if len(unique) != len(items):
            updates[name] = unique
    return note.model_copy(update=updates) if updates else note


_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")
#: Below this many letters a note is too short to judge its language.
_MIN_LETTERS = 40


def _content_check(language: Language):
    """The checks beyond the schema: some section written, and in the language asked for."""

    def check(note: NoteBase) -> str | None:
        sections = [(text or "").strip() for _, text in note.section_items()]
        if not any(sections):
            return "Every section of your note was empty; write the sections from the jottings."
        thai, latin, _ = letter_counts(_PLACEHOLDER.sub(" ", " ".join(sections)))
        if thai + latin < _MIN_LETTERS:
            return None
        share = thai / (thai + latin)
        if language is Language.EN and share > 0.5:
            return "The note must be written in English; rewrite every text field in English."
        if language is not Language.EN and share < 0.2:
            return (
                "The note must be written in Thai (ภาษาไทย); rewrite every text field in Thai, "
                "keeping English clinical terms as they are."
            )
        return None

    return check


def draft_messages(
    redacted: RedactedText,
    fmt: NoteFormat,
    language: Language,
    session: SessionMeta | None = None,
) -> tuple[list[dict[str, str]], str, str]:
    """(messages, prompt id, prompt version): instructions in the system message, data in the user's."""
    system = load_prompt("system")
    task = load_prompt(f"draft.{NoteFormat(fmt).value}")
    instructions = (
        system.render(language_instruction=language_instruction(language)) + "\n" + task.render()
    )
    messages = [
        {"role": "system", "content": instructions},
        {
            "role": "user",
            "content": user_message("jottings", redacted.redacted_text, session, closing=_CLOSING),
        },
    ]
    return messages, task.id, f"{task.version}+system.{system.version}"


def draft_with_model(
    redacted: RedactedText,
    *,
    client: ModelClient,
    fmt: NoteFormat,
    language: Language,
    session: SessionMeta | None = None,
    progress: Progress | None = None,
    on_token: TokenCallback | None = None,
) -> ModelDraft:
    """Draft a ``fmt`` note in ``language`` from redacted jottings; raises typed errors only.

    ``progress`` receives stages ("connecting", "waiting for model", "validating",
    "retrying: <reason>"); ``on_token`` (optional) switches to streaming and receives pieces of
    the answer as they arrive. Raises ``LeakBlocked``, ``ModelUnavailable`` or
    ``ModelOutputInvalid`` (the pipeline then drafts offline).
    """
    fmt = NoteFormat(fmt)
    note_cls = FORMATS[fmt]
    messages, prompt_id, prompt_version = draft_messages(redacted, fmt, language, session)
    result = structured_call(
        client,
        messages,
        note_cls,
        schema_name=f"{fmt.value}_note",
        order=_section_order(note_cls),
        check=_content_check(Language(language)),
        progress=progress,
        on_token=on_token,
    )
    log.info(
        "model draft: format=%s mode=%s attempts=%d prompt=%s@%s",
        fmt.value, result.mode, result.attempts, prompt_id, prompt_version,
    )  # fmt: skip
    return ModelDraft(
        note=_dedupe(result.value),
        usage=result.usage,
        attempts=result.attempts,
        mode=result.mode,
        prompt_id=prompt_id,
        prompt_version=prompt_version,
        model=result.model,
    )
