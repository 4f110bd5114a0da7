"""Session 39: in a lower-case note, a kin word's verb is not the kin's name.

Dictated notes are full of "mum said he …", "dad told her …", "nan ran off". "Said", "Ran" and
"Told"-like words are also given names somewhere, and a word after a kin word in lower case is
read as that person's name ("mum grace"), so the verb was hidden as a person — in one of the
commonest sentences a worker dictates. An irregular verb form that English never uses as a noun
(said, ran, went) after a kin word is the kin's verb; a name that is also a noun stays a name
("nan rose", "aunty joy")."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("mum said she started lactulose again for constipation, no other changes.", "said"),
    ("dad said he would come on friday to pick up the forms", "said"),
    ("nan said she is tired of it all and wants a break", "said"),
    ("client reports mum said no to the sleepover this weekend", "said"),
    ("sw spoke with mum, mum said dad is back home since sunday", "said"),
    ("grandma said he can stay with her for now until the review", "said"),
    ("his brother ran off when the police came to the flat", "ran"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_kin_words_verb_in_a_lower_case_note_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


FOUND = [
    ("home visit today, her nan rose said the kids can stay there over the holidays", "rose"),
    ("spoke with aunty joy on the phone, she will bring the baby to the clinic", "joy"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_kin_words_name_that_is_also_a_noun_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
