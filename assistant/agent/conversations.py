"""Where conversations are kept between runs: one row per thread, holding its state as JSON.

SQLite in the data directory by default (``conversations.sqlite``, apart from the team's records so that a
conversation never touches them); the store's PostgreSQL database when IPR_DATABASE_URL points at one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Column, DateTime, MetaData, String, Table, Text, create_engine, select
from sqlalchemy.engine import Engine

from assistant.agent.state import ConversationState
from assistant.errors import NotFound

_metadata = MetaData()
conversations_table = Table(
    "chat_conversations",
    _metadata,
    Column("thread_id", String(64), primary_key=True),
    Column("title", String(200), nullable=False, default=""),
    Column("state", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


def conversations_url(home: Path, database_url: str | None) -> str:
    """SQLite beside the data directory unless the team runs PostgreSQL."""
    if database_url:
        for prefix in ("postgres://", "postgresql://"):
            if database_url.startswith(prefix):
                return "postgresql+psycopg://" + database_url[len(prefix) :]
        if database_url.startswith("postgresql+"):
            return database_url
    return f"sqlite:///{home / 'conversations.sqlite'}"


class ConversationStore:
    """Loads and saves conversation states by thread id."""

    def __init__(self, url: str):
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(url, future=True)
        _metadata.create_all(self.engine)

    def load(self, thread_id: str) -> ConversationState:
        with self.engine.connect() as conn:
            row = conn.execute(select(conversations_table.c.state).where(conversations_table.c.thread_id == thread_id)).first()
        if row is None:
            raise NotFound(f"There is no conversation {thread_id!r}.", hint="List them with /drafts, or start one without --thread.")
        return ConversationState.model_validate_json(row[0])

    def exists(self, thread_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(conversations_table.c.thread_id).where(conversations_table.c.thread_id == thread_id)).first() is not None

    def save(self, state: ConversationState) -> None:
        state.updated_at = datetime.now(UTC)
        values = {"title": title_of(state), "state": state.model_dump_json(), "updated_at": state.updated_at}
        with self.engine.begin() as conn:
            updated = conn.execute(
                conversations_table.update().where(conversations_table.c.thread_id == state.thread_id).values(**values)
            ).rowcount
            if not updated:
                conn.execute(conversations_table.insert().values(thread_id=state.thread_id, **values))

    def recent(self, limit: int = 20) -> list[tuple[str, str, datetime]]:
        """(thread id, title, last change) of the latest conversations."""
        query = select(conversations_table.c.thread_id, conversations_table.c.title, conversations_table.c.updated_at)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(conversations_table.c.updated_at.desc()).limit(limit)).all()
        return [(r[0], r[1], r[2]) for r in rows]

    def close(self) -> None:
        self.engine.dispose()


def title_of(state: ConversationState) -> str:
    """A one-line description of where the conversation stands."""
    draft = state.draft
    if draft.is_empty():
        first = state.last_user_text() or ""
        return first[:80]
    parts = [draft.site.value if draft.site else "?", draft.reason.value if draft.reason else "?", draft.right_name or ""]
    status = "exported" if draft.exported_to else ("saved " + draft.complaint_id if draft.complaint_id else "in progress")
    return f"{' / '.join(p for p in parts if p)} ({len(draft.listings)} links, {status})"[:200]
