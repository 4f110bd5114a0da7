"""Trace every checkable fact in a draft back to the writer's jottings.

Why: a model (or an injected instruction) can invent a score, a date, a dose or a quote that
reads perfectly. Facts of these kinds are extracted from the rendered note and looked for in
the jottings, with the equivalences writers actually use: Thai digits (๑๓ = 13), Buddhist-era
years (2569 = 2026, "69" after a Thai month), times (10.20 น. = 10:20), score spellings
("9Q = 13" = "9Q 13"), d/m vs m/d dates. What cannot be traced becomes a warning finding on the
exact span, so the writer checks it before approving; nothing is removed automatically.

The check is deliberately lenient where an interpretation is ambiguous (a fact counts as
traced if any reading of it matches): a false "not in your jottings" on a correct fact teaches
writers to ignore the warning.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from assistant.criteria import Criterion
from assistant.formats import FORMATS
from assistant.models import Finding, Language, Severity
from assistant.text.dates import (
    DateMention,
    find_clocks,
    other_era_year,
    scan_dates,
    to_ascii_digits,
)
from assistant.text.language import detect_language

RULE = "grounding.not-in-jottings"
RULE_PLACEHOLDER = "grounding.invented-placeholder"

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})

# --------------------------------------------------------------------------- vocabularies

#: Units that may follow a number directly ("16mg", "5min") without making it a code.
_UNITS = {
    "mg", "mcg", "ug", "g", "kg", "ml", "l", "cc", "iu", "u", "mmhg", "x", "hr", "hrs", "h",
    "min", "mins", "m", "mo", "mos", "wk", "wks", "yr", "yrs", "y", "yo", "d", "day", "days",
    "st", "nd", "rd", "th", "am", "pm", "cm", "mm", "km", "k", "s", "sec", "pt", "pts",
}  # fmt: skip

#: Common medicines (generic and brand) in counselling, addiction and general practice notes.
_MEDICATIONS = frozenset(
    """
    sertraline fluoxetine escitalopram citalopram paroxetine fluvoxamine venlafaxine
    desvenlafaxine duloxetine mirtazapine bupropion trazodone amitriptyline nortriptyline
    imipramine clomipramine vortioxetine agomelatine quetiapine olanzapine risperidone
    paliperidone aripiprazole brexpiprazole haloperidol chlorpromazine perphenazine clozapine
    ziprasidone lurasidone lithium valproate divalproex lamotrigine carbamazepine oxcarbazepine
    topiramate gabapentin pregabalin clonazepam lorazepam diazepam alprazolam chlordiazepoxide
    temazepam zolpidem zopiclone melatonin hydroxyzine propranolol prazosin clonidine guanfacine
    methylphenidate atomoxetine lisdexamfetamine dexamfetamine amphetamine modafinil
    buprenorphine naloxone naltrexone methadone acamprosate disulfiram varenicline nicotine
    morphine oxycodone hydrocodone tramadol codeine fentanyl heroin paracetamol acetaminophen
    ibuprofen aspirin metformin insulin glipizide amlodipine losartan enalapril lisinopril
    atorvastatin simvastatin warfarin prednisolone prednisone levothyroxine salbutamol
    omeprazole efavirenz tenofovir dolutegravir emtricitabine isoniazid rifampicin
    prozac zoloft lexapro celexa paxil effexor cymbalta remeron wellbutrin seroquel zyprexa
    risperdal abilify haldol clozaril depakote lamictal tegretol klonopin ativan valium xanax
    ambien ritalin concerta adderall strattera vyvanse suboxone subutex sublocade narcan
    vivitrol antabuse campral chantix
    """.split()  # noqa: SIM905 - a word list reads better as prose
)
#: Endings that mark a word as a medicine name when it is not in the list above.
_MED_SUFFIX = re.compile(
    r"^[a-z]{3,}(?:oxetine|faxine|triptyline|azepam|azolam|apine|idone|iprazole|"
    r"prazole|sartan|statin|olol|pril|cillin|mycin|floxacin|azole|tadine|barbital|"
    r"amfetamine|phenidate|orphine)$"
)

#: Number words a writer may use in jottings while the draft uses digits ("two weeks" → 2).
_EN_NUMBER_WORDS = {
    "zero": 0, "none": 0, "one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "dozen": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "hundred": 100, "half": 0.5,
}  # fmt: skip
_TH_UNITS = {"หนึ่ง": 1, "เอ็ด": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6,
             "เจ็ด": 7, "แปด": 8, "เก้า": 9}  # fmt: skip
_TH_NUMBER = re.compile(
    r"(?:(หนึ่ง|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)?(สิบ))?(เอ็ด|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)?"
)


def _word_numbers(text: str) -> set[str]:
    """Numbers written as words (English and Thai, up to 99) in ``text``."""
    out = {
        format(Decimal(str(v)).normalize(), "f")
        for w, v in _EN_NUMBER_WORDS.items()
        if re.search(rf"(?<![A-Za-z]){w}(?![A-Za-z])", text, re.IGNORECASE)
    }
    for m in _TH_NUMBER.finditer(text):
        if not m.group(0):
            continue
        tens = 0
        if m.group(2):
            tens = 2 if m.group(1) == "ยี่" else _TH_UNITS.get(m.group(1) or "หนึ่ง", 1)
        out.add(str(tens * 10 + _TH_UNITS.get(m.group(3) or "", 0)))
    return out


_UNIT_SUFFIX = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"

_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")
_QUOTE = re.compile(r'"([^"\n]{2,400})"|“([^”\n]{2,400})”|«([^»\n]{2,400})»')
#: An instrument or code followed by its value: "9Q = 13", "PHQ-9: 14", "Barthel ADL 6/20".
_SCORE = re.compile(
    r"(?<![A-Za-z0-9_-])(\d*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"
    r"\s*(?:=|:|score(?:\s+of)?|of|คะแนน|ได้)?\s*"
    rf"({_NUMBER}(?:\s*/\s*\d+)?)(?![\d])",
)
_CODE = re.compile(
    r"(?<![A-Za-z0-9_-])((?:[A-Za-z]+-?\d+[A-Za-z0-9]*|\d+[A-Za-z]+)(?:-[A-Za-z0-9]+)*)"
    r"(?![A-Za-z0-9_])"
)
#: A number, alone or with a unit glued to it ("16mg/day"); ASCII boundaries so Thai letters
#: around a number ("อายุ13ปี") do not hide it.
_NUM = re.compile(
    rf"(?<![A-Za-z0-9_.,/])({_NUMBER}(?:/\d+)?)"
    rf"(?=(?:{_UNIT_SUFFIX})(?![A-Za-z])|(?![A-Za-z0-9_/]))",
    re.IGNORECASE,
)
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z-]{3,}")
_LIST_MARKER = re.compile(r"^[ \t]*\d+[.)][ \t]", re.MULTILINE)

# --------------------------------------------------------------------------- messages

_KINDS = {
    "number": ("number", "ตัวเลข"),
    "date": ("date", "วันที่"),
    "time": ("time", "เวลา"),
    "score": ("score", "คะแนน"),
    "code": ("scale or code", "ชื่อแบบประเมินหรือรหัส"),
    "medication": ("medication", "ชื่อยา"),
    "quote": ("quotation", "คำพูดที่ยกมา"),
}


def _message(kind: str, locale: str) -> str:
    en, th = _KINDS[kind]
    if locale == "th":
        return f"ไม่พบในบันทึกย่อของคุณ: โปรดตรวจสอบ{th}นี้ก่อนอนุมัติ"
    return f"Not in your jottings: check this {en} before approving."


def _suggestion(locale: str) -> str:
    if locale == "th":
        return "ตรวจสอบกับข้อมูลจริง หากไม่ถูกต้องให้แก้ไขหรือลบออก"
    return "Check it against your records; correct or remove it if it is not right."


def _placeholder_message(locale: str) -> str:
    if locale == "th":
        return "ไม่พบในบันทึกย่อของคุณ: ตัวแทนข้อมูลนี้ไม่ได้ถูกสร้างจากบันทึกย่อ (โมเดลแต่งขึ้นเอง)"
    return "Not in your jottings: this placeholder was never issued (the model made it up)."


# --------------------------------------------------------------------------- normalising


def _norm_text(text: str) -> str:
    """Lower case, ASCII digits, straight quotes, single spaces: for substring comparisons."""
    text = to_ascii_digits(text).translate(_QUOTES).lower()
    return re.sub(r"\s+", " ", text)


def _canon_number(raw: str) -> str | None:
    raw = raw.replace(",", "").replace(" ", "")
    if len(raw) > 32:  # not a quantity a note states; also keeps int()/Decimal cheap
        return None
    if "/" in raw:
        parts = [_canon_number(p) for p in raw.split("/")]
        return None if None in parts else "/".join(p for p in parts if p)
    try:
        value = Decimal(raw).normalize()
    except InvalidOperation:
        return None
    return format(value, "f")


def _number_aliases(canon: str) -> set[str]:
    """A number and the year it also names in the other era (2569 ↔ 2026)."""
    out = {canon}
    if canon.isdigit() and len(canon) == 4 and (other := other_era_year(int(canon))):
        out.add(str(other))
    return out


DateKey = tuple[int | None, int, int]


# --------------------------------------------------------------------------- facts


@dataclass
class _Fact:
    kind: str
    start: int
    end: int
    dates: set[DateKey] = field(default_factory=set)
    times: set[tuple[int, int]] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    code: str | None = None
    text: str = ""
    fallback_numbers: set[str] = field(default_factory=set)


def _date_facts(text: str) -> Iterator[_Fact]:
    """Every date in ``text`` with every reading of it (d/m and m/d, each era of a year)."""
    for m in scan_dates(text):
        if not _may_be_date(m, text):
            continue
        dates = {(y, mo, d) for y in m.possible_years() for mo, d in m.readings()}
        if dates:
            fallback = set()
            if m.numeric and m.year is None:
                a, b = m.fields
                fallback = {str(a), str(b), f"{a}/{b}"}
            yield _Fact("date", m.start, m.end, dates=dates, fallback_numbers=fallback)


def _may_be_date(m: DateMention, text: str) -> bool:
    """Lenient: any slash or dash pair may be a date (its numbers also trace it), but not a
    decimal (``10.30``) nor a piece of a time range (``10:30-11:00``)."""
    if not m.numeric:
        return True
    if m.separator == ".":
        return m.year is not None and len(m.year) == 4
    return not {text[m.start - 1 : m.start], text[m.end : m.end + 1]} & {":", "-"}


def _time_facts(text: str) -> Iterator[_Fact]:
    for c in find_clocks(text):
        fact = _Fact("time", c.start, c.end, times=c.readings())
        if c.separator == "." and not c.marked:  # "2.30" may be a decimal number
            decimal = f"{c.hour}.{c.minute:02d}"
            fact.fallback_numbers = {_canon_number(decimal) or decimal}
        yield fact


def _is_instrument(token: str) -> bool:
    """Scale names and codes carry a capital or a digit ("9Q", "PHQ-A", "mRS"); words do not."""
    return bool(re.search(r"[A-Z0-9]", token))


def _code_key(code: str) -> str:
    return re.sub(r"[-\s]", "", code.lower())


@dataclass
class _Jottings:
    """Everything checkable in the jottings, normalised once."""

    text: str
    numbers: set[str]
    dates: set[DateKey]
    times: set[tuple[int, int]]
    scores: dict[str, set[str]]
    codes: set[str]
    placeholders: set[str]

    @classmethod
    def parse(cls, raw: str) -> _Jottings:
        # A placeholder's digits ("[PERSON_1]") are not facts: blank them before extracting.
        text = _PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), to_ascii_digits(raw))
        numbers: set[str] = set()
        for m in re.finditer(rf"{_NUMBER}|\d+", text):
            for piece in {m.group(0), *re.findall(r"\d+", m.group(0))}:
                if canon := _canon_number(piece):
                    numbers |= _number_aliases(canon)
        for m in re.finditer(r"\d+\s*/\s*\d+", text):
            if canon := _canon_number(m.group(0)):
                numbers.add(canon)
        numbers |= _word_numbers(text)
        dates = {k for f in _date_facts(text) for k in f.dates}
        times = {t for f in _time_facts(text) for t in f.times}
        times |= {(h + 12, mi) for h, mi in times if h < 12}  # "2.30" vs "14:30"
        scores: dict[str, set[str]] = {}
        for m in _SCORE.finditer(text):
            if not _is_instrument(m.group(1)):
                continue
            if value := _canon_number(m.group(2)):
                scores.setdefault(_code_key(m.group(1)), set()).add(value)
        codes = {_code_key(m.group(1)) for m in _CODE.finditer(text)}
        return cls(
            text=_norm_text(raw),
            numbers=numbers,
            dates=dates,
            times=times,
            scores=scores,
            codes=codes,
            placeholders=set(_PLACEHOLDER.findall(raw)),
        )

    def has_date(self, keys: set[DateKey]) -> bool:
        for y, m, d in keys:
            for jy, jm, jd in self.dates:
                if (m, d) == (jm, jd) and (y is None or jy is None or y == jy):
                    return True
        return False


# --------------------------------------------------------------------------- the check


class _Spans:
    """Character ranges already explained by an earlier, more specific fact.

    Kept sorted and merged so each lookup is a binary search (long notes stay linear-ish).
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        return not (i < len(self._starts) and self._starts[i] < end)

    def take(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        # merge with every neighbour the new range touches
        while i > 0 and self._ends[i - 1] >= start:
            i -= 1
            start = min(start, self._starts[i])
            end = max(end, self._ends[i])
            del self._starts[i], self._ends[i]
        while i < len(self._starts) and self._starts[i] <= end:
            end = max(end, self._ends[i])
            del self._starts[i], self._ends[i]
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def ground(
    note_text: str,
    jottings_text: str,
    *,
    issued_placeholders: Iterable[str] = (),
    locale: str | None = None,
) -> list[Finding]:
    """Warnings for every number, date, time, score, code, medication, quote and placeholder in
    ``note_text`` that cannot be traced to ``jottings_text``; spans index ``note_text``.

    ``locale`` (``en``/``th``) picks the message language; by default the note's language.
    """
    if locale is None:
        locale = "th" if detect_language(note_text) is not Language.EN else "en"
    text = to_ascii_digits(note_text)  # same length: offsets stay valid
    jot = _Jottings.parse(jottings_text)
    issued = set(issued_placeholders) | jot.placeholders
    spans = _Spans()
    findings: list[Finding] = []
    sections = _section_starts(note_text)

    def flag(kind: str, start: int, end: int, rule: str = RULE) -> None:
        message = (
            _placeholder_message(locale) if rule == RULE_PLACEHOLDER else _message(kind, locale)
        )
        findings.append(
            Finding(
                rule=rule, criterion=Criterion.OBJECTIVITY, severity=Severity.WARNING,
                start=start, end=end, section=_section_at(sections, start),
                message=message, suggestion=_suggestion(locale), source="grounding",
            )
        )  # fmt: skip

    for m in _LIST_MARKER.finditer(text):  # "1. goal" numbering is layout, not a fact
        spans.take(m.start(), m.end())
    for m in _PLACEHOLDER.finditer(text):
        spans.take(m.start(), m.end())
        if m.group(0) not in issued:
            flag("placeholder", m.start(), m.end(), RULE_PLACEHOLDER)

    for m in _QUOTE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        start = m.start() + 1
        if not spans.free(start, start + len(inner)):
            continue
        spans.take(m.start(), m.end())
        if not _quote_traced(inner, jot):
            flag("quote", start, start + len(inner))

    for fact in _sorted(_date_facts(text)):
        if not spans.free(fact.start, fact.end):
            continue
        spans.take(fact.start, fact.end)
        if not (jot.has_date(fact.dates) or _numbers_in(fact.fallback_numbers, jot)):
            flag("date", fact.start, fact.end)

    for fact in _sorted(_time_facts(text)):
        if not spans.free(fact.start, fact.end):
            continue
        spans.take(fact.start, fact.end)
        if not (fact.times & jot.times or _numbers_in(fact.fallback_numbers, jot)):
            flag("time", fact.start, fact.end)

    for m in _SCORE.finditer(text):
        if not _is_instrument(m.group(1)):
            continue
        code, value = _code_key(m.group(1)), _canon_number(m.group(2))
        known = jot.scores.get(code)
        vstart = m.start(2)
        if not known or value is None or not spans.free(vstart, m.end(2)):
            continue  # no score for this code in the jottings: the plain checks below apply
        spans.take(vstart, m.end(2))
        if value not in known:
            flag("score", vstart, m.end(2))

    for m in _CODE.finditer(text):
        if not spans.free(m.start(), m.end()):
            continue
        token = m.group(1)
        lead = re.match(r"\d+([A-Za-z]+)$", token)
        if lead and lead.group(1).lower() in _UNITS:
            continue  # "16mg" is a number with a unit, checked below
        spans.take(m.start(), m.end())
        key = _code_key(token)
        if key not in jot.codes and key not in jot.text.replace("-", "").replace(" ", ""):
            flag("code", m.start(), m.end())

    for m in _WORD.finditer(text):
        word = m.group(0).lower()
        if (word in _MEDICATIONS or _MED_SUFFIX.match(word)) and spans.free(m.start(), m.end()):
            spans.take(m.start(), m.end())
            if word not in jot.text:
                flag("medication", m.start(), m.end())

    for m in _NUM.finditer(text):
        start, end = m.start(1), m.end(1)
        if not spans.free(start, end):
            continue
        canon = _canon_number(m.group(1))
        if canon is None:
            continue
        parts = canon.split("/")
        if canon in jot.numbers or all(_number_aliases(p) & jot.numbers for p in parts):
            continue
        flag("number", start, end)

    return sorted(findings, key=lambda f: (f.start or 0, f.end or 0))


def _sorted(facts: Iterable[_Fact]) -> list[_Fact]:
    """Longest facts first, so "6 ม.ค. 2569" wins over a bare "6/1" reading inside it."""
    return sorted(facts, key=lambda f: (-(f.end - f.start), f.start))


def _numbers_in(numbers: set[str], jot: _Jottings) -> bool:
    return bool(numbers) and all(
        any(a in jot.numbers for a in _number_aliases(n)) or n in jot.numbers for n in numbers
    )


def _quote_traced(inner: str, jot: _Jottings) -> bool:
    """A quote is traced when each of its fragments (split at ellipses) is in the jottings."""
    fragments = re.split(r"\.\.\.|…", _norm_text(inner))
    pieces = [f.strip(" \"'.,;:!?") for f in fragments]
    pieces = [p for p in pieces if p]
    # Thai writers (and models) add or drop spaces between Thai words: compare without them too.
    compact = re.sub(r"\s", "", jot.text)
    return bool(pieces) and all(p in jot.text or re.sub(r"\s", "", p) in compact for p in pieces)


# --------------------------------------------------------------------------- sections


def _section_starts(text: str) -> list[tuple[int, str]]:
    """(offset, field name) of each section heading rendered by ``formats.render_note``."""
    headings: dict[str, str] = {}
    for cls in FORMATS.values():
        for name, en, th in cls.SECTIONS:
            headings[en.lower()] = name
            headings[th.lower()] = name
    out = []
    for m in re.finditer(r"^([^\n:]{1,40}):[ \t]*$", text, re.MULTILINE):
        name = headings.get(m.group(1).strip().lower())
        if name:
            out.append((m.start(), name))
    return out


def _section_at(sections: list[tuple[int, str]], offset: int) -> str | None:
    current = None
    for start, name in sections:
        if start > offset:
            break
        current = name
    return current
