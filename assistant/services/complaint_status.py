"""One status change of a complaint, inside a transaction the caller holds: checked against the lifecycle,
claiming or releasing its listings, appended to its history, and audited (exactly one entry)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from assistant.domain.lifecycle import OUTCOME_STATUSES, Status, check_transition, holds_listings
from assistant.domain.records import ComplaintRecord
from assistant.errors import BadInput, Conflict, ValidationFailed
from assistant.store import audit, listings
from assistant.store.complaints import add_event, complaint_from_row, record_from_row, state_of
from assistant.store.tables import ComplaintRow


def as_utc(moment: datetime | date | None, default: datetime) -> datetime:
    """A timezone-aware UTC datetime from what people give: a date (midnight UTC), a naive time (taken as UTC), or nothing."""
    if moment is None:
        return default
    if not isinstance(moment, datetime):
        return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:00-05:00 is past the last moment a datetime can hold
        raise BadInput(f"{moment.isoformat()} is outside the dates that can be recorded.") from None


# Changes made here, not on the platform: a counter-notice's arrival is not ordered after them.
_OURS_ONLY = frozenset({Status.DRAFT, Status.READY})


def arrival_moment(day: date, now: datetime, events) -> datetime:
    """When a counter-notice known only by its day goes into the history. Recorded the day it arrived, it is timed at
    the moment it is recorded (it had arrived by then); recorded later, at the start of its day, but never before the
    complaint's last event on the platform (the filing and after): it cannot have arrived before the filing, so it
    never jumps ahead of it. Drafting and making it ready happen here and may be recorded after the day it came."""
    moment = now if day == now.date() else datetime(day.year, day.month, day.day, tzinfo=UTC)
    on_platform = [as_utc(event.occurred_at, now) for event in events if Status(event.to_status) not in _OURS_ONLY]
    latest = max(on_platform, default=None)
    return max(moment, latest) if latest else moment


def check_version(row: ComplaintRow, expected_version: int | None) -> None:
    """Conflict naming who changed the complaint and when, unless it is still at ``expected_version`` (None: any)."""
    if expected_version is not None and row.version != expected_version:
        raise Conflict(
            f"Complaint {row.id} was changed by {row.updated_by} at {row.updated_at:%Y-%m-%d %H:%M:%S} UTC: it is at version "
            f"{row.version}, not {expected_version}. Nothing was changed.",
            hint="Look at the current version and apply your change to it.",
        )


def set_platform_id(row: ComplaintRow, platform_complaint_id: str | None) -> None:
    """Record the platform's id for the complaint; a different one than already recorded is a Conflict."""
    if not platform_complaint_id:
        return
    if row.platform_complaint_id and row.platform_complaint_id != platform_complaint_id:
        raise Conflict(
            f"Complaint {row.id} already has the platform id '{row.platform_complaint_id}', not '{platform_complaint_id}'.",
            hint="A complaint has one platform id; check which one IPP shows.",
        )
    row.platform_complaint_id = platform_complaint_id


# Moving forward to these re-runs validation on the complaint as stored: whatever surface asks, a complaint that
# breaks the rules (or names a listing another active complaint holds) never becomes ready or filed.
RECHECKED = frozenset({Status.READY, Status.FILED})
SHOWN_ERRORS = 5


def check_rules_as_stored(session: Session, row: ComplaintRow, target: Status, *, today: date) -> None:
    """ValidationFailed (with the report) when the stored complaint would be rejected.

    The one-active-complaint-per-listing rule is the claim's (listings.claim, below in move_status), which names the
    complaint holding the listing and is kept true by the database even under racing requests.
    """
    from assistant.domain.validation import validate_complaint

    report = validate_complaint(complaint_from_row(row), today=today)
    if report.ok:
        return
    shown = "; ".join(f"{issue.field}: {issue.message}" for issue in report.errors[:SHOWN_ERRORS])
    more = f" (and {len(report.errors) - SHOWN_ERRORS} more)" if len(report.errors) > SHOWN_ERRORS else ""
    raise ValidationFailed(
        f"Complaint {row.id} cannot become '{target}': the rules find {len(report.errors)} error(s): {shown}{more}",
        report=report,
        hint=f"Fix the draft (`ipr-assistant complaints update {row.id}`), then try again.",
    )


def move_status(
    session: Session,
    row: ComplaintRow,
    target: Status,
    *,
    actor: str,
    now: datetime,
    note: str | None = None,
    platform_complaint_id: str | None = None,
    occurred_at: datetime | date | None = None,
    action: str = "complaint.transition",
    audit_extra: dict | None = None,
) -> ComplaintRecord:
    """Move the complaint to ``target`` (Conflict with the reason if the lifecycle forbids it) and return its record."""
    current = Status(row.status)
    check_transition(current, target)
    if holds_listings(target) and not holds_listings(current) and not row.listings:
        raise ValidationFailed(f"Complaint {row.id} has no listings, so it cannot become '{target}'.")
    if target in RECHECKED:
        check_rules_as_stored(session, row, target, today=now.date())
    when = as_utc(occurred_at, now)
    before = state_of(row)
    set_platform_id(row, platform_complaint_id)
    if holds_listings(target) and not holds_listings(current):
        listings.claim(session, row.id, [listing.normalized for listing in row.listings], now)
    elif holds_listings(current) and not holds_listings(target):
        listings.release(session, row.id)
    row.status = target.value
    if target is Status.FILED and row.filed_at is None:
        row.filed_at = when
    row.closed_at = when if target in OUTCOME_STATUSES else None  # a removed complaint reopens on appeal
    row.updated_by, row.updated_at = actor, now
    add_event(row, current, target, actor=actor, occurred_at=when, now=now, note=note)
    session.flush()  # the version column turns a concurrent change into StaleDataError here
    audit.record_change(
        session, actor=actor, action=action, entity_type="complaint", entity_id=str(row.id),
        before=before, after={**state_of(row), **(audit_extra or {}), "note": note}, at=now,
    )
    return record_from_row(row)
