"""Store fixtures: every repository test runs on SQLite and on a real PostgreSQL.

PostgreSQL comes from ``TEST_PG_URL`` when set, else from a throwaway cluster started with the
system's ``initdb``/``pg_ctl`` (as the ``postgres`` user when we are root, since initdb refuses
root). Each test gets a fresh database, so migrations run from scratch every time.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from assistant.store import MapCipher, NoteRepository, open_engine


@pytest.fixture(scope="session")
def pg_server_url():
    """URL of a PostgreSQL server's maintenance database (session-wide)."""
    if url := os.environ.get("TEST_PG_URL"):
        yield url
        return
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install -y postgresql)")
    bindir = os.path.dirname(found[-1])
    tmp = tempfile.mkdtemp(prefix="pgtest-")
    run_as: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        shutil.chown(tmp, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data = os.path.join(tmp, "data")
    subprocess.run([*run_as, f"{bindir}/initdb", "-D", data, "-U", "app", "-A", "trust",
                    "--no-sync", "-E", "UTF8"], check=True, capture_output=True)
    opts = f"-k {tmp} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", data, "-o", opts,
                    "-l", os.path.join(tmp, "log"), "-w", "start"], check=True,
                   capture_output=True)
    try:
        yield f"postgresql+psycopg://app@/postgres?host={tmp}"
    finally:
        subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server_url):
    """A fresh, empty PostgreSQL database for one test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'notes.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url):
    eng = open_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def repo(engine):
    return NoteRepository(engine, MapCipher(MapCipher.generate_key()))
