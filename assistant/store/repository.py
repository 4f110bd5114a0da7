"""The note store: working drafts saved on every step, approvals that can never be overwritten.

Approval immutability is enforced here, below the UI, in three layers: this class refuses to edit
an approved note's draft or re-approve it without a new version; the ORM guard in ``tables``
refuses to flush any change to an approved version; and the migration's triggers refuse raw SQL.
A correction is an addendum (text attached to a version) or a new version linked to its parent.
Every event is written to the audit log with ids and counts only, never note text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from assistant.errors import ApprovedNoteImmutable, AssistantError, InputError, StorageError
from assistant.models import (
    AnyNote,
    Finding,
    Language,
    NoteFormat,
    PlaceholderMap,
    SessionMeta,
    Severity,
)
from assistant.store.case_terms import (
    MAX_CLIENT_REF_CHARS,
    normalise_case_terms,
    normalise_client_ref,
)
from assistant.store.crypto import MapCipher
from assistant.store.records import (
    AddendumRecord,
    AuditEvent,
    CaseTermsRecord,
    DraftState,
    NoteRecord,
    NoteSummary,
    VersionRecord,
)
from assistant.store.tables import (
    AddendumRow,
    AuditRow,
    CaseTermsRow,
    NoteRow,
    NoteVersionRow,
    VersionFindingRow,
    as_utc,
    utcnow,
)

log = logging.getLogger(__name__)


class ApprovalBlocked(StorageError):
    """Approval refused: error-level findings remain and no override reason was given."""

    def __init__(self, error_count: int) -> None:
        self.error_count = error_count
        super().__init__(
            f"Approval blocked: {error_count} error-level finding(s) remain. Fix them, or give a "
            "reason for approving anyway."
        )


class NoteNotFound(StorageError):
    """No note has this id."""

    def __init__(self) -> None:
        super().__init__("That note was not found. It may have been discarded.")


class NoteRepository:
    """Notes, versions, findings, addenda and audit events on one SQLAlchemy engine."""

    def __init__(self, engine: Engine, cipher: MapCipher | None = None) -> None:
        self.engine = engine
        self.cipher = cipher or MapCipher(None)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A transaction; database errors become a StorageError that is safe to show."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except AssistantError:
            session.rollback()
            raise
        except SQLAlchemyError as exc:
            session.rollback()
            log.error("storage operation failed: %s", type(exc).__name__)
            raise StorageError(
                "The note could not be saved or read. Your text is still on screen; try again."
            ) from exc
        finally:
            session.close()

    @staticmethod
    def _audit(session: Session, event: str, note_id: str | None, *, version: int | None = None,
               actor: str | None = None, **detail: Any) -> None:
        session.add(AuditRow(event=event, note_id=note_id, version=version, actor=actor,
                             detail=detail))

    @staticmethod
    def _row(session: Session, note_id: str) -> NoteRow:
        row = session.get(NoteRow, note_id)
        if row is None:
            raise NoteNotFound()
        return row

    # ------------------------------------------------------------------ drafts

    def create_note(self, state: DraftState | None = None, *, actor: str | None = None,
                    placeholder_map: PlaceholderMap | None = None) -> str:
        """Start a note from the writer's current state; returns its id."""
        state = state or DraftState()
        with self._session() as session:
            row = NoteRow(status="draft")
            self._apply_state(row, state, placeholder_map)
            session.add(row)
            session.flush()
            self._audit(session, "note_created", row.id, actor=actor, fmt=str(state.fmt))
            return row.id

    def save_draft(self, note_id: str, state: DraftState, *,
                   placeholder_map: PlaceholderMap | None = None) -> None:
        """Overwrite the working draft (never an approved version).

        Raises ``ApprovedNoteImmutable`` when the note is approved: start a new version first.
        The placeholder map is replaced only when one is given, so saving an edit keeps it.
        """
        with self._session() as session:
            row = self._row(session, note_id)
            if row.status == "approved":
                raise ApprovedNoteImmutable(
                    "This note is approved and cannot be changed. Add an addendum or start a new "
                    "version."
                )
            previous_step = row.step
            self._apply_state(row, state, placeholder_map)
            if state.step != previous_step:
                self._audit(session, f"step_{state.step}", note_id,
                            findings=len(state.report.findings) if state.report else 0)

    def _apply_state(self, row: NoteRow, state: DraftState,
                     placeholder_map: PlaceholderMap | None) -> None:
        row.state = state.model_dump(mode="json")
        row.step = state.step
        row.fmt = str(state.fmt)
        row.language = str(state.note_language or state.language) if (
            state.note_language or state.language) else None
        row.client_ref = state.session.client_ref
        row.updated_at = utcnow()
        if placeholder_map is not None:
            row.placeholder_map = self.cipher.seal(placeholder_map)

    def discard_draft(self, note_id: str, *, actor: str | None = None) -> None:
        """Delete a note that was never approved (an approved one cannot be deleted)."""
        with self._session() as session:
            row = self._row(session, note_id)
            if row.versions:
                raise ApprovedNoteImmutable(
                    "A note with an approved version cannot be deleted."
                )
            session.delete(row)
            self._audit(session, "draft_discarded", note_id, actor=actor)

    def placeholder_map(self, note_id: str) -> PlaceholderMap | None:
        """The decrypted placeholder map for a note, or None (no key, or nothing stored)."""
        with self._session() as session:
            return self.cipher.open(self._row(session, note_id).placeholder_map)

    # ------------------------------------------------------------------ reading

    def get(self, note_id: str) -> NoteRecord:
        """A note with its working state, versions and addenda."""
        with self._session() as session:
            row = self._row(session, note_id)
            versions = [self._version_record(v) for v in row.versions]
            by_id = {v.id: v.version for v in versions}
            addenda = [
                AddendumRecord(id=a.id, version=by_id.get(a.version_id, 0), text=a.text,
                               author=a.author, created_at=as_utc(a.created_at))
                for a in row.addenda
            ]
            return NoteRecord(
                id=row.id, status=row.status, created_at=as_utc(row.created_at),
                updated_at=as_utc(row.updated_at), state=DraftState.model_validate(row.state),
                current_version=row.current_version, versions=versions, addenda=addenda,
                has_placeholder_map=row.placeholder_map is not None,
            )

    @staticmethod
    def _version_record(v: NoteVersionRow) -> VersionRecord:
        parent = v.parent_id
        parent_version = None
        if parent is not None:
            parent_version = next((p.version for p in v.note.versions if p.id == parent), None)
        return VersionRecord(
            id=v.id, note_id=v.note_id, version=v.version, parent_version=parent_version,
            fmt=NoteFormat(v.fmt), language=Language(v.language), final_text=v.final_text,
            note=v.note_json, session=SessionMeta.model_validate(v.session_json),
            approved_by=v.approved_by, approved_at=as_utc(v.approved_at),
            override_reason=v.override_reason,
            findings=[
                Finding(rule=f.rule, criterion=f.criterion, severity=f.severity, start=f.start,
                        end=f.end, section=f.section, message=f.message,
                        suggestion=f.suggestion, replacement=f.replacement, source=f.source)
                for f in v.findings
            ],
        )

    def list_notes(self, status: str | None = None, limit: int = 500) -> list[NoteSummary]:
        """Notes, most recently changed first."""
        with self._session() as session:
            stmt = select(NoteRow).order_by(NoteRow.updated_at.desc()).limit(limit)
            if status:
                stmt = stmt.where(NoteRow.status == status)
            out = []
            for row in session.scalars(stmt):
                state = DraftState.model_validate(row.state)
                out.append(NoteSummary(
                    id=row.id, status=row.status, step=row.step, client_ref=row.client_ref,
                    session_date=state.session.date, fmt=NoteFormat(row.fmt),
                    current_version=row.current_version, created_at=as_utc(row.created_at),
                    updated_at=as_utc(row.updated_at),
                ))
            return out

    def remembered_additions(self, client_ref: str, *, exclude_note_id: str | None = None) -> list[str]:
        """What the writer hid by hand in this client's other notes, first hidden first.

        Why: the analyzer misses names it has no cue for (a nickname that is an ordinary word, a
        family name it does not know); the writer who adds one should not have to add it again in
        every note about the same client. Values the writer released in a later note for the same
        client are left out. These strings live in the notes' stored state already (as the jottings
        do); nothing new is stored, and nothing is logged.
        """
        ref = client_ref.strip()
        if not ref:
            return []
        added: dict[str, None] = {}
        released: set[str] = set()
        with self._session() as session:
            stmt = (select(NoteRow).where(NoteRow.client_ref == ref)
                    .order_by(NoteRow.created_at, NoteRow.id))
            for row in session.scalars(stmt):
                if row.id == exclude_note_id:
                    continue
                state = DraftState.model_validate(row.state)
                added.update(dict.fromkeys(v for v in state.redaction_add if v.strip()))
                released.update(state.redaction_release)
        return [v for v in added if v not in released]

    # ------------------------------------------------------------------ a case's people and places

    def case_terms_record(self, client_ref: str) -> CaseTermsRecord | None:
        """This client's list of people and places with when it last changed; None if never set."""
        ref = normalise_client_ref(client_ref)
        if not ref or len(ref) > MAX_CLIENT_REF_CHARS:
            return None
        with self._session() as session:
            row = session.get(CaseTermsRow, ref)
            if row is None:
                return None
            return CaseTermsRecord(client_ref=ref, values=self._open_terms(row),
                                   updated_at=as_utc(row.updated_at), updated_by=row.updated_by)

    def case_terms(self, client_ref: str) -> list[str]:
        """The values to hide in every note for this client ([] when none are listed)."""
        record = self.case_terms_record(client_ref)
        return record.values if record else []

    def set_case_terms(self, client_ref: str, values: str | Sequence[str], *,
                       actor: str | None = None) -> CaseTermsRecord:
        """Replace this client's list (one value per line when given a text).

        Why replace rather than merge: the writer edits the whole list in one box, so what they
        save is what they mean. Values are cleaned by :func:`normalise_case_terms` (which raises
        ``InputError`` on its caps, before anything is written), sealed when a key is configured,
        and audited by counts only.
        """
        ref = normalise_client_ref(client_ref)
        if not ref:
            raise InputError("Enter a client reference before saving the case list.",
                             reason="case_terms_no_client")
        if len(ref) > MAX_CLIENT_REF_CHARS:
            raise InputError(
                f"The client reference is longer than {MAX_CLIENT_REF_CHARS} characters.",
                reason="case_terms_client_too_long", params={"limit": MAX_CLIENT_REF_CHARS})
        cleaned = normalise_case_terms(values)
        with self._session() as session:
            row = session.get(CaseTermsRow, ref)
            before: list[str] = []
            if row is None:
                row = CaseTermsRow(client_ref=ref)
                session.add(row)
            else:
                before = self._open_terms(row)
            sealed = self.cipher.seal_values(cleaned)
            row.terms_sealed = sealed
            row.terms_plain = None if sealed is not None else cleaned
            row.term_count = len(cleaned)
            row.updated_at = utcnow()
            row.updated_by = actor
            known = {v.casefold() for v in before}
            kept = {v.casefold() for v in cleaned}
            self._audit(session, "case_terms_saved", None, actor=actor, count=len(cleaned),
                        added=sum(1 for v in kept if v not in known),
                        removed=sum(1 for v in known if v not in kept))
            session.flush()
            return CaseTermsRecord(client_ref=ref, values=cleaned,
                                   updated_at=as_utc(row.updated_at), updated_by=actor)

    def _open_terms(self, row: CaseTermsRow) -> list[str]:
        if row.terms_sealed is not None:
            return self.cipher.open_values(bytes(row.terms_sealed))
        return [str(v) for v in (row.terms_plain or [])]

    def audit_events(self, note_id: str | None = None) -> list[AuditEvent]:
        """Audit rows, oldest first (all notes, or one)."""
        with self._session() as session:
            stmt = select(AuditRow).order_by(AuditRow.id)
            if note_id:
                stmt = stmt.where(AuditRow.note_id == note_id)
            return [
                AuditEvent(id=r.id, at=as_utc(r.at), event=r.event, note_id=r.note_id,
                           version=r.version, actor=r.actor, detail=r.detail or {})
                for r in session.scalars(stmt)
            ]

    def record_event(self, note_id: str | None, event: str, *, actor: str | None = None,
                     version: int | None = None, **counts: int | str) -> None:
        """Log an event the UI performs (e.g. an export); pass ids and counts only."""
        with self._session() as session:
            self._audit(session, event, note_id, version=version, actor=actor, **counts)

    # ------------------------------------------------------------------ approval

    def approve(
        self,
        note_id: str,
        *,
        author: str,
        final_text: str,
        fmt: NoteFormat,
        note: AnyNote,
        session_meta: SessionMeta,
        language: Language,
        findings: Sequence[Finding],
        override_reason: str | None = None,
    ) -> VersionRecord:
        """Record an approved version: who, when, the final text, the format, the findings.

        Refused while error-level findings remain unless ``override_reason`` is given, and while
        the text still holds a drafter prompt ("[Add: …]", "[เพิ่ม: …]"). The new
        version links to the previous one, which stays exactly as it was.
        """
        author = (author or "").strip()
        if not author:
            raise StorageError("Enter your name to approve the note.")
        if not final_text.strip():
            raise StorageError("An empty note cannot be approved.")
        from assistant.offline import WRITER_PROMPT_PATTERN  # loaded on approval, not at start-up

        if WRITER_PROMPT_PATTERN.search(final_text):
            # each "[Add: …]" stands where a fact is missing: an approved record carries none
            raise StorageError("The note still holds a drafter prompt ([Add: …]); replace it before approving.")
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        reason = (override_reason or "").strip() or None
        if errors and not reason:
            raise ApprovalBlocked(errors)
        with self._session() as session:
            row = self._row(session, note_id)
            if row.status == "approved":
                raise ApprovedNoteImmutable(
                    "This note is already approved. Start a new version to change it."
                )
            previous = row.versions[-1] if row.versions else None
            number = (previous.version + 1) if previous else 1
            session_meta = session_meta.model_copy()
            if session_meta.written_at is None:
                session_meta.written_at = utcnow()
            version = NoteVersionRow(
                note_id=note_id, version=number, parent_id=previous.id if previous else None,
                fmt=str(fmt), language=str(language), final_text=final_text,
                note_json=note.model_dump(mode="json"),
                session_json=session_meta.model_dump(mode="json"), approved_by=author,
                approved_at=utcnow(), override_reason=reason, error_count=errors,
            )
            session.add(version)
            session.flush()
            for i, f in enumerate(findings):
                session.add(VersionFindingRow(
                    version_id=version.id, position=i, rule=f.rule, criterion=str(f.criterion),
                    severity=str(f.severity), start=f.start, end=f.end, section=f.section,
                    message=f.message, suggestion=f.suggestion, replacement=f.replacement,
                    source=f.source,
                ))
            state = DraftState.model_validate(row.state)
            state = state.model_copy(update={"step": "approved"})
            row.state = state.model_dump(mode="json")
            row.step = "approved"
            row.status = "approved"
            row.current_version = number
            row.updated_at = utcnow()
            self._audit(session, "approved", note_id, version=number, actor=author,
                        findings=len(findings), errors=errors, fmt=str(fmt))
            if reason:
                self._audit(session, "approval_override", note_id, version=number, actor=author,
                            errors=errors)
            session.flush()
            session.refresh(version)
            return self._version_record(version)

    def add_addendum(self, note_id: str, text: str, author: str) -> AddendumRecord:
        """Attach a dated correction or addition to the latest approved version."""
        author = (author or "").strip()
        if not author:
            raise StorageError("Enter your name to add an addendum.")
        if not text.strip():
            raise StorageError("The addendum is empty.")
        with self._session() as session:
            row = self._row(session, note_id)
            if not row.versions:
                raise StorageError("Only an approved note takes an addendum; edit the draft instead.")
            latest = row.versions[-1]
            add = AddendumRow(note_id=note_id, version_id=latest.id, text=text, author=author)
            session.add(add)
            session.flush()
            self._audit(session, "addendum_added", note_id, version=latest.version, actor=author)
            return AddendumRecord(id=add.id, version=latest.version, text=add.text,
                                  author=add.author, created_at=as_utc(add.created_at))

    def new_version(self, note_id: str, *, actor: str | None = None) -> DraftState:
        """Reopen an approved note as a draft of its next version (the approved one stays)."""
        with self._session() as session:
            row = self._row(session, note_id)
            if row.status != "approved" or not row.versions:
                raise StorageError("Only an approved note can start a new version.")
            latest = row.versions[-1]
            state = DraftState.model_validate(row.state).model_copy(update={
                "note": latest.note_json, "note_fmt": NoteFormat(latest.fmt),
                "fmt": NoteFormat(latest.fmt), "note_language": Language(latest.language),
                "session": SessionMeta.model_validate(latest.session_json),
                "text": latest.final_text, "step": "drafted",
            })
            row.state = state.model_dump(mode="json")
            row.status = "draft"
            row.step = "drafted"
            row.updated_at = utcnow()
            self._audit(session, "new_version_started", note_id, version=latest.version + 1,
                        actor=actor)
            return state
