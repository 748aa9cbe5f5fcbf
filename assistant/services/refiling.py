"""Rejection -> fix plan -> re-filing: what IPP's rejection means, what to change, what the team's records already hold,
and the corrected complaint as a new draft linked to the rejected one.

The plan changes nothing. `refile` saves the corrected draft once per rejected complaint (repeating it returns the
same draft), in one transaction with its audit entry naming the reason. A draft holds no listings, so the
one-active-complaint rule is checked by the store when the draft becomes ready, as for any complaint.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field
from sqlalchemy import select

from assistant.domain.documents import document_case_for, required_documents
from assistant.domain.lifecycle import Status
from assistant.domain.listing_urls import check_listing_urls
from assistant.domain.models import CHINA_FACING_SITES, REASON_IP_TYPE, Complaint, IPType, Role, ValidationReport
from assistant.domain.rejection_reasons import SiteAdvice, rejection_reasons
from assistant.domain.validation import validate_complaint
from assistant.errors import Conflict
from assistant.services.rejection_matching import RejectionReading, read_rejection
from assistant.store import audit, idempotency
from assistant.store.complaints import add_event, load, record_from_row, set_content
from assistant.store.rights import right_from_row
from assistant.store.tables import ComplaintRow, RightRow

REFILABLE = frozenset({Status.REJECTED, Status.RESTORED})
ENGLISH_OR_CHINESE = ("en", "zh")


class ReasonFacts(BaseModel):
    id: str
    name: str
    what_failed: str
    confidence: str
    sources: list[str]


class RecordCheck(BaseModel):
    """One thing looked up in the team's records."""

    check: str
    ok: bool | None = Field(description="True: the records show it is fine now; False: still missing; None: the records cannot tell.")
    finding: str


class DroppedListing(BaseModel):
    url: str
    why: str


class RefilePlan(BaseModel):
    """What to change and the corrected complaint; nothing saved."""

    complaint_id: str = Field(description="The rejected complaint.")
    status: str
    notice: str | None = Field(description="The rejection notice read: the one given, else the note recorded with the rejection.")
    reading: RejectionReading | None
    reason: ReasonFacts | None = Field(description="The known reason, with its sources and confidence; None when not recognised.")
    changes: list[str] = Field(description="What to change before filing again (for the complaint's site where the reason's fixes depend on it).")
    changes_confidence: str | None = Field(default=None, description="How sure the changes are: confirmed | single_source | not_published.")
    changes_sources: list[str] = Field(default_factory=list, description="Where the changes come from (none when not published).")
    checks: list[RecordCheck]
    listings_carried_over: int
    dropped_listings: list[DroppedListing]
    draft: Complaint = Field(description="The corrected complaint as it would be saved.")
    validation: ValidationReport
    still_missing: list[str] = Field(description="Exactly what still stands between the draft and a valid filing.")
    ready: bool = Field(description="The draft passes validation and nothing is missing.")
    existing_refile: str | None = Field(default=None, description="A re-filing already saved for this complaint.")


class RefileResult(BaseModel):
    plan: RefilePlan
    refile_id: str = Field(description="The new complaint (a draft) that re-files the rejected one.")
    created: bool = Field(description="False when an earlier request had already saved it.")


def changes_basis(confidence: str | None, sources: list[str]) -> str:
    """Where the advice comes from, in words: shown beside "What to change"."""
    if confidence is None:
        return ""
    if confidence == "not_published":
        return "no source publishes this rule; the advice says what is our assumption"
    words = {"confirmed": "confirmed by several sources", "single_source": "one source"}.get(confidence, confidence)
    return f"{words}; sources: {', '.join(sources)}" if sources else words


def _rejection_note(record) -> str | None:
    for event in reversed(record.events):
        if str(event.to_status) in ("rejected", "restored") and event.note:
            return event.note
    return None


def _existing_refile(service, complaint_id: str) -> str | None:
    with service.store.reading() as session:
        found = session.scalars(select(ComplaintRow.id).where(ComplaintRow.refiles_id == int(complaint_id)).order_by(ComplaintRow.id)).first()
    return str(found) if found is not None else None


def _registry_right(service, right_id: str | None):
    if not right_id:
        return None
    with service.store.reading() as session:
        row = session.get(RightRow, right_id)
        return right_from_row(row) if row is not None else None


