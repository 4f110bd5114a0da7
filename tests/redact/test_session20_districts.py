"""Session 20: a district or province named with its kind word after it, often in lower case and
with its town before it ("Kalamb, Osmanabad district"), and romanised Korean places, their units
glued by hyphens (Mado-myeon, Hwaseong-si; in lower case with the lot number: gyeonggi-do
pocheon-si … 217-3). "to-do", "can-do" and "the School district" are no places. The social services
of European countries named by what they are (Frauenhaus, Jugendamt, Veilig Thuis) are kept."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(("text", "value"), [
    ("The family moved from Kalamb, Osmanabad district, four years ago.", "Kalamb, Osmanabad district"),
    ("Home is Phum Ou Ta Ki, Sangkae district. Lives w/ mother", "Phum Ou Ta Ki, Sangkae district"),
    ("They sleep in container houses behind the farm, Mado-myeon, Hwaseong-si.\nClient: Somsak", "Mado-myeon, Hwaseong-si"),
    ("ทำงานฟาร์มผักอยู่แถว Hyangnam-eup นอนในตู้คอนเทนเนอร์", "Hyangnam-eup"),
    ("address on the contract is gyeonggi-do pocheon-si gasan-myeon geumhyeon-ri 217-3 but the container",
     "gyeonggi-do pocheon-si gasan-myeon geumhyeon-ri 217-3"),
])
def test_the_place_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(("text", "keep"), [
    ("Made a to-do list together and praised her can-do attitude.", "to-do"),
    ("The School district sent a letter about attendance.", "School district"),
    ("Mum moved into a Frauenhaus last month; the Jugendamt was told.", "Frauenhaus"),
    ("Referred to Veilig Thuis (0800-2000) after the second call.", "Veilig Thuis"),
])
def test_words_and_services_stay(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("She went to the Frauenhaus Lindenblüte in Spandau last week.", "Frauenhaus Lindenblüte"),
    ("Since March the Sozialamt Neukölln pays her rent.", "Sozialamt Neukölln"),
])
def test_a_service_with_its_own_name_is_that_one_office(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
