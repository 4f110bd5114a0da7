"""Session 35: numbers after their label when another label word stands just before it.

A heading that ends in a label word ("ADULT PROTECTIVE SERVICES - INTAKE") was read as the label
of the next line's first word; when that word failed as a number the true label after it was
never tried, and "Report #: 24-APS-031877" went out in the clear."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ADULT PROTECTIVE SERVICES - INTAKE\nReport #: 24-APS-031877   Date of report: 03/04/2024", "24-APS-031877"),
    ("Referral\nCase no. 2025-0418877 (open)", "2025-0418877"),
    ("School intake\nReference: HX-20447 from the district office.", "HX-20447"),
    ("Incident report passport A4471920 held by the employer.", "A4471920"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_label_after_a_failed_label_still_counts(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


PARTED = [
    ("Filed by the Childline team as CL/CHN/N/2025/0446.", "CL/CHN/N/2025/0446"),
    ("Came with referral memo KK-TIP-2026/031. All 3 worked on the boats.", "KK-TIP-2026/031"),
    ("complaint with the labour bureau, no. CMP/24/07731.", "CMP/24/07731"),
    ("Shelter intake | Code GBV-ZAM-0219 | Block C", "GBV-ZAM-0219"),
    ("Case opened SWD/CP/25/311. School visit next week.", "SWD/CP/25/311"),
    ("X-ray request sent: WL-0311-EC.", "WL-0311-EC"),
    ("TB register TB/07-2025/1184, daily DOT at the clinic", "TB/07-2025/1184"),
]


@pytest.mark.parametrize(("text", "value"), PARTED)
def test_a_reference_in_capital_and_digit_parts_is_found_with_any_label(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


SCALES = [
    ("PC-PTSD-5 = 4 today, PCL-5 next week.", "PC-PTSD-5"),
    ("Coded under ICD-10-CM F43.1 by the clinic.", "ICD-10-CM"),
    ("Prolonged grief PG-13-R = 34 at intake.", "PG-13-R"),
    ("Review due JAN-15-2026 with the team.", "JAN-15-2026"),
]


@pytest.mark.parametrize(("text", "word"), SCALES)
def test_scales_and_dates_in_parts_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
