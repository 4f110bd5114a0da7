"""Session 30: Thai full names in a form pasted with spaces for its colons.

A given and a family name after a column gap (ผู้บันทึก  พัชรินทร์ ศรีสุข) are read like those after
a colon, and a staff member who signs the record (ผู้บันทึก, ผู้สัมภาษณ์ …) may carry a family name
that is an everyday word (ทองเหลือง "brass"). A symptom after a column gap stays.

English: a given name with a fada or a diaeresis is the listed name (Ciarán, Zoë); the staff
member on call in a role (Nurse on call: Musu) and after a role written short (SW: Kila, HV Amara
Obi); a condition heading a line (Health | Asthma, …) is no person."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ผู้บันทึก  พัชรินทร์ ศรีสุข นักสังคมสงเคราะห์", "พัชรินทร์ ศรีสุข"),
    ("ผู้บันทึก  พัชรินทร์ ทองเหลือง นักสังคมสงเคราะห์ โทร 037-231-594", "พัชรินทร์ ทองเหลือง"),
    ("ผู้สัมภาษณ์: สมหญิง ใจเย็น (นักจิตวิทยา)", "สมหญิง ใจเย็น"),
    ("Ciarán told us older boys from the centre set them up.", "Ciarán"),
    ("Zoë told us the older boys set them up.", "Zoë"),
    ("Residents: 5 women, 7 children. Nurse on call: Musu.", "Musu"),
    ("Contact: sister +675 7183 2046. SW: Kila.", "Kila"),
    ("Seen with HV Amara Obi on Tuesday.", "Amara Obi"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_person_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


KEPT = [
    ("อาการ  นอนไม่หลับ สองสัปดาห์ เบื่ออาหาร", "นอนไม่หลับ"),
    ("3. Health | Asthma, Ventolin inhaler. Dental check due.", "Asthma"),
    ("Mum Sarah says Asthma is worse since the move.", "Asthma"),
    ("The nurse on call was busy all night.", "on call"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)
