"""Round-14 English and number frames: names in a dictated note with no capitals ("wife adwoa",
"doctor obiageli nwachukwu-eze"), a lower-case workplace after "works at", a patient named after
the bed in a ward list, an unknown word opening a line before a verb in -ing, UK prisons
(HMP/HMYOI + name), vehicle plates (UK bare; others after reg/rego/plate; Thai with province),
long public bodies joined by "and", and pink cards grouped 2-4-5-2. Precision: services named with
two ordinary words, specialist titles before Dr., drugs and slang after kin words, ordinary
workplaces ("works at night") survive. Invented names and numbers only."""

from __future__ import annotations

import pytest

from assistant.redact.recognizers.thai_id import thai_id_checksum_ok
from tests.redact.helpers import covered, untouched


def _pink(lead: str) -> str:
    """A checksum-valid 13-digit number starting with ``lead`` (12 digits), grouped 2-4-5-2."""
    digits = next(lead + str(c) for c in range(10) if thai_id_checksum_ok(lead + str(c)))
    return f"{digits[:2]} {digits[2:6]} {digits[6:11]} {digits[11:]}"


PINK = _pink("001194407265")

FOUND = [
    # lower-case dictation: kin/role/title + unknown word(s)
    ("seen today husband kojo boateng-asare brought her in", "kojo boateng-asare"),
    ("his daughter ngozi not told yet", "ngozi"),
    ("follow up with doctor adaeze uchenna-obi next week", "adaeze uchenna-obi"),
    ("client kwesi appiah-kubi attended alone", "kwesi appiah-kubi"),
    # lower-case workplace after "works at"
    ("his cousin works at brannigan joinery and glazing near the docks", "brannigan joinery and glazing"),
    # ward list, line opener + -ing
    ("* Bed 9, ward 2A - Radka Dvorakova, delirium", "Radka Dvorakova"),
    ("Bay 4 - Wiremu Tawhiri, NOF", "Wiremu Tawhiri"),
    ("grp check-in\nTaini crying through most of it.", "Taini"),
    # prisons, plates, public bodies, pink card
    ("released HMP Elmbrook 02/06, on licence", "HMP Elmbrook"),
    ("transferred from HMYOI Saltmarsh last year", "HMYOI Saltmarsh"),
    ("drives a red Fiesta reg YD68 KTW", "YD68 KTW"),
    ("mum's car rego 2DFG 581, parks outside", "2DFG 581"),
    ("To: Chon Buri Provincial Employment and Social Welfare Office\nRe: referral", "Chon Buri Provincial Employment and Social Welfare Office"),
    (f"บัตรชมพูเลขที่ {PINK} หมดอายุ", PINK),
    (f"pink card {PINK.replace(' ', '-')} expired", PINK.replace(" ", "-")),
    ("รถจักรยานยนต์ทะเบียน พง 3381 ลำปาง หายไป", "พง 3381 ลำปาง"),
    ("ขับรถเก๋ง 2ขศ 6402 ขอนแก่น มารับ", "2ขศ 6402 ขอนแก่น"),
    # a Canadian unit-dash address, a saint's hall, a service with a brand word
    ("Lives at 807-215 Rue Beaubien, Laval QC H7N 1A3 with her son", "807-215 Rue Beaubien, Laval QC H7N 1A3"),
    ("meeting moved to St Columba's Hall on Friday", "St Columba's Hall"),
    ("on the list at Tauranui Rainbow Housing since May", "Tauranui Rainbow Housing"),
]

SURVIVES = [
    ("referral to Blue Door made today", "Blue Door"),
    ("Referral to Open Arms declined.", "Open Arms"),
    ("Cardiologist Dr. Tomasz Wielgosz reviewing", "Cardiologist"),
    ("Paediatrician Dr. Nneka Obi saw him", "Paediatrician"),
    ("mum sertraline 50mg, sister physio tomorrow", "sertraline"),
    ("brother gonna call back later", "gonna"),
    ("works at night and sleeps days", "night"),
    ("he works for himself now", "himself"),
    ("client declined the referral", "declined"),
    ("Mood improving since the change.", "Mood"),
    ("* Bed 5, ward 4B - awaiting POC", "ward 4B"),
    ("Discussed Benefits and Housing Office opening hours", "Housing Office"),
    ("ทะเบียนบ้านอยู่ที่ต่างจังหวัด", "ทะเบียนบ้าน"),
    ("reg GP appointment booked, registration 2023", "GP"),
    ("PHQ-9 = 12, plates ok", "PHQ-9 = 12"),
    ("Discussed Peer Support and Social Housing options", "Peer Support"),
    ("Discussed Peer Support and Social Housing options", "Social Housing"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round14_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), SURVIVES)
def test_when_an_ordinary_word_sits_in_the_same_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_lower_case_name_is_found_then_its_later_mentions_are_redacted_too(analyzer):
    text = "wife abenaa not aware. says abenaa works nights"
    assert [e.text for e in analyzer.analyze(text)].count("abenaa") == 2


def test_when_a_pink_card_fails_the_checksum_grouped_two_four_five_two_then_it_is_not_taken_as_an_id(analyzer):
    digits = PINK.replace(" ", "")
    bad = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    text = f"ref {bad[:2]} {bad[2:6]} {bad[6:11]} {bad[11:]} noted"
    assert not any(e.type == "ID_NUMBER" and e.text.count(" ") == 3 for e in analyzer.analyze(text))
