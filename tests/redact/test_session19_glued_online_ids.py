"""Session 19: e-mail addresses and handles glued to Thai words in a run-on note — the change of
script is the space ("อีเมลปอยpoypanyawong@gmail.comไว้ส่งเอกสาร", "ติ๊กต็อกเจ๋งชื่อ@jeng_kui_elephant
โพสต์", "ติดต่อต้นทางไลน์tonboonruangเบอร์…"). An English word glued to ไลน์ (ไลน์group) is no ID."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("เรื่องลดเหล้าเบอร์เมีย0817724056อีเมลปอยpoypanyawong@gmail.comไว้ส่งเอกสารประกันสังคม",
         "poypanyawong@gmail.com"),
        ("ถ้าอาม่ายอมส่งเอกสารมาที่thanawat.lim@outlook.co.thได้ TMSEได้19", "thanawat.lim@outlook.co.th"),
        ("ติ๊กต็อกเจ๋งชื่อ@jeng_kui_elephantโพสต์คลิปทุกวันคนดูเยอะ", "@jeng_kui_elephant"),
        ("นัดคุยกับป้าอีกครั้งพรุ่งนี้ ติดต่อต้นทางไลน์tonboonruangเบอร์ป้า0897014426", "tonboonruang"),
    ],
)
def test_a_glued_address_or_handle_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("แม่ทักไลน์groupของห้องทุกเช้า", "group"),
        ("ส่งงานทางไลน์officialของโรงเรียน", "official"),
    ],
)
def test_an_english_word_after_line_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("คณะวิทยาศาสตร์การกีฬาม.บูรพารหัสนิสิต65030187พักหอพักใกล้มหาวิทยาลัย", "65030187"),
        ("หมอวินิจฉัยซึมเศร้าได้ยาเลขเวชระเบียน0023418แต่กินๆหยุดๆ", "0023418"),
        ("ไว้กรอกแบบฟอร์มเลขประกันสังคมออสเตรีย4417 120381เบอร์ติดต่อ", "4417 120381"),
        ("2)ติดต่อทางWeChat IDคือwxid_tar0917ทุกวันตอน2ทุ่ม", "wxid_tar0917"),
    ],
)
def test_a_glued_thai_label_introduces_its_number(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
