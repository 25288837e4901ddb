"""Boundary rules, the contact log, supervision talks and weekly reviews.

The seed rules are not written here: the store does not know the person's language, so the
service puts them in once on the first read of the list (setting `boundary_rules_seeded`).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[str]]:
    return [
        sa.Column("created_utc", sa.String(27), nullable=False),
        sa.Column("updated_utc", sa.String(27), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "boundary_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("enabled", sa.Integer(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("phrase", sa.Text(), nullable=False),
        sa.Column("seed", sa.String(32), nullable=True),
        *_stamps(),
        sa.CheckConstraint("enabled IN (0, 1)", name="boundary_rule_enabled"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "supervision_talks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("with_whom", sa.String(32), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("try_next", sa.Text(), nullable=False),
        sa.Column("next_day", sa.String(10), nullable=True),
        *_stamps(),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_supervision_talks_day", "supervision_talks", ["day"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at_utc", sa.String(27), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("load", sa.Integer(), nullable=False),
        sa.Column(
            "role_id", sa.Integer(), sa.ForeignKey("roles.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("alias", sa.String(40), nullable=False),
        sa.Column("flags", sa.String(100), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("for_supervision", sa.Integer(), nullable=False),
        sa.Column("outside_hours", sa.Integer(), nullable=True),
        sa.Column(
            "supervision_id",
            sa.Integer(),
            sa.ForeignKey("supervision_talks.id", ondelete="SET NULL"),
            nullable=True,
        ),
        *_stamps(),
        sa.CheckConstraint("for_supervision IN (0, 1)", name="contact_for_supervision"),
        sa.CheckConstraint(
            "outside_hours IS NULL OR outside_hours IN (0, 1)", name="contact_outside_hours"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_contacts_at_utc", "contacts", ["at_utc"])
    op.create_index("ix_contacts_role_id", "contacts", ["role_id"])
    op.create_index("ix_contacts_supervision_id", "contacts", ["supervision_id"])
    op.create_table(
        "contact_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "rule_id",
            sa.Integer(),
            sa.ForeignKey("boundary_rules.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("how", sa.String(8), nullable=False),
        sa.CheckConstraint("how IN ('pressure', 'broken')", name="contact_rule_how"),
        sa.UniqueConstraint("contact_id", "rule_id", name="contact_rule_once"),
    )
    op.create_index("ix_contact_rules_contact_id", "contact_rules", ["contact_id"])
    op.create_index("ix_contact_rules_rule_id", "contact_rules", ["rule_id"])
    op.create_table(
        "weekly_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("hard", sa.Text(), nullable=False),
        sa.Column("energy", sa.Integer(), nullable=True),
        sa.Column("rested", sa.Integer(), nullable=True),
        sa.Column("rest", sa.Text(), nullable=False),
        sa.Column("talked_through", sa.String(20), nullable=True),
        *_stamps(),
        sa.UniqueConstraint("week", name="weekly_review_week"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "weekly_review_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "review_id",
            sa.Integer(),
            sa.ForeignKey("weekly_reviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "rule_id",
            sa.Integer(),
            sa.ForeignKey("boundary_rules.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.UniqueConstraint("review_id", "rule_id", name="weekly_review_rule_once"),
    )
    op.create_index("ix_weekly_review_rules_review_id", "weekly_review_rules", ["review_id"])
    op.create_index("ix_weekly_review_rules_rule_id", "weekly_review_rules", ["rule_id"])


def downgrade() -> None:
    op.drop_table("weekly_review_rules")
    op.drop_table("weekly_reviews")
    op.drop_table("contact_rules")
    op.drop_table("contacts")
    op.drop_table("supervision_talks")
    op.drop_table("boundary_rules")
