"""Alembic environment: uses the caller's connection when given (the app and tests), else a URL.

``assistant.store.engine.migrate`` passes its open connection in ``config.attributes`` so the
migration runs on exactly the database the app will use. ``render_as_batch`` lets later
revisions alter SQLite tables by rebuilding them.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from assistant.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("ASSISTANT_DATABASE_URL")
    if not url:
        from assistant.settings import Settings

        url = Settings().resolved_database_url()
    return url


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, render_as_batch=True,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(_url())
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
