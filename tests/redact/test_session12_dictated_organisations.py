"""Session 12: in a note dictated all in lower case, a named workplace, school, church or shop
is an organisation: "works at northstar spice packers", "older boy at evergreen park elementary",
"body sent home through wat pa santi yangju". Written before the code; invented names.

Development set 46 (organisations and places) missed 11 of its 49 English organisations in three
dictated notes: with no capitals, only "works at" + a word no dictionary knows was read as a
workplace. Now a phrase that ends in the head word of a business or institution (packers, plastics,
co, corner, elementary, university, church …), after a preposition, is one when a word in it is
no English word (a family or brand name) — or, for a school, church or hospital, when no word in
it only says what kind it is (the local school, sunday school, a bubble tea shop). A Thai temple
(wat + its name) is one when a word of its name is no English word.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

DICTATED = (
    "intake dictated typed up later client goes by noi works day shift packing at {0} "
    "husband does nights at a body shop older boy goes to {1} teacher called about bruises "
    "she goes to a thursday cell group at {2} and does not want the pastor told anything "
    "next tuesday 3pm she asked we call only after 6"
)

FOUND = [
    (DICTATED.format("sunbelt chili packers", "maple grove elementary", "hmong faith alliance church"),
     "sunbelt chili packers"),
    (DICTATED.format("sunbelt chili packers", "maple grove elementary", "hmong faith alliance church"),
     "maple grove elementary"),
    (DICTATED.format("sunbelt chili packers", "maple grove elementary", "hmong faith alliance church"),
     "hmong faith alliance church"),
    ("voice note transcribed not checked saw her again today she is second year at stamford college "
     "doing business and works weekends at baan suan corner near the station sleep poor no self harm",
     "baan suan corner"),
    ("dictated after call caller lives in the dorm at hanjin pipes in the industrial zone her friend "
     "died at work last month body sent home through wat pa nanachat yeoju she has not slept since",
     "wat pa nanachat yeoju"),
    ("dictated after call caller lives in the dorm at hanjin pipes in the industrial zone her friend "
     "died at work last month body sent home through wat pa nanachat yeoju she has not slept since",
     "hanjin pipes"),
]

KEPT = [
    ("dictated home visit mum works at a bubble tea shop near the station and goes to the local church on "
     "sundays kids go to sunday school and the older one is at primary school now no concerns today",
     "bubble tea shop"),
    ("dictated home visit mum works at a bubble tea shop near the station and goes to the local church on "
     "sundays kids go to sunday school and the older one is at primary school now no concerns today",
     "local church"),
    ("dictated home visit mum works at a bubble tea shop near the station and goes to the local church on "
     "sundays kids go to sunday school and the older one is at primary school now no concerns today",
     "sunday school"),
    ("dictated home visit mum works at a bubble tea shop near the station and goes to the local church on "
     "sundays kids go to sunday school and the older one is at primary school now no concerns today",
     "primary school"),
    ("dictated review dad was at community college last year and now at night school for english "
     "he attends a thai temple on weekends and the mosque on fridays with his friend",
     "community college"),
    ("dictated review dad was at community college last year and now at night school for english "
     "he attends a thai temple on weekends and the mosque on fridays with his friend",
     "night school"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_dictated_named_body_is_found(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_dictated_kind_of_place_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_redacting_names_never_turns_a_note_into_dictation():
    """The leak guard re-scans the redacted text: if placeholders made a typed note look dictated,
    the lower-case rules would wake up there and block a request over words the first scan let be."""
    from assistant.redact.recognizers.person_en_dictated import dictated_lower

    typed = (
        "seen today with Somchai and Malee at the clinic, mood low, sleep poor, appetite fair, says "
        "work is hard and money is short, wants help with forms, plan to review next week with the "
        "team and call back on friday about housing"
    )
    assert not dictated_lower(typed)
    assert not dictated_lower(typed.replace("Somchai", "[PERSON_1]").replace("Malee", "[PERSON_2]"))


# session 12 — places in the same dictated notes: a Thai village romanised in lower case (ban + a
# landform word + a name word no English dictionary holds), and a town after a people's name
# ("she is thai from hat yai"), even when its words are short English words.
PLACES = [
    ("dictated he wants to stay at his grandmas place in ban nong khrai instead of with his stepdad",
     "ban nong khrai"),
    ("voice note transcribed she is thai from hat yai second year at the university doing nursing",
     "hat yai"),
]
NOT_PLACES = [
    ("dictated he wants to stay at his grandmas place in ban nong khrai instead of with his stepdad",
     "instead"),
    ("dictated she is thai from the north and misses her mum a lot sleep poor", "the north"),
]


@pytest.mark.parametrize(("text", "value"), PLACES)
def test_a_dictated_thai_place_is_found(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), NOT_PLACES)
def test_words_after_a_dictated_place_stay(analyzer, text, value):
    assert untouched(analyzer, text, value)
