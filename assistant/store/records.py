"""Pydantic records the store hands out, so callers never hold live ORM rows.

``DraftState`` is the writer's whole working state; saving it on every step is what lets a
closed tab, a model failure or a restart lose nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.formats import note_class
from assistant.models import (
    AnyNote,
    CheckReport,
    Finding,
    Language,
    NoteFormat,
    RestoreMode,
    SessionMeta,
)

Step = Literal["jottings", "drafted", "approved"]
Status = Literal["draft", "approved"]


class DraftState(BaseModel):
    """Everything on the draft page that must survive a reload.

    ``note`` is kept as a dict and read through :meth:`get_note` because the three note formats
    share optional fields, so a plain union would not know which class a dict belongs to.
    """

    jottings: str = ""
    session: SessionMeta = Field(default_factory=SessionMeta)
    fmt: NoteFormat = NoteFormat.SOAP
    language: Language | None = Field(
        default=None, description="The writer's choice of note language; None follows the jottings."
    )
    restore_mode: RestoreMode = RestoreMode.INITIALS
    redaction_add: list[str] = Field(default_factory=list)
    redaction_release: list[str] = Field(default_factory=list)
    note: dict[str, Any] | None = None
    note_fmt: NoteFormat | None = None
    note_language: Language | None = None
    text: str | None = None
    report: CheckReport | None = None
    backend: str | None = None
    offline: bool | None = None
    step: Step = "jottings"

    def get_note(self) -> AnyNote | None:
        """The drafted note as its format's model, or None before drafting."""
        if self.note is None:
            return None
        return note_class(self.note_fmt or self.fmt).model_validate(self.note)  # type: ignore[return-value]

    def with_note(self, note: AnyNote, fmt: NoteFormat) -> DraftState:
        """A copy holding ``note`` (of format ``fmt``)."""
        return self.model_copy(update={"note": note.model_dump(mode="json"), "note_fmt": fmt})


class NoteSummary(BaseModel):
    """One line of the notes list."""

    id: str
    status: Status
    step: str
    client_ref: str | None
    session_date: dt.date | None
    fmt: NoteFormat
    current_version: int | None
    created_at: dt.datetime
    updated_at: dt.datetime


class AddendumRecord(BaseModel):
    """An addendum to an approved version."""

    id: int
    version: int
    text: str
    author: str
    created_at: dt.datetime


class VersionRecord(BaseModel):
    """An approved version exactly as it was approved."""

    id: int
    note_id: str
    version: int
    parent_version: int | None
    fmt: NoteFormat
    language: Language
    final_text: str
    note: dict[str, Any]
    session: SessionMeta
    approved_by: str
    approved_at: dt.datetime
    override_reason: str | None
    findings: list[Finding]

    def get_note(self) -> AnyNote:
        """The approved note as its format's model."""
        return note_class(self.fmt).model_validate(self.note)  # type: ignore[return-value]


class NoteRecord(BaseModel):
    """A note with its working state, every approved version and every addendum."""

    id: str
    status: Status
    created_at: dt.datetime
    updated_at: dt.datetime
    state: DraftState
    current_version: int | None
    versions: list[VersionRecord] = Field(default_factory=list)
    addenda: list[AddendumRecord] = Field(default_factory=list)
    has_placeholder_map: bool = False

    @property
    def latest(self) -> VersionRecord | None:
        """The newest approved version, if any."""
        return self.versions[-1] if self.versions else None


class AuditEvent(BaseModel):
    """One audit log row: ids, event names and counts only."""

    id: int
    at: dt.datetime
    event: str
    note_id: str | None
    version: int | None
    actor: str | None
    detail: dict[str, Any]


class CaseTermsRecord(BaseModel):
    """One client's list of people and places, opened (never hand this to a log)."""

    client_ref: str
    values: list[str] = Field(default_factory=list)
    updated_at: dt.datetime | None = None
    updated_by: str | None = None
