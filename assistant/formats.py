"""Note formats by name, and the one way a structured note becomes text.

The checker, grounding, export and the UI all read the same rendered text, so a finding's
``start``/``end`` mean the same thing everywhere. The headings rendered here are ones the SOAP
section parser (``assistant.text.sections``) recognises.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from assistant.models import (
    AnyNote,
    BirpNote,
    DapNote,
    NoteBase,
    NoteFormat,
    SessionMeta,
    SmartGoal,
    SoapNote,
)

FORMATS: dict[NoteFormat, type[NoteBase]] = {
    NoteFormat.SOAP: SoapNote,
    NoteFormat.DAP: DapNote,
    NoteFormat.BIRP: BirpNote,
}

_LABELS = {
    "en": {
        "title": "Progress note",
        "date": "Session date",
        "time": "Time",
        "duration": "Duration",
        "minutes": "min",
        "type": "Session type",
        "present": "Present",
        "client": "Client",
        "written": "Written",
        "interventions": "Interventions and client response",
        "response": "Response",
        "goals": "Goals",
        "next": "Next session",
        "smart": ("behaviour", "measure", "achievable", "relevant", "by"),
    },
    "th": {
        "title": "บันทึกความก้าวหน้า",
        "date": "วันที่ให้บริการ",
        "time": "เวลา",
        "duration": "ระยะเวลา",
        "minutes": "นาที",
        "type": "ประเภทการให้บริการ",
        "present": "ผู้เข้าร่วม",
        "client": "ผู้รับบริการ",
        "written": "วันที่บันทึก",
        "interventions": "การแทรกแซงและการตอบสนองของผู้รับบริการ",
        "response": "การตอบสนอง",
        "goals": "เป้าหมาย",
        "next": "นัดครั้งต่อไป",
        "smart": ("พฤติกรรม", "ตัวชี้วัด", "ความเป็นไปได้", "ความเกี่ยวข้อง", "ภายใน"),
    },
}

_TH_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip


def note_class(fmt: NoteFormat | str) -> type[NoteBase]:
    """The section model registered for a format name."""
    return FORMATS[NoteFormat(fmt)]


def empty_note(fmt: NoteFormat | str) -> AnyNote:
    """A blank note of the given format."""
    return note_class(fmt)()  # type: ignore[return-value]


def format_of(note: BaseModel) -> NoteFormat:
    """The format a note instance belongs to."""
    for fmt, cls in FORMATS.items():
        if type(note) is cls:
            return fmt
    raise TypeError(f"not a registered note format: {type(note).__name__}")


def format_date(value: dt.date, locale: str) -> str:
    """A date as a writer in ``locale`` would write it (Thai: Buddhist era, abbreviated month)."""
    if locale == "th":
        return f"{value.day} {_TH_MONTHS[value.month - 1]} {value.year + 543}"
    return value.isoformat()


def format_time(value: dt.time, locale: str) -> str:
    """A time as ``HH:MM`` (English) or ``HH.MM น.`` (Thai)."""
    return f"{value:%H.%M} น." if locale == "th" else f"{value:%H:%M}"


def render_header(session: SessionMeta, locale: str = "en") -> str:
    """The header block (dates, times, client reference) that sits before the first section."""
    lab = _LABELS[locale]
    lines: list[str] = []
    if session.client_ref:
        lines.append(f"{lab['client']}: {session.client_ref}")
    when: list[str] = []
    if session.date:
        when.append(f"{lab['date']}: {format_date(session.date, locale)}")
    if session.start_time:
        when.append(f"{lab['time']}: {format_time(session.start_time, locale)}")
    if session.duration_minutes:
        when.append(f"({session.duration_minutes} {lab['minutes']})")
    if when:
        lines.append(" ".join(when))
    if session.session_type:
        lines.append(f"{lab['type']}: {session.session_type}")
    if session.present:
        lines.append(f"{lab['present']}: {', '.join(session.present)}")
    if session.written_at:
        written = session.written_at
        lines.append(
            f"{lab['written']}: {format_date(written.date(), locale)} "
            f"{format_time(written.time(), locale)}"
        )
    return "\n".join(lines)


def render_note(
    note: NoteBase, session: SessionMeta | None = None, locale: str = "en"
) -> str:
    """The note as plain text with headings; the text every checker and exporter reads."""
    parts: list[str] = []
    if session is not None:
        header = render_header(session, locale)
        if header:
            parts.append(header)
    for name, en_heading, th_heading in note.SECTIONS:
        heading = th_heading if locale == "th" else en_heading
        body = (getattr(note, name) or "").strip()
        extra = _section_extras(note, name, locale)
        parts.append(f"{heading}:\n" + "\n".join(x for x in (body, extra) if x))
    return "\n\n".join(parts).rstrip() + "\n"


def _section_extras(note: NoteBase, section: str, locale: str) -> str:
    """Interventions, goals and the next session, rendered inside the last (plan) section."""
    if section != note.SECTIONS[-1][0]:
        return ""
    lab = _LABELS[locale]
    lines: list[str] = []
    has_own_section = any(name == "intervention" for name, _, _ in note.SECTIONS)
    if note.interventions and not has_own_section:  # BIRP states them in its I and R sections
        lines.append(f"{lab['interventions']}:")
        for item in note.interventions:
            text = item.name + (f" — {item.detail}" if item.detail else "")
            if item.client_response:
                text += f". {lab['response']}: {item.client_response}"
            lines.append(f"- {text}")
    if note.goals:
        lines.append(f"{lab['goals']}:")
        lines.extend(f"{i}. {_goal_line(goal, locale)}" for i, goal in enumerate(note.goals, 1))
    if note.next_session:
        lines.append(f"{lab['next']}: {note.next_session}")
    return "\n".join(lines)


def _goal_line(goal: SmartGoal, locale: str) -> str:
    """A goal's statement followed by the SMART details it does not already say.

    The writer may fill a measure or a time frame in the goals table; those details must reach
    the note's text (and so the checker and the export), not only the table.
    """
    labels = _LABELS[locale]["smart"]
    fields = (goal.specific, goal.measurable, goal.achievable, goal.relevant, goal.time_bound)
    statement = goal.statement.strip()
    extras = [
        f"{label}: {value.strip()}"
        for label, value in zip(labels, fields, strict=True)
        if value and value.strip() and value.strip().casefold() not in statement.casefold()
    ]
    return f"{statement} ({'; '.join(extras)})" if extras else statement
