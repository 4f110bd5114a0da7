"""Paths to the shared corpus used by the rule tests."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CORPUS_NOTE_FILES = sorted(CORPUS.glob("*/notes/*.json"))
