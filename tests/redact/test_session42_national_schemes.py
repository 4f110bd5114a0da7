"""Session 42: national social-protection schemes and benefits of many countries, and Gambian Eid.

"His Old Age Security goes into the joint account", "assess for cash transfer (Inua Jamii)", "check
Samurdhi eligibility", "works on Ipelegeng (public works)", "no Jobsplus registration", "two days
after Tobaski": a benefit every eligible family gets, named in notes from Canada, Kenya, Sri
Lanka, Botswana, Malta, Pakistan, India, Indonesia, Rwanda, Malawi, Mexico and Peru, redacted as a
person or a body — 28 of 66 such names tried in three plain frames. Kept as national terms now."""

from __future__ import annotations

import pytest

from tests.redact.helpers import found, untouched

SCHEMES = [
    "Old Age Security", "Guaranteed Income Supplement", "Inua Jamii", "Samurdhi", "Aswesuma", "Ipelegeng",
    "Jobsplus", "Benazir Income Support Programme", "Ehsaas", "Sehat Sahulat", "Ayushman Bharat",
    "Anganwadi", "BPJS Kesehatan", "Program Keluarga Harapan", "Ubudehe", "Mutuelle de Santé", "Girinka",
    "Social Cash Transfer", "Mtukula Pakhomo", "Pensión para el Bienestar", "Pensión 65", "Tobaski", "Koriteh",
    # a second batch: national agencies and the days notes date things by
    "Kāinga Ora", "DepEd", "Umuganda", "Kwibohora", "Ileya", "Irreecha", "Maulidi", "Teej", "Chhath", "Bihu",
    "Bakrid", "Boishakh", "Vėlinės", "Jāņi",
]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_national_scheme_or_holiday_stays(analyzer, scheme):
    text = f"The family is on {scheme} since March; mother asked about {scheme} again."
    assert untouched(analyzer, text, scheme), found(analyzer, text)
