"""Session 43 (set 153): a gym, a temple, a police detachment or a crew written with its kind in
lower case after its own name is that body whole; the kind alone stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(("text", "value"), [
    ("At weekends the boy trains at Sor Thongkham boxing gym for free.", "Sor Thongkham boxing gym"),
    ("Report to the Richmond RCMP detachment, file attached.", "Richmond RCMP detachment"),
    ("She parties with men from the Blue Nation crew on weekends.", "Blue Nation crew"),
])
def test_a_body_with_its_kind_in_lower_case_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_the_kind_alone_stays(analyzer):
    text = "He goes to the gym on Mondays and to the temple with his gran."
    assert untouched(analyzer, text, "the gym on Mondays"), found(analyzer, text)
