"""Repairs to the shared section parse and the date order, as the checker needs them.

The shared parser (``assistant.text.sections``) reads the headings the drafter writes and the
common hand-typed ones. Practitioners also write:

* a heading word with the format letter in brackets, in any wording (``ข้อมูล (D):``,
  ``การดำเนินการ (I):``, ``Client's story (S):``) — the letter says which section it is;
* bare Thai headings the parser does not list (``ข้อมูล:`` for DAP data, ``การดำเนินการ:`` for
  the BIRP intervention);
* list items inside the plan that start with a section word (``- Intervention: …``,
  ``1. Response: …``) — in a DAP or SOAP note these are plan content, not new sections.

Reading any of these wrongly makes a section look missing or empty, which is a false warning on a
good note. Dates: ``12/03/2025`` is ambiguous, but a note that also writes ``19/03/2025`` (or
``09/18/2025``) shows its own order, which beats the configured default.
"""

from __future__ import annotations

import re

from assistant.text.sections import (
    SECTION_ORDER,
    HeaderSpan,
    ParsedNote,
    Section,
    parse_sections,
)

_LETTER = {
    "S": "subjective",
    "O": "objective",
    "A": "assessment",
    "P": "plan",
    "D": "data",
    "B": "behavior",
    "I": "intervention",
    "R": "response",
}
#: A short heading (any words, at most ~40 characters) naming its section by a bracketed letter.
_BRACKET_HEADING = re.compile(
    r"^[ \t]*(?:\*\*|__|#{1,6}[ \t]*)?(?P<words>[^\n:()\[\]]{1,40}?)[ \t]*[(\[](?P<letter>[SOAPDBIR])[)\]]"
    r"[ \t]*(?:\*\*|__)?(?:[ \t]*[:：.—–-][ \t]*|[ \t]*$)",
    re.MULTILINE,
)
#: Bare Thai headings the shared parser does not know, with the section each names.
_THAI_EXTRA = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<words>ข้อมูล(?:ทั่วไป|ที่ได้)?|การดำเนินการ|การดำเนินงาน|การให้บริการ|การบำบัด"
    r"|การให้การช่วยเหลือ|การให้คำปรึกษา|ผลการดำเนินการ|ผลลัพธ์|การตอบสนองของผู้รับบริการ)"
    r"[ \t]*(?:\*\*)?[ \t]*[:：][ \t]*",
    re.MULTILINE,
)
_THAI_EXTRA_NAMES = {
    "ข้อมูล": "data",
    "ข้อมูลทั่วไป": "data",
    "ข้อมูลที่ได้": "data",
    "การดำเนินการ": "intervention",
    "การดำเนินงาน": "intervention",
    "การให้บริการ": "intervention",
    "การบำบัด": "intervention",
    "การให้การช่วยเหลือ": "intervention",
    "การให้คำปรึกษา": "intervention",
    "ผลการดำเนินการ": "response",
    "ผลลัพธ์": "response",
    "การตอบสนองของผู้รับบริการ": "response",
}
#: An intervention heading at a line start ("I:", "Intervention:", «การแทรกแซง:»). In a SOAP or
#: DAP note it still heads what the worker did, so its lines must not fall into A or D.
_INTERVENTION_HEADING = re.compile(
    r"^[ \t]*(?:\*\*)?(?:I|Interventions?(?:[ \t]+(?:used|provided|today))?|การแทรกแซง|การช่วยเหลือ)"
    r"[ \t]*(?:\*\*)?[ \t]*[:：][ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
#: A combined "S/O:" heading: the client's account and the observations in one section.
_SO_HEADING = re.compile(
    r"^[ \t]*(?:\*\*)?S[ \t]*/[ \t]*O[ \t]*(?:\*\*)?[ \t]*[:：][ \t]*", re.MULTILINE
)
_LIST_MARK = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
_BIRP_ONLY = {"behavior", "intervention", "response"}


def _extra_headings(text: str) -> list[tuple[int, int, int, str, str]]:
    """(line start, heading start, body start, name, heading) for headings the parser missed."""
    out = []
    for m in _BRACKET_HEADING.finditer(text):
        words = m["words"].strip()
        if not words or words[0].isdigit() or _LIST_MARK.match(m["words"]):
            continue
        out.append((m.start(), m.start("words"), m.end(), _LETTER[m["letter"]], m.group(0).strip()))
    for m in _INTERVENTION_HEADING.finditer(text):
        if m.group(0).lstrip(" \t*")[:1] == "i":
            continue  # a lower-case "i:" is text
        out.append((m.start(), m.start(), m.end(), "intervention", m.group(0).strip()))
    for m in _SO_HEADING.finditer(text):
        out.append((m.start(), m.start(), m.end(), "subjective", m.group(0).strip()))
    for m in _THAI_EXTRA.finditer(text):
        name = _THAI_EXTRA_NAMES[m["words"]]
        out.append((m.start(), m.start("words"), m.end(), name, m.group(0).strip()))
    return out


def repaired_sections(text: str) -> ParsedNote:
    """The shared parse, with bracket-letter and extra Thai headings added and list items
    that merely start with a section word folded back into the section above them."""
    base = parse_sections(text)
    cands: dict[int, tuple[int, int, int, str, str]] = {
        s.start: (s.start, s.heading_start, s.body_start, s.name, s.heading) for s in base.sections
    }
    for c in _extra_headings(text):
        cands.setdefault(c[0], c)
        if c[0] in cands and cands[c[0]][3] != c[3] and "(" in c[4]:
            cands[c[0]] = c  # the bracketed letter is the writer's own label: it wins
    ordered = sorted(cands.values())
    names = {c[3] for c in ordered}
    birp = len(names & _BIRP_ONLY) >= 2
    fmt = base.format
    if birp:
        fmt = "birp"
    elif "data" in names and not names & {"subjective", "objective"}:
        fmt = "dap"
    elif ordered:
        fmt = fmt or "soap"
    keep = []
    for c in ordered:
        line_start, head_start = c[0], c[1]
        listed = _LIST_MARK.fullmatch(text[line_start:head_start] + " ") is not None and (
            text[line_start:head_start].strip() != ""
        )
        if c[3] not in SECTION_ORDER.get(fmt or "soap", ()) and (listed or c[3] != "intervention"):
            continue  # "- Intervention: …" inside a DAP/SOAP plan is plan content
        if listed and keep and keep[-1][3] == "plan":
            continue  # a plan item starting with a section word stays in the plan
        keep.append(c)
    if not keep:
        return ParsedNote(text, HeaderSpan(0, len(text)), [], None)
    sections = []
    for i, (line_start, head_start, body_start, name, heading) in enumerate(keep):
        end = keep[i + 1][0] if i + 1 < len(keep) else len(text)
        while end > body_start and text[end - 1].isspace():
            end -= 1
        while body_start < end and text[body_start].isspace():
            body_start += 1
        sections.append(Section(name, line_start, end, head_start, min(body_start, end), heading))
    header_end = keep[0][0]
    while header_end > 0 and text[header_end - 1].isspace():
        header_end -= 1
    return ParsedNote(text, HeaderSpan(0, header_end), sections, fmt)


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?![\d/.-])")


def numeric_date_order(norm_text: str, default: str) -> str:
    """``dmy`` or ``mdy`` as the note's own numeric dates show (a first field over 12 is a day;
    a second over 12 is a day), else ``default``. Mixed evidence keeps the default."""
    dmy = mdy = False
    for m in _NUMERIC_DATE.finditer(norm_text):
        first, second = int(m[1]), int(m[2])
        if first > 12 and second <= 12:
            dmy = True
        elif second > 12 and first <= 12:
            mdy = True
    if dmy and not mdy:
        return "dmy"
    if mdy and not dmy:
        return "mdy"
    return default
