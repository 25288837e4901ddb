"""Check-in tags (free or linked to plan items), import fingerprints, and encrypted settings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkins") as batch:
        batch.add_column(sa.Column("fingerprint", sa.String(64), nullable=True))
        batch.create_index("ix_checkins_fingerprint", ["fingerprint"])
    op.create_table(
        "checkin_tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "checkin_id",
            sa.Integer(),
            sa.ForeignKey("checkins.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("plan_entry_id", sa.String(64), nullable=True),
        sa.CheckConstraint(
            "kind IN ('tag', 'tool', 'trigger', 'warning', 'breaking')", name="tag_kind"
        ),
    )
    op.create_index("ix_checkin_tags_checkin_id", "checkin_tags", ["checkin_id"])
    op.create_index("ix_checkin_tags_label", "checkin_tags", ["label"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_index("ix_checkin_tags_label", table_name="checkin_tags")
    op.drop_index("ix_checkin_tags_checkin_id", table_name="checkin_tags")
    op.drop_table("checkin_tags")
    with op.batch_alter_table("checkins") as batch:
        batch.drop_index("ix_checkins_fingerprint")
        batch.drop_column("fingerprint")
