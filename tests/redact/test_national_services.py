"""National services, hotlines and benefits stay readable; ordinary English words are no handles.

Why: LABELLING.md keeps national bodies and services with no place (CPS, NHS, Medicaid, 1300):
they say what help a client gets, not who the client is, and a draft that hides them loses the
plan. Helpers measuring round 17 found several read as names or places.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import untouched

SERVICES = [
    ("Present: DP; Oranga Tamariki social worker; aunty came late.", "Oranga Tamariki"),
    ("She called Childline last night from her phone.", "Childline"),
    ("School referred the family to Tusla in March.", "Tusla"),
    ("Gave Lifeline 13 11 14 and Kids Helpline numbers.", "Kids Helpline"),
    ("Universal Credit sanction since May; Jobcentre appointment Tuesday.", "Universal Credit"),
    ("Ontario Works caseworker called; Service Canada letter.", "Ontario Works"),
    ("Beyond Blue pamphlet given.", "Beyond Blue"),
    ("Work and Income hardship grant declined.", "Work and Income"),
    ("Services Australia letter says the NDIS plan review is due.", "Services Australia"),
]


@pytest.mark.parametrize(("text", "term"), SERVICES)
def test_when_a_national_service_is_named_then_it_survives(analyzer, text, term):
    assert untouched(analyzer, text, term)


@pytest.mark.parametrize("text", [
    "Partner was ignored. She said she was ignored.",
    "Felt ignored.by staff",
    "She is online most nights; the lineup at the food bank was long.",
])
def test_when_an_english_word_starts_like_a_platform_name_then_no_handle_is_found(analyzer, text):
    assert [e for e in analyzer.analyze(text) if e.type == "ONLINE_ID"] == []


@pytest.mark.parametrize(("text", "handle"), [
    ("ติดต่อทาง ig ส่วนตัว fon.k1209 ได้", "fon.k1209"),
    ("แอด LINE ส่วนตัว buakhiao_88 แล้ว", "buakhiao_88"),
])
def test_when_a_handle_follows_a_platform_word_then_it_is_still_found(analyzer, text, handle):
    assert any(e.text == handle for e in analyzer.analyze(text))
