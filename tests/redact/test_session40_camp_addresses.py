"""Session 40 (sets 135, 111, keep23): a camp or settlement address in its own units.

Refugee and displacement settings write where a family lives as the camp, then its village,
sector or block, then the shelter, tukul or house: "Camp 15, Block C-4, shelter 0217", "Mahama 2,
Village 11, Block D, house no. 214", "Naivasha IDP site, Sector B, Block 7, tukul 31". The camp
rule read one name and one block only, a block with no hyphen, and never a camp written as "Camp"
and its number (Camp is also a word) — so these addresses were missed or cut short. A timetable's
or a ward's units (Ward 7, block 2; Block 2, Period 3) are no address, nor a plan's section or a
reading scheme's phase with no dwelling after it."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Family registered at Camp 12, Block D-7, shelter 0458 since March.", "Camp 12, Block D-7, shelter 0458"),
    ("They moved to Camp 9 Ext, Block A-3 after the fire.", "Camp 9 Ext, Block A-3"),
    ("Home visit: Kiziba 3, Village 8, Block C, house no. 117 — mother present.", "Kiziba 3, Village 8, Block C, house no. 117"),
    ("Lives at Dadaab IDP site, Sector D, Block 4, tukul 22 with two aunts.", "Dadaab IDP site, Sector D, Block 4, tukul 22"),
    ("Relocated to Block E-12, shelter 305 near the water point.", "Block E-12, shelter 305"),
    ("Shelter: Nakivale camp, block 6, plot 41.", "Nakivale camp, block 6, plot 41"),
    ("New address Umpiem Mai, Section 5, house 118 (moved from Section 2).", "Umpiem Mai, Section 5, house 118"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_camp_address_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Seen on Ward 7, block 2 of the main hospital after lunch.", "Ward 7, block 2"),
    ("Timetable: Block 2, Period 3, Room 12 is her maths lesson.", "Block 2, Period 3"),
    ("She scored 12 on the PHQ-A at Camp today, settled in Block 3.", "Block 3"),
    ("Needs are set out in the EHCP section F, reviewed yearly.", "EHCP section F"),
    ("Reading: Little Wandle phase 2, sounds s-a-t-p.", "Little Wandle phase 2"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_units_of_a_ward_or_a_timetable_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
