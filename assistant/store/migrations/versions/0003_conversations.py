"""Chat conversations live in the store: one row per thread, its state as JSON.

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
    # A PostgreSQL store may already hold the table: conversations were kept there, unmigrated, before.
    if "chat_conversations" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "chat_conversations",
        sa.Column("thread_id", sa.String(64), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("thread_id", name="pk_chat_conversations"),
    )
    op.create_index("ix_chat_conversations_updated_at", "chat_conversations", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_chat_conversations_updated_at", table_name="chat_conversations")
    op.drop_table("chat_conversations")
