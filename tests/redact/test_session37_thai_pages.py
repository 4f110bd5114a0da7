"""Session 37 (set 121): Facebook pages and LINE groups named in Thai.

A page or a chat group is named like an account: in quotes after the page or group word (with a
platform word, since กลุ่ม alone is any group), or bare after เพจ up to the word that starts the
clause again. A quoted risk group, a remark about a page and a kind of page stay."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

PAGES = [
    ('แม่แอดเข้ากลุ่ม LINE ชุมชน "บ้านนาคูณร่วมใจ" ตั้งแต่เดือนก่อน', "บ้านนาคูณร่วมใจ"),
    ('พยาบาลเปิดไลน์กลุ่มครอบครัว "หลานยายคำปุ่น 💕" ไว้ส่งนัด', "หลานยายคำปุ่น 💕"),
    ('- LINE group "แม่วัยใสโพนทอง" added for reminders', "แม่วัยใสโพนทอง"),
    ("มีคนเอารูปไปโพสต์ในเพจ คนดงหลวงรู้ทัน หลายครั้ง ลูกไม่ยอมไปโรงเรียน", "คนดงหลวงรู้ทัน"),
    ("ประกาศตามหาในเพจเฟซบุ๊ก ข่าวนาแกทันใจ ด้วย มีคนแชร์เยอะ", "ข่าวนาแกทันใจ"),
    ('ผู้ใหญ่บ้านแจ้งในกลุ่มไลน์ หมู่บ้าน "ชาวโนนแดงรวมใจ" ทุกเย็น', "ชาวโนนแดงรวมใจ"),
]


@pytest.mark.parametrize(("text", "value"), PAGES)
def test_a_page_or_group_named_in_thai_is_redacted(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ('ผู้ป่วยอยู่ในกลุ่ม "เสี่ยงสูง" ต้องติดตามทุกเดือน', "เสี่ยงสูง"),
    ("ครูโพสต์ในเพจ ของโรงเรียน ทุกวัน ไม่มีชื่อเด็ก", "ของโรงเรียน"),
    ("ลูกชอบดูเพจ ขายของออนไลน์ ทั้งวัน แม่เป็นห่วง", "ขายของออนไลน์"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_a_risk_group_or_a_kind_of_page_stays(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


SPEECH = [
    ('เพื่อนโพสต์ในกลุ่มไลน์ห้องว่า "ตัวเหม็นเหมือนปลาเค็ม" ร้องไห้ทุกเช้า', "ตัวเหม็นเหมือนปลาเค็ม"),
    ('เพื่อนรู้จากข่าวในกลุ่มเฟซบุ๊กหมู่บ้าน "หนูไม่อยากมาโรงเรียน" คิดถึงพ่อ', "หนูไม่อยากมาโรงเรียน"),
]


@pytest.mark.parametrize(("text", "words"), SPEECH)
def test_what_was_written_in_a_group_is_not_its_name(analyzer, text, words):
    assert untouched(analyzer, text, words), found(analyzer, text)
