"""Session 32: a place named in a note's heading.

Outreach, clinic and handover notes head each entry with where the team went ("NIGHT OUTREACH -
Savamala", "Handover Fri – Springburn drop-in"): nothing there says "lives in" or "at", so no place
rule read the name. A heading's later part made of capitalised words that no English dictionary
holds is now a place; a weekday, a scale or an ordinary word after the dash stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("NIGHT OUTREACH - Savamala / bus station area\nMet two boys by the kiosks.", "Savamala"),
    ("Mobile clinic - Phunphin\n* three workers seen, one referred", "Phunphin"),
    ("Handover Fri – Springburn drop-in\n- Dawit came in for a shower", "Springburn"),
    ("Youth outreach – Southside – session note, Wed 12 June\nDwight, 16.", "Southside"),
    ("Berry season welfare round - Suomussalmi - Mon 12 Aug 2024\nPickers in two houses.", "Suomussalmi"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_place_in_a_services_heading_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Case note - Monday\nClient attended on time.", "Monday"),
    ("Intake – Summary\nReferred by the school.", "Summary"),
    ("Session note – PHQ-9 and GAD-7 repeated\nScores lower.", "PHQ-9"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_an_ordinary_word_after_a_headings_dash_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_sentence_with_a_service_word_is_no_heading(analyzer):
    text = "CXR not done (no machine at clinic). Please do CXR, GeneXpert, HIV."
    assert untouched(analyzer, text, "GeneXpert"), found(analyzer, text)
