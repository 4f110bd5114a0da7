"""Schema facts: migrations match the models, SQLite runs with WAL and foreign keys."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from assistant.settings import Settings
from assistant.store import open_repository
from assistant.store.tables import Base


def test_migrations_match_the_models(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_upgrade_head_twice_is_harmless(engine):
    from assistant.store import migrate

    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()


def test_sqlite_file_uses_wal_and_foreign_keys(tmp_path):
    repo = open_repository(Settings(data_dir=tmp_path / "d"))
    assert (tmp_path / "d" / "notes.db").exists()
    with repo.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    repo.engine.dispose()


def test_foreign_keys_are_enforced(engine):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO addenda (note_id, version_id, text, author, created_at) "
            "VALUES ('missing', 999, 'x', 'y', CURRENT_TIMESTAMP)"))


def test_upgrade_command_migrates_the_configured_database(tmp_path, monkeypatch, capsys):
    from assistant.store.__main__ import main

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "d"))
    assert main(["upgrade"]) == 0
    assert "sqlite database at revision 0002_case_terms" in capsys.readouterr().out
    assert (tmp_path / "d" / "notes.db").exists()
    assert main(["downgrade"]) == 2
