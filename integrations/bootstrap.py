"""The one place that wires settings, the store, the index, the model and the services together.

Everything is opened lazily: a chat that never asks a question never opens (or builds) the index, and one that
never touches the team's records never opens the store.
"""

from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path
from typing import Any

from assistant.agent.conversations import ConversationStore, conversations_url
from assistant.agent.services import AssistantServices
from assistant.agent.session import ChatSession
from assistant.config import Settings, load_settings
from assistant.domain.models import Complaint, DocumentCase
from assistant.errors import BadInput, NotFound


class Wiring:
    """Lazily opened resources of one process: the index, the store, the complaints service."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._lock = threading.Lock()

    @cached_property
    def index(self):
        from assistant.retrieval.index import open_index

        with self._lock:
            index = open_index(self.settings)
            index.ensure_built(progress=False)
            return index

    @cached_property
    def store(self):
        from assistant.store.engine import open_store

        return open_store(self.settings)

    @cached_property
    def complaints(self):
        from assistant.services.complaints import ComplaintService

        return ComplaintsPort(ComplaintService(self.store))

    def answer_question(self, question: str, site: str | None) -> Any:
        from assistant.retrieval.answer import answer_question

        return answer_question(self.index, question, site, max_question_chars=self.settings.max_question_chars)

    def check_listing_urls(self, text: str, site: str | None) -> Any:
        from assistant.domain.listing_urls import check_listing_urls

        return check_listing_urls(text, site, active_listings=self.complaints.active_listings)

    def validate_complaint(self, complaint: Complaint) -> Any:
        from assistant.domain.validation import validate_complaint

        return validate_complaint(complaint, active_listings=self.complaints.active_listings)

    def export_package(self, complaint: Complaint, out_dir: Path) -> Any:
        from assistant.services.filing import export_package

        return export_package(complaint, out_dir, active_listings=self.complaints.active_listings)

    def required_documents(self, case: DocumentCase) -> Any:
        from assistant.domain.documents import required_documents

        return required_documents(case)

    def triage_appeal(
        self, complaint: Complaint | None, text: str, attachments: list[str], *, record: Any = None, received_said: str | None = None
    ) -> Any:
        """The appeal service's triage (the site's calendar, the record's filing date and status, days said in words)."""
        from assistant.domain.appeals import AppealAttachment
        from assistant.services.appeals import ComplaintForTriage, SellerSubmission, triage

        if complaint is None:
            raise BadInput(
                "Which complaint does this appeal answer? Name it (e.g. 'complaint 12'; see /status), "
                "or finish the complaint in this conversation first: the triage needs its site and right."
            )
        filed_at = getattr(record, "filed_at", None)
        status = getattr(record, "status", None)
        target = ComplaintForTriage(complaint, filed_on=filed_at.date() if filed_at else None, status=str(status) if status else None)
        submission = SellerSubmission(text=text, attachments=[AppealAttachment(name=name) for name in attachments])
        return triage(target, submission, received_said=received_said, settings=self.settings)

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()


class ComplaintsPort:
    """The complaints service as the tools use it; adds the Good Faith report, which lives in its own module."""

    def __init__(self, service: Any):
        self.service = service

    def __getattr__(self, name: str) -> Any:
        return getattr(self.service, name)

    def report(self, months: int = 3) -> Any:
        import importlib

        for module_name, function_name in (("assistant.services.reports", "good_faith_report"), ("assistant.services.reports", "complaint_report")):
            try:
                function = getattr(importlib.import_module(module_name), function_name)
            except (ImportError, AttributeError):
                continue
            return function(self.service.store, months=months)
        raise NotFound("The Good Faith report is not available in this installation.")


def build_services(settings: Settings, *, packages_dir: Path | None = None, actor: str = "chat") -> tuple[AssistantServices, Wiring]:
    """The assistant's services over the settings' data directory, and the wiring that owns them."""
    wiring = Wiring(settings)

    class _LazyComplaints:
        def __getattr__(self, name: str) -> Any:
            return getattr(wiring.complaints, name)

    services = AssistantServices(
        answer_question=wiring.answer_question,
        required_documents=wiring.required_documents,
        check_listing_urls=wiring.check_listing_urls,
        validate_complaint=wiring.validate_complaint,
        export_package=wiring.export_package,
        complaints=_LazyComplaints(),
        triage_appeal=wiring.triage_appeal,
        packages_dir=Path(packages_dir) if packages_dir else settings.home / "packages",
        actor=actor,
        confirm_ttl_minutes=settings.confirm_ttl_minutes,
    )
    return services, wiring


def open_conversations(settings: Settings) -> ConversationStore:
    return ConversationStore(conversations_url(settings.home, settings.database_url))


def open_chat(
    *, model: str | None = None, thread_id: str | None = None, packages_dir: Path | None = None, settings: Settings | None = None,
) -> ChatSession:
    """A chat session: the thread resumed (or started), with the model the settings or the flag name."""
    settings = settings or load_settings(model=model)
    services, _wiring = build_services(settings, packages_dir=packages_dir)
    from integrations.llm.factory import build_responder

    responder = build_responder(settings)
    return ChatSession.open(services, open_conversations(settings), thread_id=thread_id, model=responder)
