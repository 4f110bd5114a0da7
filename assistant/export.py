"""Export an approved note: plain text for pasting into an EHR, Markdown, and DOCX.

Every export starts from the rendered note text (``formats.render_note``) — the same text the
writer approved and the checker read — so what leaves the app is exactly what was approved.
Headings are recognised from that text: a line that is only a section heading and a colon.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from pydantic import BaseModel

from assistant.formats import FORMATS

#: Section headings of every format, in both languages (``Subjective``, ``S (Subjective)``, …).
SECTION_HEADINGS: frozenset[str] = frozenset(
    heading for cls in FORMATS.values() for _, en, th in cls.SECTIONS for heading in (en, th)
)
_SUBHEADING = re.compile(r"^(?P<h>[^:\-*#\d][^:]{0,59}):$")
_BULLET = re.compile(r"^\s*[-•]\s+")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


class Addendum(BaseModel):
    """An addendum as exported: a heading line (date, author) and its text."""

    heading: str
    text: str


def heading_level(line: str) -> int:
    """2 for a section heading line, 3 for another heading-only line, 0 for body text."""
    stripped = line.strip()
    if not stripped.endswith(":"):
        return 0
    if stripped[:-1] in SECTION_HEADINGS:
        return 2
    return 3 if _SUBHEADING.match(stripped) else 0


def _normalise(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def to_plain_text(text: str, addenda: Sequence[Addendum] = ()) -> str:
    """Plain text for an EHR: headings kept as lines, no markup, addenda appended after."""
    parts = [_normalise(text)]
    for add in addenda:
        parts.append(f"{add.heading}:\n{_normalise(add.text)}")
    return "\n\n".join(parts) + "\n"


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(text: str, *, title: str | None = None,
                addenda: Sequence[Addendum] = ()) -> str:
    """Markdown: section headings as ``##``, bullet lines kept, everything else escaped."""
    out: list[str] = []
    if title:
        out += [f"# {_md_escape(title)}", ""]
    for line in _normalise(text).split("\n"):
        level = heading_level(line)
        if level:
            out += ["", f"{'#' * level} {_md_escape(line.strip()[:-1])}", ""]
        elif _BULLET.match(line):
            out.append("- " + _md_escape(_BULLET.sub("", line)))
        elif line.strip():
            out.append(_md_escape(line) + "  ")  # hard line break: keep the writer's lines
        else:
            out.append("")
    for add in addenda:
        out += ["", f"## {_md_escape(add.heading)}", "", _md_escape(_normalise(add.text))]
    md = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", md).strip() + "\n"


def to_docx(text: str, *, title: str | None = None, addenda: Sequence[Addendum] = ()) -> bytes:
    """A Word document with real headings and a font that covers Thai."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Tahoma"
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "Tahoma")
    if title:
        doc.add_heading(title, level=1)
    for line in _normalise(text).split("\n"):
        level = heading_level(line)
        if level:
            doc.add_heading(line.strip()[:-1], level=level)
        elif _BULLET.match(line):
            doc.add_paragraph(_BULLET.sub("", line), style="List Bullet")
        elif line.strip():
            doc.add_paragraph(line)
    for add in addenda:
        doc.add_heading(add.heading, level=2)
        for line in _normalise(add.text).split("\n"):
            doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
