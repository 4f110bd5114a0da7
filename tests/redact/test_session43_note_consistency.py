"""Session 43: a word a note names as a person stays a person where a thing frame follows it.

"Sibling: Abdirahman, aged 4 … she was found collecting Abdirahman from nursery": the thing rule
reads a capitalised word no name list knows after a verb of collecting as a thing (collecting
Pokémon), and cut the second mention although the note had named the child. A note does not use
one capitalised word for a child and for a thing."""

from __future__ import annotations

from tests.redact.helpers import found, untouched


def test_a_named_child_after_a_verb_of_collecting_is_still_the_child(analyzer):
    text = ("Child: Hodan, 9. Sibling: Abdirahman, aged 4. Mother works nights. On two occasions "
            "Hodan was found collecting Abdirahman from nursery alone after dark.")
    k = text.rfind("Abdirahman")
    assert any(e.start <= k and k + len("Abdirahman") <= e.end for e in analyzer.analyze(text)), found(analyzer, text)


def test_a_thing_collected_stays_a_thing(analyzer):
    text = "Son is collecting Pokémon cards and watching Bluey with his sister."
    assert untouched(analyzer, text, "Bluey"), found(analyzer, text)
