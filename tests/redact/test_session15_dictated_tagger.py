"""Session 15: a note dictated all in lower case has no capitals to show its names, and a third of
the English misses on text by unseen authors were in such notes (blind sets, counted by shape, no
value read). A tagger trained on lower-cased copies of the English cases reads their frames
instead; it runs only on a note that is dictated."""

from __future__ import annotations

import pytest

from assistant.redact.learned_ner import ENGLISH_DICTATED, lower_cased
from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "spoke with the youth worker at the harbourside boxing gym, client goes there most "
            "evenings and says it helps with the anger, gad-7 was 9 today and sleep is better",
            "harbourside boxing gym",
        ),
        (
            "dictated late, his uncle collects him from practice at the riverview rugby club on "
            "thursdays and takes him home after, no concerns raised by the coach",
            "riverview rugby club",
        ),
    ],
)
def test_a_body_named_in_a_dictated_note_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    "keep",
    ["sertraline", "phq-9", "youth group", "the park", "night shift", "the gp"],
)
def test_clinical_and_ordinary_words_survive_in_a_dictated_note(analyzer, keep):
    text = (
        "ok so client came in on time, went to the park with her mum at the weekend and back at "
        "youth group on friday, still on sertraline 50mg, phq-9 down to 11, working the night shift "
        "at the warehouse, agreed to book in with the gp about sleep"
    )
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_the_dictated_tagger_ships_and_learns_from_lower_cased_copies():
    assert ENGLISH_DICTATED.model_path.exists()
    case = {"text": "Met Ana at Riverside Clinic.", "identifiers": [{"type": "PERSON", "value": "Ana"}], "keep": []}
    (copy,) = lower_cased([case])
    assert copy["text"] == "met ana at riverside clinic."
    assert copy["identifiers"] == [{"type": "PERSON", "value": "ana"}]


def test_a_nickname_that_is_a_word_is_found_when_the_dictated_tagger_is_sure(analyzer):
    # "joy" is an English word; the frames (her eldest daughter …, … denies it) make it a name
    text = (
        "visit done, mum says her eldest daughter joy has been staying out late with older boys and "
        "skipping school, joy denies it, we agreed a family meeting for next week"
    )
    assert covered(analyzer, text, "joy"), found(analyzer, text)


def test_a_capitalised_body_of_ordinary_words_is_found_when_the_cased_tagger_is_sure(analyzer):
    # every word is an ordinary English word; capitals in mid-sentence make it a name
    text = "He volunteers on Saturdays with Harbour Light Youth Link and says it keeps him busy."
    assert covered(analyzer, text, "Harbour Light Youth Link"), found(analyzer, text)
