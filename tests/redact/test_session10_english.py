"""Session-10 English boundaries, stated generally and written before the code. Invented names.

1. A place's kind word after its name joins it, also after an organisation-looking name, a lane
   number or a dictated lower-case name (Dunmore Gate underpass, Kakuma 3 camp, riverside
   plaza names, "the tembusu estate"); a shelter after a named house stays a word.
2. A listed town (and its postal district) right after a street address closes the address,
   also in a lower-case dictated note (… apt 5 winnipeg, … dublin 8), and so does a district
   number after an address that ends in its town (…, Dublin 11); a function word or a count
   (Leeds 6 days a week) does not.
3. A place's compass part (Orlando West) and a company's region (Brightwave Logistics Asia) belong
   to the name; so do practices and funds named the US way (… Family Associates, … Youth Fund)
   — but a fund named only by whom it helps is a scheme (Household Support Fund).
4. A name never stops inside a hyphenated word (Bong-bong Dimaculangan, Maison Ferrandière-d'Or).
5. A body "of" a place is one organisation (Superior Court of Marin County, Youth and Family
   Court of Chanthaburi).
6. A place's administrative kind joins it (Xinzhuang District, Luleå kommun); a company's legal
   form makes the name before it a company (Fjällbacka Bär AB, Lim Brothers Sdn Bhd); a body's
   kind in lower case after a capitalised name, a word or two between, joins it (St Columba
   Karen fellowship); a market at a border or a checkpoint is a place (Ban Pakard border market).
7. A vehicle plate after its cue may be digits in two groups (plate 71-3382); a court registry's
   case number (matter KLC 2291/2023, RG 23/04418) is an identifier; a score out of a maximum
   (MMSE 24/30) is not.
8. A roster line names people (Present: Thanadet (front office), …; Apologies: Gwen Hartley); a
   role in it stays (Class teacher). A birth year after its cue (b. 1942, born in 1979) is a date
   of birth. A German association's legal form (e.V.) makes a company.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("Client sleeping rough under Dunmore Gate underpass most nights.", "Dunmore Gate underpass"),
    ("Family arrived from Kakuma 3 camp in 2022, resettled via IOM.", "Kakuma 3 camp"),
    ("Sells flowers outside Wat Ket plaza in the evenings with her cousin.", "Wat Ket plaza"),
    ("dictated: he moved into the tembusu estate block last month with his uncle", "tembusu estate"),
    ("now living with aunt at 18 greyfield crescent apt 5 winnipeg since may", "18 greyfield crescent apt 5 winnipeg"),
    ("mum and kids at 4 cluain mhuire court dublin 8 until the council finds a place", "4 cluain mhuire court dublin 8"),
    ("Youth group meets at Masakhane hall, Orlando West on Tuesdays.", "Orlando West"),
    ("Works nights at Brightwave Logistics Asia as a forklift driver.", "Brightwave Logistics Asia"),
    ("Referred to Oakhurst Ridge Family Associates for family therapy.", "Oakhurst Ridge Family Associates"),
    ("Scholarship from Phrae Upland Youth Fund covers the hostel fees.", "Phrae Upland Youth Fund"),
    ("Her son Bong-bong Dimaculangan holds the passbook.", "Bong-bong Dimaculangan"),
    ("Bed offered at Maison Ferrandière-d'Or from Monday.", "Maison Ferrandière-d'Or"),
    ("Order from the Superior Court of Marin County, juvenile division.", "Superior Court of Marin County"),
    ("Report sent to the Youth and Family Court of Chanthaburi, black case no. 12.",
     "Youth and Family Court of Chanthaburi"),
    ("Works at an electronics plant, Xinzhuang District, nights.", "Xinzhuang District"),
    ("Referral to Luleå kommun social services for housing.", "Luleå kommun"),
    ("Berry camp outside Arvidsjaur run by Fjällbacka Bär AB since July.", "Fjällbacka Bär AB"),
    ("Employer Lim Brothers Sdn Bhd holds his passport.", "Lim Brothers Sdn Bhd"),
    ("Sunday group - St Columba Karen fellowship, Yau Ma Tei.", "St Columba Karen fellowship"),
    ("Seen carrying sacks at the Ban Pakard border market for a trader.", "Ban Pakard border market"),
    ("Truck driver (Lao, plate 71-3382) brought her across.", "71-3382"),
    ("Family Court, matter KLC 2291/2023, interim order.", "KLC 2291/2023"),
    ("Claim filed (RG 23/04418) at the labour tribunal.", "RG 23/04418"),
    ("Group 3, Wed 19:00. Present: Thanawut (front office), Mo; Apologies: Gwen Hartley", "Thanawut"),
    ("Group 3, Wed 19:00. Present: Thanawut (front office), Mo; Apologies: Gwen Hartley", "Gwen Hartley"),
    ("Granny Khamsao Wongsila (b. 1942) is sole carer.", "1942"),
    # a kin or role word, "and", then a name: the other person
    ("Mum and Sione came in late, both upset.", "Sione"),
    ("Dad & Mahlet waited outside the office.", "Mahlet"),
    ("Referred by counsellor at Beratungsstelle Lindenhof e.V. last week.", "Beratungsstelle Lindenhof e.V."),
    # a postal district after an address that already ends in its town
    ("Mum and baby at 9 Clonard Rise, Finglas, Dublin 11 since March.", "9 Clonard Rise, Finglas, Dublin 11"),
]

KEPT = [
    ("Survivor staying at Tamsin House shelter since the weekend.", "shelter"),
    ("Applied to the Household Support Fund for a food voucher.", "Household Support Fund"),
    ("stays at 22 birchfield road apt 2 with her grandmother", "with"),
    ("MMSE 24/30 today, GAD 12/21, BP 120/80.", "MMSE 24/30"),
    ("Present: Class teacher, SW, Mum", "Class teacher"),
    ("Mum and Grandad came in late.", "Grandad"),
    ("Works at 14 Oak Road, Leeds 6 days a week.", "6 days"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_a_name_has_a_kind_town_or_region_after_it_then_the_whole_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_a_kind_or_scheme_word_follows_no_name_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


ROLE_FRAMES = ["{} says the boy was crying again.", "Spoke to {} about the rent.", "Plan: {} to follow up Monday."]
#: 9. A post written with a capital names no one (Cleaner, Pharmacist, Custody Sergeant); a
#: person with that word before the name is still found (Driver Okafor), and so is a given name
#: that is also a post word (Dean).
ROLES = ["Cleaner", "Caretaker", "Pharmacist", "Custody Sergeant", "Courier", "Matron", "Lifeguard"]


@pytest.mark.parametrize("frame", ROLE_FRAMES)
@pytest.mark.parametrize("word", ROLES)
def test_when_a_capitalised_post_stands_alone_then_it_survives(analyzer, frame, word):
    assert untouched(analyzer, frame.format(word), word)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Met Driver Okafor at the depot.", "Okafor"), ("Dean says he wants to move out.", "Dean")],
)
def test_when_a_post_word_comes_with_a_name_then_the_name_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


PLACE_FRAMES = ["Met her at the {} after school.", "He hangs around the {} most nights."]
#: 10. A kind of place written with capitals names no place (the Town Centre, the Bus Station,
#: the Night Market); a named one still does (Brixton Leisure Centre), and a surname that is also
#: a place word still spreads (Mrs Park).
PLACE_KINDS = ["Town Centre", "Bus Station", "Leisure Centre", "Night Market", "Soup Kitchen", "Car Park", "Temple"]


@pytest.mark.parametrize("frame", PLACE_FRAMES)
@pytest.mark.parametrize("kind", PLACE_KINDS)
def test_when_a_kind_of_place_is_capitalised_then_it_survives(analyzer, frame, kind):
    assert untouched(analyzer, frame.format(kind), kind)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Met her at Brixton Leisure Centre after school.", "Brixton Leisure Centre"),
        ("Client: Park Min-ji. Mrs Park was sitting outside.", "Mrs Park"),
    ],
)
def test_when_a_place_or_person_has_a_name_of_its_own_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


def test_when_a_count_follows_the_town_closing_an_address_then_it_stays(analyzer):
    """The town closes the address; "6 days a week" is a count, not a postal district (the same
    guard as after an address that already ends in its town)."""
    text = "now staying with a cousin at 42 dunraven drive apt 3 leeds 6 days a week then home"
    assert covered(analyzer, text, "42 dunraven drive apt 3 leeds")
    assert untouched(analyzer, text, "6 days")
