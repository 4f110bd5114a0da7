"""Poor-vs-good note pairs for the Training page (pure, no Streamlit).

When the shared corpus is present (``<repo>/../shared/corpus/*/notes/*.json``) its poor and good
notes of one language are paired in id order, and the poor note's annotated defects explain
what a reviewer would change. Without it, one built-in synthetic pair per language is used, so
the page always teaches something.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from assistant.criteria import Criterion
from assistant.models import Finding

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[1]
#: Where the shared corpus lives beside the checkout; ``ASSISTANT_TRAINING_CORPUS`` overrides it.
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Defect:
    """A reviewer's annotation on a poor note: the quality it breaks and the words that show it."""

    criterion: Criterion
    evidence: str | None


@dataclass(frozen=True)
class TrainingPair:
    """A poor note and a better one in the same language."""

    language: str
    poor: str
    better: str
    source: str  # "corpus" or "builtin"
    poor_id: str = ""
    better_id: str = ""
    defects: tuple[Defect, ...] = field(default_factory=tuple)


#: One synthetic pair per language: the poor one shows typical gaps; the better one fixes them.
BUILTIN: dict[str, tuple[str, str]] = {
    "en": (
        "S: Client was lazy again and didn't do anything.\n"
        "O: Client seemed manipulative and non-compliant.\n"
        "A: Client is in denial.\n"
        "P: Continue.",
        "Session date: 2026-11-20 Time: 10:00 (50 min)\n\n"
        "Subjective:\nClient reports completing 2 of 5 planned walks this week: \"I felt too "
        "tired most days.\"\n\n"
        "Objective:\nClient arrived on time, spoke at a normal rate. PHQ-9 score 12 "
        "(previous session 15).\n\n"
        "Assessment:\nMild improvement in mood; low energy remains the main barrier to "
        "activity.\n\n"
        "Plan:\nBehavioural activation reviewed; client agreed to a 10-minute walk on 4 days "
        "before the next session. Next session: 2026-11-27 10:00.\n",
    ),
    "th": (
        "S: ผู้รับบริการขี้เกียจและไม่ทำอะไรเลย\n"
        "O: ผู้รับบริการดื้อและไม่ให้ความร่วมมือ\n"
        "A: ผู้รับบริการปฏิเสธปัญหา\n"
        "P: ทำต่อไป",
        "วันที่ให้บริการ: 20 พ.ย. 2569 เวลา: 10.00 น. (50 นาที)\n\n"
        "S (Subjective):\nผู้รับบริการเล่าว่าสัปดาห์นี้เดินออกกำลังกายได้ 2 จาก 5 ครั้งที่วางแผนไว้ "
        "\"รู้สึกเหนื่อยเกือบทุกวัน\"\n\n"
        "O (Objective):\nผู้รับบริการมาตรงเวลา พูดด้วยจังหวะปกติ คะแนน PHQ-9 = 12 "
        "(ครั้งก่อน 15)\n\n"
        "A (Assessment):\nอารมณ์ดีขึ้นเล็กน้อย ความอ่อนเพลียยังเป็นอุปสรรคหลักต่อการทำกิจกรรม\n\n"
        "P (Plan):\nทบทวนการกระตุ้นพฤติกรรม ผู้รับบริการตกลงเดิน 10 นาที 4 วันก่อนนัดครั้งหน้า "
        "นัดครั้งต่อไป: 27 พ.ย. 2569 เวลา 10.00 น.\n",
    ),
}


def corpus_dir() -> Path:
    """The shared corpus directory (which may not exist)."""
    override = os.environ.get("ASSISTANT_TRAINING_CORPUS")
    return Path(override) if override else DEFAULT_CORPUS


def _read(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("skipping a training note: %s", type(exc).__name__)
        return None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return None
    if data.get("quality") not in ("poor", "good") or not data["text"].strip():
        return None
    return data


def _defects(data: dict) -> tuple[Defect, ...]:
    out = []
    for item in data.get("defects") or []:
        try:
            criterion = Criterion(item.get("criterion"))
        except (ValueError, AttributeError):
            continue
        evidence = item.get("evidence")
        out.append(Defect(criterion, evidence if isinstance(evidence, str) and evidence else None))
    return tuple(out)


def corpus_pairs(language: str, directory: Path | None = None) -> list[TrainingPair]:
    """Poor and good corpus notes of ``language``, paired in id order (empty when absent)."""
    root = directory if directory is not None else corpus_dir()
    if not root.is_dir():
        return []
    poor: list[dict] = []
    good: list[dict] = []
    for path in sorted(root.glob("*/notes/*.json")):
        data = _read(path)
        if data is None or data.get("language") != language:
            continue
        (poor if data["quality"] == "poor" else good).append(data)
    poor.sort(key=lambda d: str(d.get("id", "")))
    good.sort(key=lambda d: str(d.get("id", "")))
    return [
        TrainingPair(language=language, poor=p["text"], better=g["text"], source="corpus",
                     poor_id=str(p.get("id", "")), better_id=str(g.get("id", "")),
                     defects=_defects(p))
        for p, g in zip(poor, good, strict=False)
    ]


def builtin_pair(language: str) -> TrainingPair:
    """The synthetic pair for ``language`` (English for any other)."""
    poor, better = BUILTIN.get(language, BUILTIN["en"])
    return TrainingPair(language=language, poor=poor, better=better, source="builtin")


def training_pairs(language: str, directory: Path | None = None) -> list[TrainingPair]:
    """Corpus pairs when there are any, else the built-in pair."""
    return corpus_pairs(language, directory) or [builtin_pair(language)]


def defect_found(defect: Defect, text: str, findings: list[Finding]) -> bool:
    """True when the checker reports the defect's quality at its evidence (or anywhere, for an
    absence) — so the page can say which reviewer remarks the checker also makes."""
    same = [f for f in findings if f.criterion == defect.criterion]
    if defect.evidence is None:
        return bool(same)
    start = text.find(defect.evidence)
    if start < 0:
        return bool(same)
    end = start + len(defect.evidence)
    return any(
        f.start is None or (f.start < end and (f.end or f.start) > start) for f in same
    )
