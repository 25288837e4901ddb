"""Energy may be absent (Daylio records none), and check-in ids are never reused.

The checkins table is rebuilt (SQLite cannot drop NOT NULL in place). Dropping the old table
would cascade-delete every tag row (foreign keys are on inside the migration's transaction),
so the tags are copied aside first and put back after, with the same ids.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _rebuild(*, energy_optional: bool) -> None:
    constraints = [
        sa.CheckConstraint("mood_steps IN (5, 7, 10)", name="mood_scale_size"),
        sa.CheckConstraint("mood_step BETWEEN 1 AND mood_steps", name="mood_step_range"),
        sa.CheckConstraint("energy_steps IN (5, 7, 10)", name="energy_scale_size"),
        sa.CheckConstraint("energy_step BETWEEN 1 AND energy_steps", name="energy_step_range"),
        sa.CheckConstraint(
            "sleep_hours IS NULL OR (sleep_hours >= 0 AND sleep_hours <= 24)", name="sleep_range"
        ),
    ]
    if energy_optional:
        constraints.append(
            sa.CheckConstraint(
                "(energy_step IS NULL) = (energy_steps IS NULL)", name="energy_recorded"
            )
        )
    op.create_table(
        "_checkins_new",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at_utc", sa.String(27), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("mood_step", sa.Integer(), nullable=False),
        sa.Column("mood_steps", sa.Integer(), nullable=False),
        sa.Column("energy_step", sa.Integer(), nullable=energy_optional),
        sa.Column("energy_steps", sa.Integer(), nullable=energy_optional),
        sa.Column("sleep_hours", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_utc", sa.String(27), nullable=False),
        sa.Column("updated_utc", sa.String(27), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=True),
        *constraints,
        sqlite_autoincrement=energy_optional,
    )
    op.execute(
        "INSERT INTO _checkins_new (id, at_utc, zone, mood_step, mood_steps, energy_step, "
        "energy_steps, sleep_hours, note, created_utc, updated_utc, fingerprint) "
        "SELECT id, at_utc, zone, mood_step, mood_steps, energy_step, energy_steps, "
        "sleep_hours, note, created_utc, updated_utc, fingerprint FROM checkins"
    )
    op.execute("CREATE TABLE _checkin_tags_aside AS SELECT * FROM checkin_tags")
    op.execute("DROP TABLE checkins")  # cascades to checkin_tags, copied aside above
    op.execute("ALTER TABLE _checkins_new RENAME TO checkins")
    op.execute("INSERT INTO checkin_tags SELECT * FROM _checkin_tags_aside")
    op.execute("DROP TABLE _checkin_tags_aside")
    op.create_index("ix_checkins_at_utc", "checkins", ["at_utc"])
    op.create_index("ix_checkins_fingerprint", "checkins", ["fingerprint"])


def upgrade() -> None:
    _rebuild(energy_optional=True)


def downgrade() -> None:
    missing = op.get_bind().scalar(
        sa.text("SELECT count(*) FROM checkins WHERE energy_step IS NULL")
    )
    if missing:
        raise RuntimeError("check-ins without energy cannot go back to a schema that requires it")
    _rebuild(energy_optional=False)
