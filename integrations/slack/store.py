"""What the Slack app remembers between requests and restarts: requests already handled, who asked for each
pending change, feedback votes, and reminders already sent.

SQLite beside the conversations by default (``slack.sqlite`` in the data directory); the store's PostgreSQL
database when IPR_DATABASE_URL points at one. Inserting a key is the test of "first time": the primary key
makes a retry that races the first delivery lose, whichever process it reaches.
"""

from __future__ import annotations

import threading
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Column, DateTime, MetaData, String, Table, create_engine, delete, event, select, text
from sqlalchemy.exc import IntegrityError

from assistant.agent.conversations import conversations_url
from assistant.config import Settings

_metadata = MetaData()
handled_requests = Table(
    "slack_handled_requests",
    _metadata,
    Column("key", String(200), primary_key=True),
    Column("handled_at", DateTime(timezone=True), nullable=False),
)
change_requests = Table(
    "slack_change_requests",
    _metadata,
    Column("change_id", String(64), primary_key=True),
    Column("thread_id", String(64), nullable=False),
    Column("requester", String(32), nullable=False),
    Column("channel", String(32), nullable=False),
    Column("message_ts", String(32), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
feedback_votes = Table(
    "slack_feedback_votes",
    _metadata,
    Column("channel", String(32), primary_key=True),
    Column("message_ts", String(32), primary_key=True),
    Column("user_id", String(32), primary_key=True),
    Column("thread_id", String(64), nullable=True),
    Column("vote", String(8), nullable=False),
    Column("voted_at", DateTime(timezone=True), nullable=False),
)
sent_reminders = Table(
    "slack_sent_reminders",
    _metadata,
    Column("key", String(200), primary_key=True),
    Column("sent_at", DateTime(timezone=True), nullable=False),
)

# Slack retries for about an hour at most; a day of keys is plenty.
HANDLED_KEYS_KEPT = timedelta(days=1)
# Any constant: the same for every process creating the tables in one PostgreSQL database.
TABLES_LOCK_ID = 0x51AC_2024


@dataclass(frozen=True)
class ChangeRequest:
    """Who asked for a pending change, in which conversation, and the message that shows its buttons."""

    change_id: str
    thread_id: str
    requester: str
    channel: str
    message_ts: str | None


@dataclass(frozen=True)
class Vote:
    channel: str
    message_ts: str
    user_id: str
    thread_id: str | None
    vote: str


def _sqlite_for_many_small_writes(dbapi_connection, _record) -> None:
    """WAL: readers never wait for the writer, and a commit appends to the log instead of syncing the database file
    (a power cut may forget the last few keys; a crashed process does not)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def slack_store_url(settings: Settings) -> str:
    url = conversations_url(settings.home, settings.database_url)
    return url.replace("conversations.sqlite", "slack.sqlite") if url.startswith("sqlite:///") else url


class SlackStore:
    """The Slack app's own small tables."""

    def __init__(self, url: str):
        sqlite = url.startswith("sqlite:///")
        if sqlite:
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, future=True)
        if sqlite:
            event.listen(self.engine, "connect", _sqlite_for_many_small_writes)
        with self.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Two app processes starting at once on one database: the second waits, then finds the tables made.
                connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": TABLES_LOCK_ID})
            _metadata.create_all(connection)
        self._inserts = 0
        # Every request writes its key before it is acknowledged. SQLite takes one writer at a time and makes the others
        # sleep and retry (up to a second or more under a burst); waiting in line here instead keeps each ack short.
        # Across processes the primary key still decides.
        self._write_lock = threading.Lock() if sqlite else nullcontext()

    @classmethod
    def open(cls, settings: Settings) -> SlackStore:
        return cls(slack_store_url(settings))

    def _first_insert(self, table: Table, **values) -> bool:
        try:
            with self._write_lock, self.engine.begin() as conn:
                conn.execute(table.insert().values(**values))
            return True
        except IntegrityError:
            return False

    def first_time(self, key: str, *, now: datetime | None = None) -> bool:
        """Record a request key; False when it was handled before (a retry, a repeated event id)."""
        now = now or datetime.now(UTC)
        fresh = self._first_insert(handled_requests, key=key[:200], handled_at=now)
        self._inserts += 1
        if fresh and self._inserts % 500 == 0:
            with self.engine.begin() as conn:
                conn.execute(delete(handled_requests).where(handled_requests.c.handled_at < now - HANDLED_KEYS_KEPT))
        return fresh

    def remember_change(self, change_id: str, thread_id: str, requester: str, channel: str) -> None:
        """Note who asked for a pending change (only they, or legal, may confirm it)."""
        self._first_insert(
            change_requests, change_id=change_id, thread_id=thread_id, requester=requester, channel=channel,
            message_ts=None, created_at=datetime.now(UTC),
        )

    def set_change_message(self, change_id: str, channel: str, message_ts: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                change_requests.update().where(change_requests.c.change_id == change_id).values(channel=channel, message_ts=message_ts)
            )

    def change(self, change_id: str) -> ChangeRequest | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(change_requests).where(change_requests.c.change_id == change_id)).first()
        return ChangeRequest(row.change_id, row.thread_id, row.requester, row.channel, row.message_ts) if row else None

    def record_vote(self, channel: str, message_ts: str, user_id: str, vote: str, thread_id: str | None) -> None:
        """Store a feedback vote; a person's second vote on the same answer replaces the first."""
        key = (feedback_votes.c.channel == channel) & (feedback_votes.c.message_ts == message_ts) & (feedback_votes.c.user_id == user_id)
        with self.engine.begin() as conn:
            conn.execute(delete(feedback_votes).where(key))
            conn.execute(
                feedback_votes.insert().values(
                    channel=channel, message_ts=message_ts, user_id=user_id, thread_id=thread_id, vote=vote, voted_at=datetime.now(UTC)
                )
            )

    def votes(self, thread_id: str | None = None) -> list[Vote]:
        query = select(feedback_votes)
        if thread_id is not None:
            query = query.where(feedback_votes.c.thread_id == thread_id)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(feedback_votes.c.voted_at)).all()
        return [Vote(r.channel, r.message_ts, r.user_id, r.thread_id, r.vote) for r in rows]

    def first_reminder(self, key: str, *, now: datetime | None = None) -> bool:
        """Record a reminder; False when it was sent before."""
        return self._first_insert(sent_reminders, key=key[:200], sent_at=now or datetime.now(UTC))

    def forget_reminder(self, key: str) -> None:
        """Undo ``first_reminder`` when posting failed, so the next run tries again."""
        with self.engine.begin() as conn:
            conn.execute(delete(sent_reminders).where(sent_reminders.c.key == key[:200]))

    def close(self) -> None:
        self.engine.dispose()
