"""Session 27: notes typed or pasted in capitals (intake forms, police extracts, field diaries).

In such a line every word has a capital, so nothing marks the names out: the analyzer reads the
line a second time as a writer would have cased it (``recase``) and keeps what either reading
found. Offsets must still index the text as typed."""

from __future__ import annotations

import pytest

from assistant.redact.recase import capitals_spans, recase_capitals
from tests.redact.helpers import covered, found

FORM = (
    "REFERRAL — TYPED FROM THE DUTY LOG\n"
    "CHILD: T. NAKASHIMA-OBI, 11, LIVES WITH GRANDMOTHER ROSE IN MOUNT ROSKILL.\n"
    "MOTHER BRONWYN HAS MOVED TO HAMILTON. SCHOOL: WESLEYDALE PRIMARY SCHOOL.\n"
    "CHILD SAYS UNCLE TAVITA SHOUTS AT HER AND SHE IS SCARED TO GO HOME.\n"
    "WORKER: MRS. PRISCILLA ODUYA. NEXT VISIT THURSDAY AFTER SCHOOL.\n"
)


@pytest.mark.parametrize(
    "value",
    ["T. NAKASHIMA-OBI", "ROSE", "BRONWYN", "MOUNT ROSKILL", "WESLEYDALE PRIMARY SCHOOL", "TAVITA", "PRISCILLA ODUYA"],
)
def test_names_in_a_form_typed_in_capitals_are_found(analyzer, value):
    assert covered(analyzer, FORM, value), found(analyzer, FORM)


@pytest.mark.parametrize("word", ["REFERRAL", "DUTY LOG", "SCARED", "THURSDAY", "NEXT VISIT"])
def test_ordinary_words_in_capitals_stay(analyzer, word):
    at = FORM.find(word)
    assert not any(e.start <= at < e.end for e in analyzer.analyze(FORM)), found(analyzer, FORM)


def test_recasing_keeps_every_offset_and_acronyms_handles_and_initials():
    text = "SEEN BY DR NOLAN AT CAMHS. XBOX NAME SEANOG_GWY. D. KING TOLD THE GP ON 3/4."
    recased = recase_capitals(text)
    assert recased is not None and len(recased) == len(text)
    assert "Dr Nolan" in recased and "CAMHS" in recased and "SEANOG_GWY" in recased
    assert "D. King" in recased and " told the GP on " in recased


def test_lines_in_ordinary_case_and_thai_lines_with_acronyms_are_left_alone():
    text = (
        "Seen at home with mum.\n"
        "นักเรียนได้ GPAX 3.85 เป้าหมายรอบ TCAS ที่ 1 ทุกคืนนอนตีสอง GAD-7 = 14 PHQ-9 = 12 ASQ ผ่าน\n"
    )
    assert recase_capitals(text) is None
    assert capitals_spans(text) == []