def plan_refile(service, complaint_id: str, *, notice: str | None = None, today: date | None = None) -> RefilePlan:
    """The fix plan for a rejected complaint and its corrected draft, from the notice and the team's records."""
    today = today or date.today()
    record = service.show(complaint_id)
    if record.status not in REFILABLE:
        raise Conflict(
            f"Complaint {record.id} is '{record.status}', not rejected; there is nothing to re-file.",
            hint=f"Record the rejection first: ipr-assistant complaints update {record.id} --status rejected --note \"<what IPP said>\".",
        )
    notice = (notice or "").strip() or _rejection_note(record)
    reading = read_rejection(notice) if notice else None
    reason = rejection_reasons().get(reading.reason_id) if reading and reading.reason_id else None
    if reason is None and record.status is Status.RESTORED:
        reason = rejection_reasons()["counter_notice_accepted"]

    # A new complaint: the rejected one's store number and IPP's id for it belong to the rejected one.
    draft = record.complaint.model_copy(deep=True, update={"id": None, "platform_complaint_id": None})
    checks: list[RecordCheck] = []
    registry = _registry_right(service, record.right_id)
    if registry is not None and registry != draft.ip_right:
        draft.ip_right = registry.model_copy(update={"id": draft.ip_right.id or registry.id})
        checks.append(RecordCheck(check="right", ok=True, finding=f"The right is taken as the registry holds it now ({record.right_id})."))
    advice = reason.advice_for(str(draft.site)) if reason else None
    checks += _checks(draft, reason.checks if reason else [], record, today, advice)
    kept, dropped = _listings(service, draft)
    draft.listings = kept
    report = validate_complaint(draft, today=today, active_listings=service.active_listings)
    still_missing = [f"{issue.code}: {issue.message}" for issue in report.errors]
    still_missing += [check.finding for check in checks if check.ok is False and not _covered(check, report)]
    if reading is None:
        still_missing.insert(0, "The rejection reason: paste IPP's notice (or record it with the rejection) so the plan can say what to change.")
    elif not reading.recognised:
        still_missing.insert(0, "The rejection reason: the notice matches none of the known reasons clearly; say which it is.")
    if not draft.listings:
        still_missing.append("Listings: none of the rejected complaint's listings can be filed again now (see the dropped listings).")
    return RefilePlan(
        complaint_id=record.id, status=str(record.status), notice=notice, reading=reading,
        reason=ReasonFacts(**reason.model_dump(include={"id", "name", "what_failed", "confidence", "sources"})) if reason else None,
        changes=list(advice.fixes if advice else reason.fixes) if reason else [],
        changes_confidence=(advice or reason).confidence if reason else None,
        changes_sources=list((advice or reason).sources) if reason else [], checks=checks, listings_carried_over=len(kept), dropped_listings=dropped,
        draft=draft, validation=report, still_missing=still_missing, ready=not still_missing,
        existing_refile=_existing_refile(service, record.id),
    )


def _covered(check: RecordCheck, report: ValidationReport) -> bool:
    """Whether validation already reports the same problem (so it is listed once)."""
    related = {"right_approved": "approved", "right_places": "china", "right_expiry": "expir", "power_of_attorney": "attorney"}
    word = related.get(check.check)
    return bool(word) and any(word in issue.code or word in issue.message.lower() for issue in report.errors)


def _checks(draft: Complaint, wanted: list[str], record, today: date, advice: SiteAdvice | None = None) -> list[RecordCheck]:
    right, found = draft.ip_right, []
    for check in wanted:
        if check == "right_approved":
            ok = str(right.approval_status) == "approved"
            found.append(RecordCheck(check=check, ok=ok, finding=f"The right '{right.name}' is {right.approval_status} in the records" + ("." if ok else "; it must be approved in IPR Management before filing again.")))
        elif check == "right_places":
            found.append(_places_check(draft, advice))
        elif check == "right_expiry":
            ok = not right.expired_on(today)
            found.append(RecordCheck(check=check, ok=ok, finding=f"The right expires {right.expiry_date}" if right.expiry_date else "The records give no expiry date.") if ok else RecordCheck(check=check, ok=False, finding=f"The right expired on {right.expiry_date}: upload proof of renewal to IPR Management."))
        elif check == "certificate":
            ok = str(right.certificate_copy) == "colour" or right.certificate_sealed_or_signed
            found.append(RecordCheck(check=check, ok=ok, finding="The certificate copy is colour, or sealed or signed." if ok else "The certificate copy is black-and-white without seal or signature: upload a colour scan."))
        elif check == "names_match":
            holder = draft.rights_holder if draft.complainant.role is Role.AGENT and draft.rights_holder else draft.complainant
            ok = None if not right.owner else right.owner == holder.name
            finding = "The records name no owner to compare with." if ok is None else (
                f"The rights holder '{holder.name}' is the owner the records give." if ok else f"The rights holder '{holder.name}' differs from the owner in the records, '{right.owner}': make them identical (or upload the assignment).")
            found.append(RecordCheck(check=check, ok=ok, finding=finding))
        elif check == "power_of_attorney":
            if draft.complainant.role is not Role.AGENT:
                found.append(RecordCheck(check=check, ok=True, finding="The rights holder files; no power of attorney is needed."))
                continue
            poa = next((item for item in draft.evidence if item.kind == "power_of_attorney"), None)
            ok = poa is not None and poa.covers_ip_enforcement is not False and poa.sealed_or_signed is not False
            found.append(RecordCheck(check=check, ok=ok, finding="A power of attorney is in the evidence." if ok else "A power of attorney that explicitly authorises IP enforcement, sealed or signed with the signatory's job title, is needed."))
        elif check == "translations":
            foreign = [item.kind for item in draft.evidence if item.language and item.language not in ENGLISH_OR_CHINESE]
            has_translation = any(item.kind == "translation" for item in draft.evidence)
            ok = not foreign or has_translation
            found.append(RecordCheck(check=check, ok=ok, finding="Every document is in English or Chinese, or translated." if ok else f"No translation for: {', '.join(foreign)}."))
        elif check == "evidence_for_reason":
            needed = [d for d in required_documents(document_case_for(draft), today=today).documents if d.required and d.stage == "complaint"]
            missing = [d.name for d in needed if d.id not in draft.evidence_kinds()]
            found.append(RecordCheck(check=check, ok=not missing, finding="The evidence the reason needs is listed; make sure it shows the infringement clearly." if not missing else f"Missing for this reason: {'; '.join(missing)}."))
        elif check == "right_fits_reason":
            ok = REASON_IP_TYPE[draft.reason] == right.ip_type and (right.ip_type is not IPType.TRADEMARK or bool(right.classes))
            found.append(RecordCheck(check=check, ok=None if ok else False, finding="The right's kind fits the reason; check its classes cover the goods shown." if ok else "The right's kind does not fit the complaint reason, or its classes are not recorded."))
        elif check == "counter_notice":
            found.append(RecordCheck(check=check, ok=False, finding=f"New evidence answering the seller's counter-notice ({len(record.counter_notices)} recorded): the records cannot supply it."))
        elif check == "account_standing":
            found.append(RecordCheck(check=check, ok=False, finding="The account's standing with IPP: ask IPP before filing again; the records cannot tell."))
    return found


