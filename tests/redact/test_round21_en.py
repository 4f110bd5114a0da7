"""Round 21 (English): notes dictated all in lower case, short ID labels before a code, and the
extents of addresses and organisations. Names, places and numbers here are invented."""

from __future__ import annotations

import pytest

from assistant.redact.recognizers.person_en_dictated import dictated_lower
from tests.redact.helpers import covered, found, untouched

_LOWER_NOTE = (
    "seen at home today client {x} says sleep is poor and appetite low she took her meds this week "
    "and we talked about the plan for the next review in two weeks"
)


def test_case_style_is_detected_once_per_note() -> None:
    assert dictated_lower(_LOWER_NOTE.format(x="bríd"))
    assert not dictated_lower("Seen at home today. Client says sleep is poor. Plan: review in two weeks.")


@pytest.mark.parametrize(("text", "value"), [
    # multi-word names with particles and hyphens after a loose role or a reporting verb
    ("client eoghan mac con ruaidh came in late today says he slept badly and wants to cut down on the drink",
     "eoghan mac con ruaidh"),
    ("spoke to the mother on the phone she says kalolaine vainikolo-fusitu'a hasnt been to school since monday",
     "kalolaine vainikolo-fusitu'a"),
    ("client siti nurhaliza binte rosli attended with her aunt and we went over the budget for the month again",
     "siti nurhaliza binte rosli"),
    ("met with the family today and the minister rev tevita came along to support them at the meeting",
     "tevita"),
    # a possessive written without its apostrophe, after kin or before kin
    ("he has been staying at his uncle hopes place since the fight and goes to work from there most days",
     "hope"),
    ("rang mikaeres nan on her mobile she was worried about him missing school and not eating much",
     "mikaere"),
])
def test_dictated_names(analyzer, text: str, value: str) -> None:
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("script goes to the kilcarrig road branch of ronaghans chemists and he picks up daily",
     "ronaghans chemists"),
    ("gp is at drumcliffe family practice and they know about the plan for the next review",
     "drumcliffe family practice"),
    ("mum says the family goes to sunday service at tokelau congregational porirua every week",
     "tokelau congregational porirua"),
    ("she has been staying with her sister in otahuhu east since the landlord changed the locks",
     "otahuhu east"),
    ("he lives 14 carrowmore grove west galway 3 with his partner and their two children now",
     "14 carrowmore grove west galway 3"),
])
def test_dictated_places_and_bodies(analyzer, text: str, value: str) -> None:
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), [
    ("client says she went to the family practice and the school nurse about the rash this week", "family practice"),
    ("client came in at ten says he is sleeping better and wants to keep going to the group", "sleeping better"),
    ("she says she lives in fear of him and wants to move somewhere quiet with the kids", "in fear"),
    ("he walked 20 minutes park to park on the weekend and says his mood was a bit better after", "20 minutes"),
    ("client says his mum and his dad both came to the meeting and were worried about the drink", "his mum"),
    ("the client says he attended church on sunday and spoke with the minister after the service", "church on sunday"),
])
def test_dictated_ordinary_words_survive(analyzer, text: str, keep: str) -> None:
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Client reports PPS 4418820TW on the form.", "4418820TW"),
    ("NHI QRT6610 checked at intake.", "QRT6610"),
    ("Her CHI 2104871133 was confirmed.", "2104871133"),
    ("Ref: TFN 448 120 337 given; UR 8841025.", "8841025"),
    ("mobile 086 220 1197 IHI 8003 6082 1144 5523 noted", "8003 6082 1144 5523"),
])
def test_short_label_then_code(analyzer, text: str, value: str) -> None:
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), [
    ("AUDIT 19 and PHQ-9 14 today; BP 128/84.", "AUDIT 19"),
    ("Started on SSRI 50mg; GAD-7 12.", "SSRI 50mg"),
    ("Dose ATC N06AB06 is the sertraline class.", "sertraline"),
])
def test_scores_and_doses_after_capitals_survive(analyzer, text: str, keep: str) -> None:
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Lives at 20417 112B St, Langley, BC V2Y 3K8 with her son.", "20417 112B St, Langley, BC V2Y 3K8"),
    ("Address: Blk 207 Jurong West St 21, #12-334, Singapore 640207. Seen today.",
     "Blk 207 Jurong West St 21, #12-334, Singapore 640207"),
    ("Cough for 3 weeks, sent to Ban Nong Waeng sub-district hospital for an x-ray.",
     "Ban Nong Waeng sub-district hospital"),
])
def test_address_and_organisation_extents(analyzer, text: str, value: str) -> None:
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), [
    ("Plan: kaupapa Māori mentoring and a Pasifika youth group, review next week.", "Māori"),
    ("He asked for a te reo Māori speaker at the hui next time.", "Māori"),
])
def test_words_spelled_with_macrons_survive(analyzer, text: str, keep: str) -> None:
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_particle_names_and_quoted_nicknames(analyzer) -> None:
    text = 'Re: Caoimhín "Kev" Ó Briain, seen today with Siti Aminah binti Yusof. Kev says he is sober.'
    for value in ('Caoimhín "Kev" Ó Briain', "Siti Aminah binti Yusof", "Kev"):
        assert covered(analyzer, text, value), found(analyzer, text)
