"""Session 18 (keep set 8): what notes name that identifies no one —
- a national charity by its cause and country (Dementia Australia, Relationships Australia,
  Diabetes UK), unlike a business with a name in it (Harvey Norman Australia);
- half of a country (in the North);
- standard schemes, legal roles, therapy models and communication aids (Guardian ad Litem,
  Reablement, Makaton, Easy Read, Satir, Autism Level 2, Housing First);
- a town the model tagged inside a street name is still found (9471 Westminster avenue)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Gave him Dementia Australia's helpline sheet in Vietnamese.", "Dementia Australia"),
        ("Referred to Relationships Australia and Diabetes UK for support.", "Relationships Australia"),
        ("They had been in the North for two weeks, staying with friends.", "North"),
        ("Guardian ad Litem not present; she asked for an adjournment.", "Guardian ad Litem"),
        ("Discharge to Assess with the Reablement team for up to six weeks.", "Reablement"),
        ("Beth signed happy in Makaton. Easy Read version given.", "Makaton"),
        ("Beth signed happy in Makaton. Easy Read version given.", "Easy Read"),
        ("Pointed to the Satir idea of the placater role.", "Satir"),
        ("Oliver, 9, Autism Level 2, NDIS plan review due.", "Autism Level 2"),
        ("He is on the Housing First waitlist until March.", "Housing First"),
    ],
)
def test_it_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She works at Harvey Norman Australia on weekends.", "Harvey Norman"),
        ("lives with daughter Ngoc at 9471 Westminster avenue space 36 Garden Grove", "Westminster"),
    ],
)
def test_it_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
