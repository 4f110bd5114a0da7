"""Session 19: a chat speaker addressed by a kin title or a staff role and called by a word that is
otherwise a particle ("[09:43] พี่หน่อย: …", "[17:05] CG นิด: …"), and a numbered roster line that
gives a child's name and school grade ("3. นาปี ม.1 ร้องไห้…")."""

from __future__ import annotations

from tests.redact.helpers import covered, found, untouched

CHAT = (
    "[09:40] ต้นข้าว: วันนี้นายจ้างให้กลับบ้านก่อนค่ะ\n"
    "[09:43] พี่หน่อย: ใจเย็นนะ เมื่อวานประชุมกันที่ศูนย์แล้ว\n"
    "[09:45] ต้นข้าว: ค่ารถวันละ 80 บาท ไม่ไหวค่ะ\n"
    "[09:48] พี่หน่อย: พรุ่งนี้โทรหานะคะ\n"
)
CG = (
    "[17:05] CG นิด: ส่งเวรค่ะ ลุงกินยาครบ\n"
    "[17:07] CG นิด: ภรรยาพูดไทยได้บ้างค่ะ\n"
    "[17:12] พยาบาลจุ๋ม: รับทราบค่ะ\n"
)
ROSTER = "เวรดึก\n1. ต้นข้าว ป.6 ไม่สบาย นอนพัก\n2. บุญชู ม.2 กลับบ้านช้า\n3. นาปี ม.1 ร้องไห้คิดถึงแม่\n"


def test_a_chat_speaker_called_by_a_particle_word_is_found(analyzer):
    assert covered(analyzer, CHAT, "หน่อย"), found(analyzer, CHAT)


def test_a_chat_speaker_after_a_latin_role_is_found(analyzer):
    assert covered(analyzer, CG, "นิด"), found(analyzer, CG)


def test_the_particle_inside_a_message_stays(analyzer):
    text = CHAT + "[09:50] ต้นข้าว: รอแป๊บหน่อยนะคะ\n"
    assert untouched(analyzer, text, "แป๊บหน่อย"), found(analyzer, text)


def test_a_numbered_roster_names_the_child_before_the_grade(analyzer):
    assert covered(analyzer, ROSTER, "นาปี"), found(analyzer, ROSTER)
