"""Session 35: numbers after their label when another label word stands just before it.

A heading that ends in a label word ("ADULT PROTECTIVE SERVICES - INTAKE") was read as the label
of the next line's first word; when that word failed as a number the true label after it was
never tried, and "Report #: 24-APS-031877" went out in the clear."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

FOUND = [
    ("ADULT PROTECTIVE SERVICES - INTAKE\nReport #: 24-APS-031877   Date of report: 03/04/2024", "24-APS-031877"),
    ("Referral\nCase no. 2025-0418877 (open)", "2025-0418877"),
    ("School intake\nReference: HX-20447 from the district office.", "HX-20447"),
    ("Incident report passport A4471920 held by the employer.", "A4471920"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_label_after_a_failed_label_still_counts(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


PARTED = [
    ("Filed by the Childline team as CL/CHN/N/2025/0446.", "CL/CHN/N/2025/0446"),
    ("Came with referral memo KK-TIP-2026/031. All 3 worked on the boats.", "KK-TIP-2026/031"),
    ("complaint with the labour bureau, no. CMP/24/07731.", "CMP/24/07731"),
    ("Shelter intake | Code GBV-ZAM-0219 | Block C", "GBV-ZAM-0219"),
    ("Case opened SWD/CP/25/311. School visit next week.", "SWD/CP/25/311"),
    ("X-ray request sent: WL-0311-EC.", "WL-0311-EC"),
    ("TB register TB/07-2025/1184, daily DOT at the clinic", "TB/07-2025/1184"),
]


@pytest.mark.parametrize(("text", "value"), PARTED)
def test_a_reference_in_capital_and_digit_parts_is_found_with_any_label(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


SCALES = [
    ("PC-PTSD-5 = 4 today, PCL-5 next week.", "PC-PTSD-5"),
    ("Coded under ICD-10-CM F43.1 by the clinic.", "ICD-10-CM"),
    ("Prolonged grief PG-13-R = 34 at intake.", "PG-13-R"),
    ("Review due JAN-15-2026 with the team.", "JAN-15-2026"),
]


@pytest.mark.parametrize(("text", "word"), SCALES)
def test_scales_and_dates_in_parts_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


LOCAL_FORMS = [
    ("Ref.: Expte. N° 214/2025 — protective measure ordered.", "214/2025"),
    ("Processo n.º 211/24.6PJPR, Arguido: the father.", "211/24.6PJPR"),
    ("Juvenile section | case PM.nr.47/2025 | hearing in May", "PM.nr.47/2025"),
    ("prontuário PAEFI 0872/2025 opened at the CREAS.", "PAEFI 0872/2025"),
    ("Mother, 41, CPF 412.086.573-80, works at the market.", "412.086.573-80"),
    ("Client is Haitian, RUT 26.418.903-K. Child aged 2.", "26.418.903-K"),
    ("Pensioner. AHV no. 756.4187.2290.63. Daughter visits.", "756.4187.2290.63"),
    ("Lives in the compañía, C.I. 5.812.447, in 7th grade.", "5.812.447"),
    ("Income: NIS pension, no. 048 731 22.", "048 731 22"),
    ("Alien Registration (ARC) no. 5120384. Phone not working.", "5120384"),
    ("Market trader, DIP 081 422 36, sells fish.", "081 422 36"),
    ("Health: AZV card 5520 7813 seen.", "5520 7813"),
    ("Asylum: PAAYPA 0125 4418 7720. Guardian appointed.", "0125 4418 7720"),
    ("| Cédula | 1-1874-0962 |", "1-1874-0962"),
    ("Grade 9, 16    NRC 412903/11/1", "412903/11/1"),
    ("lives in winnipeg, phin 118 204 773. daughter visits", "118 204 773"),
    ("Birth record n° 1447/2013 (copy from the centre).", "1447/2013"),
    ("the household case number ks-ng-2023-0417 the mother's id", "ks-ng-2023-0417"),
    ("the reference from the council is asc-28817 also he was asked", "asc-28817"),
    ("medical record mr0419388 nurse there can help", "mr0419388"),
]


@pytest.mark.parametrize(("text", "value"), LOCAL_FORMS)
def test_numbers_written_in_their_countrys_own_form_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


LOCAL_KEEP = [
    ("Card exp. 12/2026, renew at the office.", "12/2026"),
    ("Post code 10400 for the office; dress code 2024 rules.", "10400"),
    ("Bus no. 2045 to the hospital every Tuesday.", "2045"),
    ("Weight 54.5 kg, K10 = 28, PHQ-9 14 on 12.03.2025.", "54.5"),
]


@pytest.mark.parametrize(("text", "word"), LOCAL_KEEP)
def test_amounts_and_dates_beside_local_labels_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_time_after_a_label_word_stays(analyzer):
    text = "มาถึง intake 10.30 น. — นักศึกษาปี 3 เล่าว่าเครียดเรื่องเรียน"
    assert untouched(analyzer, text, "10.30"), found(analyzer, text)


SECOND_FORM = [
    ("Mother Luwam, mobile +45 28 41 63 07; on the class list the same number stands as 28416307.", "28416307"),
    ("Mother Rasa, tel. +370 612 48 391 (on the admission form 8 612 48391), e-mail given", "8 612 48391"),
    ("pereira ci 4.812.376-5 born 12/06/2008 the court has his ci as 48123765 without the dots", "48123765"),
]


@pytest.mark.parametrize(("text", "value"), SECOND_FORM)
def test_the_same_number_written_again_in_another_form_is_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


COURT_FORMS = [
    ("Okresní soud v Ostravě, sp. zn. 0 P 245/2024 (custody, mother guardian)", "0 P 245/2024"),
    ("pflegschaftsgericht gz 12 Ps 118/24t child lives with the father", "12 Ps 118/24t"),
    ("Okrožno sodišče v Mariboru, opr. št. II K 23145/2023; condition = staying in", "II K 23145/2023"),
    ("Center za socialno delo Maribor, št. 1203-114/2024-7. He is afraid", "1203-114/2024-7"),
    ("Police: report broj 511-12-21/1-K-2241/2024 (02.11., strangled)", "511-12-21/1-K-2241/2024"),
    ("Kommune\nSagsnr.: 27.12.04-G01-3817-24    Modtaget: 08.10.2024", "27.12.04-G01-3817-24"),
    ("ОЗД opened case дело № 1237/2024; social worker to visit", "1237/2024"),
    ("Mother's work patent no. 66 №2400118432 (photo)", "2400118432"),
    ("Angolan ID: BI 005417832LA049, works as a taxi driver", "005417832LA049"),
    ("Austrian insurance: svnr 2118 150812 twelve years old", "2118 150812"),
    ("Belgian register, NN 10.02.27-214.05, born 27/02/2010", "10.02.27-214.05"),
]


@pytest.mark.parametrize(("text", "value"), COURT_FORMS)
def test_court_registers_and_national_numbers_of_europe_are_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)


NOT_NUMBERS = [
    ("Score 3 A 12/20 on the reading test; MMSE 24/30.", "12/20"),
    ("Ward 4 bed 12, seen at 14.30; BP 120/80.", "120/80"),
]


@pytest.mark.parametrize(("text", "word"), NOT_NUMBERS)
def test_scores_beside_register_letters_stay(analyzer, text, word):
    assert untouched(analyzer, text, word), found(analyzer, text)


def test_a_date_inside_a_longer_number_is_no_second_form_of_it(analyzer):
    text = "Case record\nDate: 14/10/2024\nPolice Station: OB No. 27/14/10/2024. Child is calm."
    assert untouched(analyzer, text, "Date: 14/10/2024"), found(analyzer, text)
