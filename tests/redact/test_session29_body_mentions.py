"""Session 29: a club, church or team named again by the short name its members use.

Found once in full (Townhill Tigers RFC), it is named later as "the Tigers", "Warriors coach",
"Mt. Calvary van", "Young Fighters has a rule": each later mention is the same body. A body with
no kind word closing its name gives no short form, and an age group after a club's initials is
no Snapchat handle."""

from __future__ import annotations

import pytest

from assistant.redact.body_mentions import short_forms
from assistant.redact.given_names import is_english_word
from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("He's stopped going to training at Townhill Tigers RFC. Older boys at the Tigers call him names.", "Tigers call"),
    ("Family attends Mt. Calvary Missionary Baptist Church. Mt. Calvary van passes by the flats.", "Mt. Calvary van"),
    ("Bilal trains at Lyari Young Fighters Boxing Club. Young Fighters has a no-drugs rule.", "Young Fighters has"),
    ("Wants boxing at Wrexham Warriors ABC; Warriors coach knows him.", "Warriors coach"),
]


@pytest.mark.parametrize(("text", "context"), FOUND)
def test_a_body_named_again_by_its_short_name_is_found(analyzer, text, context):
    value = context.rsplit(" ", 1)[0]
    start = text.rindex(context)
    assert any(e.start <= start and start + len(value) <= e.end for e in analyzer.analyze(text)), found(analyzer, text)


def test_an_age_group_after_a_clubs_initials_is_no_handle(analyzer):
    text = "Deng plays for Balga Lions SC U17s and trains at the park."
    assert untouched(analyzer, text, "U17s"), found(analyzer, text)
    assert covered(analyzer, text, "Balga Lions SC"), found(analyzer, text)


def test_short_forms_come_from_the_name_not_from_guesses():
    assert short_forms("Townhill Tigers RFC", is_english_word) == {"Townhill Tigers", "Tigers"}
    assert short_forms("Lyari Young Fighters Boxing Club", is_english_word) == {
        "Lyari Young Fighters", "Young Fighters", "Fighters",
    }
    assert short_forms("Harbour View Medical Centre", is_english_word) == set()  # no kind word closes it
    assert short_forms("Gold Coast Titans", is_english_word) == set()


def test_a_team_word_with_no_club_named_in_full_stays(analyzer):
    text = "He watched the Tigers on TV with his uncle and the Lions lost again."
    assert untouched(analyzer, text, "Tigers"), found(analyzer, text)
    assert untouched(analyzer, text, "Lions"), found(analyzer, text)
