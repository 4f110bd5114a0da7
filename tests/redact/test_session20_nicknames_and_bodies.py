"""Session 20: Thai nicknames written in English that are English words (Bank, Golf, Mint) are
names in a person frame and then wherever they recur; the word stays a word elsewhere ("the bank",
"The Bank told her"). In a dictated note, a union named by two words or more after "the … from
the" and a company after "the landlord" are bodies; "the teachers union" is a kind."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

BANK = (
    "Concerns: Bank has not attended classes since week 3. His housemate emailed that Bank "
    "\"games all night\". Bank told Kanokwan that his father drinks. Senior Counsellor to see Bank this week."
)


def test_a_thai_nickname_that_is_a_word_is_found_everywhere(analyzer):
    assert covered(analyzer, BANK, "Bank"), found(analyzer, BANK)


def test_the_word_stays_a_word(analyzer):
    text = "She put her wages in the bank on Friday. The Bank told her the card was blocked."
    assert [t for t, _ in found(analyzer, text) if t == "PERSON"] == [], found(analyzer, text)


DICTATED = (
    "dictated voice to text not proofed. present folake, her daughter tolu (15) and marcia the rep from "
    "the gage park tenants union. heat has been out since nov 20 and the landlord sterling crest holdings "
    "keeps saying a part is on order. she has also called the teachers union about tolu."
)


def test_a_union_and_a_landlord_company_in_a_dictated_note(analyzer):
    assert covered(analyzer, DICTATED, "gage park tenants union"), found(analyzer, DICTATED)
    assert covered(analyzer, DICTATED, "sterling crest holdings"), found(analyzer, DICTATED)
    assert untouched(analyzer, DICTATED, "teachers union"), found(analyzer, DICTATED)


HEAD_FIRST = (
    "voice note, no capitals. he was held at the sai yok police station overnight, then sent to hospital "
    "pulau pinang for a hospital visit with his aunt. the local police station was closed on sunday."
)


def test_dictated_bodies_named_head_first_or_by_their_town(analyzer):
    assert covered(analyzer, HEAD_FIRST, "sai yok police station"), found(analyzer, HEAD_FIRST)
    assert covered(analyzer, HEAD_FIRST, "hospital pulau pinang"), found(analyzer, HEAD_FIRST)
    assert untouched(analyzer, HEAD_FIRST, "local police station"), found(analyzer, HEAD_FIRST)
    assert untouched(analyzer, HEAD_FIRST, "hospital visit"), found(analyzer, HEAD_FIRST)


def test_a_university_of_a_place_is_one_body(analyzer):
    for text in ("She studies a diploma at University of Canterbury now.", "เรียนที่ University of Canterbury ปีสอง"):
        assert covered(analyzer, text, "University of Canterbury"), found(analyzer, text)
    text = "He trained at the College of Nursing and the University of Technology."
    assert [t for t, _ in found(analyzer, text) if t == "ORGANIZATION"] == [], found(analyzer, text)


def test_a_dictated_district_or_road_named_by_a_foreign_word(analyzer):
    text = (
        "dictated no caps. they moved to meanchey district last year, she was staying on the donegall road "
        "with the kids. the main road was flooded and our district office closed."
    )
    assert covered(analyzer, text, "meanchey district"), found(analyzer, text)
    assert covered(analyzer, text, "donegall road"), found(analyzer, text)
    assert untouched(analyzer, text, "main road"), found(analyzer, text)
    assert untouched(analyzer, text, "our district office"), found(analyzer, text)


def test_a_university_of_a_place_across_a_tab_is_found_and_nothing_breaks(analyzer):
    text = "She studies at University\tof Canterbury now, and the University of\tthe Arts is near."
    assert covered(analyzer, text, "University\tof Canterbury"), found(analyzer, text)
