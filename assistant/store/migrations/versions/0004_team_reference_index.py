"""Complaints are looked up by the team's own reference ('ACME-2026-014') as well as by number: index it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not unique: references are the team's facts, stored as given; two files may carry the same one.
    op.create_index("ix_complaints_team_reference", "complaints", ["team_reference"])


def downgrade() -> None:
    op.drop_index("ix_complaints_team_reference", table_name="complaints")
