"""Session 11: kinds of shop, market and road that notes mention as where someone works or goes
are not names. Written from a probe, before the code; invented phrases only.

A probe of 30 kinds of Thai shops, markets and services in three frames (แม่ทำงานที่X มาสามปี,
เมื่อวานไปXกับเพื่อน, นัดเจอกันที่X พรุ่งนี้) found 20 of 90 flagged: the tokenizer glues two
kind words into one (รถ|มอเตอร์ไซค์ → รถมอเตอร์ไซค์, หยอด|เหรียญ), which the kind list did not
hold, a market was named by who runs it or when it opens, and "the mouth of the soi" took the
clause after it as the soi's name. Now 2 of 90 (a school "teaching English" is left to its rule).

1. A token made of two kind words is a kind word (organization_th.is_kind, now used when a
   body's words are weighed); sizes, coin-operated, taught subjects, "the usual" are kinds.
2. A market named only by its municipality or its opening time is a kind (ตลาดสดเทศบาลตำบล,
   ตลาดนัดกลางคืน); a market with a name after the head is still found.
3. After ปาก/ท้าย/หน้าซอย the soi's name may not open with a function word (ปากซอย|กับเพื่อน).
4. A probe of 14 kinds of home in three frames (ย้ายไปอยู่X, หนีไปนอนX, เยี่ยมบ้านที่X) touched 6 of
   42: which side of the family (ยาย|ฝั่ง|พ่อ) is no name after a kin word, and whose staff housing
   it is (บ้านพักพนักงาน|โรงงาน) is a kind. Now 0 of 42.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KINDS = [
    ("แม่ทำงานที่ร้านซ่อมรถมอเตอร์ไซค์ มาสามปีแล้ว", "ร้านซ่อมรถมอเตอร์ไซค์"),
    ("เมื่อวานไปร้านซักรีดหยอดเหรียญกับเพื่อน", "ร้านซักรีดหยอดเหรียญ"),
    ("พ่อขับรถส่งของให้ร้านวัสดุก่อสร้างขนาดใหญ่ มาสามปีแล้ว", "ร้านวัสดุก่อสร้างขนาดใหญ่"),
    ("นัดเจอกันที่ตลาดนัดกลางคืน พรุ่งนี้", "ตลาดนัดกลางคืน"),
    ("แม่ขายผักที่ตลาดสดเทศบาลตำบล ทุกเช้า", "ตลาดสดเทศบาลตำบล"),
    ("กินข้าวที่ร้านอาหารตามสั่งเจ้าประจำ ทุกวัน", "ร้านอาหารตามสั่งเจ้าประจำ"),
    ("เมื่อวานไปร้านขายของชำหน้าปากซอยกับเพื่อน", "ซอยกับเพื่อน"),
    ("ตอนนี้ย้ายไปอยู่บ้านยายฝั่งพ่อ มาสองเดือน", "ยายฝั่งพ่อ"),
    ("ลุงฝั่งแม่มารับกลับบ้านทุกเย็น", "ลุงฝั่งแม่"),
    ("เมื่อคืนหนีไปนอนบ้านพักพนักงานโรงงาน", "บ้านพักพนักงานโรงงาน"),
]

NAMED = [
    ("เคยทำงานที่ร้านโชห่วยฮะเฮง 2 ปี", "ร้านโชห่วยฮะเฮง"),
    ("นัดเจอกันที่ตลาดนัดคลองถมเซ็นเตอร์ พรุ่งนี้", "ตลาดนัดคลองถมเซ็นเตอร์"),
    ("พาไปทำฟันที่คลินิกทันตกรรมยิ้มละไม", "คลินิกทันตกรรมยิ้มละไม"),
]


@pytest.mark.parametrize(("text", "value"), KINDS)
def test_a_kind_of_shop_market_or_soi_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), NAMED)
def test_a_named_shop_or_market_is_still_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)
