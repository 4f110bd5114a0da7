"""Sort jotting fragments into S, O, A, P, or I (intervention done) and R (client response).

Why scores rather than rules in order: one fragment often carries cues for two sections ("cl
agreed to PCP appt" is both a response and a plan). Each cue adds weight to a section; the
writer's own label weighs most; the highest total wins. A fragment with no cue at all ("sleep
ok" after a comma, a Thai clause after a space) takes the section of its neighbours in the same
chunk or line, because writers keep one topic per line. A response (R) is only possible shortly
after an intervention (I): "agreed" with nothing to agree to is a report (S) or a plan (P).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.offline.cues import cues
from assistant.offline.segment import Fragment
from assistant.offline.upcoming import ahead_before, followup_before
from assistant.text.dates import MONTH_AFTER_DAY

#: Internal categories: the four SOAP sections, I = intervention done, R = client response.
CATEGORIES = ("S", "O", "A", "P", "I", "R")

#: Tie-break order: the more specific category wins a tie.
_PRIORITY = {"I": 6, "R": 5, "P": 4, "A": 3, "O": 2, "S": 1}

LABEL_WEIGHT = 5.0
QUOTE_WEIGHT = 3.0
MEASURE_WEIGHT = 4.0
TECHNIQUE_WEIGHT = 4.0
RESPONSE_WEIGHT = 3.0
FOLLOWUP_WEIGHT = 3.0
GOAL_WEIGHT = 4.0
REPORTED_SPEECH_WEIGHT = 3.0
ACTION_WEIGHT = 3.0
HEADER_WEIGHT = 5.0
WEAK_REPORT_WEIGHT = 1.5
SESSION_TIME_WEIGHT = 3.0
#: How many fragments after an intervention a response may still be paired with it.
RESPONSE_WINDOW = 6
#: A bare quote answers an intervention only when it follows it closely.
QUOTE_ANSWER_WINDOW = 2

_QUOTE = re.compile(r'"[^"\n]{2,}"|“[^”\n]{2,}”|«[^»\n]{2,}»')
_NUMBER = re.compile(r"\d|[๐-๙]")
_EQUALS_SCORE = re.compile(r"[=:]\s*[\d๐-๙]+|\b[\d๐-๙]+\s*/\s*[\d๐-๙]+\b|[A-Za-z0-9]\s*[+-]\s*$")
_TIME_RANGE = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}[:.]\d{2}|[0-2]\d[0-5]\d\s*[-–]\s*[0-2]\d[0-5]\d)\b",
    re.I,
)
_DATE_OR_TIME = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}\b|\b\d{1,2}[:.]\d{2}\b"
    rf"|\d{{1,2}}\s*{MONTH_AFTER_DAY}",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Classified:
    """A fragment with the category it was sorted into and what decided it."""

    fragment: Fragment
    category: str
    cued: bool
    goal: bool = False


_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")


def mask_placeholders(text: str) -> str:
    """Placeholders as a neutral token: their digits are not facts and their names not cues."""
    return _PLACEHOLDER.sub("[X]", text)


def fragment_scores(text: str, label: str | None, *, header: bool = False) -> dict[str, float]:
    """Cue scores per category for one fragment (before neighbours and pairing are considered).

    ``header`` marks the session header (see :func:`_header_count`), where a date or time is the
    session's own (attendance: objective), not a date ahead. Returns a fresh dict.
    """
    return dict(_scores(text, label, header))


@lru_cache(maxsize=16384)
def _scores(text: str, label: str | None, header: bool) -> tuple[tuple[str, float], ...]:
    """Cached core of :func:`fragment_scores`: repeated lines cost nothing the second time."""
    c = cues()
    text = mask_placeholders(text)
    speech = c.reported_speech.finditer(text)
    reported = bool(speech) and speech[0].start() <= len(text) // 2
    if reported and any(
        m.start() <= speech[0].start() < m.end() and m.end() >= speech[0].end()
        for m in c.actions.finditer(text)
    ):
        # "told both about the group": the worker informing, not a report; but a longer
        # reporting verb wins ("ให้ข้อมูลว่า…", gave information THAT …: the speaker's account)
        reported = False
    # "client says she will call tomorrow": what follows the verb is reported, not planned
    head = text[: speech[0].start()] if reported else text
    scores = {k: 0.0 for k in CATEGORIES}
    full = c.section_scores(text)
    part = c.section_scores(head) if reported else full
    scores.update({k: (full[k] if k == "S" else part[k]) for k in full})
    if _QUOTE.search(text):
        scores["S"] += QUOTE_WEIGHT
    if reported:
        scores["S"] += REPORTED_SPEECH_WEIGHT
    if _NUMBER.search(head) and (c.instruments.search(head) or _EQUALS_SCORE.search(head)):
        scores["O"] += MEASURE_WEIGHT
    if _TIME_RANGE.search(text):
        scores["O"] += SESSION_TIME_WEIGHT
    if header:
        scores["O"] += HEADER_WEIGHT
    if c.techniques.search(head):
        if c.not_done.search(
            c.techniques.en.sub(" ", head) if c.techniques.en else head
        ) or label in {"P", "G"}:
            scores["P"] += TECHNIQUE_WEIGHT / 2
        else:
            scores["I"] += TECHNIQUE_WEIGHT
    elif c.actions.search(head) and not c.not_done.search(head):
        scores["I"] += ACTION_WEIGHT
    responded = c.response.search(text)
    if responded:
        scores["R"] += RESPONSE_WEIGHT
    if c.followup.search(head):
        scores["P"] += FOLLOWUP_WEIGHT
    if label == "G":
        scores["P"] += LABEL_WEIGHT
    elif label == "I" and responded:
        scores["R"] += LABEL_WEIGHT  # "did: MI — client rated readiness 6/10": the answer
    elif label is not None:
        scores[label] += LABEL_WEIGHT
    return tuple(scores.items())


def header_count(text: str, fragments: list[Fragment]) -> int:
    """Public name of :func:`_header_count` (the drafter skips the header for the next session)."""
    return _header_count(text, fragments)


def _header_count(text: str, fragments: list[Fragment]) -> int:
    """How many leading fragments form the session header.

    The header is the start of the first sentence up to the fragment holding its first date or
    time, plus the Thai clauses that run on from it without a comma ("home visit — 3 Sep 2025
    14.00-15.00 with the village volunteer"): where and when the session happened, an objective
    fact, even if it says "visit" or "f/u". A comma ends it: "pt seen 9/30, says mood low" is a
    header and then a report.
    """
    if not fragments:
        return 0
    first = fragments[0].sentence
    count = 0
    dated = False
    content = False  # a fragment with a cue of its own came first: the header is behind us
    for frag in fragments:
        if frag.sentence != first:
            break
        if dated and not frag.after_space:
            break
        body = mask_placeholders(frag.text_of(text))
        when = _DATE_OR_TIME.search(body)
        at = _DATE_OR_TIME.search(frag.text_of(text)) if when else None  # unmasked position
        if at and _names_next_contact(text, frag.start + at.start(), content):
            break  # "นัดครั้งต่อไป 6 ธ.ค.": the next session, never this one's header
        count += 1
        dated = dated or bool(when)
        content = content or max(fragment_scores(body, None).values()) >= REPORTED_SPEECH_WEIGHT
    return count if dated else 0


def _names_next_contact(text: str, pos: int, after_content: bool) -> bool:
    """A date at ``pos`` is the next contact: after an "ahead" cue, or after a follow-up cue once
    the writer has moved past the header ("ผรบ.เล่าว่านอนไม่หลับ นัดติดตาม 6 ธ.ค.")."""
    if ahead_before(text, pos):
        return True
    return after_content and followup_before(text, pos)


def is_goal(text: str, category: str, label: str | None) -> bool:
    """A goal is what the writer called one, or a plan that carries a target measure."""
    c = cues()
    if label == "G" or c.goal_label.search(text):
        return True
    if category != "P" or c.followup.search(text) or c.followup_with_date.search(text):
        return False  # an appointment with a number in it is a date, not a target
    return any(p.search(mask_placeholders(text)) for p in c.goal_measure)


def classify(text: str, fragments: list[Fragment]) -> list[Classified]:
    """The category of every fragment, in order."""
    header = _header_count(text, fragments)
    raw = [
        fragment_scores(f.text_of(text), f.label, header=i < header)
        for i, f in enumerate(fragments)
    ]
    decided: list[str | None] = []
    last_intervention = -(10**9)
    c = cues()
    for i, (frag, scores) in enumerate(zip(fragments, raw, strict=True)):
        scores = dict(scores)
        body = mask_placeholders(frag.text_of(text))
        if i - last_intervention > RESPONSE_WINDOW or c.techniques.search(body):
            if scores["R"] > 0 and c.agreement.search(body):
                scores["S"] += WEAK_REPORT_WEIGHT  # "agreed to cut down": the client's own act
            scores["R"] = 0.0
        else:
            close = i - last_intervention <= QUOTE_ANSWER_WINDOW
            spoken = _QUOTE.search(body) or c.reported_speech.search(body)
            if scores["R"] > 0 or (close and spoken):
                # what the client said or did right after an intervention answers it: it
                # outweighs the same words read as a report
                scores["R"] = max(scores["R"], scores["S"]) + 1
        best = max(CATEGORIES, key=lambda k: (scores[k], _PRIORITY[k]))
        category = best if scores[best] > 0 else None
        if category == "I":
            last_intervention = i
        decided.append(category)
    _follow_neighbours(text, fragments, raw, decided)
    filled = _inherit(fragments, decided)
    out: list[Classified] = []
    for frag, category, own in zip(fragments, filled, decided, strict=True):
        goal = is_goal(frag.text_of(text), category, frag.label)
        if goal:
            category = "P"
        out.append(Classified(frag, category, own is not None, goal))
    return out


def _follow_neighbours(
    text: str,
    fragments: list[Fragment],
    raw: list[dict[str, float]],
    decided: list[str | None],
) -> None:
    """Local repairs where a fragment's own cues mislead.

    * A weakly cued item after a report in the same chunk continues the report.
    * A score that only the "did:" label made an intervention, right after a response in the same
      chunk, continues the response ("rated readiness 6/10, confidence 4/10").
    * A fragment just before a reporting verb names the speaker ("class teacher, says …"), so it
      joins the report.
    """
    c = cues()
    for i in range(1, len(fragments)):
        same = fragments[i].chunk == fragments[i - 1].chunk
        if (
            same
            and decided[i - 1] == "S"
            and decided[i] not in {None, "S"}
            and max(raw[i].values()) < 2
            and max(raw[i - 1].values()) >= 3
        ):
            decided[i] = "S"  # "mom reports no food at home, rent late": the list runs on
        if same and decided[i] == "I" and decided[i - 1] == "R":
            own = raw[i]["I"] - (LABEL_WEIGHT if fragments[i].label == "I" else 0)
            if own <= 0 and raw[i]["P"] < 3 and raw[i]["S"] < 3:
                decided[i] = "R"
    for i in range(len(fragments) - 1):
        nxt = fragments[i + 1]
        if nxt.chunk != fragments[i].chunk or decided[i + 1] not in {"S", "R"}:
            continue
        speech = c.reported_speech.finditer(mask_placeholders(nxt.text_of(text)))
        starts_with_verb = bool(speech) and speech[0].start() == 0
        if (starts_with_verb or decided[i + 1] == "R") and _is_bare_name(text, fragments[i]):
            decided[i] = decided[i + 1]


def _is_bare_name(text: str, fragment: Fragment) -> bool:
    """A short fragment with no cue of its own, such as a speaker ("ผรบ.", "[PERSON_1]")."""
    body = fragment.text_of(text)
    scores = fragment_scores(body, None)
    return max(scores.values()) < 3 and len(body) <= 40


def _inherit(fragments: list[Fragment], decided: list[str | None]) -> list[str]:
    """Fill uncued fragments from the same chunk, then the same sentence, else objective facts.

    A Thai line is one sentence; an English line may hold many, and a fact in its own English
    sentence ("DOB [DATE_OF_BIRTH_1].") must not borrow the section of an unrelated neighbour.
    """
    filled = list(decided)
    for key in ("chunk", "sentence"):
        for i, category in enumerate(filled):
            if category is not None:
                continue
            group = getattr(fragments[i], key)
            j = i - 1
            while j >= 0 and getattr(fragments[j], key) == group:
                if filled[j] is not None:
                    filled[i] = filled[j]
                    break
                j -= 1
            if filled[i] is None:
                j = i + 1
                while j < len(fragments) and getattr(fragments[j], key) == group:
                    if filled[j] is not None:
                        filled[i] = filled[j]
                        break
                    j += 1
    # a bare fact (age, school, address placeholder) is something on record: objective
    return [c if c is not None else "O" for c in filled]
