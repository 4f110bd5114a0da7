"""Session 18 (keep set 8): a kind of body named only by what it does stays, also when the next
clause glues onto it in Thai — a verb or an "if" after kind words (ศูนย์การศึกษาพิเศษ|รับเข้า…,
คลินิกเลิกสุรา|หากยินยอม), office hours or "back home" after a hospital or university, a clause
after a foundation or a school (มูลนิธิ|ที่ช่วย…, นมโรงเรียน|ใส่กระเป๋า…); an English body's
name never runs over a line break (…Services Act / Court file no.). Named bodies stay found."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("เบี้ยความพิการเดือนละ 1,000 บาท / ศูนย์การศึกษาพิเศษรับเข้าโปรแกรมเตรียมความพร้อม", "ศูนย์การศึกษาพิเศษ"),
        ("ส่งต่อศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุพิจารณารับเข้าพักชั่วคราว", "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุ"),
        ("ปิดประชุมแล้ว ส่งต่อคลินิกเลิกสุราหากยินยอม", "คลินิกเลิกสุรา"),
        ("พอข้ามมาถึงก็ถูกพาไปอยู่ร้านคาราโอเกะริมทาง ต้องนั่งดริงก์", "ร้านคาราโอเกะริมทาง"),
        ("วินิจฉัย Bipolar II จากจิตแพทย์โรงพยาบาลจังหวัดบ้านเกิด กิน Lithium", "โรงพยาบาลจังหวัด"),
        ("ให้เบอร์สายด่วน 1323 และห้องพยาบาลมหาวิทยาลัยนอกเวลา", "ห้องพยาบาลมหาวิทยาลัย"),
        ("แผน: ประสานคลินิกกฎหมายของมูลนิธิที่ช่วยเรื่องสถานะบุคคล", "มูลนิธิ"),
        ("มีคนเห็นเก็บนมโรงเรียนใส่กระเป๋ากลับบ้าน", "นมโรงเรียน"),
        ("วันหยุดไปวัดไทยกินส้มตำกับเพื่อน", "วัดไทย"),
        ("IN THE MATTER OF the Children and Family Services Act\nCourt file no. SFH-CFSA-128844", "Act"),
    ],
)
def test_a_kind_of_body_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ลูกไปทำฟันที่คลินิกทันตกรรมยิ้มสวยหากว่าง", "คลินิกทันตกรรมยิ้มสวย"),
        ("น้องเรียนอยู่โรงเรียนบ้านหนองบัวชั้น ป.4", "โรงเรียนบ้านหนองบัว"),
        ("พี่สาวเรียนที่มหาวิทยาลัยนเรศวร ปี 2", "มหาวิทยาลัยนเรศวร"),
        ("ส่งต่อมูลนิธิกระจกเงาช่วยตามหา", "มูลนิธิกระจกเงา"),
        ("น้ำท่วมบ้าน ไปพักที่ศูนย์พักพิงชั่วคราววัดท่าทองงาม", "ศูนย์พักพิงชั่วคราววัดท่าทองงาม"),
        ("He was placed at Oakridge Family Services Court last year.", "Oakridge Family Services Court"),
    ],
)
def test_a_named_body_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
