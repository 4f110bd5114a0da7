"""SOAP / DAP / BIRP section parser for notes pasted in any common heading style, EN and TH.

Writers head sections as ``S:``, ``Subjective``, ``S (Subjective):``, ``S — Subjective``,
``## Subjective``, ``**S:**`` or with Thai headings such as ``ข้อมูลจากผู้รับบริการ (S):``. The
drafter's renderer (``assistant.formats.render_note``) writes ``Subjective:`` / ``S (Subjective):``.
Rules ask "which section is this offset in?", so the parser returns spans, never rewritten text.

Lines before the first heading form the header block (dates, times, client reference).
The one-letter headings ``D``, ``B``, ``I`` and ``R`` (and the words Data / Behaviour /
Intervention / Response) only count when the note is DAP or BIRP as a whole, so a plan line
``Response: …`` in a SOAP note stays plan text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

#: Canonical section names, matching the field names of the note models.
SECTION_ORDER: dict[str, tuple[str, ...]] = {
    "soap": ("subjective", "objective", "assessment", "plan"),
    "dap": ("data", "assessment", "plan"),
    "birp": ("behavior", "intervention", "response", "plan"),
}

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
_WORDS = {
    "subjective": "subjective",
    "objective": "objective",
    "assessment": "assessment",
    "plan": "plan",
    "data": "data",
    "behavior": "behavior",
    "behaviour": "behavior",
    "intervention": "intervention",
    "interventions": "intervention",
    "response": "response",
    # plain-language headings many services use instead of the SOAP words
    "client report": "subjective",
    "client's report": "subjective",
    "presenting concern": "subjective",
    "presenting concerns": "subjective",
    "observation": "objective",
    "observations": "objective",
    "impression": "assessment",
    "impressions": "assessment",
    "clinical impression": "assessment",
    "next steps": "plan",
    "recommendations": "plan",
}
_THAI_WORDS = (
    (
        r"ข้อมูลจากผู้รับบริการ|ข้อมูลอัตนัย|ข้อมูลเชิงอัตวิสัย|ข้อมูลเชิงอัตนัย"
        r"|สิ่งที่ผู้รับบริการเล่า|ปัญหาที่ผู้รับบริการเล่า|ปัญหาที่มา|อาการสำคัญ",
        "subjective",
    ),
    (
        r"ข้อมูลจากการสังเกต|ข้อมูลปรนัย|ข้อมูลเชิงวัตถุวิสัย|ข้อมูลเชิงปรนัย"
        r"|สิ่งที่สังเกตพบ|สิ่งที่สังเกตได้|ผลการสังเกต|การสังเกต",
        "objective",
    ),
    (
        r"การประเมิน(?:ผล|ปัญหา|สภาพปัญหา)?|การวิเคราะห์|ความเห็นของผู้ให้บริการ"
        r"|ความเห็นของผู้ปฏิบัติงาน|การวินิจฉัยทางสังคม",
        "assessment",
    ),
    (
        r"แผน(?:การ)?(?:ดูแล|ช่วยเหลือ|รักษา|บำบัด|ดำเนินงาน|ติดตาม)?(?:ต่อไป)?|การวางแผน",
        "plan",
    ),
    (r"พฤติกรรม", "behavior"),
    (r"การแทรกแซง|การช่วยเหลือ", "intervention"),
    (r"การตอบสนอง", "response"),
)
_THAI_LOOKUP = [(re.compile(p), n) for p, n in _THAI_WORDS]

_DECOR = r"[ \t]*(?:#{1,6}[ \t]*|[-*•>][ \t]+)?(?:\*\*|__)?[ \t]*"


def _paren(name: str) -> str:
    return rf"(?:[ \t]*[(\[](?P<{name}>[^)\]\n]{{1,30}})[)\]])"


_DELIM = r"[ \t]*(?:\*\*|__)?[ \t]*(?:[:：.]|[—–]|-(?=\s))"
_P1, _P2, _P3 = _paren("p1"), _paren("p2"), _paren("p3")
_WORD_ALT = "|".join(sorted(_WORDS, key=len, reverse=True))
_THAI_ALT = "|".join(p for p, _ in _THAI_WORDS)

_HEADING = re.compile(
    rf"^(?P<decor>{_DECOR})(?P<head>"
    # a letter: S: / S (Subjective): / S — Subjective / **S:**
    rf"(?P<letter>[SOAPDBIR])(?![\w.])(?:{_P1}|[ \t]*[—–-][ \t]*(?P<word2>{_WORD_ALT})\b)?(?P<d1>{_DELIM}|[ \t]*(?:\*\*|__)?[ \t\r]*$)"
    # a word: Subjective: / Subjective (S) / ## Subjective
    rf"|(?P<word>{_WORD_ALT})(?:{_P2}|[ \t]*[—–-][ \t]*(?P<letter2>[SOAPDBIR])\b)?(?P<d2>{_DELIM}|[ \t]*(?:\*\*|__)?[ \t\r]*$)"
    # Thai: ข้อมูลจากผู้รับบริการ (S):
    rf"|(?P<thai>{_THAI_ALT}){_P3}?(?P<d3>[ \t]*(?:\*\*|__)?[ \t]*[:：]|[ \t]*(?:\*\*|__)?[ \t\r]*$)"
    r")(?:[ \t]*(?:\*\*|__))?[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Section:
    """One section: ``start``/``end`` cover the heading line and the body; ``heading_start`` is
    where the heading word begins (after any markdown), ``body_start`` where the content begins."""

    name: str
    start: int
    end: int
    heading_start: int
    body_start: int
    heading: str = ""

    @property
    def body_end(self) -> int:
        """End of the body (same as ``end``)."""
        return self.end


@dataclass(frozen=True, slots=True)
class HeaderSpan:
    """The header block before the first heading."""

    start: int
    end: int


@dataclass(frozen=True)
class ParsedNote:
    """The note's header block, its sections in text order, and the format they suggest."""

    text: str
    header: HeaderSpan
    sections: list[Section] = field(default_factory=list)
    format: str | None = None

    @cached_property
    def starts(self) -> list[int]:
        """Start offsets of the sections (sorted), for bisecting."""
        return [s.start for s in self.sections]

    def names(self) -> list[str]:
        """Section names in the order they appear."""
        return [s.name for s in self.sections]

    def get(self, name: str) -> list[Section]:
        """All sections with this name (a duplicate heading gives two)."""
        return [s for s in self.sections if s.name == name]

    def body(self, name: str) -> str:
        """The joined body text of every section with this name ('' when absent)."""
        return "\n".join(self.text[s.body_start : s.end] for s in self.get(name))

    def body_spans(self, name: str) -> list[tuple[int, int]]:
        """(start, end) of the bodies of sections with this name."""
        return [(s.body_start, s.end) for s in self.get(name)]


