"""Round-15 English frames: a copied chat log's speaker labels (short names no list knows), a
county named with its kind word, a hyphenated town after "came from", a quoted nickname right
after a role word, a school's campus town, an Indian "#47, 2nd Cross" address, a named residence
with its soi (101/1) or a house number before it. Precision: field labels, ordinary words in the
same frames, an office after a capitalised role word (Student Affairs) and an acronym after
"misses shifts for" survive. Invented names and places only."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ("[LINE 20:02]\nKyi: she cried\nP'Nok: ok call tmr\nKyi: aunt took passport", "Kyi"),
    ("chat pasted\nNuch: sorry late\nDara: fine\nNuch: mum is back", "Nuch"),
    ("- custody filed, Jefferson County case 24-3-00912-07", "Jefferson County"),
    ("moved there from Calcasieu Parish last spring", "Calcasieu Parish"),
    ("Naw Paw, 17, came from Myawaddy-kyondoe 3 wks ago", "Myawaddy-kyondoe"),
    ("fled from Hlaing-bwe in 2023 with her aunt", "Hlaing-bwe"),
    ('Sponsor "Little Moss" (Declan Harrowgate) rings weekly', "Little Moss"),
    ("her brother 'Smokey Joe' sells pills", "Smokey Joe"),
    ("REPORT - Westbourne Academy (Chiang Mai campus), Year 9", "Chiang Mai"),
    ("she moved to the Korat branch in May", "Korat"),
    ("Address: #12, 4th Main, Jayanagar, Bengaluru 560041. Aadhaar", "#12, 4th Main, Jayanagar, Bengaluru 560041"),
    ("at The Marlowe Heights, Soi Ekkamai 12/4, 7th floor", "The Marlowe Heights, Soi Ekkamai 12/4"),
    ("lives at 22 Lotus Garden Villas Soi Cha-am 15 with wife", "22 Lotus Garden Villas Soi Cha-am 15"),
    # a kin or partner word before a name that is also a word is still a name, not an office
    ("pt 88, ALS. Wife June at bedside.", "June"),
    ("Boyfriend Arm texts constantly.", "Arm"),
    ("Husband Bill drove her in.", "Bill"),
]

KEPT = [
    ("Plan: rest\nMood: low\nPlan: review on Monday", "Plan"),
    ("Hx: asthma\nRx: inhaler\nHx: none else", "Hx"),
    ("came from Follow-up clinic today", "Follow-up"),
    ("the same County court again", "County"),
    ("moved to the Main campus in May", "Main"),
    ("report to Student Affairs tomorrow", "Student Affairs"),
    ("referred to Student Services for a laptop", "Student Services"),
    ("she misses shifts for ANC. ANC Mon at the clinic", "ANC"),
    ('mum said "Good job" after', "Good"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_when_an_identifier_sits_in_a_round15_frame_then_it_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_when_an_ordinary_word_sits_in_the_same_frame_then_it_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


def test_when_a_shift_cue_names_an_employer_then_it_is_still_an_organisation(analyzer):
    assert covered(analyzer, "she works shifts for Halvorsen Freight now", "Halvorsen Freight")
