"""Assemble a SOAP, DAP or BIRP note from jottings with no model.

Why deterministic and conservative: this is the out-of-the-box drafter (no model configured) and
the fallback when a model fails. It must never invent a fact, so every sentence is a statement of
the jottings, lightly normalised, placed by cues; nothing the writer wrote is dropped (a statement
with no cue goes where its neighbours went, or to the objective facts). Where the jottings say
nothing for a section, a bracketed prompt in the note's language tells the writer what to add.
"""

from __future__ import annotations

import re

from assistant.formats import FORMATS
from assistant.models import Intervention, Language, NoteBase, NoteFormat, SessionMeta
from assistant.offline.classify import classify, header_count
from assistant.offline.cues import cues
from assistant.offline.extract import (
    Statement,
    extract_goals,
    extract_interventions,
    find_next_session,
    merge,
)
from assistant.offline.normalise import normalise
from assistant.offline.segment import segment
from assistant.text.language import detect_language, locale_of, note_language

#: Matches every prompt the skeleton leaves for the writer: "[Add: …]" and "[เพิ่ม: …]".
WRITER_PROMPT_PATTERN: re.Pattern[str] = re.compile(r"\[(?:Add|เพิ่ม):[^\[\]\n]*\]")

_PROMPT_PREFIX = {"en": "Add", "th": "เพิ่ม"}

#: Where each internal category goes, per format (the last field also receives the extras).
_LAYOUT: dict[NoteFormat, dict[str, str]] = {
    NoteFormat.SOAP: {"S": "subjective", "O": "objective", "A": "assessment", "P": "plan"},
    NoteFormat.DAP: {"S": "data", "O": "data", "A": "assessment", "P": "plan"},
    NoteFormat.BIRP: {
        "S": "behavior",
        "O": "behavior",
        "I": "intervention",
        "R": "response",
        "A": "response",
        "P": "plan",
    },
}


def writer_prompt(key: str, locale: str) -> str:
    """The bracketed prompt for a missing part (``key`` as in ``prompts.yaml``)."""
    text = cues().prompts[locale][key]
    return f"[{_PROMPT_PREFIX[locale]}: {text}]"


def strip_writer_prompts(text: str) -> str:
    """The text without the skeleton's prompts (for checks that must not count them as content)."""
    return WRITER_PROMPT_PATTERN.sub("", text)


def note_locale(language: Language, text: str = "") -> str:
    """The note's language: Thai for Thai jottings and for mixed ones written mostly in Thai."""
    if language == Language.MIXED:
        return locale_of(note_language(text))
    return "en" if language == Language.EN else "th"


def draft_offline(
    redacted_text: str,
    *,
    fmt: NoteFormat = NoteFormat.SOAP,
    language: Language | None = None,
    session: SessionMeta | None = None,
) -> NoteBase:
    """A skeleton note of ``fmt`` built from redacted jottings by cues alone.

    ``session`` is accepted for symmetry with the model drafter; the header it describes is
    rendered by ``assistant.formats.render_note``, not repeated in the sections.
    """
    fmt = NoteFormat(fmt)
    text = (redacted_text or "").replace("\r\n", "\n").replace("\r", "\n")
    locale = note_locale(language or detect_language(text), text)
    fragments = segment(text)
    statements = merge(classify(text, fragments))
    header = header_count(text, fragments)
    header_end = fragments[header - 1].end if header else 0

    interventions, consumed = extract_interventions(text, statements, locale)
    goals, goal_ids = extract_goals(text, statements, locale)
    next_session = find_next_session(text, statements, locale, skip_before=header_end)

    layout = _LAYOUT[fmt]
    fields: dict[str, list[str]] = {name: [] for name, _, _ in FORMATS[fmt].SECTIONS}
    for idx, st in enumerate(statements):
        if idx in goal_ids:
            continue
        category = st.category
        if idx in consumed:
            if fmt != NoteFormat.BIRP:
                continue  # rendered through note.interventions in the plan
        elif category in {"I", "R"}:
            category = "P" if category == "I" else "S"  # an answer with nothing to answer
        fields[layout.get(category, layout["P"])].append(_sentence(text, st, locale))

    for item in interventions:
        if not item.client_response:
            item.client_response = writer_prompt("client_response", locale)
    plan_field = FORMATS[fmt].SECTIONS[-1][0]
    if fmt == NoteFormat.BIRP and not fields["intervention"] and interventions:
        fields["intervention"] = [_describe(i, locale) for i in interventions]

    joiner = " " if locale == "en" else "\n"
    values: dict[str, str] = {}
    for name, lines in fields.items():
        body = joiner.join(_once(lines))
        if not body and not (name == plan_field and (interventions or goals or next_session)):
            body = writer_prompt(name, locale)
        values[name] = body
    extras = []
    if not goals:
        extras.append(writer_prompt("goal", locale))
    if not next_session:
        extras.append(writer_prompt("next_session", locale))
    values[plan_field] = "\n".join(x for x in [values[plan_field], *extras] if x)

    return FORMATS[fmt](
        **values, interventions=interventions, goals=goals, next_session=next_session
    )


def _once(lines: list[str]) -> list[str]:
    """The section's sentences, a sentence repeated word for word (a paste, a line typed twice)
    kept once; sentences that differ at all are all kept."""
    seen: set[str] = set()
    out = []
    for line in lines:
        key = " ".join(line.split()).casefold()
        if line and key not in seen:
            seen.add(key)
            out.append(line)
    return out


def _sentence(text: str, st: Statement, locale: str) -> str:
    return normalise(st.text_of(text), locale)


def _describe(item: Intervention, locale: str) -> str:
    body = item.name + (f" — {item.detail}" if item.detail else "")
    return body + ("." if locale == "en" and not body.endswith(".") else "")