def _name_of(m: re.Match[str]) -> str | None:
    if m["letter"]:
        return _LETTER[m["letter"].upper()]
    if m["word"]:
        return _WORDS[m["word"].lower()]
    if m["thai"]:
        for pattern, name in _THAI_LOOKUP:
            if pattern.fullmatch(m["thai"]):
                return name
    return None


def _paren_name(m: re.Match[str]) -> str | None:
    """The section named inside brackets (``(S)``, ``(Subjective)``), if any."""
    for group in (m["p1"], m["p2"], m["p3"]):
        if group:
            inner = group.strip()
            if inner.upper() in _LETTER:
                return _LETTER[inner.upper()]
            if inner.lower() in _WORDS:
                return _WORDS[inner.lower()]
    return None


_BIRP_ONLY = {"behavior", "intervention", "response"}
_DAP_ONLY = {"data"}


def parse_sections(text: str) -> ParsedNote:
    """Split a note into its header block and sections (see the module docstring)."""
    candidates: list[
        tuple[int, int, int, str, str]
    ] = []  # line start, head start, body start, name, heading
    for m in _HEADING.finditer(text):
        if m["letter"] and not m["letter"].isupper():
            continue  # one-letter headings are capitals; a line "a" is text
        name = _paren_name(m) or _name_of(m)
        if name is None:
            continue
        body = m.end()
        if m["letter"] and not m["d1"].strip() and not m["p1"] and not m["word2"]:
            # "S" alone on a line: accept only when the whole line is the letter
            line_end = text.find("\n", m.start())
            line = text[m.start() : line_end if line_end >= 0 else len(text)]
            if line.strip(" *#_-") != m["letter"]:
                continue
        candidates.append((m.start(), m.start() + len(m["decor"]), body, name, m["head"].strip()))
    names = {c[3] for c in candidates}
    birp = len(names & _BIRP_ONLY) >= 2
    dap = bool(names & _DAP_ONLY) and "subjective" not in names and "objective" not in names
    fmt: str | None
    if birp:
        fmt = "birp"
    elif dap:
        fmt = "dap"
    else:
        fmt = "soap"
        candidates = [c for c in candidates if c[3] not in _BIRP_ONLY | _DAP_ONLY]
    if not candidates:
        return ParsedNote(text, HeaderSpan(0, len(text)), [], None)
    sections: list[Section] = []
    for i, (line_start, head_start, body_start, name, heading) in enumerate(candidates):
        end = candidates[i + 1][0] if i + 1 < len(candidates) else len(text)
        end = _rstrip_end(text, body_start, end)
        while body_start < end and text[body_start].isspace():
            body_start += 1
        sections.append(Section(name, line_start, end, head_start, min(body_start, end), heading))
    header_end = _rstrip_end(text, 0, candidates[0][0])
    return ParsedNote(text, HeaderSpan(0, header_end), sections, fmt)


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def section_at(parsed: ParsedNote, offset: int) -> str | None:
    """The name of the section holding ``offset``; None in the header block or between sections."""
    starts = parsed.starts
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return None
    section = parsed.sections[i]
    if section.start <= offset < section.end or (offset == section.end and section.start < offset):
        return section.name
    return None
