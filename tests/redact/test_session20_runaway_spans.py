"""Session 20: spans that ran away across a run-on Thai note. A display name after "ไลน์ชื่อ" is a
name, not the rest of the paragraph; a production-line supervisor (หัวหน้าไลน์) has no LINE
account in the sentence at all."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

LINE_LEADER = (
    "ขอหัวหน้าไลน์ชื่อพี่วัชระย้ายไปงานเบาแล้วแต่ไม่ให้บอกว่าถ้าไม่ไหวก็ออกไปต้องยกกล่องผ้าวันละหลายร้อยกล่อง"
    "เมื่อวันเสาร์มีเลือดออกปวดท้องมากหมอบอกว่าแท้งลูกได้ใบรับรองแพทย์ให้พักห้าวัน ซกเฮงทำงานกะกลางคืน"
)


def test_a_line_supervisor_is_no_line_account_and_the_note_survives(analyzer):
    assert untouched(analyzer, LINE_LEADER, "ใบรับรองแพทย์"), found(analyzer, LINE_LEADER)
    assert untouched(analyzer, LINE_LEADER, "แท้งลูก"), found(analyzer, LINE_LEADER)
    assert covered(analyzer, LINE_LEADER, "วัชระ"), found(analyzer, LINE_LEADER)


def test_a_thai_display_name_after_a_platform_stays_found(analyzer):
    text = "ติดต่อทางเฟซชื่อ ฝ้ายคำ มหาเฮง ได้ทุกวัน"
    assert covered(analyzer, text, "ฝ้ายคำ มหาเฮง"), found(analyzer, text)


def test_a_glued_display_name_ends_where_the_run_on_sentence_goes_on(analyzer):
    text = "แม่ทักมาทางเฟซชื่อฝ้ายคำแล้วบอกว่าลูกไม่ยอมไปโรงเรียนมาสามวันแล้วเพราะโดนเพื่อนแกล้งทุกวันจนร้องไห้กลับบ้าน นัดเยี่ยมบ้านพรุ่งนี้"
    assert untouched(analyzer, text, "ไปโรงเรียน"), found(analyzer, text)
    assert untouched(analyzer, text, "นัดเยี่ยมบ้าน"), found(analyzer, text)


RUN_ON = (
    "แม่ชื่อนางมณีคลื่นแก้วอายุ38เลขบัตร1910100342159พ่อนายสมปองคลื่นแก้วออกเรือหางยาวสีแดงไปดำปลิง"
    "กับเพื่อนตั้งแต่มิ.ย.แล้วเรือล่มหาศพไม่เจอ"
)


def test_a_name_in_a_run_on_note_ends_before_the_clause_glued_to_it(analyzer):
    assert covered(analyzer, RUN_ON, "สมปองคลื่นแก้ว"), found(analyzer, RUN_ON)
    assert untouched(analyzer, RUN_ON, "สีแดง"), found(analyzer, RUN_ON)
    assert untouched(analyzer, RUN_ON, "ดำปลิง"), found(analyzer, RUN_ON)


def test_a_name_ends_before_a_reporting_verb_glued_to_it(analyzer):
    text = "วันนี้นางสาวมาลี แก้วมาบอกว่าไม่ไปโรงพยาบาล เพราะไม่มีค่ารถ"
    assert covered(analyzer, text, "มาลี แก้วมา"), found(analyzer, text)
    assert ("PERSON", "นางสาวมาลี แก้วมา") in found(analyzer, text), found(analyzer, text)
