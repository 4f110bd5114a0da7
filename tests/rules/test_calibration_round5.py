"""Round 5: general causes of false warnings on our own ten new good notes (``*-own-51…56``).

Each cause is pinned by sentences of our own with a negative beside it, so a fix cannot simply
switch a rule off: a next contact written in any wording with a later date, everyday group/phone
headings, a writing time "the same morning", «สอบแก้ตัว» (make-up exam), «ระหว่างคุย» (while
talking).
"""

from __future__ import annotations

import pytest

from assistant.check import check_text
from assistant.text.sections import parse_sections

from .conftest import NOW


def _warned(text: str, config) -> list[str]:
    return [
        f.rule
        for f in check_text(text, config=config, now=NOW).findings
        if f.severity.value in {"warning", "error"}
    ]


NEXT = "interventions.missing-next-step"

_EN_HEAD = "Session 12/11/2026 16:20-16:35. Written 12/11/2026 16:50.\n\n"
_TH_HEAD = "วันที่ 16 พ.ย. 2569 เวลา 09.00–10.00 น. บันทึก 16 พ.ย. 2569 เวลา 11.00 น.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _EN_HEAD + "Taught box breathing; he practised twice.\nPlan: Appointment booked Thursday 19/11/2026 at 15:00.",
        _TH_HEAD + "สอนหลานจดความดัน หลานจดได้ถูกต้อง\nแผน: อสม. จะเยี่ยมซ้ำวันจันทร์ที่ 23 พ.ย. 2569 ช่วงเช้า",
        _TH_HEAD + "ฝึก grounding สมาชิกฝึกครบ\nแผน: ครั้งที่ 4 วันเสาร์ที่ 28 พ.ย. 2569 หัวข้อการสื่อสาร",
    ],
)
def test_a_dated_next_contact_in_any_wording_is_a_next_step(text, config):
    assert NEXT not in _warned(text, config)


@pytest.mark.parametrize(
    "text",
    [
        # a later date with no contact word is a deadline, not a next contact
        _EN_HEAD + "Taught box breathing; he practised twice.\nPlan: CV to be finished by 19/11/2026.",
        # a contact word with only the session's own date is not a next contact
        _TH_HEAD + "สอนหลานจดความดัน หลานจดได้ถูกต้อง\nแผน: ทบทวนสมุดที่ได้เยี่ยมเมื่อ 16 พ.ย. 2569",
    ],
)
def test_an_undated_or_past_contact_is_still_missing(text, config):
    assert NEXT in _warned(text, config)


def test_everyday_group_headings_are_sections():
    text = (
        "Group note\n\nSix members.\n\nWhat we worked on\nTaught paced breathing.\n\n"
        "How it went\nFive members practised.\n\nNext time\nSession 5 on 10/11/2026.\n"
    )
    assert [s.name for s in parse_sections(text).sections] == ["intervention", "response", "plan"]


def test_a_thai_appointment_heading_is_the_plan():
    text = "บันทึกโทรศัพท์\n\nการตอบสนอง\nทวนเบอร์ได้ถูกต้อง\n\nนัดหมายครั้งหน้า\nวันศุกร์ที่ 20 พ.ย. 2569\n"
    assert "plan" in [s.name for s in parse_sections(text).sections]


def test_a_sentence_with_next_time_is_not_a_heading():
    text = "Group note\n\nWe will try it next time.\nSome content follows here.\n"
    assert "plan" not in [s.name for s in parse_sections(text).sections]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Met on 20/11/2026 7:30-8:10 am at the shelter. Entry made the same morning at 9:20 am.", True),
        ("พบเมื่อ 23 พ.ย. 2569 เวลา 10.10–10.50 น. เขียนบันทึกหลังเลิกเรียนวันเดียวกัน เวลา 16.00 น.", True),
        ("Met on 20/11/2026 7:30-8:10 am at the shelter. He said the morning was cold.", False),
    ],
)
def test_a_writing_time_relative_to_the_session(text, ok, config):
    assert ("timeliness.missing-written-date" not in _warned(text, config)) is ok


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("นักศึกษาเล่าว่าจะขอสอบแก้ตัวในเดือนหน้า", False),
        ("นักศึกษาพูดแก้ตัวเรื่องการขาดเรียนตลอด", True),
    ],
)
def test_a_make_up_exam_is_not_an_excuse(sentence, flagged, config):
    assert ("objectivity.unsupported-motive" in _warned(sentence, config)) is flagged


@pytest.mark.parametrize(
    ("plan", "flagged"),
    [
        ("แผน: ระหว่างคุยนักเรียนยิ้มและเล่าเรื่องเกม นัดครั้งต่อไป 30 พ.ย. 2569", False),
        ("แผน: ครูคุยกับนักเรียน นัดครั้งต่อไป 30 พ.ย. 2569", True),
    ],
)
def test_while_talking_is_a_time_clause_not_an_intervention(plan, flagged, config):
    text = _TH_HEAD + plan
    assert ("interventions.vague-intervention" in _warned(text, config)) is flagged


VAGUE = "interventions.vague-follow-up"


@pytest.mark.parametrize(
    "plan",
    [
        "แผน: ฝึกหายใจทุกเช้า\nนัดครั้งต่อไป วันที่ ๒๙ พ.ย. ๖๙ เวลา ๑๓.๓๐ น.",
        "แผน: ฝึกหายใจทุกเช้า\nนัดครั้งต่อไป วันที่ 29 พ.ย. 2569 เวลา 13.30 น.",
    ],
)
def test_a_thai_next_appointment_followed_by_its_date_after_a_space_is_dated(plan, config):
    # Thai ends a clause with a space, so the date sits in the "next sentence" on the same line
    assert VAGUE not in _warned(_TH_HEAD + "สอนเทคนิคหายใจ ผู้รับบริการทำตามได้\n" + plan, config)


def test_a_thai_next_appointment_with_no_date_is_still_vague(config):
    plan = "แผน: ฝึกหายใจทุกเช้า\nนัดครั้งต่อไป ค่อยคุยกันอีกที\nโทรหาแม่ 30 พ.ย. 2569"
    assert VAGUE in _warned(_TH_HEAD + "สอนเทคนิคหายใจ ผู้รับบริการทำตามได้\n" + plan, config)
