"""Session 34: bodies named the way their own country writes them, inside English notes.

The kind of body comes first in its own language, then what it does, then the place it serves
(Centar za socijalni rad Tuzla, Szkoła Podstawowa nr 3 w Krakowie); a service's acronym stands
before the place of its branch (CREAS Caruaru); a dash joins a body to its branch's town
(Markaz … – Nablus). The place alone had been masked and the rest of the name left in the clear."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Weekly handover | JU Centar za socijalni rad Tuzla, home help | week 10", "JU Centar za socijalni rad Tuzla"),
    ("the pedagog szkolny of Szkoła Podstawowa nr 3 w Krakowie, interpreter", "Szkoła Podstawowa nr 3 w Krakowie"),
    ("He was in grade 6 at the Școala Gimnazială nr. 2 Bacău until March.", "Școala Gimnazială nr. 2 Bacău"),
    ("Referral to the Centre de jour pour personnes âgées de Oran next week.", "Centre de jour pour personnes âgées de Oran"),
    ("Family moved to Caruaru in May.\nRELATÓRIO — CREAS Caruaru | PAEFI", "CREAS Caruaru"),
    ("She grew up in Cahul. Present: social worker of the DASPF Cahul, police.", "DASPF Cahul"),
    ("Referral to Markaz Al-Amal lil-Tifl – Nablus for child–parent sessions.", "Markaz Al-Amal lil-Tifl – Nablus"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_body_written_the_local_way_is_masked_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Hospital staff in Bangkok were kind to her.", "Hospital staff"),
    ("Handover by RN Priya Mathew to the night RN.", "RN"),
    ("From: APS Caseworker\nTo: APS Supervisor", "APS Supervisor"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_roles_and_english_descriptions_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
