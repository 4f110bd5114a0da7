"""Session 13: what a person is called, in English notes (read from the misses of the opened sets;
written before the code; invented names).

1. A nickname after a naming cue, in any shape a writer gives it: quoted and of several words
   ("Big Dutch"), hyphenated (Jun-Jun), in capitals (JJ), after "aka", "known as", "prefers";
   in a note dictated in lower case, written lower case ("aka ken", "calls himself deuce").
2. A nickname standing before the full name in brackets: "Skhokho" (Siyabonga …), Nutmeg (…).
3. Role and kin words before a bracketed name stay (Sponsor (…), Mother (…)); ordinary words
   after a cue-like verb stay ("known as a hoarder", "prefers tea").
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

FOUND = [
    ('Sponsor "Big Dutch" (Wouter Vandermeulen) calls daily.', "Big Dutch"),
    ("Co-accused \"Tokkie\" (Sipho Dlamini-Fortuin) was also charged.", "Tokkie"),
    ("- Cinnamon (Ratchanee Boonprakob) runs the Friday craft group.", "Cinnamon"),
    ("Bartender Ding-Ding (Arnel Pascua) at the hostel bar.", "Ding-Ding"),
    ("Drop-in Fri. Mariel Santos-Ocampo (goes by MJ), 17. MJ's mobile 0412 118 903.", "MJ"),
    ('Client (prefers "Mook") Kittiya Saengsuwan, 22, attends alone. Mook fears he will leave.', "Mook"),
    ("pt is thanakorn srisawat aka pete 31 works as analyst, pete says he sleeps badly", "pete"),
    ("a guy she met at the pier calls himself rocco and gives her pills", "rocco"),
    ("dictated no punct seen noina at the drop in she goes by noina but real name is sirirat", "noina"),
]

KEPT = [
    ("Sponsor (Dmytro Hrytsenko) rang about the flat.", "Sponsor"),
    ("- Mother (Olena Hrytsenko) attended with the twins.", "Mother"),
    ("He is known as a hoarder by the neighbours.", "hoarder"),
    ("She prefers tea in the afternoon session.", "tea"),
    ('Client prefers "Mx" as title.', "Mx"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_nickname_is_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_word_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)
