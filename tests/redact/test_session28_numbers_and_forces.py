"""Session 28 (set 92): English case numbers, stations and towns of shapes no label announces.

A force's initials before its station's place (SAPS Motherwell, ZRP Mbare, CWC North-West); an
e-filed matter with no court's letters (case E112 of 2024); an office's code in letter parts
(SUR/CR/1187/2024); a station's name in capitals before the number (DANG WANGI/012887/24); a town
after a body and a comma even when WordNet lists the town as a noun (Centre, Drogheda); a dictated file number in lower-case parts (file hpm-dt-0448); a number after
"reference" written out."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Opened a case at SAPS Motherwell: CAS 214/09/2024.", "SAPS Motherwell"),
    ("She was arrested by officers from ZRP Mbare for theft of tomatoes.", "ZRP Mbare"),
    ("Produced before CWC North-West on 12/10 for orders.", "CWC North-West"),
    ("P&C application filed at the children's court, case E112 of 2024, mention 21/10.", "E112 of 2024"),
    ("Court: Criminal Case No. E1187 of 2024, stealing (motorbike parts).", "E1187 of 2024"),
    ("Complaint ref if made: SUR/CR/1187/2024.", "SUR/CR/1187/2024"),
    ("She made a police report, report no. DANG WANGI/012887/24. He is afraid.", "DANG WANGI/012887/24"),
    ("Living at Boyne Valley Accommodation Centre, Drogheda, room shared with her son.", "Drogheda"),
    ("the notice has their tenancy file hpm-dt-0448 and they already applied", "hpm-dt-0448"),
    ("an open file on this canoe from last year file number wr/stma/cp/0087 and he will", "wr/stma/cp/0087"),
    ("Home Office reference K1290447/2 (deportation consideration).", "K1290447/2"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_stations_case_numbers_and_towns_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("She phoned SAPS and the CWC about the child.", "SAPS"),
    ("He scored PHQ 12 of 27 today, GAD 9 of 21.", "12 of 27"),
    ("Session 3 of 2024 series, E2 module of the course.", "Session 3"),
    ("Class: ADHD/ASD review next term.", "ADHD/ASD"),
    ("the case and/or file is at the office since 2024", "and/or"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_services_scores_and_modules_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
