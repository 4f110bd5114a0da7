"""Round 21 (Thai): span boundaries. A name or place found only in part leaks the rest, so the
span must run to the end of the word the writer wrote: after a formal title, to the end of a
piece the tokenizer cut off, over a spelling variant of the same name, and kin compounds
("แม่สามี", mother-in-law) are never names. Synthetic names only."""

from __future__ import annotations

import pytest

from assistant.redact import get_analyzer


@pytest.fixture(scope="module")
def analyze():
    return get_analyzer().analyze


def _covered(ents, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.start <= start and start + len(value) <= e.end for e in ents)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a title then a given name that opens with a clause syllable: the whole word is the name
        ("- ด.ช.จะโหล่ แสนปู่ลือ (อาข่า) ร้องไห้ตอนกลางคืน", "จะโหล่"),
        ("- ด.ญ.จะหมี่ เชอมือ คิดถึงบ้าน", "จะหมี่"),
        # a piece the tokenizer cut off the end of a foreign name belongs to it
        ("ลูกเรือ: หม่องเมียวตุ่น / ส่งต่อ รพ.", "หม่องเมียวตุ่น"),
        # a village name runs to the end of its word
        ("อยากกลับบ้านห้วยน้ำรินยาว\nพ่อโทรมา", "บ้านห้วยน้ำรินยาว"),
    ],
)
def test_span_runs_to_end_of_written_word(analyze, text: str, value: str) -> None:
    assert _covered(analyze(text), text, value)


def test_spelling_variant_of_found_name_is_caught(analyze) -> None:
    text = "ตามเคสลูกเรือ: นายซอเมียวทุ่น / (ชื่อในบัตร ซอเมียวทุน) ยังไม่มาตรวจ"
    ents = analyze(text)
    assert _covered(ents, text, "ซอเมียวทุ่น")
    assert _covered(ents, text, "ซอเมียวทุน")


@pytest.mark.parametrize("kin", ["แม่สามี", "พ่อสามี", "แม่ยาย", "พ่อตา", "พี่สะใภ้"])
def test_kin_compound_is_not_a_name(analyze, kin: str) -> None:
    text = f"ย้ายมาอยู่กับลูก 2 คน {kin} (ป้าบัวคำ) มาอยู่ด้วย ช่วยเลี้ยงหลาน"
    ents = analyze(text)
    start = text.index(kin)
    assert not any(e.start < start + len(kin) and start < e.end and e.text.startswith(kin) for e in ents)


@pytest.mark.parametrize(
    "text",
    [
        "น้องมาศูนย์ตรงเวลา ยังกินข้าวได้ปกติค่ะ\nนัดครั้งต่อไปวันจันทร์",
        "แม่บอกว่าลูกไปโรงเรียนทุกวัน ทำงานบ้านได้ 3 ปี",
    ],
)
def test_ordinary_words_survive(analyze, text: str) -> None:
    assert [e for e in analyze(text) if e.type == "PERSON"] == []
