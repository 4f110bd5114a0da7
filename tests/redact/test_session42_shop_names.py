"""Session 42 (set 148): an online shop's or page's name after ชื่อร้าน / ชื่อเพจ, and its "by".

Thai sellers name their Shopee, Lazada, TikTok and Facebook shops with the goods and the seller
(ชื่อร้าน เพ็ญศรีขายดี, ชื่อเพจ ปลาร้าแม่ละเอียด), often with "by" and the seller's nickname (บ่าวกระจูด
by แม่ขรี, งานนวดมาเลย์ รายได้ดี by พี่เจน): in the open sets each such name was labelled whole. The
shop-name word is a cue like the account words of session 41, and a shop or page name found
takes its "by" and the seller after it."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("แม่ไลฟ์ขายของใน TikTok ทุกคืน ชื่อร้าน ดวงใจขายดี ฮ่าๆ", "ดวงใจขายดี"),
    ("เปิดร้านขายผ้าทอใน Shopee ชื่อร้าน ผ้าทอบ้านดง by แม่จันทร์ และใน Lazada ด้วย", "ผ้าทอบ้านดง by แม่จันทร์"),
    ("ขายน้ำพริกทางเฟซบุ๊กชื่อเพจ น้ำพริกแม่บุญมี สูตรโบราณ", "น้ำพริกแม่บุญมี"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_shop_name_after_its_cue_is_found_with_its_seller(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


def test_a_name_that_merely_starts_like_a_clause_word_is_found(analyzer):
    """มาลัย opens with มา ("come"): the clause check reads the first word, not its first letters."""
    text = "แม่ไลฟ์ขายของใน TikTok ทุกคืน ชื่อร้าน มาลัยขายดี ฮ่าๆ"
    assert covered(analyzer, text, "มาลัยขายดี"), found(analyzer, text)


def test_a_clause_after_the_account_word_is_still_no_name(analyzer):
    text = "แม่คุยทางเฟซ ไปทุกวัน ไม่ได้ขายของ"
    assert untouched(analyzer, text, "ไปทุกวัน"), found(analyzer, text)
