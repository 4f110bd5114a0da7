"""Session 43 (set 153): a name in a form's field is not read as a job title with the next field.

"Volunteer: Cleopatra Joseph   Supervisor: community nurse" — the job-title check (Ward Manager,
Consultant Psychiatrist) read "Cleopatra Joseph … Supervisor" as one title because both names are
also words, and dropped the volunteer's name. A column gap or the next field's colon ends the run."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched


def test_a_name_before_the_next_fields_label_is_found(analyzer):
    text = "Home visit (north-east cluster) Volunteer: Cleopatra Joseph   Supervisor: community nurse"
    assert covered(analyzer, text, "Cleopatra Joseph"), found(analyzer, text)


def test_a_job_title_in_a_sentence_is_still_a_job(analyzer):
    text = "Discussed with the Ward Manager and the Consultant Psychiatrist on Monday."
    assert untouched(analyzer, text, "Ward Manager"), found(analyzer, text)
