"""Session 18 (blind partial-miss shapes, value-free, and set 61):
- a firm's warehouse stays a keep word (Coppermead Foods| warehouse);
- a given name the rules passed over between a kin title and a family name found alone
  (อาศัยกับตา|เปลี่ยน มีสุข), unless the words say something (ยายบอก สมศรี, แม่ชวนไปตลาด แตงโม)
  or title and word name a role (ครูแนะแนว อ.ธิดารัตน์);
- a chain's kind word left alone once the chain's name is cut is no body (the Walmart| store
  manager);
- a titled Thai given name the tokenizer cut at a syllable spelled like a particle, then its
  family name after one space, is one name (นางซารี|นะ หมัดเส็น)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ผู้แทนชุมชนรายงานว่า แม่ของบีมคือ นางซารีนะ หมัดเส็น ขายโรตีที่ตลาด", "ซารีนะ หมัดเส็น"),
        ("ทำงานโรงงาน อาศัยกับตาเปลี่ยน มีสุข อายุ 72 ปี ที่บ้าน", "เปลี่ยน มีสุข"),
    ],
)
def test_the_whole_name_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Client is applying to Coppermead Foods warehouse; reference from his boss.", "warehouse"),
        ("ยายบอก สมศรี ว่าไม่ไปโรงพยาบาล", "ยายบอก"),
        ("ลูกสาวคนเล็ก แตงโม อายุ 12 แม่ชวนไปตลาด แตงโมไม่ไป", "แม่ชวน"),
        ("คนที่แกล้งคือ ท็อป กับ แบงค์ ครูแนะแนว อ.ธิดารัตน์ ส่งมา", "ครูแนะแนว"),
    ],
)
def test_what_follows_or_precedes_a_name_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_chain_kind_word_alone_stays(analyzer):
    text = "Spoke with the Walmart store manager about her shifts."
    assert untouched(analyzer, text, "store"), found(analyzer, text)
