"""Session 16: names of things — products, apps, games, shows, bands, dishes, festivals, chains —
identify nobody, and a note that says what a client eats, plays, watches or where the family shops
must keep them (an open set of such notes, keep7, kept only 124 of 180 English strings). They are
listed as data (``assistant/redact/data/named_things.yaml``). A chain also names an employer, so
it is left to the rules when the note says someone works there."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Client plays Fortnite most nights and watches CoComelon with her little brother.", "CoComelon"),
        ("Mum says he only eats Doritos and drinks Gatorade since the move.", "Doritos"),
        ("She talked about BLACKPINK for ten minutes and smiled for the first time.", "BLACKPINK"),
        ("Dad buys nappies and formula at Costco once a month when money allows.", "Costco"),
        ("Grandma gets her shopping delivered from Woolworths on Thursdays.", "Woolworths"),
        ("Plans to celebrate Diwali with cousins; sleep improved, PHQ-9 = 8.", "Diwali"),
        ("น้องชอบดูโดราเอมอนกับเล่นฟีฟายทุกเย็น แม่บ่นว่าติดจอ", "โดราเอมอน"),
        ("แม่ซื้อนมดัชมิลล์ให้ลูกทุกวัน เงินไม่ค่อยพอ", "ดัชมิลล์"),
        ("ยายไปซื้อของที่แม็คโครเดือนละครั้ง", "แม็คโคร"),
    ],
)
def test_a_named_thing_is_kept(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She works at Costco Richmond as a cashier, night shifts, since March.", "Costco Richmond"),
        ("Client is employed by Woolworths Parramatta on the checkout.", "Woolworths Parramatta"),
        ("ผู้รับบริการทำงานที่แม็คโครสาขาบางบัวทอง ฝ่ายสต็อก", "แม็คโครสาขาบางบัวทอง"),
    ],
)
def test_a_chain_that_employs_the_client_is_still_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('น้องชื่อเล่นว่า "ยาคูลท์" อายุ 9 ขวบ มากับยาย', "ยาคูลท์"),
    ],
)
def test_a_listed_word_given_as_a_nickname_is_still_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("He plays Genshin Impact until 2am; mum has taken the phone at night.", "Genshin Impact"),
        ("Still walks to the park to play Pokémon Go with her cousin.", "Pokémon Go"),
    ],
)
def test_a_title_that_goes_on_in_an_ordinary_word_is_kept_whole(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_name_after_a_listed_platform_is_still_redacted(analyzer):
    text = "Mum messaged him through Facebook Malee Srisuk, the aunt's account, on Sunday."
    assert covered(analyzer, text, "Malee Srisuk"), found(analyzer, text)


def test_no_listed_thing_is_a_given_name():
    """A listed thing is cut out of a person's span, so a given name there would leave part of a
    client's name in the text: the list holds none (Lisa, Joy, Ford and Pepsi were left out)."""
    import yaml

    from assistant.redact.given_names import all_given_names
    from assistant.redact.lexicon import _NAMED_THINGS_FILE
    from assistant.redact.thai_lexicon import get_thai_lexicon

    data = yaml.safe_load(_NAMED_THINGS_FILE.read_text(encoding="utf-8"))
    names = {n.lower() for n in all_given_names()}
    thai = get_thai_lexicon()
    clashes = [
        t for kind in ("things", "chains") for t in data[kind]
        if t.lower() in names or thai.is_name(t)
    ]
    assert clashes == []
