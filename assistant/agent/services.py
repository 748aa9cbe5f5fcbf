"""What the assistant's tools call: the core's use cases, handed in by the composition root (integrations/bootstrap.py).

Tools never import the store, the index or the filing code themselves; they get this object. Tests build it through
the composition root over a temporary data directory, and replace a part with `override(...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.domain.models import Complaint, DocumentCase, DocumentChecklist, ValidationReport

if TYPE_CHECKING:  # types only: the tools' module loads without the retrieval, appeals or store code
    from assistant.domain.appeals import AppealTriage
    from assistant.domain.listings.report import UrlReport
    from assistant.domain.records import ComplaintRecord, ComplaintSummary, DueItem
    from assistant.retrieval.answer import Answer
    from assistant.services.appeal_requests import TriageRequest
    from assistant.services.case_documents import CaseDocuments
    from assistant.services.filing import ExportResult
    from assistant.services.reports import ComplaintReport
    from assistant.store.engine import Store


class Complaints(Protocol):
    """The complaints use cases the tools and the Slack listeners call: assistant.services.complaints.ComplaintService,
    or a view of it that limits what one person may see (integrations/slack/visible_complaints.py)."""

    @property
    def store(self) -> Store: ...

    def create_draft(self, complaint: Complaint, *, idempotency_key: str, actor: str, team: str | None = None) -> ComplaintRecord: ...

    def update_draft(self, complaint_id: str | int, complaint: Complaint, *, actor: str, **options: Any) -> ComplaintRecord: ...

    def record_status(self, complaint_id: str | int, status: Any, **options: Any) -> ComplaintRecord: ...

    def record_approval(self, complaint_id: str | int, *, approver: str, requested_by: str, change: str) -> None: ...

    def show(self, complaint_id: str | int) -> ComplaintRecord: ...

    def list(self, status: Any = None, site: Any = None, team: str | None = None, limit: int | None = None) -> list[ComplaintSummary]: ...

    def due(self, days: int = 7, *, today: date | None = None) -> list[DueItem]: ...

    def report(self, months: int | None = None, *, today: date | None = None) -> ComplaintReport: ...

    def active_listings(self, normalized_urls: Iterable[str]) -> set[str]: ...


@dataclass
class AssistantServices:
    """The use cases the tools wrap; each is one function of the core."""

    answer_question: Callable[[str, str | None], Answer]
    """(question, site) -> the answer with [n] citations (assistant.retrieval.answer)."""
    required_documents: Callable[[DocumentCase], DocumentChecklist]
    documents_for_words: Callable[..., CaseDocuments]
    """(text, given=facts the front end holds) -> the checklist for the case told in words, with what each unsaid fact
    decides (assistant.services.case_documents): one answer to "which documents" for `ask`, the chat and Slack."""
    check_listing_urls: Callable[[str, str | None], UrlReport]
    """(pasted text, site) -> the link report; listings already in an active complaint are flagged."""
    validate_complaint: Callable[[Complaint], ValidationReport]
    export_package: Callable[[Complaint, Path], ExportResult]
    """(complaint, folder) -> what was written."""
    complaints: Complaints
    """The complaints service: save drafts (idempotent), list, show, due, record status, Good Faith report."""
    triage_appeal: Callable[[TriageRequest], AppealTriage]
    """An appeal's triage with the site's calendar and the filing and receipt dates (assistant.services.appeal_requests)."""
    packages_dir: Path
    """Where filing packages are written unless the person names a folder."""
    actor: str = "chat"
    """Who the store records as making the changes."""
    actor_in_summaries: bool = True
    """Whether a change's description names ``actor`` (a person's name; Slack shows the person itself, never its id)."""
    confirm_ttl_minutes: float = 30.0
    """How long a proposed change waits for its yes before it expires unapplied."""
