"""Addresses, phones and reference numbers in the forms written outside the US and Thailand's own
script: UK/Australian/Singaporean/Canadian addresses with their town and postcode, Thai addresses
romanised, named residences, UK phone groupings, UK NI and NHS numbers, and Thai court case numbers.
The whole identifier must be covered (a postcode left behind still locates the client), and the
ordinary numbers and words that share these shapes must survive. Invented values only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("Lives at 27 Thornbury Close, Ipswich IP4 2LX with her nan.", "27 Thornbury Close, Ipswich IP4 2LX"),
    ("Moved to Flat 3, 88 Harcourt Road, Glasgow G12 8QQ last month.", "88 Harcourt Road, Glasgow G12 8QQ"),
    ("Address: 12/40 Wattle Pde, Dandenong VIC 3175.", "12/40 Wattle Pde, Dandenong VIC 3175"),
    ("Staying at 455 Orchard Mews, Halifax, NS B3H 1A1 for now.", "455 Orchard Mews, Halifax, NS B3H 1A1"),
    ("Shelter bed, then 2210 Jerome Ave Apt 3C, Bronx, NY 10453.", "2210 Jerome Ave Apt 3C, Bronx, NY 10453"),
    ("Family at Blk 58 Tampines St 21 #11-402 Singapore 520058.", "Blk 58 Tampines St 21 #11-402 Singapore 520058"),
    ("Worker lives at 102/7 Moo 4, Ban Khok Sa-at, Tambon Non Thai, Korat.",
     "102/7 Moo 4, Ban Khok Sa-at, Tambon Non Thai, Korat"),
    ("Now renting at Maple Garden Residence, Sukhumvit 50 with a cousin.", "Maple Garden Residence, Sukhumvit 50"),
    ("Hostel: Brookfield House, 9 Quarry Lane, Derby DE1 3RT.", "Brookfield House, 9 Quarry Lane, Derby DE1 3RT"),
    ("Postcode on the form was CF24 4HQ.", "CF24 4HQ"),
    ("Call her mobile 07811 203 559 after 6.", "07811 203 559"),
    ("GP surgery on 0161 555 0190, ask for the duty doctor.", "0161 555 0190"),
    ("NI number PX 43 81 20 B on the claim.", "PX 43 81 20 B"),
    ("NHS 943 476 5919, registered with the practice.", "943 476 5919"),
    ("คดีหมายเลขดำที่ ย.588/2568 นัดสืบพยาน", "ย.588/2568"),
    ("ศาลนัดคดี อ.2041/2567 เดือนหน้า", "อ.2041/2567"),
]

KEPT = [
    ("PHQ-9 = 14 on 3/4, GAD-7 11.", "PHQ-9 = 14"),
    ("Seen on Ward 4B at 10:30 with the charge nurse.", "Ward 4B"),
    ("Walked 5 km along the river each morning.", "5 km"),
    ("Took 20 mg sertraline daily for 12 weeks.", "20 mg"),
    ("Session 3 of 12; next review 12/06/2026.", "12/06/2026"),
    ("นัดครั้งต่อไป 12/2568 ตามแผน", "12/2568"),
    ("ST-5 = 9, 2Q ปกติ, 9Q = 7", "9Q = 7"),
    ("Phoned 1323 then 988 from the car park.", "988"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_address_phone_or_reference_is_written_in_an_international_form_then_all_of_it_is_covered(
    analyzer, text, value
):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_ordinary_numbers_share_those_shapes_then_they_survive(analyzer, text, value):
    assert untouched(analyzer, text, value)
