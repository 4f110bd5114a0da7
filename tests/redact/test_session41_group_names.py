"""Session 41 (sets 84, 107, 109, 126, 139): a Facebook group or page named without quotes.

Session 37 read a page's name after เพจ and a space (ในเพจ คนพระสมุทรเจดีย์); a Facebook group is
named the same way (โพสต์ในกลุ่มเฟซบุ๊ก คนถลางบ้านเรา, ขู่จะโพสต์รูปในกลุ่มเฟซบุ๊ก คนวังน้อยรู้ทัน), a
page after its platform too (เพจ FB …, เพจเฟซบุ๊ก …). A page whose name opens with a verb (หางาน…) stays
out, as session 37 decided (ดูเพจ ขายของออนไลน์). A LINE group stays out: its name is most often what the group is
(กลุ่มไลน์ ผู้ปกครอง), and a group's kind (กลุ่มเฟซบุ๊ก ขายของมือสอง) is no name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("📢 ประกาศตามหาคนหาย (โพสต์ในกลุ่มเฟซบุ๊ก คนถลางบ้านเรา)\nอาม่าอายุ 81 ปี", "คนถลางบ้านเรา"),
    ("เจ้าหนี้มาที่หอพักและขู่จะโพสต์รูปในกลุ่มเฟซบุ๊ก คนวังน้อยรู้ทัน\nน้องร้องไห้ทั้งคืน", "คนวังน้อยรู้ทัน"),
    ("เดิมเห็นโพสต์รับสมัครแอดมินในเพจเฟซบุ๊ก งานด่วนแม่สอดรายได้ดี คุยต่อทาง Telegram", "งานด่วนแม่สอดรายได้ดี"),
    ("ขู่ว่าจะเอารูปไปโพสต์ในกลุ่ม FB เด็กศีรษะทองรวมพลัง ก้องร้องไห้กลัวพ่อรู้", "เด็กศีรษะทองรวมพลัง"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_facebook_group_or_page_named_without_quotes_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("แม่แจ้งในกลุ่มไลน์ ผู้ปกครอง ว่าน้องจะไม่มาเรียนวันศุกร์", "ผู้ปกครอง"),
    ("ยายขายผ้าทอในกลุ่มเฟซบุ๊ก ขายของมือสอง ได้เดือนละพันกว่าบาท", "ขายของมือสอง"),
    ("ครูจะโพสต์ในกลุ่มเฟซบุ๊ก ของโรงเรียน ให้ผู้ปกครองทราบ", "ของโรงเรียน"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_groups_kind_is_no_name(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)
