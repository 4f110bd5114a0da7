"""Session 22: a name with its nickname in brackets between given and family name ("Ronan (Ro)
McLaughlin") is one identifier, covered whole, and every later mention — the nickname alone, the
given name, the family name — gets the same placeholder."""

from __future__ import annotations

import pytest

from assistant.redact import redact
from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Subject: Referral – Ronan (Ro) McLaughlin, 15\n\nHi team,", "Ronan (Ro) McLaughlin"),
        ("Adult: Mr Alexander (Sandy) Baird\nDOB: 02.09.1946", "Alexander (Sandy) Baird"),
    ],
)
def test_a_bracketed_nickname_inside_a_full_name_is_covered_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_nickname_alone_later_is_the_same_person(analyzer):
    text = "Referral: Ronan (Ro) McLaughlin, 15. Ro said he is fine. Ronan agreed; the McLaughlin family came."
    result = redact(text, analyzer)
    assert len(result.mapping.entries) == 1, result.redacted_text
    assert "Ro " not in result.redacted_text and "Ronan" not in result.redacted_text


def test_a_role_in_brackets_joins_nothing(analyzer):
    text = "Met Somchai (client) and Dr Smith today."
    values = [v for _, v in found(analyzer, text)]
    assert not any("(" in v for v in values), values
