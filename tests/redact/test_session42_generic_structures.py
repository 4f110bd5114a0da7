"""Session 42 (keep31): the kinds of structure community and humanitarian work sets up.

"The Village Development Committee will meet the family", "she went to the Women and Girls Safe
Space", "the Protection Working Group", "the Village Savings and Loan Association": in plain frames
23 of 53 such kinds were redacted as a body. Their words join the generic words of a kind
(en_generic_org_words, session 9's rule): every word a kind's, no body is named. A name word in it
still makes it one body (Chiwamba Village Savings and Loan Association). Words measured to cost
identifiers (Rural, Friendly, Point, Savings, Mother, Teacher, Leader, Captain) are left out."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KINDS = [
    "Village Development Committee", "Women and Girls Safe Space", "Protection Working Group",
    "Child Friendly Space", "Ward Development Committee", "Area Development Committee",
    "Barangay Council", "Traditional Authority",
]


@pytest.mark.parametrize("kind", KINDS)
def test_a_kind_of_structure_is_no_body(analyzer, kind):
    text = f"Referred to the {kind} last week; the {kind} will meet the family on Monday."
    assert untouched(analyzer, text, kind), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("She saves with the Chiwamba Village Savings and Loan Association.", "Chiwamba Village Savings and Loan Association"),
        ("Seen by the Nkhata Bay Area Development Committee chair.", "Nkhata Bay"),
    ],
)
def test_a_named_one_is_still_found(analyzer, text, body):
    assert covered(analyzer, text, body), found(analyzer, text)
