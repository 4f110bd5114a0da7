"""Session-9 English frames, stated generally and written before the code. Invented names only.

1. A name followed by a colon and a number is a name in a list (a contact, a family member with
   a count), not an instrument with a score: "Amina Sule Garba: 2 kids", "Oduya: 07700 900 417".
   An instrument named after its author keeps its score ("Rosenberg: 14", "Conners = 71").
3. Addresses in more countries' forms, taken whole: Taiwan's (No. 5, Ln. 33, Minsheng Rd.,
   Zhongli Dist., Taoyuan City 320), streets whose type is glued to the name (Lindenstraße 12,
   Björkgatan 7 lgh 1204, 114 32 Stockholm; Keizersgracht 140), and Ireland's postal district and
   Eircode (Dublin 12, D12 K7P3).
4. A Thai court's case number keeps its whole prefix, romanised or not (Sor.Por. 204/2567).
5. A name written two ways in one note is one person: a word one letter away from a found name
   (Karuppiah / karupiah) is the name too, unless it is an ordinary word (Lamont / lament).
6. Numbers after national and asylum labels of more countries (Personnummer, Aktenzeichen,
   asylum seeker permit) are taken whole, letters and all (DBNCOD004417823).
7. Name shapes of Singapore, Malaysia, Bangladesh and the Philippines: s/o and d/o between a name
   and the father's (Selvakumar s/o Arumugam), Md./Mohd. before a name, a doubled nickname with a
   hyphen (Bong-bong Dimaculangan).
8. Indonesia's street form, the number after the street (Jl. Kenanga Raya No. 45, Bandung 40115).
9. A service named only with words that say what kind it is stays (Student Hardship Fund, Native
   Student Center, Child & Adolescent Psychiatry, Student Conduct); a name among them is still an
   organisation (Brightwater Hardship Fund, Spectrum Collective).
10. What a note mentions that names no one stays: festivals (Lunar New Year, Diwali, Buddhist
    Lent), faiths (Sikh, Jehovah's Witness), benefits (Child Benefit, Disability Living Allowance,
    Section 8), games, toys and foods (Pokemon, Lego, Muay Thai), scriptures (Quran), Covid,
    therapy models (Solution Focused, Signs of Safety), brands and apps (Panadol, Google
    Translate; a gig platform one drives for is an employer, so Uber and Grab are not here), eponymous conditions (Munchausen by proxy); after "re" ("regarding") an
    ordinary word is the topic, not a person (re Mindfulness, re Ward 4), while a name still is
    (re Tendai).
11. A capitalised word no dictionary knows is a thing, not a person, when a thing-noun follows it
    (Makaton symbols, Widgit symbols, a Lakers fan) or a verb of watching, eating or drinking comes
    before it (binge-watching Heartstopper, living on Weetabix); a known given name there is still a
    person (watching Jake while mum works).
12. More address forms: Poland's (ul. Lipowa 12/4, 00-950 Warszawa; ul. Krótka 9 m. 3, 30-001
    Kraków), a Malaysian street with its number (Jalan Bunga Raya 4), a unit-house number with a
    hyphen before a comma (No. 9-1, Lorong Kenari 2), a district after a soi (Soi Bangla 5, Patong).
13. A label followed by another label still labels the number (Ref expediente 2024/EX-55120), and
    a visa number is an ID (work visa no. 40021877).
14. After a bare "in", "from" or "near", ordinary words that name no known place are a role or a
    thing, not a town (email from Ward Manager, from Clinical Lead); towns named with ordinary words
    stay places (from Reading, in Bath).
2. A clock time is no house number: "22:40 Soi Nong Bua" and "Moo Ban Suk 23.00" keep the time.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # 1. a name, a colon, a number that is no score
    ("Family update\n* Amina Sule Garba: 2 kids, coping at home", "Amina Sule Garba"),
    ("Contacts\nOduya: 07700 900 417, after 6pm", "Oduya"),
    ("Siblings: Tendai Moyo: 14, Rufaro Moyo: 9", "Tendai Moyo"),
    # 3. addresses
    ("Dorm: No. 5, Ln. 33, Minsheng Rd., Zhongli Dist., Taoyuan City 320\nAUDIT-C 7.",
     "No. 5, Ln. 33, Minsheng Rd., Zhongli Dist., Taoyuan City 320"),
    ("Lives at 4F, No. 112-3, Sec. 2, Zhongshan Rd., Xitun Dist., Taichung City 407 with two others.",
     "4F, No. 112-3, Sec. 2, Zhongshan Rd., Xitun Dist., Taichung City 407"),
    ("Now at Lindenstraße 12, 10969 Berlin with her cousin.", "Lindenstraße 12, 10969 Berlin"),
    ("Address Björkgatan 7 lgh 1204, 114 32 Stockholm. Partner works nights.",
     "Björkgatan 7 lgh 1204, 114 32 Stockholm"),
    ("Shelter room is full; she stays at Keizersgracht 140, Amsterdam for now.", "Keizersgracht 140"),
    ("Mum lives at Flat 2, 41 Rathmines Grove, Dublin 6, D06 H2R4; dad rents nearby.",
     "Flat 2, 41 Rathmines Grove, Dublin 6, D06 H2R4"),
    ("Postcode on the form: T12 XR60.", "T12 XR60"),
    ("Mum lives at Flat 1, 9 Glenard Bank, Dublin 9, D09 K2T6; dad rents nearby.",
     "Flat 1, 9 Glenard Bank, Dublin 9, D09 K2T6"),
    # 5. a name spelled two ways
    ("Client Teodoro Karuppiah, 34, referred by GP.\nlater in the session karupiah said he wants work",
     "karupiah"),
    ("Met Ifeoluwa Adebayo-Cole today. Ifeoluwah (as she signs) says school is better.", "Ifeoluwah"),
    # 6. labelled national and asylum numbers
    ("Personnummer 850917-4432. Partner works in Malmo.", "850917-4432"),
    ("BAMF Aktenzeichen 7731204-512. Appointment next week.", "7731204-512"),
    ("Asylum seeker permit DBNCOD004417823 expired in May.", "DBNCOD004417823"),
    # 7. name shapes
    ("- Selvakumar s/o Arumugam (WP no. G5512093K), fell at site", "Selvakumar s/o Arumugam"),
    ("- Md. Rafiqul Hasan Talukder - back pain, no sick leave", "Md. Rafiqul Hasan Talukder"),
    ("Son Bong-bong Dimaculangan holds her bank card.", "Bong-bong Dimaculangan"),
    # 8. Indonesian street form
    ("Home: Jl. Kenanga Raya No. 45, Bandung 40115. Attends SMP nearby.",
     "Jl. Kenanga Raya No. 45, Bandung 40115"),
    # 9. a named service
    ("Rent help from Brightwater Hardship Fund this month.", "Brightwater Hardship Fund"),
    ("Referred to Spectrum Collective for peer support.", "Spectrum Collective"),
    # 10. a name after "re"
    ("Plan: follow up re Tendai, school has not called back.", "Tendai"),
    ("Emailed the school re Grace's attendance.", "Grace"),
    # 11. a person after a watching verb, a name before a noun
    ("Nan is watching Jake while mum works nights.", "Jake"),
    ("Says husband Kyaw Zin drinks and hits her.", "Kyaw Zin"),
    ("Ms Okafor signs the consent form today.", "Okafor"),
    # 12. more address forms
    ("Works at a spa, ul. Lipowa 12/4, 00-950 Warszawa. Employer keeps her passport.",
     "ul. Lipowa 12/4, 00-950 Warszawa"),
    ("lives ul. Krótka 9 m. 3, 30-001 Kraków with two friends.", "ul. Krótka 9 m. 3, 30-001 Kraków"),
    ("Rents a room at 18B Jalan Bunga Raya 4 above a shop.", "18B Jalan Bunga Raya 4"),
    ("They rent at No. 9-1, Lorong Kenari 2, Sentul. Card expired.", "No. 9-1, Lorong Kenari 2, Sentul"),
    ("21:18 lives in the staff dorm, Soi Bangla 5, Patong\n21:25 spoke to HR", "Soi Bangla 5, Patong"),
    # 13. labelled numbers
    ("Ref expediente 2024/EX-55120. Next hearing in May.", "2024/EX-55120"),
    ("Thai national, work visa no. 40021877, employed at a restaurant.", "40021877"),
    # 14. towns named with ordinary words
    ("She moved here from Reading in 2019.", "Reading"),
    ("Aunt lives in Bath, visits monthly.", "Bath"),
    # 4. case numbers
    ("Juvenile court, black case no. Sor.Por. 204/2567 adjourned to March.", "Sor.Por. 204/2567"),
]

KEPT = [
    # 1. instruments with a score stay
    ("Rosenberg: 14, low self-worth", "Rosenberg"),
    ("Conners = 71 (parent form)", "Conners"),
    ("Scores today\nRosenberg: 12\nBDI-II: 19", "Rosenberg"),
    ("Rosenberg self-esteem = 12", "Rosenberg"),
    # 5. an ordinary word one letter from a name stays
    ("Client Darrel Lamont tearful. He wrote a lament for his brother.", "lament"),
    ("Seen with Marcie Hollins. She hollers at the kids when tired.", "hollers"),
    # 9. services named with kind words only
    ("Referred to Student Hardship Fund for rent.", "Student Hardship Fund"),
    ("Walked her to the Native Student Center after class.", "Native Student Center"),
    ("Waitlist at Child & Adolescent Psychiatry is 6 weeks.", "Child & Adolescent Psychiatry"),
    ("Met with Student Conduct today about the incident.", "Student Conduct"),
    ("Booked with Student Advice for visa questions.", "Student Advice"),
    ("Linked to Harm Reduction Outreach for needles.", "Harm Reduction Outreach"),
    ("Seen at the Eating Disorders Clinic last year.", "Eating Disorders Clinic"),
    # 10. things a note mentions that name no one
    ("Discussed Lunar New Year with mum today.", "Lunar New Year"),
    ("Family goes to temple for Diwali; he mentioned Diwali twice.", "Diwali"),
    ("Plan: follow up re Buddhist Lent and alcohol.", "Buddhist Lent"),
    ("He mentioned Sikh temple meals; mum is a Jehovah's Witness.", "Jehovah's Witness"),
    ("Discussed Child Benefit with mum today.", "Child Benefit"),
    ("Helped with the Disability Living Allowance form.", "Disability Living Allowance"),
    ("Plan: follow up re Section 8 voucher.", "Section 8"),
    ("Used Solution Focused questions; Signs of Safety mapping next.", "Solution Focused"),
    ("Takes Panadol for headaches, no other meds.", "Panadol"),
    ("Used Google Translate with grandma.", "Google Translate"),
    ("School raised Munchausen by proxy concerns in 2022.", "Munchausen"),
    ("Plan: follow up re Mindfulness practice.", "Mindfulness"),
    ("Loves Pokemon and Lego; plays Call of Duty at night.", "Pokemon"),
    ("Loves Pokemon and Lego; plays Call of Duty at night.", "Call of Duty"),
    ("Reads the Quran with his uncle every evening.", "Quran"),
    ("Had Covid in March, still tired.", "Covid"),
    ("Trains Muay Thai twice a week, good for mood.", "Muay Thai"),
    ("Plan: follow up re Ward 4 discharge.", "Ward 4"),
    # 11. things named with unknown capitalised words
    ("Communicates with Makaton symbols at school.", "Makaton"),
    ("Uses Widgit symbols on her board.", "Widgit"),
    ("Big Lakers fan, shoots hoops after school.", "Lakers"),
    ("Up late binge-watching Heartstopper and Drag Race with mates.", "Heartstopper"),
    ("Living on Weetabix and toast since the benefits stopped.", "Weetabix"),
    ("Drinks Tyskie most nights, AUDIT-C 9.", "Tyskie"),
    # 14. roles after from/in
    ("Email from Ward Manager re housing.", "Ward Manager"),
    ("Email from Clinical Lead re discharge.", "Clinical Lead"),
    ("Email from Key Worker about the move.", "Key Worker"),
    # 3. words that end like a street type are no street
    ("Bring 2 forms to the next session", "Bring 2"),
    ("Offering 3 sessions before review", "Offering 3"),
    ("Investigate 2 options with the family", "Investigate 2"),
    ("Brigade 4 volunteers helped move the furniture", "Brigade 4"),
    ("Leeds 3 times a week for dialysis", "3 times"),
    # 2. a clock time before or after a street
    ("Outreach log\n22:40 Soi Nong Bua - met two girls outside the bar", "22:40"),
    ("Night walk: 21.15 Kings Road, quiet", "21.15"),
    ("outreach tonight Soi Chaiyapruek 23.00 met a new girl", "23.00"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_session9_english_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_an_ordinary_word_sits_in_a_session9_english_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)
