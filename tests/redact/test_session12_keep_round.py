"""Session 12 keep round: what development sets 46 and 47 lost to over-redaction. Written before
the code; invented text.

1. A chat label that opens with a role (แอดมินสมาคม:, ทีมเอาท์รีช:) is a role speaking.
2. A state's Medicaid (Medical Assistance), a UK visa scheme (Youth Mobility) and Thai school
   grades in English (Mathayom 2, Prathom 5) are no names; "Signposted" opens no organisation.
3. A comparative after a body's abbreviation (อยากเรียนกศน.มากกว่า) names no body; a mosque's name
   ends at a request verb (มัสยิดX|ขอใช้ลาน…).
4. บ้าน + a kin word, then a clause (บ้านแม่ที่ อ.X), is someone's home, not a village (บ้านแม่สาย is).
5. A long German compound noun (Krankenversicherung) is no person.
6. The ranks a camp houses (บ้านพักนายทหารประทวน) are a kind of home, not its name.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, untouched

KEPT = [
    ("แอดมินสมาคม: พักที่ไหนคะ\nช่างแดง: แคมป์ใกล้สนามบินครับ\nแอดมินสมาคม: เบอร์ติดต่อคะ\nช่างแดง: ได้ครับ",
     "แอดมินสมาคม"),
    ("ทีมเอาท์รีช: อยู่ตรงนั้นนะ\nนุ่น: ค่ะ รออยู่ค่ะ\nทีมเอาท์รีช: โอเคนะ\nนุ่น: ขอบคุณค่ะ", "ทีมเอาท์รีช"),
    ("The family has MN Medical Assistance and SNAP; next review in May.", "Medical Assistance"),
    ("Ploy, 24, Youth Mobility visa ends in March; works at a cafe.", "Youth Mobility"),
    ("Her son is in Mathayom 2 and reads well; SDQ total 12.", "Mathayom 2"),
    ("Signposted Salvation Army and Shelter helpline.", "Salvation Army"),
    ("ถามว่าอยากกลับไปเรียนไหม บอกอยากเรียนกศน.มากกว่า จะได้ทำงานด้วย", "มากกว่า"),
    ("กรรมการมัสยิดนูรุลฮูดาขอใช้ลานสหกรณ์จัดงานเมาลิด", "งานเมาลิด"),
    ("คิดจะพาลูกกลับไปอยู่บ้านแม่ที่ อ.ด่านขุนทด", "บ้านแม่"),
    ("สามีไม่จ่าย Krankenversicherung มา 4 เดือน", "Krankenversicherung"),
    ("ครอบครัวพักที่แฟลต 3 บ้านพักนายทหารประทวน ค่ายนวมินทราชินี", "บ้านพักนายทหารประทวน"),
]

FOUND = [
    ("แอดมินสมาคม: พักที่ไหนคะ\nช่างแดง: แคมป์ใกล้สนามบินครับ\nแอดมินสมาคม: เบอร์ติดต่อคะ\nช่างแดง: ได้ครับ",
     "แดง"),
    ("กรรมการมัสยิดนูรุลฮูดาขอใช้ลานสหกรณ์จัดงานเมาลิด", "มัสยิดนูรุลฮูดา"),
    ("กลับไปอยู่บ้านแม่สาย ต.เวียงพางคำ กับยาย", "บ้านแม่สาย"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_is_no_identifier_survives(analyzer, text, value):
    assert untouched(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_identifiers_beside_it_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value)
