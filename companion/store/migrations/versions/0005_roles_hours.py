"""Roles and their activity hours: the hours as the canonical schedule text, exceptions by date.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(32), nullable=True),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("hours", sa.Text(), nullable=False),
        sa.Column("holidays_off", sa.Integer(), nullable=False),
        sa.Column("holiday_country", sa.String(8), nullable=True),
        sa.Column("created_utc", sa.String(27), nullable=False),
        sa.Column("updated_utc", sa.String(27), nullable=False),
        sa.CheckConstraint("holidays_off IN (0, 1)", name="role_holidays_off"),
        sa.UniqueConstraint("name", name="role_name_unique"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "role_exceptions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "role_id", sa.Integer(), sa.ForeignKey("roles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("start_time", sa.String(5), nullable=True),
        sa.Column("end_time", sa.String(5), nullable=True),
        sa.CheckConstraint(
            "(kind = 'off' AND start_time IS NULL AND end_time IS NULL) OR "
            "(kind = 'extra' AND start_time IS NOT NULL AND end_time IS NOT NULL)",
            name="role_exception_kind",
        ),
    )
    op.create_index("ix_role_exceptions_role_id", "role_exceptions", ["role_id"])


def downgrade() -> None:
    op.drop_index("ix_role_exceptions_role_id", table_name="role_exceptions")
    op.drop_table("role_exceptions")
    op.drop_table("roles")
