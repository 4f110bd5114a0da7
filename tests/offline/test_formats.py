"""DAP and BIRP drafts put the same statements where those formats expect them."""

from __future__ import annotations

from assistant.models import BirpNote, DapNote, NoteFormat
from assistant.offline import draft_offline

EN = (
    'session 3/4 2:00-2:45. cl says "I feel stuck at home". PHQ-9 = 14, tearful. '
    "did: CBT thought record - cl identified 2 alternative thoughts. "
    "appears motivated. plan: refer to peer group, f/u 3/11."
)
TH = (
    "ให้คำปรึกษา 4 มี.ค. 2569 14.00-14.45 น.\n"
    'ผู้รับบริการเล่าว่า "อยู่บ้านแล้วอึดอัด"\n'
    "9Q = 14 ร้องไห้\n"
    "ทำ: ฝึกหายใจ ผู้รับบริการทำตามได้\n"
    "ประเมินว่ามีแรงจูงใจ\n"
    "ส่งต่อกลุ่มเพื่อนช่วยเพื่อน\n"
    "นัดติดตาม 11 มี.ค. 69"
)


def test_when_drafting_dap_then_data_holds_report_and_observation():
    note = draft_offline(EN, fmt=NoteFormat.DAP)
    assert isinstance(note, DapNote)
    assert '"I feel stuck at home"' in note.data and "PHQ-9 = 14" in note.data
    assert "motivated" in note.assessment
    assert "refer to peer group" in note.plan.lower()
    assert note.next_session == "3/11"


def test_when_drafting_birp_then_intervention_and_response_have_their_own_sections():
    note = draft_offline(EN, fmt=NoteFormat.BIRP)
    assert isinstance(note, BirpNote)
    assert '"I feel stuck at home"' in note.behavior and "PHQ-9 = 14" in note.behavior
    assert "CBT thought record" in note.intervention
    assert "identified 2 alternative thoughts" in note.response
    assert "refer to peer group" in note.plan.lower()


def test_when_drafting_thai_dap_and_birp_then_sections_follow_the_same_sorting():
    dap = draft_offline(TH, fmt=NoteFormat.DAP)
    assert '"อยู่บ้านแล้วอึดอัด"' in dap.data and "9Q = 14" in dap.data
    assert "มีแรงจูงใจ" in dap.assessment and "ส่งต่อ" in dap.plan
    birp = draft_offline(TH, fmt=NoteFormat.BIRP)
    assert "ฝึกหายใจ" in birp.intervention
    assert "ทำตามได้" in birp.response
    assert birp.next_session and "11 มี.ค. 69" in birp.next_session


def test_when_the_same_jottings_are_drafted_in_every_format_then_interventions_agree():
    names = {fmt: [i.name for i in draft_offline(EN, fmt=fmt).interventions] for fmt in NoteFormat}
    assert names[NoteFormat.SOAP] == names[NoteFormat.DAP] == names[NoteFormat.BIRP]
    assert any("CBT thought record" in n for n in names[NoteFormat.SOAP])
