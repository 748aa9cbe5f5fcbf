"""The composition root: the one place that builds the settings, the store, the index, the embedder, the
conversations, the model and the services, and wires them together.

One `App` per process (the CLI keeps it in the typer context; the Slack runner, the evals and the benchmarks are
handed one). Every part is built on first use: a chat that never asks a question never opens (or builds) the index,
and one that never touches the team's records never opens the store.

Tests replace parts through `override(...)` (as pydantic-ai's `Agent.override` does), never by patching attributes:

    with override(index=prebuilt_index):
        ...  # every App built or used inside reads prebuilt_index
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

from assistant.config import Settings, load_settings

if TYPE_CHECKING:  # the parts are imported when first built: a command pays only for what it uses
    from assistant.agent.services import AssistantServices, Complaints
    from assistant.agent.session import ChatSession
    from assistant.domain.appeals import AppealTriage
    from assistant.domain.listings.checker import ActiveListings
    from assistant.domain.listings.report import UrlReport
    from assistant.domain.models import Complaint, DocumentCase, DocumentChecklist, ValidationReport
    from assistant.retrieval.answer import Answer
    from assistant.retrieval.embedding import MiniLMEncoder
    from assistant.retrieval.index import CorpusIndex
    from assistant.services.appeal_requests import TriageRequest
    from assistant.services.case_documents import CaseDocuments
    from assistant.services.complaints import ComplaintService
    from assistant.services.filing import ExportResult
    from assistant.services.links import LinkCheckRequest
    from assistant.services.rights import RightsRegistry
    from assistant.store.conversations import ConversationStore
    from assistant.store.engine import Store
    from assistant.store.slack import SlackStore
    from integrations.llm.agent import ModelResponder



class Parts(TypedDict, total=False):
    """The parts an override may replace, each with its type."""

    settings: Settings
    store: Store
    index: CorpusIndex
    embedder: MiniLMEncoder
    conversations: ConversationStore
    complaints: ComplaintService
    responder: ModelResponder | None
    slack_store: SlackStore


PARTS = tuple(Parts.__annotations__)

# Replacements in force for every App of the process (set by `override`; tests only). A plain dict, not a
# ContextVar: the Slack app's listeners run on worker threads that a ContextVar would not reach.
_overrides: dict[str, Any] = {}
_overrides_lock = threading.Lock()


@contextmanager
def override(**parts: Unpack[Parts]) -> Iterator[None]:
    """Replace parts of every App built or used inside the block; the earlier ones come back after it."""
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise TypeError(f"Unknown part(s) {sorted(unknown)}; the parts are {', '.join(PARTS)}.")
    with _overrides_lock:
        saved = dict(_overrides)
        _overrides.update(parts)
    try:
        yield
    finally:
        with _overrides_lock:
            _overrides.clear()
            _overrides.update(saved)


def settings_for(home: Path | None = None, **values: Any) -> Settings:
    """Settings from the environment with `values` on top (None values are ignored); with `home`, a data directory
    of its own with a local index and a SQLite store whatever the environment says (evals, benchmarks)."""
    if home is not None:
        return Settings(**({"home": Path(home), "database_url": None, "chroma_url": None} | {k: v for k, v in values.items() if v is not None}))
    return load_settings(**values)


class App:
    """One process's assistant. Parts are built once, on first use, and closed by `close()`."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        packages_dir: Path | None = None,
        actor: str = "chat",
        responder_factory: Callable[[Settings], Any] | None = None,
    ):
        self._settings = settings
        # Absolute from the start: a relative --out is the folder people named, not a folder inside itself.
        self._packages_dir = Path(packages_dir).expanduser().absolute() if packages_dir else None
        self.actor = actor
        self._responder_factory = responder_factory
        self._built: dict[str, Any] = {}
        self._local: dict[str, Any] = {}
        self._lock = threading.RLock()

    @classmethod
    def for_home(cls, home: Path, **kwargs: Any) -> App:
        """An App over its own data directory (local index, SQLite store); settings values go in `settings=`-less kwargs
        named as Settings fields, the App's own options (packages_dir, actor, responder_factory) as usual."""
        own = {name: kwargs.pop(name) for name in ("packages_dir", "actor", "responder_factory") if name in kwargs}
        return cls(settings_for(home, **kwargs), **own)

    # -- parts -------------------------------------------------------------------------------------------------

    def _part(self, name: str, build: Callable[[], Any]) -> Any:
        if name in self._local:
            return self._local[name]
        if name in _overrides:
            return _overrides[name]
        with self._lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]

    @property
    def settings(self) -> Settings:
        return self._part("settings", lambda: self._settings or load_settings())

    @property
    def limits(self):
        """The limits on what is read from people (sizes, pages, characters): settings too, handed to what reads."""
        from assistant.files.limits import Limits

        return Limits.from_settings(self.settings)

    @property
    def store(self) -> Store:
        """The team's records (complaints, rights, audit), migrated on open."""
        from assistant.store.engine import open_store

        return self._part("store", lambda: open_store(self.settings))

    @property
    def index(self) -> CorpusIndex:
        """The corpus index, built on first use."""
        return self.built_index()

    def built_index(self, *, progress: bool = False) -> CorpusIndex:
        """The corpus index, built (with a progress bar when asked) if this is its first use."""

        def build():
            from assistant.retrieval.index import open_index

            index = open_index(self.settings)
            index.ensure_built(progress=progress)
            return index

        return self._part("index", build)

    def raw_index(self, *, reset: bool = False) -> CorpusIndex:
        """The index as `ipr-assistant index` needs it: not synced yet (it reports the sync itself), or dropped first."""
        if "index" in self._local or "index" in _overrides:
            return self.index
        from assistant.retrieval.index import open_index

        index = open_index(self.settings, reset=reset)
        with self._lock:
            self._built["index"] = index
        return index

    @property
    def embedder(self) -> MiniLMEncoder:
        """The bundled sentence encoder (the same one the index uses)."""
        from assistant.retrieval.embedding import bundled_encoder

        return self._part("embedder", bundled_encoder)

    @property
    def conversations(self) -> ConversationStore:
        """Saved chat threads, in the store (with those an earlier version kept beside it, brought over once)."""

        def build():
            from assistant.store.conversations import ConversationStore

            conversations = ConversationStore(self.store)
            conversations.import_file(self.settings.home / "conversations.sqlite")
            return conversations

        return self._part("conversations", build)

    @property
    def slack_store(self) -> SlackStore:
        """The Slack app's records, in the store (with those an earlier version kept beside it, brought over once)."""

        def build():
            from assistant.store.slack import OLD_FILE, SlackStore

            records = SlackStore(self.store)
            records.import_file(self.settings.home / OLD_FILE)
            return records

        return self._part("slack_store", build)

    @property
    def complaints(self) -> ComplaintService:
        """The complaints service over the store (with the Good Faith report)."""
        from assistant.services.complaints import ComplaintService

        return self._part("complaints", lambda: ComplaintService(self.store, holiday_assumption=self.settings.holiday_assumption))

    @property
    def rights(self) -> RightsRegistry:
        """The registry of the team's IP rights over the store."""
        from assistant.services.rights import RightsRegistry

        return RightsRegistry(self.store)

    @property
    def responder(self):
        """The model-driven responder the settings name, or None for the guided mode."""

        def build():
            if self._responder_factory is not None:
                return self._responder_factory(self.settings)
            from integrations.llm.factory import build_responder

            return build_responder(self.settings)

        return self._part("responder", build)

    def model_problem(self) -> str | None:
        """Why the model the settings name cannot be used (no key, no server address, unknown name), or None."""
        if self._responder_factory is not None or "responder" in self._local or "responder" in _overrides:
            return None
        from assistant.errors import ConfigurationError
        from integrations.llm.factory import build_chat_model

        try:
            build_chat_model(self.settings)
        except ConfigurationError as error:
            return f"{error.message} {error.hint or ''}".strip()
        return None

    @property
    def services(self) -> AssistantServices:
        """The use cases the chat's tools and the Slack listeners call."""
        return self._part("services", self._build_services)

    def _build_services(self) -> AssistantServices:
        from assistant.agent.services import AssistantServices

        return AssistantServices(
            answer_question=self.answer_question,
            required_documents=self.required_documents,
            documents_for_words=self.documents_for_words,
            check_listing_urls=self.check_listing_urls,
            validate_complaint=self.validate_complaint,
            export_package=self.export_package,
            complaints=cast("Complaints", _ComplaintsOnFirstUse(self)),
            triage_appeal=self.triage_appeal,
            packages_dir=self._packages_dir or self.settings.home / "packages",
            actor=self.actor,
            confirm_ttl_minutes=self.settings.confirm_ttl_minutes,
        )

    @contextmanager
    def override(self, **parts: Unpack[Parts]) -> Iterator[App]:
        """Replace parts of this App only, inside the block."""
        unknown = set(parts) - set(PARTS)
        if unknown:
            raise TypeError(f"Unknown part(s) {sorted(unknown)}; the parts are {', '.join(PARTS)}.")
        saved = dict(self._local)
        self._local.update(parts)
        try:
            yield self
        finally:
            self._local.clear()
            self._local.update(saved)

    def chat(self, *, thread_id: str | None = None) -> ChatSession:
        """A chat session: the thread resumed (or started), answered by the model the settings name."""
        from assistant.agent.session import ChatSession

        return ChatSession.open(self.services, self.conversations, thread_id=thread_id, model=self.responder)

    # -- use cases (the services' functions) -----------------------------------------------------------------

    def answer_question(self, question: str, site: str | None) -> Answer:
        from assistant.retrieval.answer import answer_question

        return answer_question(self.index, question, site, max_question_chars=self.settings.max_question_chars)

    def store_exists(self) -> bool:
        """Whether the team has a store to read (a PostgreSQL URL, or the SQLite file already made): a command that
        only reads never creates one."""
        if "store" in self._local or "store" in _overrides or "store" in self._built or "complaints" in self._local or "complaints" in _overrides:
            return True
        settings = self.settings
        return bool(settings.database_url) or Path(settings.store_url.removeprefix("sqlite:///")).exists()

    def active_listings(self, own: str | None = None) -> ActiveListings | None:
        """The check for listings already in another active complaint of the team, naming it, or None when there is
        no store. `own`: the complaint being checked (its number or the team's reference), whose listings are its own."""
        from assistant.services.links import held_elsewhere

        return held_elsewhere(self.complaints.listing_holders, own) if self.store_exists() else None

    def check_links(self, request: LinkCheckRequest) -> UrlReport:
        """The link check (assistant.services.links) with the team's active listings."""
        from assistant.services.links import check_links

        return check_links(request, active_listings=self.active_listings())

    def check_listing_urls(self, text: str, site: str | None) -> UrlReport:
        from assistant.services.links import LinkCheckRequest

        return self.check_links(LinkCheckRequest(text=text, site=site))

    def validate_complaint(self, complaint: Complaint, *, today: date | None = None) -> ValidationReport:
        from assistant.services.filing import validate

        return validate(complaint, today=today, active_listings=self.active_listings(complaint.id))

    def export_package(self, complaint: Complaint, out_dir: Path, **options: Any) -> ExportResult:
        """The filing package (assistant.services.filing.export_package), checked against the team's active listings."""
        from assistant.services.filing import export_package

        return export_package(complaint, out_dir, active_listings=self.active_listings(complaint.id), **options)

    def required_documents(self, case: DocumentCase) -> DocumentChecklist:
        from assistant.domain.documents import required_documents

        return required_documents(case)

    def documents_for_words(self, text: str, given: dict[str, Any] | None = None) -> CaseDocuments:
        from assistant.services.case_documents import documents_for_words

        return documents_for_words(text, given=given)

    def triage_appeal(self, request: TriageRequest) -> AppealTriage:
        """An appeal's triage (assistant.services.appeal_requests): the site's calendar, the filing and receipt dates."""
        from assistant.services.appeal_requests import triage_request

        return triage_request(request, settings=self.settings, store=lambda: self.store)

    def close(self) -> None:
        """Close what this App opened (never an override's part: its owner closes it)."""
        with self._lock:
            built, self._built = self._built, {}
        for name in ("store", "conversations"):
            part = built.get(name)
            if part is not None:
                part.close()


