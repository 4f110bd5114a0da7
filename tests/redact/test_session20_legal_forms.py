"""Session 20: a company's legal form, written the Gulf's, Malaysia's, Austria's or Germany's way
(W.L.L., Sdn Bhd, e.U., GmbH), is part of its name and keeps its last dot."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found


@pytest.mark.parametrize(("text", "value"), [
    ("| 2 | Kumari (LK) | Al-Noor Cleaning Co. W.L.L. | company camp |", "Al-Noor Cleaning Co. W.L.L."),
    ("ผู้สนับสนุนวีซ่า Gulf Wellness Trading W.L.L.\nที่พัก", "Gulf Wellness Trading W.L.L."),
    ("ทำงานที่ Siam Wellness Massage e.U. ในเวียนนา", "Siam Wellness Massage e.U."),
    ("Her employer is Maju Jaya Logistics Sdn Bhd in Klang.", "Maju Jaya Logistics Sdn Bhd"),
    ("She packs parcels at Kohler Logistics GmbH in Hamburg.", "Kohler Logistics GmbH"),
])
def test_the_legal_form_belongs_to_the_name(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
