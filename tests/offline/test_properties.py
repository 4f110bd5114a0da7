"""Properties every offline draft keeps, on our cases and on the shared corpus, in every format.

* nothing the writer wrote is lost (every content word and every number reaches the draft);
* nothing is invented (every number and word of the draft comes from the jottings, apart from
  the format's own headings, the expansions of shorthand and the bracketed prompts);
* placeholders pass through verbatim;
* the prompts left for the writer are all recognisable by ``WRITER_PROMPT_PATTERN``.
"""

from __future__ import annotations

import re

import pytest

from assistant.formats import FORMATS, render_note
from assistant.models import NoteFormat
from assistant.offline import WRITER_PROMPT_PATTERN, draft_offline
from assistant.offline.cues import cues, thai_tokens

from .conftest import PLACEHOLDER, load_cases, load_corpus_jottings

SAMPLES = [(c["id"], c["language"], c["text"]) for c in load_cases()] + [
    (c["id"], c["language"], c["text"]) for c in load_corpus_jottings()
]
FMTS = list(NoteFormat)

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")
_NUMBER = re.compile(r"[0-9๐-๙]+")


def _render(text: str, fmt: NoteFormat, language: str) -> str:
    note = draft_offline(text, fmt=fmt)
    assert type(note) is FORMATS[fmt]
    return render_note(note, None, "en" if language == "en" else "th")


def _structure_words() -> set[str]:
    """Words the draft may add or drop: labels, expansions and their keys, format vocabulary."""
    c = cues()
    words: set[str] = set()
    for key in c.strip_labels:
        words.update(w.lower() for w in _EN_WORD.findall(key))
        words.update(thai_tokens(key) if _THAI_RUN.search(key) else ())
    for table in c.expansions.values():
        for key, value in table.items():
            words.update(w.lower() for w in _EN_WORD.findall(key + " " + value))
            for thai in _THAI_RUN.findall(key):
                words.update(thai_tokens(thai))
                words.add(thai)
    return words


STRUCTURE = _structure_words()
# render_note's own vocabulary (headings and labels of formats.py)
RENDER_WORDS = {
    "subjective", "objective", "assessment", "plan", "data", "behavior", "intervention",
    "interventions", "response", "and", "client", "goals", "next", "session",
}  # fmt: skip


def _content_words(text: str) -> set[str]:
    body = PLACEHOLDER.sub(" ", text)
    return {w.lower() for w in _EN_WORD.findall(body) if len(w) > 2} - STRUCTURE


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize(("cid", "language", "text"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_when_drafting_then_no_word_or_number_of_the_jottings_is_lost(cid, language, text, fmt):
    draft = _render(text, fmt, language)
    draft_lower = draft.lower()
    draft_words = {w.lower() for w in _EN_WORD.findall(draft)}
    missing = sorted(w for w in _content_words(text) if w not in draft_words)
    assert not missing, f"{cid}/{fmt}: lost {missing}"
    for run in _THAI_RUN.findall(PLACEHOLDER.sub(" ", text)):
        for token in thai_tokens(run):
            if len(token) > 1 and token not in STRUCTURE:
                assert token in draft, f"{cid}/{fmt}: lost Thai word {token!r}"
    for number in _NUMBER.findall(PLACEHOLDER.sub(" ", text)):
        assert number in draft_lower, f"{cid}/{fmt}: lost number {number}"


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize(("cid", "language", "text"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_when_drafting_then_every_word_and_number_comes_from_the_jottings(cid, language, text, fmt):
    draft = WRITER_PROMPT_PATTERN.sub(" ", _render(text, fmt, language))
    source = text.lower()
    for number in _NUMBER.findall(PLACEHOLDER.sub(" ", draft)):
        assert number in source, f"{cid}/{fmt}: invented number {number}"
    allowed = STRUCTURE | RENDER_WORDS
    invented = sorted(
        w
        for w in {x.lower() for x in _EN_WORD.findall(PLACEHOLDER.sub(" ", draft))}
        if w not in source and w not in allowed
    )
    assert not invented, f"{cid}/{fmt}: words not in the jottings {invented}"


@pytest.mark.parametrize("fmt", FMTS)
@pytest.mark.parametrize(("cid", "language", "text"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_when_drafting_then_placeholders_pass_through_verbatim(cid, language, text, fmt):
    draft = _render(text, fmt, language)
    assert set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(draft))
    assert set(PLACEHOLDER.findall(draft)) <= set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("fmt", FMTS)
def test_when_a_section_has_nothing_then_it_holds_a_recognisable_prompt(fmt):
    note = draft_offline("client says she feels tired", fmt=fmt)
    for name, body in note.section_items():
        assert body.strip(), f"{name} is empty"
    rendered = render_note(note, None, "en")
    assert WRITER_PROMPT_PATTERN.search(rendered)
    assert "[Add:" in note.SECTIONS[-1][0] or WRITER_PROMPT_PATTERN.search(
        getattr(note, note.SECTIONS[-1][0])
    )


def test_when_jottings_are_thai_then_prompts_are_thai_and_match_the_pattern():
    note = draft_offline("ผู้รับบริการเล่าว่านอนไม่หลับ")
    prompts = WRITER_PROMPT_PATTERN.findall(note.assessment + note.plan)
    assert prompts and all(p.startswith("[เพิ่ม:") for p in prompts)


def test_when_the_language_is_requested_then_it_overrides_detection():
    from assistant.models import Language

    note = draft_offline("client says she feels tired", language=Language.TH)
    assert note.assessment.startswith("[เพิ่ม:")


def test_when_a_prompt_is_found_then_placeholders_are_not_taken_for_prompts():
    assert not WRITER_PROMPT_PATTERN.search("[PERSON_1] said [PHONE_2]")
    assert WRITER_PROMPT_PATTERN.fullmatch("[Add: what you observed]")
    assert WRITER_PROMPT_PATTERN.fullmatch("[เพิ่ม: การประเมิน]")


def test_when_english_jottings_quote_one_thai_word_then_the_note_stays_english():
    note = draft_offline('visit 3/2. client says "ไม่เป็นไร" often, smiled. plan: f/u 3/9')
    assert note.assessment.startswith("[Add:")


def test_when_mixed_jottings_are_mostly_thai_then_the_note_is_thai():
    note = draft_offline("เยี่ยมบ้าน 3 Feb 2026 ผู้ป่วยเล่าว่า pain score 6/10 นอนไม่หลับ")
    assert note.assessment.startswith("[เพิ่ม:")
