"""SQLAlchemy 2 tables for notes, their approved versions, findings, addenda, the audit log and
each client's list of people and places.

Two kinds of table live here. ``notes`` is the writer's *working* state (jottings, the draft, the
last check) and is saved on every step so nothing is lost. Everything that records a decision —
an approved version, the findings at that moment, an addendum, an audit event — is append-only:
the ORM refuses to update or delete those rows (:func:`_refuse_append_only_changes`) and the
database triggers created by the migration refuse it for raw SQL and other clients too. A
correction is therefore always a new row linked to the old one, never an overwrite.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from assistant.errors import ApprovedNoteImmutable


def utcnow() -> dt.datetime:
    """Timezone-aware UTC now (SQLite drops the zone on read; :func:`as_utc` restores it)."""
    return dt.datetime.now(dt.UTC)


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """A stored timestamp as aware UTC, whatever the backend returned."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def new_note_id() -> str:
    """Random, non-guessable id; safe to put in a URL because it says nothing about the client."""
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    """Declarative base; ``Base.metadata`` is what Alembic compares migrations against."""


class NoteRow(Base):
    """One note: the writer's working draft plus a pointer to its latest approved version."""

    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'approved')", name="ck_notes_status"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_note_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    step: Mapped[str] = mapped_column(String(16), default="jottings")
    client_ref: Mapped[str | None] = mapped_column(String(64))
    fmt: Mapped[str] = mapped_column(String(8))
    language: Mapped[str | None] = mapped_column(String(8))
    #: Working state as JSON (jottings, session, draft note, last report); see DraftState.
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: Fernet token of the placeholder map, or NULL when no key is configured.
    placeholder_map: Mapped[bytes | None] = mapped_column(LargeBinary)
    current_version: Mapped[int | None] = mapped_column(Integer)

    versions: Mapped[list[NoteVersionRow]] = relationship(
        back_populates="note", order_by="NoteVersionRow.version", passive_deletes=True
    )
    addenda: Mapped[list[AddendumRow]] = relationship(
        order_by="AddendumRow.id", viewonly=True
    )


class NoteVersionRow(Base):
    """An approved version: who, when, the final text, the format. Never updated or deleted."""

    __tablename__ = "note_versions"
    __table_args__ = (
        UniqueConstraint("note_id", "version", name="uq_note_versions_note_version"),
        CheckConstraint("version >= 1", name="ck_note_versions_version_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    note_id: Mapped[str] = mapped_column(
        ForeignKey("notes.id", ondelete="RESTRICT"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("note_versions.id", ondelete="RESTRICT")
    )
    fmt: Mapped[str] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(8))
    final_text: Mapped[str] = mapped_column(Text)
    note_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    session_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    approved_by: Mapped[str] = mapped_column(String(200))
    approved_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    override_reason: Mapped[str | None] = mapped_column(Text)
    error_count: Mapped[int] = mapped_column(Integer, default=0)

    note: Mapped[NoteRow] = relationship(back_populates="versions")
    findings: Mapped[list[VersionFindingRow]] = relationship(
        order_by="VersionFindingRow.position", passive_deletes=True
    )


class VersionFindingRow(Base):
    """A finding as it stood when its version was approved (append-only)."""

    __tablename__ = "version_findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("note_versions.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(100))
    criterion: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    section: Mapped[str | None] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)
    suggestion: Mapped[str | None] = mapped_column(Text)
    replacement: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(16))


class AddendumRow(Base):
    """A later correction or addition to an approved version (append-only)."""

    __tablename__ = "addenda"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="RESTRICT"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("note_versions.id", ondelete="RESTRICT"))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditRow(Base):
    """Who did what to which note, when. Ids, event names and counts only — never note text."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    event: Mapped[str] = mapped_column(String(40))
    note_id: Mapped[str | None] = mapped_column(String(32), index=True)
    version: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CaseTermsRow(Base):
    """The people and places of one client's case, entered once and hidden in every note.

    Exactly one of ``terms_plain`` / ``terms_sealed`` holds the list: sealed (a Fernet token of
    the JSON list) whenever a key is configured, plain JSON otherwise, as the notes' own text is.
    ``term_count`` lets the app say how many values there are without opening the list.
    """

    __tablename__ = "case_terms"

    client_ref: Mapped[str] = mapped_column(String(64), primary_key=True)
    terms_plain: Mapped[list[str] | None] = mapped_column(JSON)
    terms_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    term_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(200))


#: Tables whose rows are facts once written; the migration puts triggers on each.
APPEND_ONLY_TABLES: tuple[str, ...] = ("note_versions", "version_findings", "addenda", "audit_log")
_APPEND_ONLY_CLASSES = (NoteVersionRow, VersionFindingRow, AddendumRow, AuditRow)


@event.listens_for(Session, "before_flush")
def _refuse_append_only_changes(session: Session, _ctx: object, _instances: object) -> None:
    """ORM layer of the guard: an approved version (or finding, addendum, audit row) never changes."""
    for obj in session.deleted:
        if isinstance(obj, _APPEND_ONLY_CLASSES):
            raise ApprovedNoteImmutable(
                f"{type(obj).__tablename__} rows cannot be deleted; add a new version instead."
            )
    for obj in session.dirty:
        if isinstance(obj, _APPEND_ONLY_CLASSES) and session.is_modified(obj):
            raise ApprovedNoteImmutable(
                f"{type(obj).__tablename__} rows cannot be changed; add an addendum or a new "
                "version instead."
            )


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes(state: Any) -> None:
    """Also refuse ORM-enabled ``update()``/``delete()`` statements, which skip the flush."""
    if not (state.is_update or state.is_delete):
        return
    for mapper in state.all_mappers:
        if mapper.class_ in _APPEND_ONLY_CLASSES:
            raise ApprovedNoteImmutable(
                f"{mapper.class_.__tablename__} rows cannot be changed or deleted."
            )
