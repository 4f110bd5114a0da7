"""A sentence the jottings repeat word for word (a paste, a line typed twice) appears once in its
section of the offline draft; sentences that differ, even slightly, all stay (nothing is lost)."""

from __future__ import annotations

from assistant.models import Language, NoteFormat
from assistant.offline import draft_offline


def test_a_sentence_repeated_word_for_word_appears_once():
    text = "Client reports poor sleep.\nClient reports poor sleep.\nPHQ-9 = 14 today."
    note = draft_offline(text, fmt=NoteFormat.SOAP, language=Language.EN)
    rendered = " ".join([note.subjective, note.objective, note.assessment, note.plan])
    assert rendered.count("reports poor sleep") == 1


def test_a_thai_line_typed_twice_appears_once():
    text = "ผู้รับบริการนอนไม่หลับ 2 สัปดาห์\nผู้รับบริการนอนไม่หลับ 2 สัปดาห์\n9Q = 12"
    note = draft_offline(text, fmt=NoteFormat.SOAP, language=Language.TH)
    rendered = "\n".join([note.subjective, note.objective, note.assessment, note.plan])
    assert rendered.count("นอนไม่หลับ 2 สัปดาห์") == 1


def test_sentences_that_differ_all_stay():
    text = "Client reports poor sleep.\nClient reports poor sleep most nights.\nPHQ-9 = 14 today."
    note = draft_offline(text, fmt=NoteFormat.SOAP, language=Language.EN)
    rendered = " ".join([note.subjective, note.objective, note.assessment, note.plan])
    assert "poor sleep most nights" in rendered
    assert rendered.count("reports poor sleep") == 2
