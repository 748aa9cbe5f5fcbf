"""Re-filing: a complaint can name the rejected complaint it corrects, and the rejection reason it answers.

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
    # Plain columns: SQLite cannot add a foreign key to an existing table without rebuilding it; the re-filing
    # service only ever writes the id of a complaint it has just read.
    op.add_column("complaints", sa.Column("refiles_id", sa.Integer(), nullable=True, comment="The rejected complaint this one corrects."))
    op.add_column("complaints", sa.Column("rejection_reason", sa.String(60), nullable=True, comment="The known rejection reason it answers."))
    op.create_index("ix_complaints_refiles_id", "complaints", ["refiles_id"])


def downgrade() -> None:
    op.drop_index("ix_complaints_refiles_id", table_name="complaints")
    op.drop_column("complaints", "rejection_reason")
    op.drop_column("complaints", "refiles_id")
