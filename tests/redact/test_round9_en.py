"""Round-9 English classes (general rules; every name here is invented for this module and is in
no case file): Malaysian and Philippine addresses, UNHCR-shaped numbers, a register acronym before
a bare number, Singapore mobiles, hospitals named by a possessive, stations named by their street,
labour agencies and programme brands, romanised Thai districts and markets, and the round-9 place
policy (a place where someone lives, goes or comes from is a LOCATION; Bangkok and nationalities
stay). Precision: eponymous instruments with a score, Irish police words, list headings and
hospital beds stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Malaysian address, postcode before town", "Stays at No. 9, Jalan Sultan Ismail Lama, 50250 Kuala Lumpur now.",
     ["No. 9, Jalan Sultan Ismail Lama, 50250 Kuala Lumpur"]),
    ("Lorong address", "Home: 31, Lorong Bunga Raya, 11600 Georgetown", ["31, Lorong Bunga Raya, 11600 Georgetown"]),
    ("Philippine purok address", "HV at Purok 2, Brgy. Sto. Nino, Bay, Laguna today.",
     ["Purok 2, Brgy. Sto. Nino, Bay, Laguna"]),
    ("UNHCR number", "UNHCR file 511-23C00417 pending.", ["511-23C00417"]),
    ("register acronym + bare number", "Child on CRIS 4471920; LAC review due.", ["4471920"]),
    ("Singapore mobile 4+4", "Call son (hp 8841 3307) re meds.", ["8841 3307"]),
    ("Singapore mobile with +65", "Niece +65 9012 4478 agreed.", ["+65 9012 4478"]),
    ("hospital by possessive", "Seen by paeds at Perth Children's, then home.", ["Perth Children's"]),
    ("station by street", "Police came from Pearse St station at 2am.", ["Pearse St station"]),
    ("labour agency with acronym", "Recruited through JK Manpower in 2023.", ["JK Manpower"]),
    ("labour hire", "Came via Redgum Labour Hire on a 457.", ["Redgum Labour Hire"]),
    ("programme brand", "Link dad w/ Parent Connect this week.", ["Parent Connect"]),
    ("romanised Thai district", "Outreach in Bang Bua Thong with the CHW.", ["Bang Bua Thong"]),
    ("romanised Thai market", "Room behind Talat Nong Mon, shared.", ["Talat Nong Mon"]),
    ("since + place + year", "Husband missing since Idlib 2015.", ["Idlib"]),
    ("back to + town", "Plans to go back to Tralee after discharge.", ["Tralee"]),
    ("home to + town", "Discharge home to Bendigo on Fri.", ["Bendigo"]),
    ("still in + city", "Mother still in Mazar, no phone.", ["Mazar"]),
]

STAYS = [
    ("eponymous instrument + score", "Rosenberg self-esteem = 17 today.", ["Rosenberg self-esteem = 17"]),
    ("eponymous instrument repeated", "Marchetti anxiety = 9. Marchetti Anxiety Scale again wk 4.",
     ["Marchetti Anxiety Scale"]),
    ("Irish police", "Gardai called twice; Garda liaison aware.", ["Gardai", "Garda liaison"]),
    ("list heading", "drop-in notes\nNew: 2 young people, both referred by school.", ["New:"]),
    ("hospital bed", "Bed 5 - settled overnight.", ["Bed 5"]),
    ("bed of a ward", "Moved to bed 2 of ward C after falls.", ["bed 2 of ward C"]),
    ("ward and bed", "Pt on ward 4 bed 11 since Mon.", ["ward 4 bed 11"]),
    ("Bangkok is too big", "Plans to go back to Bangkok for work.", ["Bangkok"]),
    ("nationality", "Burmese national, works nights.", ["Burmese"]),
    ("month after since", "Sober since March 2019.", ["March 2019"]),
    ("currency amount", "Owes USD 1500000 to the broker.", ["USD 1500000"]),
    ("women's group", "Women's group, Tue 10:00, 6 present.", ["Women's group"]),
]


@pytest.mark.parametrize(("label", "text", "values"), FOUND, ids=[r[0] for r in FOUND])
def test_when_an_identifier_of_a_round9_class_appears_then_it_is_redacted(analyzer, label, text, values):
    for value in values:
        assert covered(analyzer, text, value), (label, value, found(analyzer, text))


@pytest.mark.parametrize(("label", "text", "values"), STAYS, ids=[r[0] for r in STAYS])
def test_when_ordinary_text_looks_like_a_round9_class_then_it_stays(analyzer, label, text, values):
    for value in values:
        assert untouched(analyzer, text, value), (label, value, found(analyzer, text))


def test_when_a_home_room_has_a_bed_then_it_is_still_an_address(analyzer):
    assert covered(analyzer, "Lives in room 14 bed B at the boarding house.", "room 14 bed B")


def test_when_a_place_follows_a_place_frame_then_it_is_typed_location(analyzer):
    ents = analyzer.analyze("She moved back to Tamworth last year.")
    assert ("LOCATION", "Tamworth") in [(e.type, e.text) for e in ents]