def _places_check(draft: Complaint, advice: SiteAdvice | None) -> RecordCheck:
    """The right's places of registration against the site's territory rule (knowledge/rules/rejections.yaml)."""
    right = draft.ip_right
    places = ", ".join(right.places_of_registration) or "no place"
    if advice.needs_china if advice else draft.site in CHINA_FACING_SITES:
        ok = right.valid_in_china()
        return RecordCheck(check="right_places", ok=ok, finding=f"{draft.site.label} needs a right valid in China; the records give {places}" + (
            "." if ok else ": a right registered in China (or a Madrid registration extended to China) is needed."))
    # A rule no source publishes cannot be shown met by the records: the rejection stands until IPP says otherwise.
    known = advice.confidence != "not_published"
    return RecordCheck(check="right_places", ok=True if known else False, finding=f"{advice.place_rule}; the records give {places}.")


def _listings(service, draft: Complaint) -> tuple[list, list[DroppedListing]]:
    """The listings that can be filed again (valid for the site, not in another active complaint), each with its identity."""
    if not draft.listings:
        return [], []
    report = check_listing_urls([ref.url for ref in draft.listings], draft.site, active_listings=service.active_listings)
    kept, dropped = [], []
    for ref, result in zip(draft.listings, report.results, strict=True):
        if result.ok:
            kept.append(ref.model_copy(update={"normalized": result.normalized or ref.normalized or ref.url}))
        else:
            dropped.append(DroppedListing(url=ref.url, why="; ".join(problem.message for problem in result.problems)))
    return kept, dropped


def refile(service, complaint_id: str, *, actor: str, notice: str | None = None, today: date | None = None) -> RefileResult:
    """Save the corrected complaint as a new draft linked to the rejected one (once; a repeat returns it)."""
    plan = plan_refile(service, complaint_id, notice=notice, today=today)
    key = f"refile:{plan.complaint_id}"
    digest = idempotency.payload_hash({"refiles": plan.complaint_id})
    identified = [(ref, ref.normalized) for ref in plan.draft.listings]
    with service.store.transaction() as session:
        replayed = idempotency.replayed_complaint_id(session, "refile", key, digest)
        if replayed is not None:
            return RefileResult(plan=plan, refile_id=str(replayed), created=False)
        rejected = load(session, plan.complaint_id)
        now = service.store.now()
        row = ComplaintRow(
            status=Status.DRAFT.value, team=rejected.team, created_by=actor, created_at=now, updated_by=actor, updated_at=now,
            refiles_id=rejected.id, rejection_reason=plan.reason.id if plan.reason else None,
        )
        set_content(row, plan.draft, identified, rejected.right_id)
        session.add(row)
        session.flush()
        idempotency.remember(session, "refile", key, digest, row.id, actor, now)
        note = f"Re-files complaint {rejected.id}" + (f" (rejected: {plan.reason.name})" if plan.reason else "")
        add_event(row, None, Status.DRAFT, actor=actor, occurred_at=now, now=now, note=note)
        session.flush()
        audit.record_change(
            session, actor=actor, action="complaint.refile", entity_type="complaint", entity_id=str(row.id),
            before={"refiles": str(rejected.id), "rejected_status": rejected.status},
            after={
                "status": row.status, "refiles": str(rejected.id), "reason": plan.reason.id if plan.reason else None,
                "notice": (plan.notice or "")[:2000], "changes": plan.changes, "still_missing": plan.still_missing,
                "content": plan.draft.model_dump(mode="json", exclude={"id"}),
            },
            at=now,
        )
        record = record_from_row(row)
    return RefileResult(plan=plan, refile_id=record.id, created=True)
