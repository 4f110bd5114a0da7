"""Interventions with the client's response, SMART goals, and the next session, from statements.

Why pairing by order: in jottings the client's answer follows what the worker did ("did: CBT
thought record … May: "maybe not everyone""), so a response (R) statement is paired with the
intervention just before it. Goals take only the SMART properties their own text states: an empty
property is a gap for the checker to report, never something the drafter fills in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from assistant.models import Intervention, SmartGoal
from assistant.offline.classify import Classified, mask_placeholders
from assistant.offline.cues import cues
from assistant.offline.normalise import normalise
from assistant.offline.segment import Fragment
from assistant.text.dates import MONTH_AFTER_DAY


@dataclass
class Statement:
    """Neighbouring fragments of one chunk that landed in the same category, as one span."""

    category: str
    start: int
    end: int
    fragments: list[Fragment] = field(default_factory=list)
    goal: bool = False
    #: False when every fragment took its category from a neighbour (no cue of its own).
    cued: bool = True

    def text_of(self, source: str) -> str:
        """The statement's original text."""
        return source[self.start : self.end]


def merge(classified: list[Classified]) -> list[Statement]:
    """Join neighbours of one chunk with the same category back into one statement.

    Intervention items separated by commas stay apart ("validation, problem solving" are two
    interventions); Thai clauses separated only by a space rejoin.
    """
    out: list[Statement] = []
    for item in classified:
        frag = item.fragment
        prev = out[-1] if out else None
        joinable = (
            prev is not None
            and prev.category == item.category
            and prev.goal == item.goal
            and prev.fragments[-1].chunk == frag.chunk
            and (item.category != "I" or frag.after_space)
        )
        if joinable and prev is not None:
            prev.end = frag.end
            prev.fragments.append(frag)
            prev.cued = prev.cued or item.cued
        else:
            out.append(Statement(item.category, frag.start, frag.end, [frag], item.goal, item.cued))
    return out


# --------------------------------------------------------------------------- interventions

_PAREN = re.compile(r"\(([^()]*)\)")
_NAME_GLUE = re.compile(r"\s*(?:\+|&|/|,|w/|with|and|และ|กับ|ร่วมกับ)?\s*", re.IGNORECASE)
_JOINERS = re.compile(r"^[\s+,&/;:.\-–—]+|[\s+,&/;:\-–—]+$")
_LETTER = re.compile(r"[A-Za-z\u0E01-\u0E4E]")


def _intervention_from(text: str, locale: str) -> tuple[Intervention, bool]:
    """One intervention statement: the named technique(s) as name, the rest as detail.

    The flag is True when the text after the name was the client's answer.
    """
    c = cues()
    names = [m for m in c.techniques.finditer(text) if not _in_placeholder(text, m.start())]
    if not names:
        return Intervention(name=normalise(text, locale, sentence=False)), False
    verb = c.actions.finditer(mask_placeholders(text))
    if verb and len(text[verb[0].end() : names[0].start()].split()) >= 2:
        # "gave gas cards + parking validation": the action names it, not a stray technique word
        return Intervention(name=normalise(text, locale, sentence=False)), False
    chosen: list[re.Match[str]] = []
    for m in names:  # keep non-overlapping matches, longest first at each position
        if chosen and m.start() < chosen[-1].end():
            continue
        chosen.append(m)
    # techniques joined by "with", "and", "+", "w/" read as one name, as written
    runs: list[tuple[int, int]] = []
    for m in chosen:
        if runs and _NAME_GLUE.fullmatch(text[runs[-1][1] : m.start()]):
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    if _embedded(text, runs):
        # "We practised a thought record": the technique sits inside the writer's own clause, so
        # the clause up to the last technique is the name; cutting the technique out would leave
        # "We practised a" behind as if it were something else
        cut = runs[-1][1]
        tail = _TAIL_START.match(text, cut)
        if tail is None:  # "… thought record about the exam": one clause, kept whole
            cut = len(text)
        name = normalise(text[:cut], locale, sentence=False)
        rest = text[tail.end() if tail else cut :].strip()
    else:
        name = normalise(" + ".join(text[a:b] for a, b in runs), locale, sentence=False)
        rest_parts: list[str] = []
        last = 0
        for a, b in runs:
            rest_parts.append(text[last:a])
            last = b
        rest_parts.append(text[last:])
        rest = re.sub(r"\s+", " ", " ".join(p for p in rest_parts if p.strip())).strip()
    response: str | None = None
    for paren in _PAREN.finditer(rest):
        if c.response.search(paren.group(1)):
            response = normalise(paren.group(1), locale, sentence=False, capitalise=False)
            rest = (rest[: paren.start()] + rest[paren.end() :]).strip()
            break
    rest = _JOINERS.sub("", rest)
    if not _LETTER.search(rest):
        return Intervention(name=name, client_response=response), False
    rest = normalise(rest, locale, sentence=False, capitalise=False)
    if response is None and c.response.search(mask_placeholders(rest)):
        # "safety planning: identified 3 warning signs" — what follows the name is the answer
        return Intervention(name=name, client_response=rest), True
    return Intervention(name=name, detail=rest, client_response=response), False


