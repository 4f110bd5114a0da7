"""Session 19: identifiers said aloud in a dictated note are found like written ones — references
and hospital numbers spelled in digit words and letters, dates of birth said as words, house
numbers, and e-mail addresses said with "at" and "dot" — while counting in words ("two or three
times", "aged twenty three", "at five pm") stays. Also: a label said in a sentence ("the case number
is …") introduces the number as a written label does."""

from __future__ import annotations

import pytest

from assistant.redact.spoken_numbers import rewrite_spoken
from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("new paragraph passport number five three two eight one seven six four oh he was staying in a hostel",
         "five three two eight one seven six four oh"),
        ("she said the claim reference they gave her is t i r four four eight two nine one oh new paragraph plan",
         "t i r four four eight two nine one oh"),
        ("seventy four retired engineer date of birth ninth of february nineteen fifty one he lives alone",
         "ninth of february nineteen fifty one"),
        ("the case is criminal case number r dash cbu dash two five dash oh three three one seven and the hearing",
         "r dash cbu dash two five dash oh three three one seven"),
        ("i took his ird number for the form its oh eight six dash four four two dash one nine seven new paragraph",
         "oh eight six dash four four two dash one nine seven"),
        ("contact for him is his cousin or email jirawat dot s ninety at gmail dot com his mum back home",
         "jirawat dot s ninety at gmail dot com"),
        ("she wants him home asap and email is claire whitcombe sixty one at hotmail dot co dot uk spelt with the numbers",
         "claire whitcombe sixty one at hotmail dot co dot uk"),
        ("the baby was born on the eleventh of october twenty twenty five full stop mum is coping",
         "eleventh of october twenty twenty five"),
    ],
)
def test_an_identifier_said_aloud_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the DCFS case number is 2019-0448172 and the caseworker wanted a visit", "2019-0448172"),
        ("she has no money of her own, her FNPF number is 1184472 and she wants to know", "1184472"),
        ("his PPS number is 7741628TA for the EAP form", "7741628TA"),
        ("medically cleared this morning hn 51-2294667 new paragraph", "51-2294667"),
    ],
)
def test_a_label_said_in_a_sentence_introduces_the_number(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("we met two or three times and she has four kids so yeah she is tired", "two or three times"),
        ("client is aged twenty three and works nights five days a week", "twenty three"),
        ("next session at five pm on the third of june full stop", "five pm"),
        ("the report is 2024 style and needs updating", "2024"),
        ("phq nine score was nineteen down from twenty two last month", "nineteen"),
    ],
)
def test_counting_in_words_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_the_rewrite_maps_back_onto_the_spoken_words():
    text = "hn six seven slash oh four four one two he lives alone"
    rewritten = rewrite_spoken(text)
    assert rewritten is not None
    assert rewritten.text.startswith("hn 67/04412 he")
    start = rewritten.text.index("67/04412")
    assert rewritten.original_span(start, start + len("67/04412")) == (3, text.index(" he"))


def test_a_typed_note_is_not_rewritten():
    assert rewrite_spoken("Seen with Mum. PHQ-9 = 14, GAD-7 = 9. Plan: review in 2 weeks.") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he keeps calling his phone is plus three five one nine one two four four seven three oh six mood low",
         "plus three five one nine one two four four seven three oh six"),
        ("Nattapong Einarsson, Grade 9, kennitala 140311-2290. Known as Tong at home.", "140311-2290"),
        ("Vita plays drums at Lighthouse Samoan Assembly of God on Sundays.", "Lighthouse Samoan Assembly of God"),
    ],
)
def test_more_numbers_and_names_are_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
