"""Table tests per recognizer: what must be found (and typed right), in English and Thai."""

from __future__ import annotations

import pytest

from .helpers import covered, found

CASES = [
    # phones
    ("PHONE", "Mom's cell 702-555-0134 after school.", "702-555-0134"),
    ("PHONE", "ph (505) 555-0153 evenings", "(505) 555-0153"),
    ("PHONE", "her # 555-0171 disconnected", "555-0171"),
    ("PHONE", "WhatsApp +1 971 555 0116.", "+1 971 555 0116"),
    ("PHONE", "โทร 091-836-2247 ตอนเย็น", "091-836-2247"),
    ("PHONE", "เบอร์บ้าน 02-914-3375", "02-914-3375"),
    # the Bangkok area code written apart from the number, as Thai offices print it
    ("PHONE", "โทร 0 2614 8870 ต่อ 12", "0 2614 8870"),
    ("PHONE", "สำนักงาน 0-2354-7721 ในเวลาราชการ", "0-2354-7721"),
    ("PHONE", "ศูนย์ฯ 0 5321 7788", "0 5321 7788"),
    ("PHONE", "พี่ชาย +66 81 442 0973", "+66 81 442 0973"),
    ("PHONE", "มือถือ 0812345678 ค่ะ", "0812345678"),
    # emails and online ids
    ("EMAIL", "email: k.tanaka@example.org re forms", "k.tanaka@example.org"),
    ("ONLINE_ID", "posted from acct @jay.bird_07 last night", "@jay.bird_07"),
    ("ONLINE_ID", "LINE ภรรยา: somjai1999", "somjai1999"),
    ("ONLINE_ID", "FB: Nok Srisai ; tel later", "Nok Srisai"),
    ("ONLINE_ID", "Snapchat username rjay.22 to message", "rjay.22"),
    # numbers behind a label
    ("CASE_NUMBER", "case # 24-JV-009911 opened", "24-JV-009911"),
    ("CASE_NUMBER", "HN 4419203 AN 67-11200", "4419203"),
    ("CASE_NUMBER", "HN 4419203 AN 67-11200", "67-11200"),
    ("ID_NUMBER", "MRN 7781120, born early", "7781120"),
    ("ID_NUMBER", "Medicaid # QX5521907 active", "QX5521907"),
    ("ID_NUMBER", "A# 208331774 pending", "208331774"),
    ("ID_NUMBER", "เลขประจำตัว 4471 ชั้น ป.5", "4471"),
    # dates of birth
    ("DATE_OF_BIRTH", "cl Ann Lee, DOB 2/17/1980, seen", "2/17/1980"),
    ("DATE_OF_BIRTH", "infant born 12/28 at 34 wks", "12/28"),
    ("DATE_OF_BIRTH", "date of birth: March 3, 2001.", "March 3, 2001"),
    ("DATE_OF_BIRTH", "เกิด ๓ มิ.ย. ๒๕๕๕ เรียนชั้น ม.1", "๓ มิ.ย. ๒๕๕๕"),
    ("DATE_OF_BIRTH", "วันเกิด 14/02/2540 ค่ะ", "14/02/2540"),
    # addresses
    ("ADDRESS", "moved to 71 Kenyon Ave, Apt B. new cell", "71 Kenyon Ave, Apt B"),
    ("ADDRESS", "lives 1902 Beacon Hill Rd, Ashford.", "1902 Beacon Hill Rd, Ashford"),
    ("ADDRESS", "ที่อยู่ 77/12 หมู่ 4 ต.บ้านเป็ด อ.เมือง จ.ขอนแก่น โทร", "77/12 หมู่ 4 ต.บ้านเป็ด อ.เมือง จ.ขอนแก่น"),
    ("ADDRESS", "บ้านเลขที่ ๑๐๒ หมู่ ๕ ต.ห้วยทราย อ.หนองแค จ.สระบุรี", "บ้านเลขที่ ๑๐๒ หมู่ ๕ ต.ห้วยทราย อ.หนองแค จ.สระบุรี"),
    # organisations
    ("ORGANIZATION", "attends Westlake Middle School since fall", "Westlake Middle School"),
    ("ORGANIZATION", "works at Delmar Roofing, boss knows", "Delmar Roofing"),
    ("ORGANIZATION", "นร. ป.5 โรงเรียนบ้านห้วยทรายวิทยา เลขประจำตัว", "โรงเรียนบ้านห้วยทรายวิทยา"),
    ("ORGANIZATION", "ทำงาน บริษัท ทรัพย์ทวีขนส่ง จำกัด อยู่ กทม.", "บริษัท ทรัพย์ทวีขนส่ง จำกัด"),
    # English names from context
    ("PERSON", "ref by Ms. Farrell (ELA) today", "Ms. Farrell"),
    ("PERSON", "mom Pranee Thongchai emailed", "Pranee Thongchai"),
    ("PERSON", "kids Sadaf 14, Omid 11, Hamid 6 at home", "Omid"),
    ("PERSON", "son Eli (12) this wknd", "Eli"),
    ("PERSON", "Gwendolyn Price discussed the divorce.", "Gwendolyn Price"),
    ("PERSON", "wife June at bedside", "June"),
    # Thai names from titles, kin words and cues
    ("PERSON", "ผู้รับบริการ ด.ญ.กมลพร ศรีทอง อายุ 13 ปี", "ด.ญ.กมลพร ศรีทอง"),
    ("PERSON", "แม่ นางรัตนา ใจเย็น มาด้วย", "นางรัตนา ใจเย็น"),
    ("PERSON", "ยายฝนบอกว่าเหงา", "ยายฝน"),
    ("PERSON", "ป้าบุญส่ง แวะมาวันละครั้ง", "ป้าบุญส่ง"),
    ("PERSON", "เพื่อนชื่อเล่นโอ๊ต อยู่ ป.6", "โอ๊ต"),
    ("PERSON", 'เด็กเรียกเขาว่า "พ่อดี" ทุกครั้ง', "พ่อดี"),
    ("PERSON", "ภรรยา Srey Pov 28 y ไม่มีเอกสาร", "Srey Pov"),
]


@pytest.mark.parametrize(("etype", "text", "value"), CASES, ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_when_identifier_in_context_then_it_is_found_with_its_type(analyzer, etype, text, value):
    assert covered(analyzer, text, value)
    assert any(t == etype and value in v for t, v in found(analyzer, text))


NOT_IDENTIFIERS = [
    ("initials", "Seen C.H. and Ms. B. today; J.M. agreed."),
    ("thai initials", "นาย ส. และ นาง ก.ข. มาด้วย"),
    ("hotlines", "Gave hotline 1323, 1300, 1669 and 988."),
    ("session date and time", "Session 5 on 3/14 at 10:30, f/u 3/21."),
    ("thai session date", "นัดครั้งต่อไป 15 ส.ค. 68 เวลา 10.30 น."),
    ("generic roles", "The teacher and Mom agreed; คุณครู และ ป้าข้างบ้าน มาด้วย"),
    ("kin word with a verb", "ยายเล่าว่าหลานไม่กินข้าว ยายยิ้ม ตาขวาบวม"),
    ("lowercase common words", "cl frank about THC, little joy, she may not come, before dawn."),
    ("generic service names", "Referred to the Domestic Violence Shelter and Social Services."),
]


@pytest.mark.parametrize(("label", "text"), NOT_IDENTIFIERS, ids=[c[0] for c in NOT_IDENTIFIERS])
def test_when_text_has_no_identifier_then_nothing_is_reported(analyzer, label, text):
    assert found(analyzer, text) == []
