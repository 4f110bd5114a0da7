"""Session 20: addresses written with their numbered parts first, as in Hong Kong, India, Taiwan
and the Gulf (flat, floor, house number, building, road, block), and German and Dutch streets
(Weseler Str. 112, Zamenhofdreef 88-bis, 3562 JW Utrecht): the whole address is covered."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

CASES = [
    ("She rents a subdivided unit at Flat B3, 6/F, Wing Cheong Building, 143 Ki Lung Street, Sham Shui Po, Kowloon\nHousing: subdivided",
     "Flat B3, 6/F, Wing Cheong Building, 143 Ki Lung Street, Sham Shui Po, Kowloon"),
    ("Residence: H.No. 12/B, Sai Krupa Chawl, Gondhale Nagar, Hadapsar, Pune 411028\nParent contact: mother",
     "H.No. 12/B, Sai Krupa Chawl, Gondhale Nagar, Hadapsar, Pune 411028"),
    ("The broker moved her to Room 5F-12, 88 Zhongshan Rd, Guanyin District, Taoyuan City.\nPhone: on file",
     "Room 5F-12, 88 Zhongshan Rd, Guanyin District, Taoyuan City"),
    ("ที่พัก Flat 22, Building 1187, Road 4025, Block 340, Juffair (shared with five others)",
     "Flat 22, Building 1187, Road 4025, Block 340, Juffair"),
    ("She lives with her son (9) at Weseler Str. 112, 47169 Duisburg. She works four days a week.",
     "Weseler Str. 112, 47169 Duisburg"),
    ("Address: Zamenhofdreef 88-bis, 3562 JW Utrecht (Overvecht), lives with mother",
     "Zamenhofdreef 88-bis, 3562 JW Utrecht"),
    ("The staff camp is at Villa 12, Street 25, Zone 4, Al Rayyan. Sponsor holds her passport.",
     "Villa 12, Street 25, Zone 4, Al Rayyan"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_the_whole_address_is_covered(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_counts_and_ward_numbers_are_no_address(analyzer):
    text = "Seen on the ward today: 3 visits, 2 calls, 1 letter, Mum present."
    assert [t for t, _ in found(analyzer, text) if t == "ADDRESS"] == []
