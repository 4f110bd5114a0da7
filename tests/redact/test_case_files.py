"""Every annotated case file under tests/redact (tuning cases, held-out sets, tagger training
data) is well formed: a malformed file would silently mis-score a set or mis-train a tagger.
Only the shape is checked here, never what the analyzer finds (blind sets stay blind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ID_NUMBER", "ADDRESS", "DATE_OF_BIRTH", "CASE_NUMBER", "ONLINE_ID",
    "ORGANIZATION", "LOCATION",
}
FILES = sorted(p for p in HERE.rglob("*.json") if p.is_file())


def _thai_id_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:12], range(13, 1, -1), strict=True))
    return (11 - total % 11) % 10 == int(digits[12])


def test_there_are_case_files_to_check():
    assert len(FILES) > 500


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(HERE)))
def test_when_a_case_file_is_read_then_every_label_is_in_its_text(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    assert set(case) >= {"id", "language", "text", "identifiers", "keep"}
    assert case["language"] in {"en", "th", "mixed"}
    text = case["text"]
    for ident in case["identifiers"]:
        assert ident["type"] in TYPES, path.name
        assert ident["value"] and ident["value"] in text, path.name
    for keep in case["keep"]:
        assert keep and keep in text, path.name


@pytest.mark.parametrize(
    "path",
    [p for p in FILES if "training" in p.parts and "-en-" not in p.name],
    ids=lambda p: str(p.relative_to(HERE)),
)
def test_when_training_data_lists_a_thai_id_then_its_checksum_is_valid(path):
    """A Thai note's 13-digit ID must be a valid one, or the tagger learns from impossible IDs
    (English notes hold other countries' 13-digit IDs, e.g. South Africa's)."""
    case = json.loads(path.read_text(encoding="utf-8"))
    assert case["language"] != "en", path.name
    for ident in case["identifiers"]:
        digits = "".join(c for c in ident["value"] if c.isdigit())
        if ident["type"] == "ID_NUMBER" and len(digits) == 13 and digits[0] in "012345678":
            assert _thai_id_ok(digits), path.name
