"""Session 31: Thai addresses said in words.

Speech-to-text writes a house and a village number in words (บ้านเลขที่เก้าสิบเก้า หมู่หก,
สองร้อยสิบ ทับ สาม หมู่สี่): they are the same parts of the address as their digits, and the chain
they open is one address. A number word alone, or หมู่ "group" before a count, is none.

Rivers, caves, sluice gates, bus and railway stations and wildlife sanctuaries are named after
their kind word (แม่น้ำปิง, แม่น้ำแม่วัง — แม่ opens a river's name —, ถ้ำเลเขากอบ, สถานีขนส่งสกลนคร);
the kind with what it is like stays (แม่น้ำสายหลัก "the main river", ถ้ำมืดๆ "a dark cave"), and so
does a river that crosses whole countries (แม่น้ำโขง): naming it locates no one. A landform
named beside or near (ริม|คลองบางโพงพาง) is a place, its name opening with another landform word
(บาง), unless บาง is "some" (คลอง|บางคน "some people at the canal")."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ยายบอกว่าอยู่บ้านเลขที่หกสิบสาม หมู่เก้า ตำบลหนองแวง อำเภอเมือง มาตั้งแต่เด็ก",
     "บ้านเลขที่หกสิบสาม หมู่เก้า ตำบลหนองแวง อำเภอเมือง"),
    ("ที่อยู่ตามบัตร สามร้อยสิบสอง หมู่สิบเอ็ด ตำบลนาโพธิ์ อำเภอกุดรัง ค่ะ",
     "สามร้อยสิบสอง หมู่สิบเอ็ด ตำบลนาโพธิ์ อำเภอกุดรัง"),
    ("แม่อยู่เลขที่สิบเจ็ด ทับ สอง หมู่ที่สาม ตำบลท่าช้าง", "เลขที่สิบเจ็ด ทับ สอง หมู่ที่สาม ตำบลท่าช้าง"),
    ("พ่อหาปลาในแม่น้ำยมทุกวันไม่ได้ไปรับจ้าง", "แม่น้ำยม"),
    ("คนร้ายให้ยายนั่งรอริมแม่น้ำแม่วังห้ามวางสาย", "แม่น้ำแม่วัง"),
    ("เด็กหนีไปนอนที่สถานีขนส่งอุดรธานี 2 คืน", "สถานีขนส่งอุดรธานี"),
    ("ชาวบ้านพาไปหลบในถ้ำผาไทตอนน้ำป่ามา", "ถ้ำผาไท"),
    ("บ้านเดิมริมคลองบางโพงพางใกล้ตลาดพื้นผุ", "คลองบางโพงพาง"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_address_is_found_whole(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("เด็กหมู่สองคนนี้ไปเรียนด้วยกัน", "หมู่สอง"),
    ("ข้อที่สามของแบบประเมิน ให้คะแนนสองร้อยสิบ", "สองร้อยสิบ"),
    ("แม่น้ำสายหลักของหมู่บ้านแห้ง", "แม่น้ำสายหลัก"),
    ("เด็กกลัวถ้ำมืดๆ ไม่ยอมเข้า", "ถ้ำมืดๆ"),
    ("ไปสถานีขนส่งเพื่อกลับบ้าน", "สถานีขนส่ง"),
    ("ข้ามแม่น้ำโขงมาทำงานฝั่งไทย", "แม่น้ำโขง"),
    ("ที่คลองบางคนก็ไม่ไปเพราะน้ำเน่า", "บางคน"),
    ("เด็กชอบไปเล่นริมคลองทุกเย็น", "ริมคลอง"),
    ("บ้านอยู่ริมคลองชลประทานหลังวัด", "คลองชลประทาน"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_is_no_address_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
