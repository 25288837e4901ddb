"""Plan versions: every editing session of the WRAP-style plan, kept as a JSON document.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("started_utc", sa.String(27), nullable=False),
        sa.Column("saved_utc", sa.String(27), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "reason IN ('edit', 'restore', 'import', 'example')", name="plan_version_reason"
        ),
    )


def downgrade() -> None:
    op.drop_table("plan_versions")
