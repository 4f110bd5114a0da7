"""Session 40 (keep29, keep sets): a medicine written alone is no name.

Brands and generics look like names to every name rule and to the learned tagger: "ran out of
Lantus a week ago", "COPD, on Spiriva and the blue inhaler", "on Bactrim now", "Keziah's baclofen
she's getting more spasms". The hand list in lexicon.yaml knew the commonest; the list built from
drug-named-entity-recognition knows some ten thousand one-word names. A drug name that is also a
given name or a town (Allegra) is not on it, so the person named so is still found."""

from __future__ import annotations

import pytest

from assistant.redact import drug_names
from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("Has metformin in her bag, ran out of Lantus a week ago. Called the clinic.", "Lantus"),
    ("Health: COPD, on Spiriva and the blue inhaler. Breathless on stairs.", "Spiriva"),
    ("Seen at the hospital for UTI, on Bactrim now, catheter teaching done.", "Bactrim"),
    ("mum says the baclofen isn't helping, more spasms at night", "baclofen"),
]


@pytest.mark.parametrize(("text", "keep"), KEPT)
def test_a_medicine_alone_stays(analyzer, text, keep):
    assert untouched(analyzer, text, keep), found(analyzer, text)


def test_a_person_named_like_a_drug_is_still_found(analyzer):
    text = "Allegra Mwangi (16) came with her aunt. Allegra said school is hard."
    assert covered(analyzer, text, "Allegra Mwangi"), found(analyzer, text)
    assert not drug_names.is_drug_name("Allegra")


def test_the_committed_list_is_what_the_installed_package_builds():
    """A generated file: a hand edit, or a new version of the source, shows here."""
    pytest.importorskip("drug_named_entity_recognition")
    if drug_names.built_from() != drug_names.source_version():
        pytest.skip(f"list built from {drug_names.built_from()}; rebuild with python -m assistant.redact.drug_names")
    assert drug_names.FILE.read_text(encoding="utf-8") == drug_names.render(drug_names.build_list())
    assert len(drug_names.drug_names()) > 8000
