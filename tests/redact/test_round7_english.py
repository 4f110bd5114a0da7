"""Round-7 English classes (general rules; every name here is invented for this module and is in
no case file): organisations named by ANY kind-of-business head noun or a Thai agency
abbreviation after a romanised place, "@ X" as a workplace cue, type-first organisation heads
(Bahay …, Casa …), common-word names in strong person frames (pronoun brackets, "legal name X",
"(twins, Yr 4)", "(staff, …)", a quoted name after a kin word, a first name + surname initial),
misspelt ID labels, IDs and phones from Singapore / India / Canada / the UK / the Philippines,
barangays and First Nations, Indian and named-building addresses. Each class has "stays" rows:
the ordinary text near it must survive (precision)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # any organisation head noun after capitalised words
    ("laundromat", "Dad does nights at Bellweather Laundromat.", ["Bellweather Laundromat"]),
    ("medical practice", "GP Dr Ottoline Fairweather, Quenby Medical Practice.", ["Quenby Medical Practice"]),
    ("named court", "Hearing set at Marlstone Youth Court next month.", ["Marlstone Youth Court"]),
    ("magistrates' court", "Bail at Dunmore Magistrates' Court on Friday.", ["Dunmore Magistrates' Court"]),
    ("migrant aid", "Referred to Coral Coast Migrant Aid for legal advice.", ["Coral Coast Migrant Aid"]),
    ("partnership", "Respite via Elmhurst Carers Partnership.", ["Elmhurst Carers Partnership"]),
    ("works + depot", "Partner is at Tanfield Steel Works, brother at Greyhill Bus Depot.",
     ["Tanfield Steel Works", "Greyhill Bus Depot"]),
    ("mart + car wash", "Casual shifts, Kinrow Mart then Bluegate Car Wash.", ["Kinrow Mart", "Bluegate Car Wash"]),
    ("wellness", "Linked in with Maskwa Lake Family Wellness.", ["Maskwa Lake Family Wellness"]),
    # "@ X" as a workplace or place cue
    ("at-sign workplace", "Mum works nights @ Pellham Tyres, sister @ Orrin Quay.", ["Pellham Tyres", "Orrin Quay"]),
    # Thai agency abbreviations after a romanised place
    ("SHPH", "Plan: ask Khok Samran SHPH nurse to visit.", ["Khok Samran SHPH"]),
    ("PAO / PCU", "Wheelchair from Roi Et PAO; dressing at Nong Phai PCU.", ["Roi Et PAO", "Nong Phai PCU"]),
    # organisation heads written first in other languages
    ("type-first head", "Shelter at Bahay Kanlungan ng Kababaihan for now.", ["Bahay Kanlungan ng Kababaihan"]),
    # common-word names in strong person frames
    ("pronoun bracket + legal name", "Dusk (they/them, legal name Wirachat) dropped in.", ["Dusk", "Wirachat"]),
    ("twins bracket + coordination", "Anthem and Justice (twins, Yr 3) were late.", ["Anthem", "Justice"]),
    ("staff bracket in a list", "3. Penny (staff, Lindow Youth Trust) covered.", ["Penny", "Lindow Youth Trust"]),
    ("quoted name after kin word", "Grandson 'Bumbum' and ex-partner \"Gazza\" visit.", ["Bumbum", "Gazza"]),
    ("misspelt role word", "roomate Meadow is aware of the plan.", ["Meadow"]),
    ("first name + surname initial", "Case mgr at the hub: Patience K. will ring.", ["Patience"]),
    ("modal word-name in a staff bracket", "4. Will (staff, Hollin Youth Collective) closed.", ["Will"]),
    ("university acronym on a study line", "Uni counselling (QMU), 2nd yr nursing.", ["QMU"]),
    ("calendar word as a given name", "Kids Jun Wei (P4) and Mei (K1) at home.", ["Jun Wei", "Mei"]),
    # ID labels written with jotting misspellings, and shaped national IDs
    ("misspelt student label", "studnt no 3304178 (2nd yr).", ["3304178"]),
    ("patient no", "pt no 55821 on the wristband.", ["55821"]),
    ("Singapore NRIC", "NRIC T0348812J sighted.", ["T0348812J"]),
    ("Aadhaar", "Aadhaar 7321 4408 9156 copy on file.", ["7321 4408 9156"]),
    ("health card version code", "Health card 6612 840 227 MZ.", ["6612 840 227 MZ"]),
    ("PNC number", "PNC 09/771204Q on the warrant.", ["09/771204Q"]),
    ("Indian mobile", "Brother on WhatsApp 97311 40582.", ["97311 40582"]),
    # places and addresses
    ("barangay", "Visit in Brgy. Sampaloc, Tanay today.", ["Brgy. Sampaloc"]),
    ("first nation", "From Pine Creek FN, staying in town.", ["Pine Creek FN"]),
    ("Indian address", "Lives at 22/1 Nehru Nagar 4th Cross, Hosur 635109.", ["22/1 Nehru Nagar 4th Cross, Hosur 635109"]),
    ("named building + room", "Lives in Chaiyo Garden Mansion, room 411.", ["Chaiyo Garden Mansion, room 411"]),
    ("room + chawl + PIN", "Home: Room 4, Laxmi Chawl, Dharavi, Mumbai 400017.", ["Room 4, Laxmi Chawl, Dharavi, Mumbai 400017"]),
]

STAYS = [
    ("generic court", "Hearing at the Youth Court; family court date TBC.", ["Youth Court", "family court"]),
    ("generic practice and aid", "The practice nurse gave First Aid; Legal Aid applied.", ["practice nurse", "First Aid", "Legal Aid"]),
    ("laundromat noun", "Does laundry at the laundromat on Sundays.", ["the laundromat"]),
    ("at-sign times", "Seen @ 3pm, review @ home visit.", ["@ 3pm", "@ home"]),
    ("kin word alone", "Lola cares for him; Lolo passed in May.", ["Lola", "Lolo"]),
    ("slang term", "He owes money to Ah Long again.", ["Ah Long"]),
    ("pronouns label", "Pronouns (they/them) confirmed.", ["Pronouns"]),
    ("scale after a name", "Pt Marjorie ADL 14/20, IADL 5/8.", ["ADL 14/20", "IADL 5/8"]),
    ("K. after a number", "Medicaid ID 55219034K. Lives alone.", ["Lives"]),
    ("numbers without a label", "no 2 weeks off; took no 1000 mg doses.", ["2 weeks", "1000 mg"]),
    ("vitamin letter", "Vitamin D. Hepatitis B. Plan A.", ["Vitamin D", "Hepatitis B", "Plan A"]),
    ("ward", "Moved to Ward 7 then ICU.", ["Ward 7"]),
    ("unit acronym on a study line", "Student nurse on placement in ICU and PCU.", ["ICU", "PCU"]),
    ("modal Will", "Will call Fri re exams.", ["Will call"]),
    ("Thai duration after ห้อง", "ไม่ออกจากห้อง 2 สัปดาห์แล้ว", ["ห้อง 2 สัปดาห์"]),
]


@pytest.mark.parametrize(("label", "text", "values"), FOUND, ids=[r[0] for r in FOUND])
def test_when_an_identifier_of_a_round7_class_appears_then_it_is_redacted(analyzer, label, text, values):
    for value in values:
        assert covered(analyzer, text, value), f"{label}: not covered"


@pytest.mark.parametrize(("label", "text", "values"), STAYS, ids=[r[0] for r in STAYS])
def test_when_ordinary_text_looks_like_a_round7_class_then_it_stays(analyzer, label, text, values):
    for value in values:
        assert untouched(analyzer, text, value), f"{label}: over-redacted"


def test_when_a_room_is_a_home_then_thai_room_numbers_are_still_redacted(analyzer):
    assert covered(analyzer, "พักคอนโด ห้อง 1208 อาคาร B", "ห้อง 1208 อาคาร B")
