"""What the assistant's tools call: the core's use cases, handed in by integrations/bootstrap.py.

Tools never import the store, the index or the filing code themselves; they get this object. Tests build it
with the real functions over a temporary data directory (or swap one function for a fake).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.domain.models import Complaint, DocumentCase, DocumentChecklist, ValidationReport


@dataclass
class AssistantServices:
    """The use cases the tools wrap; each is one function of the core."""

    answer_question: Callable[[str, str | None], Any]
    """(question, site) -> Answer with .answer, .citations[n, source, title, section, url], .grounded."""
    required_documents: Callable[[DocumentCase], DocumentChecklist]
    check_listing_urls: Callable[[str, str | None], Any]
    """(pasted text, site) -> UrlReport; listings already in an active complaint are flagged."""
    validate_complaint: Callable[[Complaint], ValidationReport]
    export_package: Callable[[Complaint, Path], Any]
    """(complaint, folder) -> what was written."""
    complaints: Any
    """The complaints service: save drafts (idempotent), list, show, due, record status, Good Faith report."""
    triage_appeal: Callable[..., Any]
    """(TriageRequest) -> AppealTriage (assistant.services.appeal_requests)."""
    packages_dir: Path
    """Where filing packages are written unless the person names a folder."""
    actor: str = "chat"
    """Who the store records as making the changes."""
    confirm_ttl_minutes: float = 30.0
    """How long a proposed change waits for its yes before it expires unapplied."""
