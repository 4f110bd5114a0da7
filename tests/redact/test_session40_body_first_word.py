"""Session 40 (sets 90, 95, 117, 125): a body named again by the first word of its name.

Workers name a workplace, a service or a school once in full and then by its first word: "Careline
Mayo … rang Careline back", "Centacare Family Services Geraldton … Centacare worker", "Ruhuna
Apparel (Pvt) Ltd … still at Ruhuna", "Noble's Hospital … discharged from Noble's". Only a club's
or church's short forms were read. The first word is now one of the body's short forms when it is
capitalised, no English word (even inflected), no kept term and no known town: "Coastline
Staffing" does not make every coastline a body, and "NHS Lothian" leaves "NHS" alone. A club or
church keeps the short forms its members use (session 29), not its place word alone."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Home help 45 mins from Carewell Mayo (private). Check Carewell can add a teatime call.", "Carewell"),
    ("Operator, line 14 at Ranmuthu Apparel (Pvt) Ltd. Ranmuthu HR not aware.", "Ranmuthu"),
    ("Seen at Anglowest Family Services Geraldton. Anglowest follow-up next Mon.", "Anglowest"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_bodys_first_word_alone_is_the_body(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Works for Coastline Staffing in the port. Walks the coastline at night.", "coastline"),
    ("Seen at NHS Lothian clinic. NHS dentist waiting list.", "NHS dentist"),
    ("Placement with Ballarat Youth Trust. Grew up in a small town.", "small town"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_an_ordinary_first_word_alone_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
