"""Session 38 (set 125): a body's initials when its full name ends with its town.

"Government Bilingual High School Kumba" is GBHS, not GBHSK: writers leave the town out of a body's
initials. When the last word of a body's full name is a place (one the note names on its own or the
gazetteer lists), its initials without that word are the body too."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found

CASES = [
    (
        "Clarisse sells at Kumba main market from 6am, so she stopped going to Government Bilingual "
        "High School Kumba. GBHS principal Mr Tabe will take her back in second term.",
        "GBHS",
    ),
    (
        "Kofi lives in Tamale with his aunt and was referred to Northern Regional Youth Service Tamale "
        "last month. NRYS worker visits on Fridays.",
        "NRYS",
    ),
]


@pytest.mark.parametrize(("text", "initials"), CASES)
def test_a_bodys_initials_without_its_town_are_the_body(analyzer, text, initials):
    assert covered(analyzer, text, initials), found(analyzer, text)
