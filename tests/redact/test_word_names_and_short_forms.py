"""Round-5 cues (general, with names invented here): English names that are also ordinary words
need strong person context; shortened Thai nicknames; Thai kin-bracket nicknames and อ.+name;
condo addresses with an English building name; Thai companies without จำกัด; numbered municipal
schools; profile URLs. Each cue also has a "stays" case: the ordinary word must survive."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    # a word-name with a reporting or action verb after it
    ("Couples session. Honor told me she is done.", "Honor"),
    ("Will says the rent is late again.", "Will"),
    # possessive + kin/role noun, an age, a bracketed role, a title, "goes by"
    ("Spoke with Patience's mom about school.", "Patience"),
    ("Kids present: Journey (8) and a cousin.", "Journey"),
    ("Faith (aunt) brought the baby in.", "Faith"),
    ("Ms. Hope from the shelter called back.", "Hope"),
    ("client (goes by Tito) came late", "Tito"),
    # a kin or role word right before the word-name
    ("her bf Will yells when drunk", "Will"),
    # joined to a name found later by propagation
    ("Intake. Bliss and Sage came in; Sage is Bliss's partner.", "Bliss"),
    # once a name, the modal look-alike keeps being the name when a verb form follows
    ("bf Will drinks daily. Will works nights at a bar.", "Will works"[:4]),
]

STAYS = [
    ("Will try to call Fri. Hope is she stays sober.", ["Will try", "Hope is"]),
    ("Faith-based group helped; grace period ends.", ["Faith-based group"]),
    ("Sage tea helped her sleep. will review next wk", ["Sage tea"]),
    ("bf Will drinks daily. Will follow up with PO Fri.", ["Will follow up"]),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_word_name_has_person_context_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "keeps"), STAYS)
def test_when_word_name_is_used_as_a_word_then_it_survives(analyzer, text, keeps):
    for keep in keeps:
        assert untouched(analyzer, text, keep)


TH_FOUND = [
    # shortened nickname: a prefix of a given name already found, used alone later
    ("ผรบ. นางสาวกนกวรรณ ทองดี อายุ 30 ปี ... ต่อมากนกบอกว่านอนไม่หลับ", "กนก"),
    # kin word + bracketed nickname
    ("แม่พาน้องมา พ่อ (ป๋อง) ทำงานต่างจังหวัด", "ป๋อง"),
    # อ. (อาจารย์) + a listed given name, not a district
    ("ครูแนะแนว อ.สุภาพร ส่งต่อมา", "อ.สุภาพร"),
    # condo with an English building name in an address chain
    ("ย้ายไปอยู่ คอนโด Riverside Grand ห้อง 804 ถนนพระราม 3", "คอนโด Riverside Grand ห้อง 804"),
    # company without จำกัด, numbered municipal school, profile URLs
    ("หัวหน้าที่ บริษัท ศรีอุดมขนส่ง ด่าอีกแล้ว", "บริษัท ศรีอุดมขนส่ง"),
    ("ลูกเรียน โรงเรียนเทศบาล 4 บ้านโนนสูง ป.2", "โรงเรียนเทศบาล 4 บ้านโนนสูง"),
    ("his profile linkedin.com/in/k-wirat-9 is public", "linkedin.com/in/k-wirat-9"),
]

TH_STAYS = [
    ("นางสาวพิมพ์ลดา ใจดี พิมพ์เอกสารเอง", ["พิมพ์เอกสาร"]),
    ("บริษัทเลิกจ้างเมื่อเดือนก่อน", ["บริษัทเลิกจ้าง"]),
    ("บ้านเลขที่ 9 หมู่ 2 อ.เมือง จ.เลย", []),
    ("แม่ (ผู้ดูแลหลัก) มาด้วย", ["ผู้ดูแลหลัก"]),
]


@pytest.mark.parametrize(("text", "value"), TH_FOUND)
def test_when_thai_cue_names_someone_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "keeps"), TH_STAYS)
def test_when_thai_cue_is_absent_then_words_survive(analyzer, text, keeps):
    for keep in keeps:
        assert untouched(analyzer, text, keep)


def test_when_district_follows_o_dot_then_it_is_not_a_person(analyzer):
    ents = analyzer.analyze("บ้านเลขที่ 9 หมู่ 2 อ.สุภาพร จ.เลย")
    assert all(e.type != "PERSON" for e in ents)


def test_when_o_dot_abbreviates_a_word_then_it_is_not_a_person(analyzer):
    assert all(e.type != "PERSON" for e in analyzer.analyze("ผู้ป่วย อ. อายุ 60 ปี มาตามนัด"))


@pytest.mark.parametrize(("text", "value"), [
    ("Text from client (goes by Quimbo) about rent.", "Quimbo"),
    ("เพื่อนที่ชวนเล่นคือ เจมส์ กับ ฟลุ๊ค ทั้งคู่อยู่ ม.3", "ฟลุ๊ค"),
    ("เพื่อนที่ชวนเล่นคือ เจมส์ กับ ฟลุ๊ค ทั้งคู่อยู่ ม.3", "เจมส์"),
])
def test_when_nickname_or_pair_cue_then_names_are_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


def test_when_pair_after_khue_is_ordinary_words_then_they_survive(analyzer):
    assert untouched(analyzer, "ปัญหาคือ เงิน กับ งาน ไม่พอ", "เงิน กับ งาน")
