"""Each client's list of people and places ("who and where is in this case").

Revision ID: 0002_case_terms
Revises: 0001_initial
Create Date: 2026-12-06

One row per client reference. The values are identifying: ``terms_sealed`` holds them as a Fernet
token when a key is configured, ``terms_plain`` as JSON otherwise (as the notes' own state is).
The row is the writer's working list, edited any time, so it takes no append-only trigger; each
change is an audit event with counts only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_case_terms"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "case_terms",
        sa.Column("client_ref", sa.String(64), primary_key=True),
        sa.Column("terms_plain", sa.JSON(), nullable=True),
        sa.Column("terms_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("term_count", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("case_terms")
