"""Quality gates on real-looking notes: poor notes' defects are caught, good notes stay quiet.

Targets (per language): share of marked defects whose criterion is flagged where the defect is
≥ 0.85; warning/error findings per good note ≤ 0.2. Measured by ``benchmarks/check_quality.py``.
"""

from __future__ import annotations

import sys

import pytest

from .conftest import NOTES_DIR
from .corpus_paths import CORPUS


@pytest.fixture(scope="module")
def quality():
    sys.path.insert(0, str(CORPUS.parents[1] / "main"))
    from benchmarks import check_quality

    return check_quality


@pytest.mark.parametrize("source", ["corpus", "own"])
@pytest.mark.parametrize("lang", ["en", "th"])
def test_defects_are_caught_and_good_notes_stay_quiet(quality, source, lang):
    folder = CORPUS if source == "corpus" else NOTES_DIR
    notes = [n for n in quality.load_notes(folder) if "defects" in n and n["language"] == lang]
    assert notes, f"no {lang} notes in {folder}"
    fig = quality.evaluate(notes)[lang]
    assert fig.recall >= 0.85, fig.missed
    assert fig.flags_per_good <= 0.2, fig.false_flags


def test_own_notes_are_varied_and_numerous():
    import json

    for lang in ("en", "th"):
        notes = [
            json.loads(p.read_text(encoding="utf-8")) for p in (NOTES_DIR / lang).glob("*.json")
        ]
        assert len(notes) >= 12
        assert {n["quality"] for n in notes} == {"good", "poor"}
        for n in notes:
            for d in n["defects"]:
                assert d["evidence"] is None or d["evidence"] in n["text"]
