"""Session 36 (keep25, set 117): things that look like bodies, addresses or names and are none.

* "M.4" alone is the school grade Mathayom 4, not the village number of a romanised Thai address
  (which names its tambon or district after it: M.4, T.Ban Pao);
* "the Head of Secondary" is a post, not a body;
* a body's "for …" tail is whom it serves (Haven for Women), never the order, programme or grant
  it is asked for (FSVU for Interim Protection Order);
* a Thai word made a noun by การ/ความ names a subject, never a person (ครู|การศึกษาพิเศษ)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("Moved back after the family's move. Enrolled M.5 at a provincial school, English programme.", "M.5"),
    ("Safety plan to be shared with the Head of Secondary and the school nurse.", "Head of Secondary"),
    ("Referred to Lae Police Station FSVU for Interim Protection Order under the Act.", "Interim Protection Order"),
    ("Referral to Hobart City Council community hub for the School Breakfast Program info.", "community hub for"),
    ("ผู้เข้าร่วม: ผู้อำนวยการ, ครูการศึกษาพิเศษ, ผู้ปกครอง\nครูการศึกษาพิเศษ: ใช้บัตรภาพ", "การศึกษาพิเศษ"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_grades_posts_orders_and_subjects_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


FOUND = [
    ("Lives at M.4, T.Ban Pao, A.Mueang, Lampang with her aunt.", "M.4, T.Ban Pao"),
    ("She stays at Duljo Haven for Women in town since March.", "Duljo Haven for Women"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_addresses_and_bodies_for_whom_they_serve_are_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
