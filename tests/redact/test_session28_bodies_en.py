"""Session 28: English bodies named by their place or their owner.

A public service's local office named by its town or region before the service's initials
(Cardiff YOS, Southeast CFS, Kent CAMHS); a workplace after a start (started at Uncle Sione's
Panelbeaters), ending before "off" (works at Dlamini's Sewing off …). A known town before the
service's office (Catford office); a national kind with its town after "of" (Children's Aid Society
of Toronto). The service alone, a sentence's "Our" before it, a start time and a given name before
a branch stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("From: Rhian Morgan, Cardiff YOS", "Cardiff YOS"),
    ("Contact 14/03/2025 office appt, Swansea PDU. Attended on time.", "Swansea PDU"),
    ("Baby now in care with Southeast CFS; visits Tues at the agency.", "Southeast CFS"),
    ("Kent CAMHS accepted the referral on Monday.", "Kent CAMHS"),
    ("Granny works at Dlamini's Sewing off Prince Mcwabeni Rd.", "Dlamini's Sewing"),
    ("He started at Uncle Sione's Panelbeaters in Te Rapa three weeks ago.", "Uncle Sione's Panelbeaters"),
    ("Date/time: 12/11/24, 16:00, Catford office      Officer: YOS case manager", "Catford"),
    ("Contact: in person, Springdale office, Nov 7 2024, 11:00", "Springdale"),
    ("- phoned Children's Aid Society of Toronto intake, file # 2024-118734", "Children's Aid Society of Toronto"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_local_office_or_a_named_workplace_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Referred to CAMHS by the GP. Our CAMHS team met on Friday.", "CAMHS"),
    ("Our CAMHS team met on Friday.", "Our CAMHS"),
    ("She started at Monday at 9 and left early.", "Monday"),
    ("Started at Grade 3 level in reading.", "Grade 3"),
    ("Seen at the Central office and the Victoria branch. Head office agreed.", "Victoria"),
    ("She rang the Children's Aid Society about it.", "Children's Aid Society"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_service_alone_and_a_start_time_stay(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


def test_a_workplace_ends_before_off(analyzer):
    text = "Granny works at Dlamini's Sewing off Prince Mcwabeni Rd."
    assert any(e.text == "Dlamini's Sewing" for e in analyzer.analyze(text)), found(analyzer, text)
