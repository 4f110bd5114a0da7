"""Round-6 English classes (general rules; every name here is invented for this module and is
in no case file): UK/AU/NZ phones, labelled and shaped IDs, addresses outside the US form,
organisations without a cue word, one-word places, names after roles/verbs/brackets, word-names,
lower-case names in terse jottings, Korean hyphenated given names. Each class also has a
"stays" row: the ordinary text near it must survive (precision)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    # phones written with a trunk 0 in UK / AU / NZ groupings
    ("UK phones", "Carer's mobile 07700 900 517, home 0113 496 0871.", ["07700 900 517", "0113 496 0871"]),
    ("AU/NZ phones", "Ring (03) 9123 4867 or 02 9412 6630; NZ 021 455 7812.", ["(03) 9123 4867", "02 9412 6630", "021 455 7812"]),
    # numbers after any "<noun> no./number", bracketed labels, NI-number shape, Discord/Viber IDs
    ("noun + no.", "Hospital no. KT5519034. NDIS number 430 118 296.", ["KT5519034", "430 118 296"]),
    ("bracketed no.", "Uncle keeps her passport (no. LM8841207).", ["LM8841207"]),
    ("CRN label", "Centrelink CRN 311 845 207K on file.", ["311 845 207K"]),
    ("NI number shape", "NI QQ 45 12 88 B noted.", ["QQ 45 12 88 B"]),
    ("messaging IDs", "Viber: tun.myat.88 and Discord grimwolf#0331.", ["tun.myat.88", "grimwolf#0331"]),
    # addresses: AU unit/number + state + postcode, UK postcode, street type first, Thai in English, halls
    ("AU address", "Visit at 3/41 Bellbird St, Liverpool NSW 2170 today.", ["3/41 Bellbird St, Liverpool NSW 2170"]),
    ("UK address", "Moved to 9 Larkfield Terrace, Omagh BT78 1QQ last month.", ["9 Larkfield Terrace, Omagh BT78 1QQ"]),
    ("street type first", "Lives at 412 Calle Mirasol, El Paso TX 79901.", ["412 Calle Mirasol, El Paso TX 79901"]),
    ("Thai address in English", "Home: 17/3 Moo 8, Soi Ladprao 101, Khlong Chan, Bang Kapi, Bangkok 10240.",
     ["17/3 Moo 8, Soi Ladprao 101, Khlong Chan, Bang Kapi, Bangkok 10240"]),
    ("hall room", "Student lives in Carver Hall 214 on campus.", ["Carver Hall 214"]),
    # organisations: "&" names, lost-job and custody cues, affiliation + verb, care homes, legal firms
    ("ampersand business", "Laid off from Pickering Brick & Slate in May.", ["Pickering Brick & Slate"]),
    ("custody cue", "Brother incarcerated at Halbrook CI since 2022.", ["Halbrook CI"]),
    ("previously at", "Works nights as a carer; previously at Thornfield for four years.", ["Thornfield"]),
    ("affiliation + verb", "Marisa at Kestrel did the referral.", ["Marisa", "Kestrel"]),
    ("care home suffix", "Resident at Bottlebrush Vale Aged Care since June.", ["Bottlebrush Vale Aged Care"]),
    ("legal suffix", "Solicitor at Pen Y Bryn Legal is handling it.", ["Pen Y Bryn Legal"]),
    ("The + name", "Kitchen hand at The Salty Gull for a year.", ["The Salty Gull"]),
    # one-word unknown places / facilities inside a sentence
    ("unknown place after a date", "Outreach 4/18 Kahuluu. Client asleep in car.", ["Kahuluu"]),
    ("unknown facility", "Pt: 'please not back to Ravensmoor' again today.", ["Ravensmoor"]),
    # names: role + is, label colon, born/DOB after a full name, bracketed names, verbs before a name
    ("role is name", "Her sponsor is Tamsyn from the Thursday meeting.", ["Tamsyn"]),
    ("label colon", "New referral: Zainab Olowokandi, Year 8.", ["Zainab Olowokandi"]),
    ("name before birth cue", "Blessing Achterberg, born 4 May 2011, referred by GP.", ["Blessing Achterberg"]),
    ("bracketed unknown name", "Advocate at the tenants union (Oyelola) helping.", ["Oyelola"]),
    ("quoted nickname", 'Resident Teodora Magbanua ("Dodong") settled.', ["Dodong"]),
    ("verb before a name", "She said Ebo has been calling nonstop.", ["Ebo"]),
    ("short middle name", "Client Kim Thu Pham-Le attended.", ["Kim Thu Pham-Le"]),
    ("particles", "Client Ana de las Mercedes Quispe, 30, born 2/2/1995.", ["Ana de las Mercedes Quispe"]),
    ("Korean given name", "Student Seo-yeon Kang reported stress; Seo-yeon's RA called.", ["Seo-yeon Kang", "Seo-yeon"]),
    ("UK kin words", "Nan Gwenllian and Grandad Will do pickups.", ["Gwenllian", "Will"]),
    ("toddler role", "Partner Efosa, toddler Zuri at home.", ["Efosa", "Zuri"]),
    # word-names: pronouns, possessive + adjective + role, state, affiliation, modal, surname
    ("pronoun bracket", "River (they/them), 16, came alone.", ["River"]),
    ("possessive adjective role", "Sky's older brother drives her in.", ["Sky"]),
    ("state after", "Group: Amos tearful. Phoenix quiet. Ended on time.", ["Phoenix"]),
    ("affiliation word-name", "Dawn from the housing team called back.", ["Dawn"]),
    ("modal after", "Referral done. Next week Destiny will start groups.", ["Destiny"]),
    ("word-name + surname", "Mercy Oyelaran-Hart attended with her son.", ["Mercy Oyelaran-Hart"]),
    # dates of birth written the long and the spaced ways
    ("DOB long forms", "DOB: 7th of June, 1989. Sister DOB 21-Aug-2012. Son dob 04 11 2015.",
     ["7th of June, 1989", "21-Aug-2012", "04 11 2015"]),
    # titles with initials or particles; surnames in capitals; Canadian and lot addresses
    ("title + initial", "Reviewed by Dr. K. Asamoah and Ms. van der Meer.", ["Dr. K. Asamoah", "Ms. van der Meer"]),
    ("capital surname", "Name: ADEKUNLE, Folake. Client Tomasz KOWALCZYK attended.", ["ADEKUNLE, Folake", "Tomasz KOWALCZYK"]),
    ("Canadian address", "Apt 9, 81 King St E, Hamilton ON L8N 1A8 is the new place.", ["Apt 9, 81 King St E, Hamilton ON L8N 1A8"]),
    ("lot address", "Lot 7 Wirraway Rd, Tamworth is the farm.", ["Lot 7 Wirraway Rd, Tamworth"]),
    # unknown names as subjects: a state or a person-only action right after
    ("state after unknown name", "Group went well. Kwadwo tearful at the end.", ["Kwadwo"]),
    ("action after unknown name", "Oyinda drove her in and waited.", ["Oyinda"]),
    # places with macrons or a possessive; a name used as a line label
    ("macron place", "Family lives in Ōpōtiki now.", ["Ōpōtiki"]),
    ("possessive place", "Arrived from Cox's Bazar in 2019.", ["Cox's Bazar"]),
    ("name as label", "Group notes. Efia: tired, not sleeping. Plan: review.", ["Efia"]),
    # an English workplace after a Thai job word
    ("Thai job cue", "พี่สาวเป็นพนักงานที่ Seacrest Villas มา 3 ปี", ["Seacrest Villas"]),
    # lower-case names in terse jottings, and a lower-case place after a residence cue
    ("lowercase bracket", "call w/ mum (yewande) - says dami back late.", ["yewande"]),
    ("lowercase possessive", "dami's youth worker rang. dami ok.", ["dami"]),
    ("lowercase given name", "staying w/ uncle tobias this wk", ["tobias"]),
    ("lowercase place", "she lives in wythenshawe now", ["wythenshawe"]),
    ("lowercase aged client", "cl odessa (15) came alone.", ["odessa"]),
    ("lowercase school", "school = kirkwood high, yr 10", ["kirkwood high"]),
]

STAYS = [
    ("ward alone", "Admitted to Ward 4C after a fall; Ward 7 next.", ["Ward 4C", "Ward 7"]),
    ("helplines", "Gave helpline 0808 2000 247 and Lifeline 13 11 14.", ["0808 2000 247"]),
    ("dates and times", "Intake 3/4 14:00. DOB not given. Session 02 06 2025.", ["3/4 14:00"]),
    ("services", "Referred to Youth Justice Service and Drug & Alcohol Service.", ["Youth Justice Service", "Drug & Alcohol Service"]),
    ("honorific pair", "Mr & Mrs consent signed.", ["Mr & Mrs consent"]),
    ("description after is", "Her boss is Mexican and her teacher was Catholic.", ["Mexican", "Catholic"]),
    ("holiday after at", "Hope at Christmas was hard for her.", ["Hope at Christmas"]),
    ("modal names", "Will would not help. Will try again Fri.", ["Will would", "Will try"]),
    ("hyphen words", "Walk-in clinic; Follow-up Mon; Self-harm risk low.", ["Walk-in", "Follow-up", "Self-harm"]),
    ("plural weekdays", "Group meets Sundays; she visits Fridays.", ["Sundays", "Fridays"]),
    ("compound words", "Used sandtray work; Telehealth next; Sandtray again.", ["Telehealth", "Sandtray"]),
    ("lowercase ordinary", "mum (tearful) and dad (absent); friend tom came.", ["tearful", "absent"]),
    ("platform words", "Ivy's Insta and Signal group were muted.", ["Insta", "Signal group"]),
    ("initials", "Met J.M. and Ms. B. at the office.", ["J.M.", "Ms. B."]),
    ("field labels", "Plan: review. Mood: low. Risk: none. Subjective: tired.", ["Plan", "Mood", "Risk", "Subjective"]),
    ("format acronyms", "Sara SOAP note done; Tom PLAN reviewed.", ["SOAP", "PLAN"]),
    ("states of rooms", "Mood quiet. Group calm. Mondays quiet.", ["Mood quiet", "Group calm", "Mondays quiet"]),
    ("lowercase descriptors", "cl female (14) seen; mum angry.", ["female", "angry"]),
    ("lowercase schools", "attends local high; at the high school", ["local high", "the high school"]),
]


@pytest.mark.parametrize(("label", "text", "values"), FOUND, ids=[r[0] for r in FOUND])
def test_when_an_identifier_of_a_round6_class_appears_then_it_is_redacted(analyzer, label, text, values):
    for value in values:
        assert covered(analyzer, text, value), (label, value, found(analyzer, text))


@pytest.mark.parametrize(("label", "text", "values"), STAYS, ids=[r[0] for r in STAYS])
def test_when_ordinary_text_looks_like_a_round6_class_then_it_stays(analyzer, label, text, values):
    for value in values:
        assert untouched(analyzer, text, value), (label, value, found(analyzer, text))


def test_when_a_ward_has_a_bed_then_the_hospital_bed_stays(analyzer):
    # round 9 policy: a hospital bed is reassigned to the next patient, it is not an identifier
    assert untouched(analyzer, "Pt on ward 9 bed 14 since Tue.", "ward 9 bed 14")
