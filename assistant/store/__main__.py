"""``python -m assistant.store upgrade``: migrate the configured database to the newest schema.

The app upgrades its own SQLite file on start; a PostgreSQL deployment can run this as a deploy
step instead. Prints the database backend and revision only, never the URL (it may hold a password).
"""

from __future__ import annotations

import sys

from sqlalchemy import text

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.store.engine import make_engine, migrate


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["upgrade"]:
        print("usage: python -m assistant.store upgrade", file=sys.stderr)
        return 2
    engine = make_engine(Settings().resolved_database_url())
    try:
        migrate(engine)
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    except AssistantError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    finally:
        engine.dispose()
    print(f"{engine.dialect.name} database at revision {revision}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
