"""Note storage: SQLAlchemy tables, Alembic migrations, the repository and map encryption.

``open_repository(settings)`` is the one call an edge needs: it opens the configured database
(SQLite file by default, PostgreSQL by URL), runs ``upgrade head`` and returns the repository.
"""

from __future__ import annotations

from assistant.settings import Settings
from assistant.store.crypto import MapCipher
from assistant.store.engine import make_engine, migrate, open_engine
from assistant.store.records import (
    AddendumRecord,
    AuditEvent,
    CaseTermsRecord,
    DraftState,
    NoteRecord,
    NoteSummary,
    VersionRecord,
)
from assistant.store.repository import ApprovalBlocked, NoteNotFound, NoteRepository


def open_repository(settings: Settings) -> NoteRepository:
    """The repository on ``settings``' database, migrated to head, with its map cipher."""
    engine = open_engine(settings.resolved_database_url())
    return NoteRepository(engine, MapCipher(settings.encryption_key))


__all__ = [
    "AddendumRecord",
    "ApprovalBlocked",
    "AuditEvent",
    "CaseTermsRecord",
    "DraftState",
    "MapCipher",
    "NoteNotFound",
    "NoteRecord",
    "NoteRepository",
    "NoteSummary",
    "VersionRecord",
    "make_engine",
    "migrate",
    "open_engine",
    "open_repository",
]
