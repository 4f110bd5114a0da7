"""Session 14: a named body defined with its acronym in brackets — the acronym names the same body
wherever the note uses it (development set 51: TSSB, BNCCG, FWB, มพจ. were missed although the
body's full name was found)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Referred to Baan Rak Mekong Foundation (BRMF) last week. BRMF staff will visit on Monday.", "BRMF"),
        ("Hi all at Kampong Thai Friends Network (KTFN), the KTFN desk has her file.", "KTFN"),
        ("ส่งต่อมูลนิธิรักษ์ลำน้ำโขง (มรข.) แล้ว เจ้าหน้าที่ มรข. จะโทรกลับพรุ่งนี้", "มรข."),
        ("เคสจากศูนย์ช่วยเหลือแรงงานนครนายก (ศชน.) ติดต่อ ศชน. ได้ทุกวันจันทร์", "ศชน."),
        ("พี่ส่งเรื่องให้มูลนิธิเพื่อนชาวประมงอันดามัน (FFA) แล้ว รอ FFA ตอบกลับ", "FFA"),
    ],
)
def test_an_acronym_defined_after_a_named_body_is_redacted_everywhere(analyzer, text, acronym):
    assert covered(analyzer, text, acronym), found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a national service or a generic unit defined with its acronym names no one
        ("refer ศูนย์พึ่งได้ (OSCC) today; OSCC nurse aware", "OSCC"),
        ("Case conference with the multidisciplinary team (MDT) on Friday; MDT agreed the plan.", "MDT"),
        ("ประสานกองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.) เรื่องทุน กสศ. ปีนี้", "กสศ."),
        # letters that are not the body's initials are no acronym of it
        ("Referred to Baan Rak Mekong Foundation (PHQ) form attached.", "PHQ"),
    ],
)
def test_an_acronym_of_no_named_body_survives(analyzer, text, kept):
    ents = analyzer.analyze(text)
    k = text.find(kept)
    assert not any(e.start < k + len(kept) and k < e.end for e in ents), found(analyzer, text)
