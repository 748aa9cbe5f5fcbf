"""The Slack app's records live in the store: requests handled, change requesters, feedback votes, reminders sent.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Before, the Slack app created these tables itself: in a SQLite file of its own (``slack.sqlite`` in the data
directory; the app brings its rows over on start, see assistant/store/slack.py) or, with PostgreSQL, in the store's
database, with zoned timestamps. Tables already there are kept with their rows and their timestamps turned into
the store's (UTC, without a zone).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table -> its timestamp column
TIMESTAMPS = {
    "slack_handled_requests": "handled_at",
    "slack_change_requests": "created_at",
    "slack_feedback_votes": "voted_at",
    "slack_sent_reminders": "sent_at",
}


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    for table, column in TIMESTAMPS.items():
        if table in existing and op.get_bind().dialect.name == "postgresql":
            op.execute(
                f"ALTER TABLE {table} ALTER COLUMN {column} TYPE timestamp without time zone USING {column} AT TIME ZONE 'UTC'"
            )
    if "slack_handled_requests" not in existing:
        op.create_table(
            "slack_handled_requests",
            sa.Column("key", sa.String(200), nullable=False),
            sa.Column("handled_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("key", name="pk_slack_handled_requests"),
        )
    if "slack_change_requests" not in existing:
        op.create_table(
            "slack_change_requests",
            sa.Column("change_id", sa.String(64), nullable=False),
            sa.Column("thread_id", sa.String(64), nullable=False),
            sa.Column("requester", sa.String(32), nullable=False),
            sa.Column("channel", sa.String(32), nullable=False),
            sa.Column("message_ts", sa.String(32), nullable=True),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("change_id", name="pk_slack_change_requests"),
        )
    if "slack_feedback_votes" not in existing:
        op.create_table(
            "slack_feedback_votes",
            sa.Column("channel", sa.String(32), nullable=False),
            sa.Column("message_ts", sa.String(32), nullable=False),
            sa.Column("user_id", sa.String(32), nullable=False),
            sa.Column("thread_id", sa.String(64), nullable=True),
            sa.Column("vote", sa.String(8), nullable=False),
            sa.Column("voted_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("channel", "message_ts", "user_id", name="pk_slack_feedback_votes"),
        )
    if "slack_sent_reminders" not in existing:
        op.create_table(
            "slack_sent_reminders",
            sa.Column("key", sa.String(200), nullable=False),
            sa.Column("sent_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("key", name="pk_slack_sent_reminders"),
        )


def downgrade() -> None:
    for table in reversed(list(TIMESTAMPS)):
        op.drop_table(table)
