"""Session 13 keep round 2, from keep5's remaining families (written before the code; other words
where the family allows).

1. A Glasgow coma score (GCS E4V5M6) is no ID; a Thai form code in Latin letters (Tor Ror 14,
   Sor Kor 2) is no name.
2. A body named only by kind words, in English or Malay (Labour Tribunal, Credit Union, Klinik
   Kesihatan, Observation and Protection Centre), names no one.
3. Thai: a kin word + "all night" (ปู่ทั้งคืน); the Korean word for the boss (ซาจังนิม); a time
   word glued after a kind of hospital (รพ.จังหวัดเช้านี้); an abbreviated weekday (พฤหัสฯ); a drink,
   a show or a game after the verb (ดื่ม Speight's, ชอบดู Running Man).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import untouched

KEPT = [
    ("Brought in by ambulance. GCS E3V5M6, O2 sat 97%, vitals stable.", "GCS E3V5M6"),
    ("Kids' Tor Ror 14 still not issued; next step form Sor Kor 2 at the district.", "Tor Ror 14"),
    ("Kids' Tor Ror 14 still not issued; next step form Sor Kor 2 at the district.", "Sor Kor 2"),
    ("Claim drafted, Labour Tribunal if no settlement by March.", "Labour Tribunal"),
    ("กู้ Credit Union ไปแล้ว 2 ก้อน ยังผ่อนไม่หมด", "Credit Union"),
    ("คนหนึ่งไข้สูง พาไป Klinik Kesihatan แล้ว ผลเลือดปกติ", "Klinik Kesihatan"),
    ("Spent 3 nights at the Observation and Protection Centre before bail.", "Observation and Protection Centre"),
    ("ลูกคนโตร้องหาปู่ทั้งคืน นอนไม่หลับ", "ปู่"),
    ("หนี้นายหน้าเหลือ 30,000 ซาจังนิมหักเงินเดือนทุกเดือน", "ซาจังนิม"),
    ("ส่ง OSCC รพ.จังหวัดเช้านี้ แพทย์ตรวจร่างกายแล้ว", "รพ.จังหวัด"),
    ("นัดประชุมครอบครัว 10.00 น. พฤหัสฯ 5 ธ.ค. 2567", "พฤหัสฯ"),
    ("ดื่ม Tui 6 กระป๋องทุกคืน AUDIT 18", "Tui"),
    ("วันหยุดกินส้มตำกับเพื่อน ชอบดู Running Man กับซีรีส์", "Running Man"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_the_term_stays(analyzer, text, value):
    assert untouched(analyzer, text, value)
