"""What the Slack app remembers between requests and restarts, in the store (tables.py, migration 0005): requests
already handled, who asked for each pending change, feedback votes, and reminders already sent.

Inserting a key is the test of "first time": the primary key makes a retry that races the first delivery lose,
whichever process it reaches (several app processes share one PostgreSQL store).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Table, delete, select
from sqlalchemy.exc import IntegrityError

from assistant.store.engine import Store
from assistant.store.tables import SlackChangeRequestRow, SlackFeedbackVoteRow, SlackHandledRequestRow, SlackSentReminderRow

handled_requests: Table = SlackHandledRequestRow.__table__  # type: ignore[assignment]
change_requests: Table = SlackChangeRequestRow.__table__  # type: ignore[assignment]
feedback_votes: Table = SlackFeedbackVoteRow.__table__  # type: ignore[assignment]
sent_reminders: Table = SlackSentReminderRow.__table__  # type: ignore[assignment]

# Slack retries for about an hour at most; a day of keys is plenty.
HANDLED_KEYS_KEPT = timedelta(days=1)
# Earlier versions kept these tables in a SQLite file of their own in the data directory.
OLD_FILE = "slack.sqlite"


@dataclass(frozen=True)
class ChangeRequest:
    """Who asked for a pending change, in which conversation, and the message that shows its buttons."""

    change_id: str
    thread_id: str
    requester: str
    channel: str
    message_ts: str | None


@dataclass(frozen=True)
class Voted:
    """What a vote was on: the person's question, the answer shown and the passages it cited, the marketplace."""

    question: str | None = None
    answer: str | None = None
    citations: tuple[dict, ...] = ()
    site: str | None = None


@dataclass(frozen=True)
class Vote:
    channel: str
    message_ts: str
    user_id: str
    thread_id: str | None
    vote: str
    voted_on: Voted = Voted()
    persona: str | None = None
    reason: str | None = None
    voted_at: datetime | None = None


