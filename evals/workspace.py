"""Where one eval run happens: a temporary folder of data directories, the corpus index (built once per run),
and chat sessions opened the way `ipr-assistant chat` opens them (with the model, when one is named)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

OFFLINE = "offline"


class ModelUnreachable(Exception):
    """The named model could not be reached and the chat fell back to the guided mode: the run measures nothing."""


class Workspace:
    """One run's data directories under `root`, and the model the chat suites go through (None: guided mode).

    `apps` is the composition root's App class (integrations.bootstrap.App), handed in by whoever runs the suites:
    the evals build their settings, stores, indexes and chats through it, never on their own.
    `responder_factory(settings)` replaces the model the settings name (a model served in-process, a scripted one).
    """

    def __init__(self, root: Path, model: str | None = None, *, apps: Any, responder_factory: Callable[[Any], Any] | None = None):
        self.root = Path(root)
        self.model = None if model in (None, "", OFFLINE) else model
        self.apps = apps
        self.responder_factory = responder_factory
        self._corpus_index = None

    @property
    def through_model(self) -> bool:
        return self.model is not None or self.responder_factory is not None

    def app(self, name: str):
        """An App over a fresh data directory `root/name`: local index, SQLite store, this run's model.

        The model's key and server address still come from the environment (OPENAI_API_KEY, IPR_OPENAI_BASE_URL).
        """
        model = self.model if self.responder_factory is None else None
        self._new_store(self.root / name)
        return self.apps.for_home(self.root / name, model=model or OFFLINE, responder_factory=self.responder_factory)

    def _new_store(self, home: Path) -> None:
        """A new data directory starts with a copy of an empty store, migrated once per run: creating the schema
        migration by migration costs more than most dialogues put in it (a suite opens hundreds of data directories)."""
        import sqlite3

        from assistant.config import DATABASE_FILE

        if home.exists():
            return
        empty = self.root / "empty-store" / DATABASE_FILE
        if not empty.exists():
            app = self.apps.for_home(empty.parent, model=OFFLINE)
            try:
                app.store  # noqa: B018 - opening the store creates and migrates it
            finally:
                app.close()
        home.mkdir(parents=True)
        with sqlite3.connect(empty) as source, sqlite3.connect(home / DATABASE_FILE) as copy:
            source.backup(copy)  # the pages as SQLite sees them (the write-ahead log included)
        source.close()
        copy.close()

    def app_over(self, settings, *, actor: str | None = None):
        """An App over these settings, with this run's model (acting as ``actor`` when given, as `chat --actor` does)."""
        if actor:
            return self.apps(settings, responder_factory=self.responder_factory, actor=actor)
        return self.apps(settings, responder_factory=self.responder_factory)

    def settings(self, name: str):
        """Settings over a fresh data directory `root/name` (see `app`)."""
        return self.app(name).settings

    def model_problem(self) -> str | None:
        """Why the named model cannot be used (no key, no server address, unknown name), or None."""
        if self.model is None or self.responder_factory is not None:
            return None
        return self.app("model-check").model_problem()

    def corpus_index(self):
        """The bundled knowledge/ corpus, indexed once for the whole run (read-only for the suites)."""
        if self._corpus_index is None:
            self._corpus_index = self.app("corpus").index
        return self._corpus_index

    @contextmanager
    def chat(self, settings, index=None, *, thread_id: str | None = None, actor: str | None = None) -> Iterator[Any]:
        """A chat session over `settings` (as `ipr-assistant chat` opens one), reading `index`; with `thread_id`,
        that thread resumed (as `ipr-assistant chat --thread ID` does).

        The session gets the run's prebuilt index instead of building one per data directory: indexing is the
        slow part, and no suite changes the corpus index.
        """
        app = self.app_over(settings, actor=actor)
        try:
            with app.override(index=index if index is not None else self.corpus_index()):
                yield app.chat(thread_id=thread_id)
        finally:
            app.close()


def send(session, text: str):
    """One message as `ipr-assistant chat` handles it: slash commands go to the session's commands."""
    command = text.strip().lower()
    if command == "/drafts":
        return session.drafts()
    if command == "/status":
        return session.status()
    if command == "/help":
        return session.help()
    if command == "/new":
        return session.new()
    reply = session.send(text)
    if session.model is not None and session.fallen_back:
        raise ModelUnreachable(next(iter(reply.notices), "the model could not be reached"))
    return reply


def reply_text(reply) -> str:
    """Everything a reply carries, as one string: text, notices, sections and tool calls (to search for leaks)."""
    return "\n".join([reply.text, *reply.notices, reply.model_dump_json()])


def shown_text(reply) -> str:
    """What a person reads of a reply: its text, the answers it quotes, its notices."""
    answers = [s.data.get("answer", "") for s in reply.sections if s.kind == "answer"]
    return "\n".join(part for part in [*answers, reply.text, *reply.notices] if part)
