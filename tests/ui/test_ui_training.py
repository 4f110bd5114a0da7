"""Training page: good vs poor notes side by side with the differences explained, from the shared
corpus when present (paired by language) and from built-in pairs when not, in both languages."""

from __future__ import annotations

import json

import pytest

from assistant.models import Finding
from ui.i18n import t
from ui.training_pairs import Defect, corpus_pairs, defect_found, training_pairs

POOR = {"en": "S: Client was lazy and skipped homework.\nP: Continue.",
        "th": "S: ผู้รับบริการขี้เกียจ ไม่ทำการบ้าน\nP: ทำต่อไป"}
GOOD = {"en": "S: Client reports completing 3 of 5 walks.\nP: Next session 6 Dec 2026.",
        "th": "S: ผู้รับบริการเล่าว่าเดินได้ 3 จาก 5 ครั้ง\nP: นัดครั้งต่อไป 6 ธ.ค. 2569"}


def _write(root, lang: str, ident: str, quality: str, text: str, defects=()) -> None:
    folder = root / lang / "notes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{ident}.json").write_text(json.dumps({
        "id": ident, "language": lang, "quality": quality, "text": text,
        "defects": list(defects)}, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    for lang in ("en", "th"):
        word = "ขี้เกียจ" if lang == "th" else "lazy"
        _write(tmp_path, lang, f"{lang}-x-01", "poor", POOR[lang],
               [{"criterion": "objectivity", "evidence": word},
                {"criterion": "goals", "evidence": None}])
        _write(tmp_path, lang, f"{lang}-x-02", "good", GOOD[lang])
        _write(tmp_path, lang, f"{lang}-x-03", "poor", POOR[lang] + " ")  # unpaired: no good left
    (tmp_path / "en" / "notes" / "broken.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("ASSISTANT_TRAINING_CORPUS", str(tmp_path))
    return tmp_path


def _markdown(at) -> str:
    return " ".join(m.value for m in at.markdown)


def test_corpus_notes_are_paired_within_their_language(corpus):
    for lang in ("en", "th"):
        pairs = corpus_pairs(lang, corpus)
        assert [(p.poor_id, p.better_id) for p in pairs] == [(f"{lang}-x-01", f"{lang}-x-02")]
        assert pairs[0].poor == POOR[lang] and pairs[0].better == GOOD[lang]
        assert [d.criterion for d in pairs[0].defects] == ["objectivity", "goals"]


def test_without_a_corpus_each_language_gets_a_builtin_pair(tmp_path):
    for lang in ("en", "th"):
        pairs = training_pairs(lang, tmp_path / "absent")
        assert len(pairs) == 1 and pairs[0].source == "builtin" and pairs[0].poor


def test_a_defect_counts_as_found_only_where_the_checker_points():
    text = "Client was lazy today."
    hit = Finding(rule="r", criterion="objectivity", severity="error", start=11, end=15,
                  message="m")
    elsewhere = hit.model_copy(update={"start": 0, "end": 6})
    assert defect_found(Defect("objectivity", "lazy"), text, [hit])
    assert not defect_found(Defect("objectivity", "lazy"), text, [elsewhere])
    assert not defect_found(Defect("goals", None), text, [hit])


@pytest.mark.parametrize("lang", ["en", "th"])
def test_page_shows_a_corpus_pair_side_by_side_with_reviewer_remarks(app, corpus, lang):
    at = app("training", lang=lang)
    assert not at.exception and not at.error
    assert t("training.from_corpus", lang) in [c.value for c in at.caption]
    md = _markdown(at)
    assert "<mark" in md  # the poor note's findings are highlighted in it
    assert t("training.reviewer", lang) in md
    assert t("training.checker_found", lang) in md  # the judgemental word is flagged
    assert t("training.absent", lang) in md  # the missing goal is explained
    assert t("training.differences", lang) in [s.value for s in at.subheader]


@pytest.mark.parametrize("lang", ["en", "th"])
def test_page_falls_back_to_builtin_pairs_without_a_corpus(app, tmp_path, monkeypatch, lang):
    monkeypatch.setenv("ASSISTANT_TRAINING_CORPUS", str(tmp_path / "none"))
    at = app("training", lang=lang)
    assert not at.exception and not at.error
    assert t("training.from_builtin", lang) in [c.value for c in at.caption]
    assert t("training.poor", lang) in _markdown(at) and t("training.better", lang) in _markdown(at)
    assert not [s for s in at.selectbox if s.key and s.key.startswith("t_pair_")]