class SlackStore:
    """The Slack app's records, over the open store (which its owner closes)."""

    def __init__(self, store: Store):
        self.store = store
        self._inserts = 0
        # Every request writes its key before it is acknowledged. SQLite takes one writer at a time and makes the others
        # sleep and retry (up to a second or more under a burst); waiting in line here instead keeps each ack short.
        # Across processes the primary key still decides.
        self._write_lock = threading.Lock() if store.backend == "sqlite" else nullcontext()

    @property
    def engine(self):
        return self.store.engine

    def _first_insert(self, table: Table, **values) -> bool:
        try:
            with self._write_lock, self.store.transaction() as session:
                session.execute(table.insert().values(**values))
            return True
        except IntegrityError:
            return False

    def first_time(self, key: str, *, now: datetime | None = None) -> bool:
        """Record a request key; False when it was handled before (a retry, a repeated event id)."""
        now = now or self.store.now()
        fresh = self._first_insert(handled_requests, key=key[:200], handled_at=now)
        self._inserts += 1
        if fresh and self._inserts % 500 == 0:
            with self._write_lock, self.store.transaction() as session:
                session.execute(delete(handled_requests).where(handled_requests.c.handled_at < now - HANDLED_KEYS_KEPT))
        return fresh

    def remember_change(self, change_id: str, thread_id: str, requester: str, channel: str) -> None:
        """Note who asked for a pending change (only they, or legal, may confirm it)."""
        self._first_insert(
            change_requests, change_id=change_id, thread_id=thread_id, requester=requester, channel=channel,
            message_ts=None, created_at=self.store.now(),
        )

    def set_change_message(self, change_id: str, channel: str, message_ts: str) -> None:
        with self._write_lock, self.store.transaction() as session:
            session.execute(
                change_requests.update().where(change_requests.c.change_id == change_id).values(channel=channel, message_ts=message_ts)
            )

    def change(self, change_id: str) -> ChangeRequest | None:
        with self.store.reading() as session:
            row = session.execute(select(change_requests).where(change_requests.c.change_id == change_id)).first()
        return ChangeRequest(row.change_id, row.thread_id, row.requester, row.channel, row.message_ts) if row else None

    def record_vote(
        self, channel: str, message_ts: str, user_id: str, vote: str, thread_id: str | None, *,
        voted_on: Voted | None = None, persona: str | None = None,
    ) -> None:
        """Store a feedback vote with what it was on; a person's second vote on the same answer replaces the first
        (a reason given with the first is kept)."""
        voted_on = voted_on or Voted()
        key = _vote_key(channel, message_ts, user_id)
        with self._write_lock, self.store.transaction() as session:
            earlier = session.execute(select(feedback_votes.c.reason).where(key)).first()
            session.execute(delete(feedback_votes).where(key))
            session.execute(
                feedback_votes.insert().values(
                    channel=channel, message_ts=message_ts, user_id=user_id, thread_id=thread_id, vote=vote, voted_at=self.store.now(),
                    question=voted_on.question, answer=voted_on.answer, citations=list(voted_on.citations) or None,
                    site=voted_on.site, persona=persona, reason=earlier.reason if earlier else None,
                )
            )

    def give_reason(self, channel: str, message_ts: str, user_id: str, reason: str) -> bool:
        """Add the short reason a person typed to their vote on an answer; False when there is no such vote."""
        with self._write_lock, self.store.transaction() as session:
            changed = session.execute(
                feedback_votes.update().where(_vote_key(channel, message_ts, user_id)).values(reason=reason.strip() or None)
            ).rowcount
        return bool(changed)

    def votes(self, thread_id: str | None = None) -> list[Vote]:
        """The votes (of one conversation), oldest first."""
        query = select(feedback_votes)
        if thread_id is not None:
            query = query.where(feedback_votes.c.thread_id == thread_id)
        with self.store.reading() as session:
            rows = session.execute(query.order_by(feedback_votes.c.voted_at)).all()
        return [
            Vote(
                r.channel, r.message_ts, r.user_id, r.thread_id, r.vote,
                Voted(r.question, r.answer, tuple(r.citations or ()), r.site), r.persona, r.reason, r.voted_at,
            )
            for r in rows
        ]

    def first_reminder(self, key: str, *, now: datetime | None = None) -> bool:
        """Record a reminder; False when it was sent before."""
        return self._first_insert(sent_reminders, key=key[:200], sent_at=now or self.store.now())

    def forget_reminder(self, key: str) -> None:
        """Undo ``first_reminder`` when posting failed, so the next run tries again."""
        with self._write_lock, self.store.transaction() as session:
            session.execute(delete(sent_reminders).where(sent_reminders.c.key == key[:200]))

    def import_file(self, path: Path) -> int:
        """The rows of the separate SQLite file earlier versions kept (slack.sqlite), those not here yet; then the file
        is renamed ``slack.sqlite.imported`` (kept for reference, never read again). Returns the rows brought over."""
        if not path.is_file():
            return 0
        try:
            rows = _old_rows(path)
        except sqlite3.Error:
            return 0  # not the app's file after all: left alone
        imported = sum(self._first_insert(table, **values) for table, values in rows)
        try:
            path.rename(path.with_name(path.name + ".imported"))
        except FileNotFoundError:
            pass  # another process of the same data directory imported it first
        return imported

    def close(self) -> None:
        """Nothing of its own to close: the store belongs to whoever opened it."""


def _vote_key(channel: str, message_ts: str, user_id: str):
    return (feedback_votes.c.channel == channel) & (feedback_votes.c.message_ts == message_ts) & (feedback_votes.c.user_id == user_id)


def _old_rows(path: Path) -> list[tuple[Table, dict]]:
    """Every row of the old file, with its timestamps as UTC (the old tables stored them without a zone)."""
    found: list[tuple[Table, dict]] = []
    with sqlite3.connect(path) as old:  # not read-only: closing checkpoints the file's write-ahead log
        old.row_factory = sqlite3.Row
        names = {row[0] for row in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in (handled_requests, change_requests, feedback_votes, sent_reminders):
            if table.name not in names:
                continue
            for row in old.execute(f"SELECT * FROM {table.name}"):  # noqa: S608 - the table names are ours
                values = {column.name: row[column.name] for column in table.columns if column.name in row.keys()}
                found.append((table, {name: _moment(value) if name.endswith("_at") else value for name, value in values.items()}))
    old.close()
    return found


def _moment(value: object) -> datetime:
    moment = datetime.fromisoformat(str(value)) if value else datetime.now(UTC)
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
