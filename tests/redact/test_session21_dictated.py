"""Session 21: dictated notes — names spelled out letter by letter, references said aloud with
their last letters, and a lower-case first name found with its family name beside it."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

SPELLED = [
    ("okay so her younger one keisha sorry kaysha that's k a y s h a she's seven", "k a y s h a"),
    ("we met a neighbour called joão spelled j o a o who helps with the shopping", "j o a o"),
    ("the man she owes money to is dariusz spelling d a r i u s z and he phones daily", "d a r i u s z"),
]


@pytest.mark.parametrize(("text", "value"), SPELLED)
def test_a_spelled_out_name_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_letters_that_are_no_spelling_stay(analyzer):
    text = "we went over the a b c of the safety plan and she walks three four five a day"
    assert found(analyzer, text) == []


REFERENCES = [
    ("his pps number is eight one two three four five six w b and his phone is on file", "eight one two three four five six w b"),
    ("her national insurance is q r five one two two nine three d for the form", "q r five one two two nine three d"),
    ("the nric is t zero one two three four five six g and her handphone is on file", "t zero one two three four five six g"),
]


@pytest.mark.parametrize(("text", "value"), REFERENCES)
def test_a_reference_said_aloud_keeps_its_last_letters(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


FAMILY = [
    ("okay home visit note um saw oksana kovalenko she was tired but calm", "oksana kovalenko"),
    ("the patient is priya raman forty one date of birth on file", "priya raman"),
    ("visited mohammed iqbal he's eighty two and lives alone", "mohammed iqbal"),
]


@pytest.mark.parametrize(("text", "value"), FAMILY)
def test_a_dictated_first_name_takes_its_family_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_word_after_a_dictated_name_is_not_a_family_name(analyzer):
    text = "okay so i rang maria back she was fine and then saw tom there he said no"
    assert not any("back" in v or "there" in v for _, v in found(analyzer, text))


HOUSES = [
    ("okay so visited the family at thirty seven totara crescent she's fine", "thirty seven totara crescent"),
    ("the grandmother lives at nine b kalighat third lane with the two boys", "nine b kalighat third lane"),
    ("okay so um new referral for the family his address is sixty two mill road since march and mum is working nights", "sixty two mill road"),
]


@pytest.mark.parametrize(("text", "value"), HOUSES)
def test_a_house_number_said_in_words_opens_the_address(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_counting_before_a_street_word_is_no_address(analyzer):
    text = "it's about five minutes walk to the main road and two doors down from the shop"
    assert [v for t, v in found(analyzer, text) if t == "ADDRESS"] == []


BODIES = [
    ("okay so um she goes to the tamil group at st anne's parish hall on fridays", "st anne's parish hall"),
    ("okay so i said i'd refer him to galway migrant support hub they've an arabic speaker", "galway migrant support hub"),
]


@pytest.mark.parametrize(("text", "value"), BODIES)
def test_a_dictated_body_keeps_its_closing_nouns(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


EMAILS = [
    ("okay so um email she spelled out nadia dot k seventy two at gmail dot com and phone on file", "nadia dot k seventy two at gmail dot com"),
    ("okay so um her email is rosalindacruz77 at yahoo.com and she prefers texts", "rosalindacruz77 at yahoo.com"),
]


@pytest.mark.parametrize(("text", "value"), EMAILS)
def test_an_email_said_aloud_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_contractions_are_no_names(analyzer):
    text = "okay so um they're at the flat now and they've got the keys i'll call monday we'll see"
    assert [v for _, v in found(analyzer, text) if "'" in v] == []
