"""Round-19 English frames (from opened set 15): a staff member named with a bracketed post
(key worker, peer mentor, nurse grades RN/EN/AIN); a body closed by "Recovery"; the Hmong
surname Her after a given name; a Japanese or Korean honorific glued by a hyphen (-san, -sensei,
-kun, -ssi), also inside Thai notes; a log line opened by a name and a clock time, and the same
name later in lower case; Burmese/Karen names dictated in lower case; a dictated US or UK address
with no commas before the state and ZIP / postcode. Precision: offices every institution has
(Intl Affairs, Student Svcs, Legal Aid Dept), subjects in brackets (Pharmacology), a care-home
room label in a shift handover (Rm 11, ห้อง 6), a room word before a location cue, devices and car
models (Chromebook, a silver Hilux), a post after "mtg w", ordinary words in the same frames
(Lunch 1230, patience needed, Her worry, saw my mum). Invented names only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # a name with a bracketed post — three ways of writing it
    ("Attendees: Marisol Achterberg (PO), Hallelujah (key worker, Fenwick House), GP", "Hallelujah"),
    ("present: Treasure (support worker) and Ms Odile Brandt", "Treasure"),
    ("Oakleaf wing handover – Duangjai (EN) handing over to night staff", "Duangjai"),
    ("Night report, Kessock Lodge: Phailin (AIN) did obs at 0200", "Phailin"),
    ("Precious (peer mentor, Riverbend Trust) joined the call", "Precious"),
    # a body closed by Recovery
    ("referral accepted by Thornfield Grange Recovery for detox", "Thornfield Grange Recovery"),
    # the Hmong surname Her after a given name
    ("dad via interpreter Ntxhi Her, (612) 555-0171, agreed", "Ntxhi Her"),
    ("interpreter Pheng Her (Hmong) confirmed the IEP time", "Pheng Her"),
    ("Mom Zoua Her. Son in 2nd grade", "Zoua Her"),
    # Japanese and Korean honorifics
    ("line leader Fujimoto-san shouts at the new staff", "Fujimoto"),
    ("the plant doctor Hasegawa-sensei signed the form", "Hasegawa"),
    ("his friend Nishida-kun drove him home", "Nishida"),
    ("manager Park-ssi refused the leave", "Park"),
    ("หัวหน้าญี่ปุ่น Okabe-san บอกให้อดทน GAD-7 17", "Okabe"),
    # a log line opened by a name and a time; the same name later in lower case
    ("Zhenyu 0930 w/ roommate translating, zhenyu eng weak, homesick", "zhenyu"),
    ("Zhenyu 0930 w/ roommate translating, zhenyu eng weak, homesick", "Zhenyu"),
    ("- Anwarul @ 14:30 walk-in, no sleep 3 nights", "Anwarul"),
    ("Tsegaye 9am came with brother", "Tsegaye"),
    # Burmese / Karen names dictated in lower case
    ("vm left 651 555 0166 paw htoo absences 7 this term", "paw htoo"),
    ("her cousin naw hser paw not eating at lunch", "naw hser paw"),
    ("dictated client kyaw zin thu says landlord took his card", "kyaw zin thu"),
    # a dictated address with no commas before the state and the ZIP / postcode
    ("home visit apt 9 1187 Cedar Ave S Minneapolis MN 55404 no heat", "apt 9 1187 Cedar Ave S Minneapolis MN 55404"),
    ("lives 41 Gorse Hill Rd Sheffield S6 3QP with gran", "41 Gorse Hill Rd Sheffield S6 3QP"),
    ("address 77 Birch St Fresno CA 93701 since March", "77 Birch St Fresno CA 93701"),
]

KEPT = [
    ("Plan: safety plan done, informed Intl Affairs tonight", "Intl Affairs"),
    ("she emailed Student Svcs about the extension", "Student Svcs"),
    ("Legal Aid Dept informed about the passport", "Legal Aid Dept"),
    ("Dr Somjit Rattanakorn (Pharmacology) agreed an extension", "Pharmacology"),
    ("Ajarn Narong (Psychiatry) will see her", "Psychiatry"),
    ("Aged care handover 14/05\nRm 11 new admit, falls risk\nBarthel due Rm 11", "Rm 11"),
    ("Family meeting (Rm 22, dementia). RN present. Cornell Scale 9", "Rm 22"),
    ("[LINE night crew] ป้า ห้อง 6 ตกเตียงอีกแล้ว 0310 no injury", "0310 no injury"),
    ("Clifford in Rm 3 refused meds, RN aware", "Rm 3"),
    ("Lunch 1230 in the dining room", "Lunch 1230"),
    ("Thurs 0900 group was full", "Thurs 0900"),
    ("Physio 1000 then rest", "Physio 1000"),
    ("kids Hollis and Bram share one bed; patience needed with landlord", "patience needed"),
    ("Son Tou Lee missed 6 days. Her worry is the bus stop", "Her worry"),
    ("i saw my mum say moo to the baby", "saw my mum say moo"),
    ("road to Recovery group on Tuesday", "Recovery group"),
    # devices, vehicles and posts the statistical model or the last-net rule took for names
    ("Kobie texting from her school Chromebook at 23:10", "Chromebook"),
    ("he plays on the Xbox till 3am, mum took the PlayStation", "PlayStation"),
    ("Dad wants mtg w Head of Year about the fight", "Head of Year"),
    ("Drives a silver Hilux reg KP19 LMX to the site", "silver Hilux"),
    ("mum's car is a red Yaris, parked outside", "red Yaris"),
]

#: A room still places a person when a living word stands before it, even in a care setting.
ROOM_AT_HOME = [
    ("Aged care referral: son lives in a motel rm 14 on Hwy 1", "rm 14"),
    ("RN note: discharged home, she stays at room 208 of the hostel", "room 208"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round19_frame_then_it_is_redacted_whole(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_an_ordinary_word_sits_in_the_same_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), ROOM_AT_HOME)
def test_when_someone_lives_in_a_room_then_a_care_setting_does_not_keep_it(analyzer, text, value):
    assert covered(analyzer, text, value)
