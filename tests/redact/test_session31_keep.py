"""Session 31: words that name no one, seen while probing after session 30.

A person's work after a kin word's colon (สามี: ช่างไม้) is what they do, not their name; the
name in the same slot still is (สามี: สมชาย). A pier by its kind (ท่าเรือประมง "the fishing pier")
and a market by the hour it opens (ตลาดเช้ามืด "the pre-dawn market") name no place; a pier or a
market with a name still do.

Festivals, languages, national offices and cards, interventions and school subjects of more
places (Tynwald Day, Tabaski, Changana, the Fiscalía, Tessera Sanitaria, Psychological First
Aid, in Chemistry) and medicines in Thai letters (ยาโฟลิก) name no one. A programme or service
written with a plus (Erasmus+, Disney+) is no person, though Erasmus alone may be. A public
service's unit named only by what it does (the Asylum Service, the Probation and Aftercare
Service) tells nothing of where the client is; one named by a place or a brand word stays."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("สามี: ช่างไม้ ทำงานรับเหมา", "ช่างไม้"),
    ("ภรรยา: แม่ค้า ขายของตลาดนัด", "แม่ค้า"),
    ("พ่อ: คนขับรถ อายุ 52 ปี", "คนขับรถ"),
    ("ไปที่ท่าเรือประมงทุกเช้า ช่วยแกะปู", "ท่าเรือประมง"),
    ("แม่พาไปตลาดเช้ามืดกับน้องทุกวัน", "ตลาดเช้ามืด"),
    ("Wants leave on Friday for Tynwald Day with his dad.", "Tynwald Day"),
    ("Context: Tabaski is on Monday; many boys try to go home for Tabaski.", "Tabaski"),
    ("Discussion mostly in Portuguese, some in Changana when the younger ones got shy.", "Changana"),
    ("Report made by the school to the Fiscalía today.", "Fiscalía"),
    ("Permesso still pending; Tessera Sanitaria issued.", "Tessera Sanitaria"),
    ("Intervention: Psychological First Aid; normalised her reactions.", "Psychological First Aid"),
    ('"It happened once in Chemistry and now everyone waits for it."', "Chemistry"),
    ("ให้ยาโฟลิกไปก่อน ปวดท้องให้มาตรวจ", "โฟลิก"),
    ("MA Semiotics, Erasmus+ exchange, second semester.", "Erasmus+"),
    ("Watches cartoons on Disney+ most evenings.", "Disney+"),
    ("Family celebrates Keti Koti on 1 July with the grandparents.", "Keti Koti"),
    ("Interpreter requested: Mixteco (mother), Spanish (children).", "Mixteco"),
    ("He reports to the Probation and Aftercare Service every month.", "Probation and Aftercare Service"),
    ("Her claim is with the Asylum Service; interview not yet scheduled.", "Asylum Service"),
    ("Complaint lodged with the Labour Relations Agency about unpaid wages.", "Labour Relations Agency"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


FOUND = [
    ("สามี: สมชาย ทำงานรับเหมา", "สมชาย"),
    ("พ่อ: บุญมี อายุ 52 ปี", "บุญมี"),
    ("ไปที่ท่าเรือคลองโคนทุกเช้า ช่วยแกะปู", "ท่าเรือคลองโคน"),
    ("พ่อทำงานที่ท่าเรือประมงท่าฉลอมทุกเช้า", "ท่าฉลอม"),
    ("แม่พาไปตลาดเช้าบ้านหนองบัวทุกวัน", "บ้านหนองบัว"),
    ("Erasmus Mensah attended with his aunt.", "Erasmus Mensah"),
    ("Referred to Riverside Family Centre for parenting support.", "Riverside Family Centre"),
    ("Sheffield Youth Offending Service called about the order.", "Sheffield Youth Offending Service"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_identifier_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