class _ComplaintsOnFirstUse:
    """The App's complaints service, reached on first use: handing the services to a chat opens no store."""

    def __init__(self, app: App):
        self._app = app

    def __getattr__(self, name: str) -> Any:
        return getattr(self._app.complaints, name)


def build_services(settings: Settings, *, packages_dir: Path | None = None, actor: str = "chat") -> tuple[AssistantServices, App]:
    """The assistant's services over the settings' data directory, and the App that owns them (close it)."""
    app = App(settings, packages_dir=packages_dir, actor=actor)
    return app.services, app


def open_conversations(settings: Settings) -> ConversationStore:
    """The saved conversations of the settings' store (the caller closes them, and the store with them)."""
    from assistant.store.conversations import ConversationStore
    from assistant.store.engine import open_store

    return ConversationStore(open_store(settings), owns_store=True)


def open_chat(
    *, model: str | None = None, thread_id: str | None = None, packages_dir: Path | None = None, settings: Settings | None = None,
    actor: str = "chat",
) -> ChatSession:
    """A chat session: the thread resumed (or started), with the model the settings or the flag name; the changes it
    makes are recorded under ``actor`` (the person chatting)."""
    app = App(settings or load_settings(model=model), packages_dir=packages_dir, actor=actor)
    return app.chat(thread_id=thread_id)
