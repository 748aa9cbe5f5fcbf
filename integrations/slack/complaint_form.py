"""Reading the forms back: the values a person entered, the complaint they describe, and the rules' errors placed
beside the fields they are about. The rules themselves are the core's (the listing checker, validate_complaint).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.agent.draft import ComplaintDraft, compose_statement
from assistant.agent.guided.party_words import holder_type_of
from assistant.domain.models import (
    Complainant,
    Complaint,
    ComplaintReason,
    EvidenceItem,
    HolderType,
    IPRight,
    Party,
    Role,
    Site,
    ValidationReport,
)
from integrations.slack.escape import clean
from integrations.slack.modals import VALUE

ERROR_CHARS = 600
# Where a validation issue is shown: the first block whose prefix matches the issue's field.
FIELD_BLOCKS = [
    ("listings", "links"),
    ("evidence", "evidence"),
    ("ip_right", "right"),
    ("complainant", "complainant"),
    ("rights_holder", "complainant"),
    ("site", "site"),
    ("reason", "reason"),
]
FALLBACK_BLOCK = "reason"


def _element(values: dict[str, Any], block_id: str) -> dict[str, Any]:
    return (values.get(block_id) or {}).get(VALUE) or {}


def _text(values: dict[str, Any], block_id: str) -> str:
    return clean(_element(values, block_id).get("value") or "").strip()


def _selected(values: dict[str, Any], block_id: str) -> str | None:
    chosen = _element(values, block_id).get("selected_option") or {}
    return chosen.get("value")


@dataclass
class ComplaintForm:
    """What the complaint form holds, as entered."""

    site: str | None = None
    right_id: str | None = None
    reason: str | None = None
    links: str = ""
    evidence: list[str] = field(default_factory=list)
    order_number: str = ""
    complainant: str = ""


def read_complaint_form(values: dict[str, Any]) -> ComplaintForm:
    """The complaint form's values from a view submission's state.values."""
    return ComplaintForm(
        site=_selected(values, "site"),
        right_id=_selected(values, "right"),
        reason=_selected(values, "reason"),
        links=_text(values, "links"),
        evidence=[o.get("value") for o in _element(values, "evidence").get("selected_options") or [] if o.get("value")],
        order_number=_text(values, "order_number"),
        complainant=_text(values, "complainant"),
    )


def missing_fields(form: ComplaintForm) -> dict[str, str]:
    """Field errors for what the form lacks or holds in a shape no rule can read."""
    errors: dict[str, str] = {}
    if form.site not in {site.value for site in Site}:
        errors["site"] = "Choose the site the listings are on."
    if not form.right_id:
        errors["right"] = "Choose the right the complaint relies on."
    if form.reason not in {reason.value for reason in ComplaintReason}:
        errors["reason"] = "Choose the reason for the complaint."
    if not form.links:
        errors["links"] = "Paste at least one link to an infringing listing."
    if "test_buy_order_number" in form.evidence and not form.order_number:
        errors["order_number"] = "Give the test-buy order number (you ticked it as evidence)."
    return errors


def link_errors(report: Any) -> str | None:
    """The listing checker's problems with the pasted links, as one message for the links field (None when all are usable)."""
    if report.summary.total == 0:
        return "No links found: paste the addresses of the listings, one per line."
    bad = [result for result in report.results if not result.ok]
    if not bad:
        return None
    parts = [f"Link {r.position} ({r.input[:80]}): {'; '.join(p.message for p in r.problems)}" for r in bad[:3]]
    more = f" ... and {len(bad) - 3} more." if len(bad) > 3 else ""
    return _cap(f"{len(bad)} of {report.summary.total} links cannot be filed. " + " ".join(parts) + more)


def _holder_type(name: str) -> HolderType:
    # The chat's own reading of a name: a company when it ends like one (Inc., GmbH...), else a person.
    return holder_type_of(name) or HolderType.INDIVIDUAL


def complaint_from_form(form: ComplaintForm, right: IPRight, report: Any) -> Complaint:
    """The complaint the form describes: the right from the registry, the links the checker accepted, the evidence ticked."""
    owner = right.owner or form.complainant  # forms.check_complaint_form makes sure one of them is there
    evidence = [
        EvidenceItem(kind=kind, reference=form.order_number if kind == "test_buy_order_number" else None)
        for kind in dict.fromkeys(form.evidence)
    ]
    if right.owner and form.complainant and form.complainant.strip().lower() != owner.strip().lower():
        complainant = Complainant(name=form.complainant, holder_type=_holder_type(form.complainant), role=Role.AGENT)
        holder = Party(name=owner, holder_type=_holder_type(owner))
    else:
        complainant = Complainant(name=owner, holder_type=_holder_type(owner), role=Role.RIGHTS_HOLDER)
        holder = None
    complaint = Complaint(
        site=Site(form.site),
        complainant=complainant,
        rights_holder=holder,
        ip_right=right,
        reason=ComplaintReason(form.reason),
        listings=[result.listing_ref() for result in report.results if result.ok],
        evidence=evidence,
    )
    # The statement the chat would write for the same complaint.
    draft = ComplaintDraft(
        site=complaint.site, reason=complaint.reason, role=complainant.role, complainant_name=complainant.name,
        rights_holder_name=holder.name if holder else None, right_name=right.name, registration_number=right.registration_number,
        registered=right.registered, listings=complaint.listings,
    )
    return complaint.model_copy(update={"statement": compose_statement(draft)})


def validation_errors(report: ValidationReport, blocks: set[str]) -> dict[str, str]:
    """The rules' errors, each beside the field it is about (several on one field are joined)."""
    errors: dict[str, list[str]] = {}
    for issue in report.errors:
        block = next((b for prefix, b in FIELD_BLOCKS if issue.field.startswith(prefix) and b in blocks), FALLBACK_BLOCK)
        errors.setdefault(block, []).append(issue.message)
    return {block: _cap(" ".join(messages)) for block, messages in errors.items()}


def _cap(text: str) -> str:
    return text if len(text) <= ERROR_CHARS else text[: ERROR_CHARS - 3] + "..."


@dataclass
class AppealForm:
    """What the appeal-triage form holds."""

    complaint_id: str = ""
    counter_notice: str = ""
    attachments: list[str] = field(default_factory=list)
    received_on: date | None = None
    files: list[dict[str, Any]] = field(default_factory=list)  # files shared in the form (Slack file objects)
    received_said: str = ""  # when it arrived, in the person's words


def read_appeal_form(values: dict[str, Any]) -> AppealForm:
    """The appeal form's values; an unreadable date is left empty (the triage then counts from the filing date)."""
    raw_date = _element(values, "received_on").get("selected_date")
    try:
        received = date.fromisoformat(raw_date) if raw_date else None
    except ValueError:
        received = None
    names = [line.strip() for line in _text(values, "attachments").splitlines() if line.strip()]
    return AppealForm(
        complaint_id=_text(values, "complaint").lstrip("#"),
        counter_notice=_text(values, "counter_notice"),
        attachments=names[:20],
        received_on=received,
        files=[f for f in (_element(values, "seller_files").get("files") or []) if isinstance(f, dict)][:10],
        received_said=_text(values, "received_said")[:200],
    )
