"""Check-ins: mood and energy on scales, sleep, note, UTC time with the IANA zone.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at_utc", sa.String(27), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("mood_step", sa.Integer(), nullable=False),
        sa.Column("mood_steps", sa.Integer(), nullable=False),
        sa.Column("energy_step", sa.Integer(), nullable=False),
        sa.Column("energy_steps", sa.Integer(), nullable=False),
        sa.Column("sleep_hours", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_utc", sa.String(27), nullable=False),
        sa.Column("updated_utc", sa.String(27), nullable=False),
        sa.CheckConstraint("mood_steps IN (5, 7, 10)", name="mood_scale_size"),
        sa.CheckConstraint("mood_step BETWEEN 1 AND mood_steps", name="mood_step_range"),
        sa.CheckConstraint("energy_steps IN (5, 7, 10)", name="energy_scale_size"),
        sa.CheckConstraint("energy_step BETWEEN 1 AND energy_steps", name="energy_step_range"),
        sa.CheckConstraint(
            "sleep_hours IS NULL OR (sleep_hours >= 0 AND sleep_hours <= 24)", name="sleep_range"
        ),
    )
    op.create_index("ix_checkins_at_utc", "checkins", ["at_utc"])


def downgrade() -> None:
    op.drop_index("ix_checkins_at_utc", table_name="checkins")
    op.drop_table("checkins")
