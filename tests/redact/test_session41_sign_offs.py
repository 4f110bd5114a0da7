"""Session 41 (sets 118, 138, keep30): the writer's name under a letter's closing.

An e-mail or referral in a note ends "Best regards,⏎Anchalee (psychologist)", "Thank you,⏎Wanwisa",
"Regards,⏎Kanokwan (Fern) — HR Officer": the line after the closing formula opens with the
writer's name. Session 20 read signature lines by their label (Signed:, SW:, Officer:); the
closing formula is a label too, and "Writer:" and "Prepared by" are added to the labels, with a
role's initials after the name (Ratchanee SW). The line after a closing that names a team or a
service in ordinary words (Intake Team) is no name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Please call her mother-in-law if needed.\nBest regards,\nAnchalee (psychologist)", "Anchalee"),
    ("Emergency number on file.\nThank you,\nWanwisa", "Wanwisa"),
    ("Mr Somchai P. will coordinate.\nRegards,\nKanokwan (Fern) — HR Officer", "Kanokwan"),
    ("Follow-up Thursday with interpreter.\nWriter: Ratchanee SW", "Ratchanee"),
    ("Plan agreed with the family.\nPrepared by: Tupou Fifita, case worker", "Tupou Fifita"),
    ("See you Friday.\nKind regards\nMeleane Taufa\nYouth Worker", "Meleane Taufa"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_writers_name_after_a_closing_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("We will review next week.\nKind regards,\nIntake Team", "Intake Team"),
    ("Thanks,\nDuty Social Worker", "Duty Social Worker"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_team_after_a_closing_is_not_a_name(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
