"""Session 43: a Latin-script town found once is found again where no frame marks it.

English notes name the client's town in a heading or an address ("Site: Motherwell satellite
office") and again in a sentence ("Lives NU 8, Motherwell, backyard room"); the second mention
went out when no rule's frame stood before it. A found place none of whose words English uses is
looked for again in the same note; a place that is an English word (Hope, Bath) is not."""

from __future__ import annotations

from tests.redact.helpers import found, untouched


def _all_covered(analyzer, text, value):
    spans = analyzer.analyze(text)
    k, n = text.find(value), 0
    while k >= 0:
        if not any(e.start <= k and k + len(value) <= e.end for e in spans):
            return False
        n += 1
        k = text.find(value, k + 1)
    return n > 0


def test_a_town_found_in_a_sentence_is_found_again_after_a_hospital_and_in_the_heading(analyzer):
    """Set 153's shape: the town after a venue's office and after a hospital's name was missed."""
    text = ("CASE CONFERENCE - MINUTES\nVenue: Hope for the Child Initiative office, Obubra   Date: 12 March\n"
            "Child: Grace Eta (approx. 11)   File: 22\n\n1. Background. Grace was found by a market woman at "
            "the Four Corners motor park in Obubra hawking groundnuts at 10 pm.\n\n2. Health. Examined at "
            "General Hospital Obubra: underweight, scabies, old scars on back. Treated.")
    assert _all_covered(analyzer, text, "Obubra"), found(analyzer, text)


def test_a_town_that_is_an_english_word_is_not_looked_for_elsewhere(analyzer):
    text = "Lives in Hope, near the mine. She has some hope that things improve."
    assert untouched(analyzer, text, "some hope"), found(analyzer, text)
