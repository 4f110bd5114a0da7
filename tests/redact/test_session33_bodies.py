"""Session 33: where a body's span and a referrer's name end.

A unit named after its hospital (the antenatal clinic of a named hospital, its Outpatients, its
Inpatient Unit) is the hospital's unit: the hospital is the identifier and the unit stays for
the reader — every open author labelled it so. A referrer's table cell
that opens with the role, then the name, then where or when gives the name alone."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

UNITS = [
    ("Seen at Kilbride General Hospital antenatal clinic on 3 March; Hb low.", "Kilbride General Hospital", "antenatal clinic"),
    ("Transferred to Port Lenox Hospital Inpatient Unit after the overdose.", "Port Lenox Hospital", "Inpatient Unit"),
    ("Reviewed at Marlow Bay Medical Centre Paediatric Clinic last spring.", "Marlow Bay Medical Centre", "Paediatric Clinic"),
]


@pytest.mark.parametrize(("text", "body", "unit"), UNITS)
def test_a_hospitals_unit_stays_and_the_hospital_goes(analyzer, text, body, unit):
    assert covered(analyzer, text, body) and untouched(analyzer, text, unit), found(analyzer, text)


def test_a_centre_named_for_mental_health_is_still_found_whole(analyzer):
    text = "She volunteers at Riverside Mental Health Centre on Saturdays."
    assert covered(analyzer, text, "Riverside Mental Health Centre"), found(analyzer, text)


REFERRAL = (
    "| Field | Detail |\n|---|---|\n"
    "| Referred by | Midwife, Halima Warsame, Borama Regional Hospital maternity |\n"
    "| Caseworker | Deqa Yusuf |\n"
)


def test_a_referrers_cell_gives_the_name_and_keeps_the_role_and_the_unit(analyzer):
    assert covered(analyzer, REFERRAL, "Halima Warsame"), found(analyzer, REFERRAL)
    assert untouched(analyzer, REFERRAL, "Midwife") and untouched(analyzer, REFERRAL, "maternity"), found(analyzer, REFERRAL)


def test_a_body_before_a_time_and_a_count_is_not_read_as_a_scale_score(analyzer):
    # "Libreville last week: 11 weeks" had been read as an eponymous scale and its score
    # ("Edinburgh Postnatal Depression Scale: 11"), which protected the body's name
    text = "Seen at CHU de Brazzaville last week: 11 weeks pregnant, booked for a scan."
    assert covered(analyzer, text, "CHU de Brazzaville"), found(analyzer, text)