#: What may separate a technique named inside a clause from the client's answer after it.
_TAIL_START = re.compile(
    r"\s*(?:(?=\()|[:：\-–—/|]|(?:and|then|but|after which)\b|และ|แล้ว|จากนั้น|หลังจากนั้น)\s*",
    re.IGNORECASE,
)
_LEAD_BOUNDARY = re.compile(r"[:：(\[\-–—,;/+&|]\s*$")


def _embedded(text: str, runs: list[tuple[int, int]]) -> bool:
    """True when words run into the first technique with no separator ("We did some grounding",
    "ผรบ.ฝึกหายใจ"), or when words other than a joiner sit between two techniques: the
    techniques are part of a sentence, not a list of names.
    """
    lead = text[: runs[0][0]]
    if _LETTER.search(lead) and not _LEAD_BOUNDARY.search(lead):
        return True
    return any(
        _LETTER.search(text[a_end:b_start]) and not _NAME_GLUE.fullmatch(text[a_end:b_start])
        for (_, a_end), (b_start, _) in pairwise(runs)
    )


def _in_placeholder(text: str, pos: int) -> bool:
    open_at = text.rfind("[", 0, pos)
    return open_at != -1 and text.find("]", open_at) >= pos


def extract_interventions(
    text: str, statements: list[Statement], locale: str
) -> tuple[list[Intervention], set[int]]:
    """Interventions in order, and the indexes of the statements they consumed.

    An intervention statement with no technique or action of its own that an arrow joins to the
    one before continues it ("CBT thought record -> evidence for/against").
    """
    c = cues()
    items: list[Intervention] = []
    consumed: set[int] = set()
    last_i: Statement | None = None
    answered_list = False  # the last intervention's answer is a list still running on
    for idx, st in enumerate(statements):
        body = st.text_of(text)
        if st.category == "I":
            own = c.techniques.search(body) or c.actions.search(mask_placeholders(body))
            follows = bool(items) and last_i is not None and last_i is statements[idx - 1]
            same_chunk = follows and st.fragments[0].chunk == last_i.fragments[-1].chunk  # type: ignore[union-attr]
            arrow = st.fragments[0].after_arrow
            inherited = same_chunk and not st.cued
            # "safety planning: identified 3 warning signs, 2 coping skills, sister as support":
            # items after an answer continue it unless the writer's "did:" label lists them
            in_answer = same_chunk and answered_list and st.fragments[0].label != "I"
            if follows and (in_answer or (not own and (arrow or inherited))):
                prev = items[-1]
                extra = normalise(body, locale, sentence=False, capitalise=False)
                if prev.client_response and not prev.detail:
                    prev.client_response = f"{prev.client_response}, {extra}"
                else:
                    glue = " → " if arrow else ", "
                    prev.detail = f"{prev.detail}{glue}{extra}" if prev.detail else extra
            else:
                item, answered_list = _intervention_from(body, locale)
                items.append(item)
            last_i = st
            consumed.add(idx)
        elif st.category == "R" and items:
            answer = normalise(body, locale, sentence=False)
            prev = items[-1]
            prev.client_response = (
                f"{prev.client_response}; {answer}" if prev.client_response else answer
            )
            consumed.add(idx)
    return items, consumed


# --------------------------------------------------------------------------- goals

_RELEVANT = re.compile(
    r"\b(?:re|regarding|to address|related to)\s+([^,;.+]{3,60})|(?:เพื่อ|เกี่ยวกับ)([^,;+]{2,60})",
    re.IGNORECASE,
)


def goal_from(text: str, locale: str) -> SmartGoal:
    """A SMART goal holding only the properties its text states."""
    c = cues()
    masked = mask_placeholders(text)
    statement = normalise(text, locale)
    found = _first(c.goal_measure, text)
    timed = _first(c.goal_time, text)
    when = timed.group(0) if timed else None
    measure = _measure_phrase(text, found, timed) if found else None
    agreed = c.goal_achievable.matches(masked)
    relevant = _RELEVANT.search(text)
    specific = _goal_clause(text)
    return SmartGoal(
        statement=statement,
        specific=normalise(specific, locale, sentence=False) if specific else None,
        measurable=measure.strip() if measure else None,
        achievable=agreed[0] if agreed else None,
        relevant=(relevant.group(1) or relevant.group(2)).strip() if relevant else None,
        time_bound=when.strip() if when else None,
    )


