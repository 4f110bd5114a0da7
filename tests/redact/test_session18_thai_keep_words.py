"""Session 18 (keep set 8), Thai words a careless rule read as names or places:
- หาด "beach" inside ปัญ|หาด้าน ("problem with"): a head must open a word;
- a relation after a monk's title spelled inside ห้องพระ (the shrine room): หน้าห้องพระ ลูกสาว…;
- คุณยาย then a verb of coming or going (คุณยายลงมาคนเดียว: grandma came down alone);
- the อ. of ศอ.บต. (the southern border provinces' administration centre) is no district;
- a verb of sending then มา after a name is no family name (อ.ธิดารัตน์ ส่งมา: "sent him"),
  while ทองมา is one;
- a visitor column holding roles and where they came from (พยาบาล รพ.สต., นักกายภาพ, Care
  Manager + อสม.). Names in the same places are still found."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

TABLE = (
    "| วันที่ | ผู้เยี่ยม | บันทึก |\n"
    "| 10 ต.ค. | พยาบาล รพ.สต. | ทำแผล |\n"
    "| 17 ต.ค. | นักกายภาพ | ขยับข้อ |\n"
    "| 24 ต.ค. | Care Manager + อสม. | ประเมิน |\n"
    "| 30 ต.ค. | อสม.สมพร | วัดความดัน |\n"
)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ผล SDQ ฉบับครูพบปัญหาด้านสมาธิสั้นระดับเสี่ยง ส่วนฉบับผู้ปกครองปกติ", "สมาธิสั้น"),
        ("ผู้ป่วยนอนเตียงชั้นล่าง หน้าห้องพระ ลูกสาวคนโตเป็นผู้ดูแลหลัก", "ลูกสาว"),
        ("ขอ รปภ. แจ้งทันทีถ้าเห็นคุณยายลงมาคนเดียว", "คุณยาย"),
        ("สิทธิที่ได้รับ: เงินเยียวยาจาก ศอ.บต. ได้รับแล้ว", "ศอ.บต."),
        (TABLE, "พยาบาล รพ.สต."),
        (TABLE, "นักกายภาพ"),
        (TABLE, "Care Manager"),
        ("คนที่แกล้งคือ ท็อป กับ แบงค์ ครูแนะแนว อ.ธิดารัตน์ ส่งมา SDQ total 21", "ส่งมา"),
    ],
)
def test_it_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (TABLE, "สมพร"),
        ("ไปเที่ยวหาดพัทยาใต้กับเพื่อนทุกเสาร์", "หาดพัทยาใต้"),
        ("หลังเลิกงานที่ร้านริมหาดเฉวง กับเพื่อน", "หาดเฉวง"),
        ("ตาทองมา ใจดี อายุ 70 ปี อยู่คนเดียว", "ทองมา"),
        ("ว่าพ่อใหญ่สีดา ทองมา อายุ 86 อยู่คนเดียว", "สีดา ทองมา"),
        ("บ้านเลขที่ 12 ม.3 ต.ตะโละ อ.ยะหริ่ง จ.ปัตตานี", "อ.ยะหริ่ง"),
    ],
)
def test_names_and_places_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
