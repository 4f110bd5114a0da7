"""Shared test data and doubles for the model tests (synthetic text only)."""

from __future__ import annotations

import re

from assistant.errors import LeakBlocked
from assistant.models import Language, RedactedText


class DigitsGuard:
    """Test double for the leak guard: blocks phone-number-like digit runs, records checks."""

    PHONE = re.compile(r"\+?\d[\d -]{7,}\d")

    def __init__(self) -> None:
        self.checked: list[tuple[str, ...]] = []

    def check(self, *texts: str) -> None:
        self.checked.append(texts)
        if any(self.PHONE.search(t) for t in texts):
            raise LeakBlocked(["PHONE"])


def redacted(text: str, language: Language = Language.EN) -> RedactedText:
    return RedactedText(language=language, redacted_text=text)


EN_JOTTINGS = (
    "check-in w/ [PERSON_1], 25 min. says she can't sleep since the move, "
    '"I lie awake until 2". PHQ-9 = 14. tearful at start, settled after 5 min. '
    "did: sleep hygiene psychoeducation, she agreed to a wind-down routine. "
    "goal: in bed by 23:00 on 5 nights a week for 2 weeks. f/u 12 Mar 2026 10:00."
)

TH_JOTTINGS = (
    'พบ [PERSON_1] 40 นาที เล่าว่า "นอนไม่หลับตั้งแต่ย้ายบ้าน" 9Q = 11 '
    "ร้องไห้ช่วงแรก ทำ: psychoeducation เรื่องการนอน ผู้รับบริการรับปากลองทำ "
    "นัด 12 มี.ค. 2569 เวลา 10.00 น."
)

SOAP_ANSWER = {
    "subjective": 'Client reports difficulty sleeping since the move: "I lie awake until 2".',
    "objective": "Tearful at the start, settled after 5 min. PHQ-9 = 14.",
    "assessment": "Sleep difficulty linked to the recent move.",
    "plan": "Wind-down routine; review at next session.",
    "interventions": [
        {
            "name": "Sleep hygiene psychoeducation",
            "detail": "Discussed a wind-down routine.",
            "client_response": "Agreed to try the routine.",
        }
    ],
    "goals": [
        {
            "statement": "In bed by 23:00 on 5 nights a week for 2 weeks.",
            "specific": "In bed by 23:00",
            "measurable": "5 nights a week",
            "achievable": "Agreed with the client",
            "relevant": "Sleep difficulty",
            "time_bound": "2 weeks",
        }
    ],
    "next_session": "12 Mar 2026 10:00",
}

DAP_ANSWER = {
    "data": 'Client reports poor sleep: "I lie awake until 2". PHQ-9 = 14.',
    "assessment": "Sleep difficulty linked to the recent move.",
    "plan": "Wind-down routine.",
    "interventions": [],
    "goals": [],
    "next_session": "12 Mar 2026 10:00",
}

BIRP_ANSWER = {
    "behavior": "Tearful at the start, settled after 5 min.",
    "intervention": "Sleep hygiene psychoeducation.",
    "response": "Agreed to try a wind-down routine.",
    "plan": "Review sleep at the next session.",
    "interventions": [
        {"name": "Psychoeducation", "detail": None, "client_response": "Agreed to try it."}
    ],
    "goals": [],
    "next_session": None,
}
