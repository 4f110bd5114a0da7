"""Session 19: a Thai nickname in an English note is usually an English word (Bank, Golf, Beer):
after a cue that only ever introduces a nickname ("nickname Bank", "goes by Golf") it is the
name, and its other capitalised mentions are that person ("Bank's mother …"), while "the bank"
stays. A relation and a name before a kind word ("Bank's mother Sunee works at …") is a clause,
not a business called "… works"."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

NOTE = (
    "Jirasak Thalaylueak, nickname Bank, 13, Urak Lawoi. Why the visit: Bank has not come to the "
    "programme. Bank's mother Sunee works at a hotel. She went to the bank on Friday."
)


def test_the_cued_nickname_and_its_mentions_are_found(analyzer):
    assert covered(analyzer, NOTE, "Bank"), found(analyzer, NOTE)


def test_the_common_noun_stays(analyzer):
    assert untouched(analyzer, NOTE, "bank on Friday"), found(analyzer, NOTE)


def test_a_relation_then_a_name_is_no_business(analyzer):
    assert untouched(analyzer, NOTE, "works at"), found(analyzer, NOTE)


def test_goes_by_introduces_a_word_nickname(analyzer):
    text = "Somchai (goes by Golf) was late again; Golf said the bus broke down."
    assert covered(analyzer, text, "Golf"), found(analyzer, text)


def test_a_table_header_goes_by_column_names_nobody(analyzer):
    text = (
        "Name\tGoes by\tPhone\tEmail\n"
        "Jocelyn Macaraeg\tJoy\t204-555-0183\tjoy.m@example.com\n\n"
        "Phone tree order: Lorna calls Joy, Joy calls the others."
    )
    assert untouched(analyzer, text, "Phone tree"), found(analyzer, text)
