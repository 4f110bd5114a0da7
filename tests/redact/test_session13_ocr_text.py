"""Session 13: text pasted from a scanned letter, with the scanner's look-alike letters (O for 0,
l for 1, 1 for l, 0 for O: "D0B: 2l/O3/2OO1", "F1at 3"). The rules read a repaired copy of the
same length, so every offset still points into the writer's text; a typed note with one such
token (HbA1c, SpO2) is not touched. Written before the code; invented values.
"""

from __future__ import annotations

import pytest

from assistant.redact.ocr_repair import repair_ocr
from tests.redact.helpers import covered, untouched

SCAN = (
    "Riverside Un ivers ity Hospita1 NHS Foundation Trust\n"
    "DISCHARGE SUMMARY\n"
    "Hosp No: RUH0047 5521\n"
    "NHS No: 943 O76 5919        D0B: 1l/O4/2OO2\n"
    "Address: F1at 7, 12 Dalston Lane, London E8 2NG\n"
    "Admitted via ED, discharged home, fo11ow-up in 2 weeks. Sertraline 5O mg."
)

FOUND = [
    (SCAN, "1l/O4/2OO2"),
    (SCAN, "943 O76 5919"),
    (SCAN, "F1at 7, 12 Dalston Lane, London E8 2NG"),
]

KEPT = [
    (SCAN, "Sertraline 5O mg"),
    (SCAN, "2 weeks"),
    ("HbA1c 7.2, SpO2 96% on air, T2DM since 2019.", "HbA1c 7.2"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_scanned_identifier_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_clinical_detail_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_the_repair_keeps_every_offset():
    repaired = repair_ocr(SCAN)
    assert len(repaired) == len(SCAN)
    assert "11/04/2002" in repaired and "943 076 5919" in repaired and "Flat 7" in repaired
    assert "Hospital" in repaired and "follow-up" in repaired


def test_a_typed_note_is_not_repaired():
    typed = "HbA1c 7.2, SpO2 96% on air, T2DM since 2019, Vit B12 low."
    assert repair_ocr(typed) == typed
