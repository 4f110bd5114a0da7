"""The ten qualities of a good progress note, as stable ids.

Every finding the product reports (rules, grounding, model critique) names one of these ids, so
they are the vocabulary shared by the checker, the critique prompt, scoring and the UI. The source
is ``shared/reference/quality-criteria.md`` (an English rendering of the Thai guidance).
"""

from __future__ import annotations

from enum import StrEnum


class Criterion(StrEnum):
    """One of the ten qualities; the value is the id used in every finding."""

    CLARITY = "clarity"
    OBJECTIVITY = "objectivity"
    TIMELINESS = "timeliness"
    COMPLETENESS = "completeness"
    TONE = "tone"
    STRUCTURE = "structure"
    CONFIDENTIALITY = "confidentiality"
    RELEVANCE = "relevance"
    GOALS = "goals"
    INTERVENTIONS = "interventions"


#: Human names of each quality, in English and in the guidance's Thai headings.
CRITERION_LABELS: dict[Criterion, dict[str, str]] = {
    Criterion.CLARITY: {"en": "Clear and concise", "th": "ความชัดเจนและกระชับ"},
    Criterion.OBJECTIVITY: {"en": "Accurate and neutral", "th": "ความถูกต้องและเป็นกลาง"},
    Criterion.TIMELINESS: {"en": "Timely", "th": "ทันเวลา"},
    Criterion.COMPLETENESS: {"en": "Complete", "th": "ความสมบูรณ์"},
    Criterion.TONE: {"en": "Professional tone", "th": "โทนเสียงแบบมืออาชีพ"},
    Criterion.STRUCTURE: {"en": "Structure and organisation", "th": "โครงสร้างและการจัดระเบียบ"},
    Criterion.CONFIDENTIALITY: {"en": "Confidentiality", "th": "การรักษาความลับ"},
    Criterion.RELEVANCE: {"en": "Relevance", "th": "ความเกี่ยวข้อง"},
    Criterion.GOALS: {"en": "Measurable goals and outcomes", "th": "เป้าหมายและผลลัพธ์ที่สามารถวัดได้"},
    Criterion.INTERVENTIONS: {
        "en": "Interventions and plan",
        "th": "การแทรกแซงและแผนการรักษา",
    },
}


def criterion_label(criterion: Criterion | str, locale: str = "en") -> str:
    """The display name of a criterion in ``locale`` (``en`` or ``th``), falling back to English."""
    labels = CRITERION_LABELS[Criterion(criterion)]
    return labels.get(locale, labels["en"])
