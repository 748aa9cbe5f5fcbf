"""A feedback vote keeps what was voted on (question, answer, cited passages, marketplace), the voter as an
evaluation persona, and the short reason they typed: the team turns them into candidate evaluation cases.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    ("question", sa.Text()),
    ("answer", sa.Text()),
    ("citations", sa.JSON()),
    ("site", sa.String(16)),
    ("persona", sa.String(16)),
    ("reason", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("slack_feedback_votes") as table:
        for name, kind in COLUMNS:
            table.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("slack_feedback_votes") as table:
        for name, _kind in reversed(COLUMNS):
            table.drop_column(name)
