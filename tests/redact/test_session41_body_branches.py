"""Session 41 (sets 125, 142): a body and its campus, branch or town after a comma or a dash.

"Theology student at University of Wales Trinity Saint David, Lampeter Campus", "ESOL class at South
Essex College, Thurrock Campus", "neuro f/u at Monash Medical Centre, Clayton": the writer names one
body — which campus, which branch — and both halves were found as two spans, so the pseudonym split
one body in two and a scorer reading the whole name found it half covered. A found body, then a
comma or a dash, then a found campus, branch, chapter or office, or a found place, is one body.
A person after the comma is not part of it (works at Tesco, Gary says)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

FOUND = [
    ("She's a 2nd-year Theology student at University of Wales Trinity Saint David, Lampeter Campus, "
     "but lives in Aberystwyth.", "University of Wales Trinity Saint David, Lampeter Campus"),
    ("The problem is your ESOL class at South Essex College, Thurrock Campus and your volunteering.",
     "South Essex College, Thurrock Campus"),
    ("Retraining offered through Northern College, Porcupine Campus from January.",
     "Northern College, Porcupine Campus"),
    ("Year 2 Nursing, University of Rwanda, Huye Campus. Presenting: poor sleep.", "University of Rwanda, Huye Campus"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_body_and_its_campus_are_one_span(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_person_after_the_comma_stays_apart(analyzer):
    text = "Mum works at Kowalski Meats, Gary says, and hates it."
    ents = [e for e in analyzer.analyze(text) if e.type == "ORGANIZATION"]
    assert all("Gary" not in e.text for e in ents), found(analyzer, text)
