"""Session 22 (set 72, open: organisations, places and addresses in many countries): a suite
number with a hash before a Canadian grid street, a floor in brackets after the street, a North
American rural route, and a labelled address line with no house number (an Irish townland) are
addresses whole; a respiratory rate ("RR 20") and a line saying no address was given are not."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She lives at #208, 3115 34 Ave NW, Edmonton AB T6T 1X2 with her two kids.",
         "#208, 3115 34 Ave NW, Edmonton AB T6T 1X2"),
        ("Address 87 Hampshire St (upper), Buffalo NY 14213. Landlord has not fixed the heat.",
         "87 Hampshire St (upper), Buffalo NY 14213"),
        ("grandparents Darlene and Roy Combs, RR 1 Box 212A, Viper, KY 41774. raising the kids",
         "RR 1 Box 212A, Viper, KY 41774"),
        ("Visit to the bunkhouse, RR 3, 4178 Route 20, Margate PE C0B 1M0. Eight workers present.",
         "RR 3, 4178 Route 20, Margate PE C0B 1M0"),
        ("Client: Seamus, 71\nAddress: Cloonagashel, Ballintogher, Co. Sligo F91 KX27\nReferral: GP",
         "Cloonagashel, Ballintogher, Co. Sligo F91 KX27"),
    ],
)
def test_an_address_of_these_forms_is_covered_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_labelled_address_ends_where_the_next_sentence_starts(analyzer):
    text = "Address: 12 King Rd. She lives with mum and two brothers."
    assert [v for _, v in found(analyzer, text)] == ["12 King Rd."], found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Obs: HR 88, RR 20, BP 120/80, SpO2 97%. RR 18 at rest, RR 22, 4 hours later.",
        "Address: not given. Address: NFA\nAddress: same as above",
    ],
)
def test_no_address_is_read_here(analyzer, text):
    assert found(analyzer, text) == [], found(analyzer, text)


def test_a_settlement_named_before_its_kind_is_a_place(analyzer):
    text = "Native place: Nangali village, Mulbagal taluk. She met Somchai village headman."
    assert covered(analyzer, text, "Nangali"), found(analyzer, text)
    values = [v for _, v in found(analyzer, text)]
    assert "Somchai village" not in values, values
    kinds = "She lives in the Olympic village. Thai village life. The village was flooded."
    assert found(analyzer, kinds) == [], found(analyzer, kinds)
