"""Round-18 English frames (from opened set 14): a Scottish flat position before the house number;
a rural box with its community and postcode; a camp address (name, block, plot) and a camp case
number with its office letters; a "|" table whose place column is read as a labelled field; a
settlement with its numbered village; a place opening an outreach line; a centre named with a
lower-case kind; a dictated lower-case name before an age; a quoted nickname between a given name
and an initial; names in Cyrillic; Latin text in Thai notes — a condo after บ้านอยู่, a company
after "agency", a handle after ชื่อในเกม. Precision: job titles after "w/" (Deputy Head), an
instrument after a chat label (GAD-7), scores and wards in the same frames survive. Invented
names and places only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("Home visit. 3/1 52 Marchfield Crescent, Dundee DD2 5LP. PHQ-9 = 14", "3/1 52 Marchfield Crescent, Dundee DD2 5LP"),
    ("lives with her gran at Box 208, Pelican Narrows, SK S0P 0E0. In May", "Box 208, Pelican Narrows, SK S0P 0E0"),
    ("new shelter: Kambioos, blk H3, plot 22 since March", "Kambioos, blk H3, plot 22"),
    ("proGres no. NBI-22A04418 on the ration card", "NBI-22A04418"),
    ("dictated lives Nyarugusu zone 7 with uncle, sleeps badly", "Nyarugusu zone 7"),
    ("client comes from Juba and lives Tarbah village 3 with cousins", "Tarbah village 3"),
    ("Outreach Bophut, night market car park\n- two girls 14-15", "Bophut"),
    ("agreed refer to Mwangaza youth centre for football", "Mwangaza youth centre"),
    ("check w/ Tumaini Girls' Safe Space about the group", "Tumaini Girls' Safe Space"),
    ("dictated walk in deshawna kipling 16 came with her nohkom", "deshawna kipling"),
    ("intake client nyakuoth age 18 comes from the border", "nyakuoth"),
    ('Pupils: Kittiphat "Bank" R. (10A); Bank posted the clip', "Kittiphat"),
    ('Pupils: Kittiphat "Bank" R. (10A); Bank posted the clip', "Bank"),
    ("Client Mr. Dmitri Sokolov (Дмитрий Соколов), 41, driver", "Дмитрий Соколов"),
    ("ภรรยาชื่อ Oksana (Оксана) ยังอยู่ที่ยูเครน", "Оксана"),
    ("แม่ทำงานดึก บ้านอยู่ Palm Haven Ratchada ค่ะ", "Palm Haven Ratchada"),
    ("agency Coral Bay Crewing Services ไม่ตอบอีเมล", "Coral Bay Crewing Services"),
    ("เล่น ROV ทั้งคืน ชื่อในเกม DarkPanda_88 ค่ะ", "DarkPanda_88"),
    ("Home visit. Grandpa Bua-phan Sisombat, 79, lives alone", "Bua-phan Sisombat"),
    ("she lives Ban Nong Sawang, Moo 4 with her aunt", "Ban Nong Sawang, Moo 4"),
    ("To: Father Anselm, Apostleship of the Sea Centre Songkhla\n\nDear Father", "Apostleship of the Sea Centre Songkhla"),
]

KEPT = [
    ("restorative meeting Monday w/ Deputy Head.", "Deputy Head"),
    ("meeting Tuesday w/ Head of Year about the bullying", "Head of Year"),
    ("she does the LINE orders. Ploy: GAD-7 15, panic twice a week", "GAD-7 15"),
    ("moved to Ward 7, block 2 overnight", "Ward 7, block 2"),
    ("goes to the Friday youth club with her cousin", "Friday youth club"),
    ("called the agency Monday, no answer", "Monday"),
    ("dictated bdi 20 today pcl 48 sleeping 3 hours", "pcl 48"),
    ("audit 12 was high, she is 15 with mum", "audit 12"),
    ("Outreach team visited the pier, no contact", "Outreach team"),
    ("PHQ-9 was 4/2 weeks ago", "4/2"),
    ("Grandma asked about the Drop-in on Tuesday", "Drop-in"),
    ("Dad says the Pre-teen group is full", "Pre-teen"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round18_frame_then_it_is_redacted_whole(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_an_ordinary_word_sits_in_the_same_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


TABLE = (
    "Name | Case no. | Location | Phone | Issue\n"
    "Sahra Nur Abdi | none yet | Kambioos East 2 | none | school fees\n"
    "Deng Ajak Bol | none yet | Ifo, blk D1 | (shared) | sleeps badly\n"
    "Scores: PHQ-9 | GAD-7 | Follow up"
)


@pytest.mark.parametrize("value", ["Kambioos East 2", "Ifo, blk D1"])
def test_when_a_table_has_a_location_column_then_its_cells_are_places(analyzer, value):
    assert covered(analyzer, TABLE, value)


@pytest.mark.parametrize("value", ["none yet", "school fees", "Follow up"])
def test_when_a_table_cell_is_no_place_then_it_survives(analyzer, value):
    assert untouched(analyzer, TABLE, value)


@pytest.mark.parametrize(("value", "title"), [
    ("Deputy Head", True), ("Head of Year", True), ("Assistant Principal", True),
    ("Deputy Head Marlon", False), ("Hope Kessler", False),
])
def test_when_every_word_is_a_job_title_word_then_it_names_a_post(value, title):
    from assistant.redact.recognizers.person_en import job_title_words

    assert job_title_words(value) is title
