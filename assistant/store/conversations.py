"""Where conversations are kept between runs: the store's `chat_conversations` table, one row per thread, holding
its state as JSON (migrated with the rest of the store; SQLite by default, PostgreSQL with IPR_DATABASE_URL)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from assistant.agent.state import ConversationState
from assistant.errors import NotFound
from assistant.store.engine import Store
from assistant.store.tables import ConversationRow

conversations = ConversationRow.__table__


class ConversationStore:
    """Loads and saves conversation states by thread id, in the store."""

    def __init__(self, store: Store, *, owns_store: bool = False):
        self.store = store
        self.owns_store = owns_store  # close() closes the store too

    @property
    def engine(self):
        return self.store.engine

    def load(self, thread_id: str) -> ConversationState:
        with self.store.reading() as session:
            row = session.execute(select(conversations.c.state).where(conversations.c.thread_id == thread_id)).first()
        if row is None:
            raise NotFound(f"There is no conversation {thread_id!r}.", hint="List them with /drafts, or start one without --thread.")
        return ConversationState.model_validate_json(row[0])

    def exists(self, thread_id: str) -> bool:
        with self.store.reading() as session:
            return session.execute(select(conversations.c.thread_id).where(conversations.c.thread_id == thread_id)).first() is not None

    def save(self, state: ConversationState) -> None:
        from assistant.agent.conversations import title_of

        state.updated_at = datetime.now(UTC)
        values = {"title": title_of(state), "state": state.model_dump_json(), "updated_at": state.updated_at}
        with self.store.transaction() as session:
            updated = session.execute(conversations.update().where(conversations.c.thread_id == state.thread_id).values(**values)).rowcount
            if not updated:
                session.execute(conversations.insert().values(thread_id=state.thread_id, **values))

    def recent(self, limit: int = 20, *, prefix: str | None = None) -> list[tuple[str, str, datetime]]:
        """(thread id, title, last change) of the latest conversations (those whose id starts with ``prefix``)."""
        query = select(conversations.c.thread_id, conversations.c.title, conversations.c.updated_at)
        if prefix:
            query = query.where(conversations.c.thread_id.startswith(prefix, autoescape=True))
        with self.store.reading() as session:
            rows = session.execute(query.order_by(conversations.c.updated_at.desc()).limit(limit)).all()
        return [(r[0], r[1], r[2]) for r in rows]

    def import_file(self, path: Path) -> int:
        """Threads from the separate SQLite file earlier versions kept (conversations.sqlite), once: those not here yet.
        The file is left as it was."""
        if not path.is_file():
            return 0
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as old:
                rows = old.execute("SELECT thread_id, title, state, updated_at FROM chat_conversations").fetchall()
        except sqlite3.Error:
            return 0  # not a conversations file after all: nothing to bring over
        imported = 0
        for thread_id, title, state, updated_at in rows:
            if self.exists(thread_id):
                continue
            moment = datetime.fromisoformat(str(updated_at)) if updated_at else datetime.now(UTC)
            with self.store.transaction() as session:
                session.execute(conversations.insert().values(
                    thread_id=thread_id, title=title or "", state=state,
                    updated_at=moment if moment.tzinfo else moment.replace(tzinfo=UTC),
                ))
            imported += 1
        return imported

    def close(self) -> None:
        if self.owns_store:
            self.store.close()
