"""Session 26: a Thai village or place found once is the same place where it is named again.

A village found inside an address run or a body's name, or a place found by a frame, is often
named again glued into a run-on sentence where no rule sees it. A place's long name is no everyday
phrase, so the same letters on word boundaries are the same place; a longer name that merely
starts with it is another place."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched


def test_a_village_from_an_address_is_found_again_glued_in_a_sentence(analyzer):
    text = (
        "ที่อยู่: ๑๐๗ หมู่ ๑๒ บ้านหนองคอนไทย ต.หนองคอน อ.ภูเขียว จ.ชัยภูมิ\n"
        "เป้าหมาย: ผู้ดูแลได้พัก 1 วัน/สัปดาห์ (อาสาสมัครบ้านหนองคอนไทยผลัดมาช่วย)"
    )
    assert text.count("บ้านหนองคอนไทย") == 2
    hits = analyzer.analyze(text)
    second = text.rindex("บ้านหนองคอนไทย")
    assert any(e.start <= second and second + len("บ้านหนองคอนไทย") <= e.end for e in hits), found(analyzer, text)


def test_a_place_found_in_a_frame_is_found_again_glued(analyzer):
    text = "ลูกสาวย้ายไปอยู่อ.ลำลูกกาตั้งแต่ปีก่อน\nหมายเหตุ: คุณตาบอกว่าไม่อยากย้ายไปลำลูกกาเพราะอยู่ตรงนี้มาสี่สิบปี"
    assert covered(analyzer, text, "ลำลูกกา"), found(analyzer, text)


def test_a_longer_name_that_starts_with_a_found_village_is_not_taken_for_it(analyzer):
    text = "ที่อยู่: 12 หมู่ 3 บ้านนาหอ ต.นาหอ อ.ด่านซ้าย จ.เลย\nแม่ไปช่วยงานบุญที่วัดบ้านนาหอยาวกับญาติ"
    hits = analyzer.analyze(text)
    k = text.index("บ้านนาหอยาว")
    assert not any(e.start <= k and k + len("บ้านนาหอ") == e.end for e in hits), found(analyzer, text)
    assert untouched(analyzer, "แม่ไปช่วยงานบุญกับญาติ", "งานบุญ")
