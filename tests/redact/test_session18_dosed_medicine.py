"""Session 18 (keep set 8): a medicine's brand name is known by the dose written after it
(Madopar 125 mg qds, Seroquel XR 50mg, Epilim Chrono 500 mg) and is not a person; in Thai notes
too. The prescriber's name beside it is still found."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Known Parkinson's, on Madopar 125 mg qds; the consultant will review.", "Madopar"),
        ("Started Seroquel XR 50mg nocte last week.", "Seroquel XR"),
        ("Seizures settled on Epilim Chrono 500 mg bd.", "Epilim Chrono"),
        ("ผู้ป่วยกิน Madopar 125 mg วันละ 3 ครั้ง ญาติดูแลให้ยา", "Madopar"),
    ],
)
def test_a_dosed_medicine_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_the_prescriber_is_still_found(analyzer):
    text = "Dr Thandeka Mabuza prescribed Madopar 125 mg qds."
    assert covered(analyzer, text, "Thandeka Mabuza"), found(analyzer, text)
