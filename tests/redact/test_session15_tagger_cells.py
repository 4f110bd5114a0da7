"""Session 15: a learned span never runs across a tab, as it never runs across a line break: a
table pasted as text holds one value per cell, and a span over several cells swallowed the
measures beside a name (… farm\tDawei\tMUAC 12.1 cm). Found on a development set's lost keep
strings, counted by what caused them (the taggers cost 36 of them)."""

from __future__ import annotations

from assistant.redact.learned_ner import learned_spans
from tests.redact.helpers import covered, found, untouched


def test_a_learned_span_stays_inside_its_table_cell():
    text = (
        "Name\tAge\tWorkplace\tFrom\tNotes\n"
        "Khin Zar Chi\t4\tChamao Golden Fruit farm\tDawei\tMUAC 12.1 cm - watch\n"
        "Aung Ko Ko\t7\tSaeng Thong Orchard\tMawlamyine\tMUAC 13.4 cm ok\n"
    )
    assert not [(k, text[s:e]) for k, s, e in learned_spans(text) if "\t" in text[s:e]]


def test_a_measure_in_the_next_cell_survives(analyzer):
    text = (
        "Name\tAge\tWorkplace\tFrom\tNotes\n"
        "Khin Zar Chi\t4\tChamao Golden Fruit farm\tDawei\tMUAC 12.1 cm - watch\n"
    )
    assert untouched(analyzer, text, "MUAC 12.1 cm"), found(analyzer, text)


def test_a_time_glued_after_a_body_in_a_run_on_note_is_not_its_name(analyzer):
    text = (
        "ยายบอกว่าหมอนัดไปตรวจตาอีกทีที่โรงพยาบาลสุรินทร์วันที่ห้ามีนาบ่ายโมงเดี๋ยวต้องหารถให้ตาไป"
        "เพราะลูกชายไม่อยู่ไปทำงานที่ระยอง"
    )
    assert untouched(analyzer, text, "บ่ายโมง"), found(analyzer, text)


def test_an_age_and_sex_opening_a_clinical_line_is_no_address(analyzer):
    text = (
        "Ward round, maternity\nBed 3 - Mu Lah Paw, 31F, G3P3, PPH overnight, Hb 7.9 this am, on "
        "ferrous sulfate, baby girl with her, feeding ok."
    )
    assert untouched(analyzer, text, "Hb 7.9"), found(analyzer, text)


def test_a_floor_written_like_an_age_stays_in_its_address(analyzer):
    text = "Moved last month to Room 512, 5F, Lumpini Place Rama 4, Khlong Toei, Bangkok 10110 with her cousin."
    assert covered(analyzer, text, "Room 512, 5F, Lumpini Place Rama 4"), found(analyzer, text)
