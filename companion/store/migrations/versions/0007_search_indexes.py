"""Indexes for the Journal's text filter: each note, and each tag's label with its check-in.

A text filter looks for its words inside every note and every tag label (`LIKE '%…%'`, which
no index can seek). With these two indexes the scan reads only the notes and the labels,
not every page of the check-ins table: on ten years of check-ins the scan then stays in
SQLCipher's page cache instead of decrypting the table again on each search. The label index
with the check-in's id replaces the label index of 0003 (a label lookup uses its first column).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_checkins_note", "checkins", ["note"])
    op.create_index("ix_checkin_tags_label_checkin", "checkin_tags", ["label", "checkin_id"])
    op.drop_index("ix_checkin_tags_label", table_name="checkin_tags")


def downgrade() -> None:
    op.create_index("ix_checkin_tags_label", "checkin_tags", ["label"])
    op.drop_index("ix_checkin_tags_label_checkin", table_name="checkin_tags")
    op.drop_index("ix_checkins_note", table_name="checkins")
