"""Session 36 (set 118): a chat group's members listed by display name in quotes, then "=" and who
they are ("Nok Bangkok 🏙" = younger son, "🌸 Fah 🌸" = granddaughter): the quoted display name,
emoji and all, is that person's name. A quoted score or label before "=" is not."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched


def test_quoted_display_names_before_a_kin_word_are_names(analyzer):
    text = (
        'Members of the family LINE group "บ้านยาย💛":\n'
        '- "Nok Bangkok 🏙" = younger son Wichai, drives a taxi\n'
        '- "🌸 Fah 🌸" = granddaughter Fah, 15'
    )
    assert covered(analyzer, text, "Nok Bangkok 🏙"), found(analyzer, text)
    assert covered(analyzer, text, "🌸 Fah 🌸"), found(analyzer, text)


def test_a_quoted_label_before_equals_stays(analyzer):
    text = 'Screen today: "PHQ-9" = 12, "GAD-7" = 9; plan unchanged.'
    assert untouched(analyzer, text, "PHQ-9"), found(analyzer, text)
