"""Session 35 (set 114): birth dates written the way each country writes them.

A birth cue in the note's other language (Danish f., Czech nar., Hungarian szül., Lithuanian gim.,
Croatian rođen, Spanish nacido), a date with spaces after its dots (22. 6. 2015), year first with
dots (1946. 09. 14.), a month named in Spanish or Portuguese (22 de febrero de 2009, 15-ago-2013),
and a table whose column is headed "birth". Other dates (visits, letters) stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("Child: Freja, CPR 020516-4308, f. 02.05.2016, klasse 2.B", "02.05.2016"),
    ("| son | Matěj Horváth | nar. 22. 6. 2015 | – |", "22. 6. 2015"),
    ("Birth name Tóth Ilona, szül. 1946. 09. 14.\nTAJ: 045 218 398", "1946. 09. 14."),
    ("Mother Rasa, a. k. 60903172140, gim. 2009-03-17, lives with aunt", "2009-03-17"),
    ("Venezuelan, born 22 de febrero de 2009 (15), passport pending", "22 de febrero de 2009"),
    ('Wesly, 11, born 15-ago-2013 in the maternity hospital', "15-ago-2013"),
    ("Born 13. 11. 1994 – 30 today, brought a card", "13. 11. 1994"),
    ("Mother Ana, rođena 04.09.1987., lives in Split", "04.09.1987"),
    ("| member | name | document | birth |\n|---|---|---|---|\n| mother | Nelly Rivero | CPF 708.331.964-21 | 14/01/1992 |",
     "14/01/1992"),
    ("| child | age | PIN | birth | school |\n|---|---|---|---|---|\n| Aibek Toktosunov | 13 | – | 18.06.2011 | grade 7 |",
     "18.06.2011"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_birth_dates_in_local_forms_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("Visit 15. 10. 2024, 11:00–12:30 with the grandmother.", "15. 10. 2024"),
    ("Letter dated 14 de octubre de 2024 from the court.", "14 de octubre de 2024"),
    ("| date | worker | note |\n|---|---|---|\n| 03.10.2024 | K. Larsen | home visit |", "03.10.2024"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_other_dates_in_local_forms_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)
