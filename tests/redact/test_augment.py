"""Swapped-name copies of training cases: labels stay true, people stay one person, nothing leaks."""

from __future__ import annotations

from assistant.redact.augment import augment

THAI_CASE = {
    "id": "t1",
    "language": "th",
    "text": "ผู้รับบริการ นางสาวกมลชนก ศรีวงศ์ทอง อายุ 31 ทำงานที่ร้านดอกแก้วคาเฟ่ กมลชนกเล่าว่านอนไม่หลับ PHQ-9 = 12",
    "identifiers": [
        {"type": "PERSON", "value": "กมลชนก ศรีวงศ์ทอง"},
        {"type": "PERSON", "value": "กมลชนก"},
        {"type": "ORGANIZATION", "value": "ร้านดอกแก้วคาเฟ่"},
    ],
    "keep": ["PHQ-9 = 12"],
}
ENGLISH_CASE = {
    "id": "e1",
    "language": "en",
    "text": "Met Oluwaseun ADEYEMI at Brookvale Library. Oluwaseun says sleep is poor; GAD-7 = 11.",
    "identifiers": [
        {"type": "PERSON", "value": "Oluwaseun ADEYEMI"},
        {"type": "PERSON", "value": "Oluwaseun"},
        {"type": "ORGANIZATION", "value": "Brookvale Library"},
    ],
    "keep": ["GAD-7 = 11"],
}
OTHER_CASE = {
    "id": "e2",
    "language": "en",
    "text": "Referred by Harbourside Clinic; lives with aunt Priya Raman.",
    "identifiers": [
        {"type": "ORGANIZATION", "value": "Harbourside Clinic"},
        {"type": "PERSON", "value": "Priya Raman"},
    ],
    "keep": [],
}


def test_when_cases_are_augmented_then_the_originals_come_first_and_each_gets_its_copies():
    out = augment([THAI_CASE, ENGLISH_CASE], variants=3)
    assert out[:2] == [THAI_CASE, ENGLISH_CASE]
    assert len(out) == 2 + 2 * 3
    assert len({c["id"] for c in out}) == len(out)


def test_when_names_are_swapped_then_every_label_is_in_the_new_text_and_the_old_names_are_gone():
    for copy in augment([THAI_CASE, ENGLISH_CASE, OTHER_CASE], variants=4)[3:]:
        for ident in copy["identifiers"]:
            assert ident["value"] in copy["text"]
        assert "กมลชนก" not in copy["text"] and "Oluwaseun" not in copy["text"]
        assert "Priya" not in copy["text"]


def test_when_a_full_name_and_its_given_name_both_appear_then_the_copy_keeps_them_one_person():
    for copy in augment([THAI_CASE, ENGLISH_CASE], variants=4)[2:]:
        full, given = (i["value"] for i in copy["identifiers"][:2])
        assert full.split(" ")[0] == given
        assert copy["text"].count(given) >= 2


def test_when_a_surname_is_written_in_capitals_then_its_swap_is_too():
    for copy in augment([ENGLISH_CASE, OTHER_CASE], variants=4)[2:]:
        if copy["id"].startswith("e1"):
            surname = copy["identifiers"][0]["value"].split(" ")[1]
            assert surname.isupper()


def test_when_names_are_swapped_then_the_clinical_words_around_them_are_untouched():
    for copy in augment([THAI_CASE, ENGLISH_CASE], variants=4)[2:]:
        for keep in copy["keep"]:
            assert keep in copy["text"]
        assert ("อายุ 31" in copy["text"]) or copy["language"] == "en"


def test_when_organisations_are_swapped_then_they_come_from_another_case_of_the_same_script():
    copies = augment([ENGLISH_CASE, OTHER_CASE], variants=6)[2:]
    orgs = {i["value"] for c in copies for i in c["identifiers"] if i["type"] == "ORGANIZATION"}
    assert orgs <= {"Brookvale Library", "Harbourside Clinic"}
    assert any(c["id"].startswith("e1") and "Harbourside Clinic" in c["text"] for c in copies)


def test_when_augmentation_runs_twice_then_it_gives_the_same_copies():
    assert augment([THAI_CASE, ENGLISH_CASE]) == augment([THAI_CASE, ENGLISH_CASE])
