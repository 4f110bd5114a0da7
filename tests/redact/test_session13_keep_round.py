"""Session 13 keep round, from the open over-redaction set keep5 (its families, with other words
where the family allows: written before the code).

1. Medicines by their international name's stem (Chlorpheniramine, Venlafaxine, levetiracetam,
   Quetiapine XR), in either case, wherever they stand.
2. Festivals and observances of many traditions (Matariki, Dashain, Thingyan, Chuseok, Pchum Ben,
   St Stephen's Day, ตรุษจีน, ออกพรรษา, ฮารีรายอ).
3. German benefit, care and office nouns (Bürgergeld, Pflegegrad, Hausarzt, Tagespflege).
4. A Thai span that names a kind of work or place by ordinary words (โรงงานแกะกุ้ง, นวดสปาโรงแรม,
   วิ่งด่าน) is no person, bracketed or not.
5. A language named after a verb of speaking (speaks Jarai, พูด Sgaw).
Names stay names: Christine, Rosaline (given names ending like medicines), Steinhaus (a surname).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KEPT = [
    ("Itchy at night, took Chlorpheniramine 4 mg to sleep, PHQ-9 12.", "Chlorpheniramine"),
    ("GP started Venlafaxine 75 mg; stopped Quetiapine XR last month.", "Venlafaxine"),
    ("GP started Venlafaxine 75 mg; stopped Quetiapine XR last month.", "Quetiapine XR"),
    ("seizure free on levetiracetam 500 bd, sleeping ok", "levetiracetam"),
    ("Whānau hui after Matariki if the aunty can fly in.", "Matariki"),
    ("Missed Dashain at home, sister is selling a goat for the fees.", "Dashain"),
    ("Counsellor to follow up after Thingyan holidays.", "Thingyan"),
    ("Family went home for Chuseok, she stayed alone in the dorm.", "Chuseok"),
    ("Boyfriend threatened to leave since St Stephen's Day; debts €4,000.", "St Stephen's Day"),
    ("ช่วงตรุษจีนร้านปิด ไม่มีรายได้ 5 วัน", "ตรุษจีน"),
    ("อยากกลับไปทำบุญออกพรรษาที่บ้าน แต่ไม่มีเงินค่ารถ", "ออกพรรษา"),
    ("ฮารีรายอปีนี้ไม่ได้กลับบ้าน ส่งเงินไปให้แม่แทน", "ฮารีรายอ"),
    ("Jobcenter appt next Tues re Bürgergeld, letter in German only.", "Bürgergeld"),
    ("ยาย Alzheimer ระยะกลาง Pflegegrad 3 ขอ Tagespflege ยังรอคิว Hausarzt ให้ยานอนหลับ", "Pflegegrad"),
    ("ยาย Alzheimer ระยะกลาง Pflegegrad 3 ขอ Tagespflege ยังรอคิว Hausarzt ให้ยานอนหลับ", "Tagespflege"),
    ("ยาย Alzheimer ระยะกลาง Pflegegrad 3 ขอ Tagespflege ยังรอคิว Hausarzt ให้ยานอนหลับ", "Hausarzt"),
    ("แรงงานพม่า 4 คน (โรงงานแกะกุ้ง) นายจ้างยึดบัตรไว้", "โรงงานแกะกุ้ง"),
    ("สายจากแรงงานไทย (นวดสปาโรงแรม) ศุกร์ 22.05", "นวดสปาโรงแรม"),
    ("ใช้ passport ประทับตราออกทุก 30 วัน (วิ่งด่าน) ไม่มี work permit", "วิ่งด่าน"),
    ("Speaks Jarai and a little Thai, goes to a house church.", "Jarai"),
]

FOUND = [
    ("Christine Obuya (mum) attended with the baby.", "Christine Obuya"),
    ("Her sister Rosaline rang twice about the flat.", "Rosaline"),
    ("Landlord Herr Steinhaus wants the keys back by Friday.", "Steinhaus"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_term_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_name_is_still_hidden(analyzer, text, value):
    assert covered(analyzer, text, value)