def _first(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The first match of the first pattern that matches outside a placeholder."""
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not _in_placeholder(text, m.start()) and not _in_placeholder(text, m.end() - 1):
                return m
    return None


_CLAUSE_END = re.compile(r"[,;.()\n]|\s[-–—+]\s")


def _measure_phrase(text: str, found: re.Match[str], timed: re.Match[str] | None) -> str:
    """The measure with its unit, as written: "at least 4 AA meetings per week", not "at least 4".

    It runs from the number to the time frame or the end of the clause, at most 60 characters.
    """
    end = len(text)
    stop = _CLAUSE_END.search(text, found.end())
    if stop:
        end = stop.start()
    if timed and found.end() <= timed.start() < end:
        end = timed.start()
    phrase = text[found.start() : max(found.end(), min(end, found.start() + 60))]
    return phrase.strip()


def _goal_clause(text: str) -> str | None:
    """The behaviour the goal names: its text after any goal word, when it has words at all."""
    c = cues()
    clause = text
    for m in c.goal_label.finditer(text):
        if m.start() <= len(text) // 3:
            clause = text[m.end() :]
            break
    clause = clause.strip(" :：-–—,")
    words = re.findall(r"[A-Za-z]{2,}|[\u0E01-\u0E4E]{4,}", mask_placeholders(clause))
    return clause if words else None


def extract_goals(
    text: str, statements: list[Statement], locale: str
) -> tuple[list[SmartGoal], set[int]]:
    """Goals in order, and the indexes of the statements they came from."""
    goals: list[SmartGoal] = []
    used: set[int] = set()
    for idx, st in enumerate(statements):
        if st.goal:
            goals.append(goal_from(st.text_of(text), locale))
            used.add(idx)
    return goals, used


# --------------------------------------------------------------------------- next session

_WHEN = re.compile(
    r"\d{1,2}\s*/\s*\d{1,2}|\d{1,2}[:.]\d{2}|\b\d{1,2}\s*(?:am|pm)\b|\b[0-2]\d[0-5]\d\b"
    rf"|\d{{1,2}}\s*{MONTH_AFTER_DAY}"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[-.]\d{1,2}[-.]\d{2,4}\b"
    r"|\d{1,2}\s*(?:มค|กพ|มีค|เมย|พค|มิย|กค|สค|กย|ตค|พย|ธค)(?![\u0E01-\u0E4E])"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:tomorrow|tmrw|next week)\b"
    r"|\bin\s+\d+\s*(?:days?|d|weeks?|wks?|months?|mos?)\b|\d+\s*(?:wks?|weeks?|days?)"
    r"|วัน(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|พรุ่งนี้|สัปดาห์หน้า|\d+\s*(?:วัน|สัปดาห์|เดือน)",
    re.IGNORECASE,
)
_CUT = re.compile(r"\s+\+\s+|,\s*|;\s*|\s+—\s+")


def find_next_session(
    text: str, statements: list[Statement], locale: str, *, skip_before: int = 0
) -> str | None:
    """The next contact as written after its cue ("f/u Wed" → "Wed"), or None.

    An explicit follow-up cue with a date beats a weaker cue ("see her 03/20", "นัด 8 ม.ค.")
    with a date, which beats an explicit cue with no date, which beats a dated plan item with no
    cue ("escort to clinic 1/10 10am"); among equals the last one wins (the next appointment is
    usually written last), except for undated plan items, where the first dated one wins.
    Statements starting before ``skip_before`` (the session header) are skipped: a "f/u" there
    describes this session.
    """
    c = cues()
    best: tuple[int, int, str] | None = None
    for order, st in enumerate(statements):
        if st.start < skip_before:
            continue
        body = st.text_of(text)
        dated_plan = st.category == "P" and not st.goal and _WHEN.search(mask_placeholders(body))
        if dated_plan and best is None:
            # weakest candidate: a dated plan item (kept only if nothing better turns up)
            best = (0, -order, normalise(_CUT.split(body, maxsplit=1)[0], locale, sentence=False))
        for strength, lexicon in ((2, c.followup), (1, c.followup_with_date)):
            for m in lexicon.finditer(body):
                tail = body[m.end() :]
                rest = tail.lstrip(" :：-–—")
                rest = _CUT.split(rest, maxsplit=1)[0].strip()
                dated = bool(_WHEN.search(mask_placeholders(rest)))
                if strength == 1 and not dated:
                    continue
                # a weak cue is part of the phrase ("see her 03/20", "นัดเยี่ยมบ้าน 9 เม.ย.")
                end = m.end() + (len(tail) - len(tail.lstrip(" :：-–—"))) + len(rest)
                phrase = rest if strength == 2 else body[m.start() : end]
                if not _LETTER.search(phrase) and not re.search(r"\d", phrase):
                    continue
                rank = (3 if dated else 1) if strength == 2 else 2
                candidate = (rank, order, normalise(phrase.strip(), locale, sentence=False))
                if best is None or candidate[:2] >= best[:2]:
                    best = candidate
                break
    return best[2] if best else None
