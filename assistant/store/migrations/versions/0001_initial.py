"""Initial schema: notes, append-only versions/findings/addenda/audit log, and their triggers.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-29

The triggers are the database half of approval immutability: they stop UPDATE and DELETE on the
append-only tables from raw SQL or any other client, not only from this application's ORM.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = ("note_versions", "version_findings", "addenda", "audit_log")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("client_ref", sa.String(64), nullable=True),
        sa.Column("fmt", sa.String(8), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("placeholder_map", sa.LargeBinary(), nullable=True),
        sa.Column("current_version", sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('draft', 'approved')", name="ck_notes_status"),
    )
    op.create_table(
        "note_versions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("note_id", sa.String(32), sa.ForeignKey("notes.id", ondelete="RESTRICT"),
                  nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(),
                  sa.ForeignKey("note_versions.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("fmt", sa.String(8), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("final_text", sa.Text(), nullable=False),
        sa.Column("note_json", sa.JSON(), nullable=False),
        sa.Column("session_json", sa.JSON(), nullable=False),
        sa.Column("approved_by", sa.String(200), nullable=False),
        sa.Column("approved_at", TS, nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.UniqueConstraint("note_id", "version", name="uq_note_versions_note_version"),
        sa.CheckConstraint("version >= 1", name="ck_note_versions_version_positive"),
    )
    op.create_index("ix_note_versions_note_id", "note_versions", ["note_id"])
    op.create_table(
        "version_findings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("version_id", sa.Integer(),
                  sa.ForeignKey("note_versions.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(100), nullable=False),
        sa.Column("criterion", sa.String(32), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("section", sa.String(32), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("suggestion", sa.Text(), nullable=True),
        sa.Column("replacement", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
    )
    op.create_index("ix_version_findings_version_id", "version_findings", ["version_id"])
    op.create_table(
        "addenda",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("note_id", sa.String(32), sa.ForeignKey("notes.id", ondelete="RESTRICT"),
                  nullable=False),
        sa.Column("version_id", sa.Integer(),
                  sa.ForeignKey("note_versions.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_addenda_note_id", "addenda", ["note_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("note_id", sa.String(32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(200), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
    )
    op.create_index("ix_audit_log_note_id", "audit_log", ["note_id"])
    _create_triggers()


def _create_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in APPEND_ONLY:
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )
    elif dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION assistant_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"
        )
        for table in APPEND_ONLY:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION assistant_append_only()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION assistant_append_only()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in APPEND_ONLY:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    elif dialect == "postgresql":
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS assistant_append_only()")
    for table in ("audit_log", "addenda", "version_findings", "note_versions", "notes"):
        op.drop_table(table)
