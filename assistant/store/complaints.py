"""Complaints in the store: rows to domain records and back, listing and loading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from assistant.domain.lifecycle import Status
from assistant.domain.models import Complaint, ComplaintReason, EvidenceItem, IPRight, ListingRef, Site
from assistant.domain.records import ComplaintRecord, ComplaintSummary, CounterNoticeRecord, StatusEvent
from assistant.errors import BadInput, NotFound
from assistant.store.tables import ComplaintRow, CounterNoticeRow, EvidenceRow, ListingRow, StatusEventRow


MAX_COMPLAINT_ID = 2**31 - 1  # the id column is a 32-bit integer on PostgreSQL


def parse_complaint_id(value: str | int) -> int:
    """The store id from what people type: '17', 17, or 'C-17'."""
    text = str(value).strip()
    digits = text[2:] if text.upper().startswith("C-") else text
    # ASCII digits only ('²'.isdigit() is True), and within the store's integer column, so no id reaches the database
    # as something it cannot compare (PostgreSQL's "integer out of range", SQLite's OverflowError).
    if not (digits.isascii() and digits.isdigit()):
        raise BadInput(f"'{_short(text)}' is not a complaint id (complaint ids are numbers, as `complaints list` shows).")
    if len(digits) > 10 or int(digits) > MAX_COMPLAINT_ID or int(digits) < 1:
        raise BadInput(f"'{_short(text)}' is not a complaint id: ids run from 1 to {MAX_COMPLAINT_ID:,}.")
    return int(digits)


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


# A number however written ('1e9', '1,000', '²'): read as a number, and refused as one when it is not a plain one.
NUMBER_LIKE = re.compile(r"(?:[Cc]-)?[\d.,_eE+]*\d[\d.,_eE+]*")
# What a team reference may be looked up by: words, digits and the punctuation references use; no markup, no paths up.
REFERENCE = re.compile(r"[\w .,:;#/()&+'-]+")


def _is_number(value: str | int) -> bool:
    return NUMBER_LIKE.fullmatch(str(value).strip()) is not None or str(value).strip().isdigit()


def checked_complaint_id(value: str | int) -> int | str:
    """A complaint's number, or a well-formed team reference to look up; BadInput for anything else."""
    if isinstance(value, int) or _is_number(value):
        return parse_complaint_id(value)
    text = str(value).strip()
    if not text or len(text) > 120 or not REFERENCE.fullmatch(text):  # the column holds 120; PostgreSQL refuses NUL
        raise BadInput(f"'{_short(text)}' is not a complaint id: give the number `complaints list` shows, or the team's reference.")
    return text


def resolve_complaint_id(session: Session, value: str | int, *, typed: bool = False) -> int:
    """The store number of a complaint named by its number ('17', 'C-17'), by the team's reference ('ACME-2026-014') or,
    failing that, by the platform's id for it ('IPP-2026-100101').

    A number means the store's number. ``typed``: the name as a person typed it (the chat, Slack's form, a command's
    option), where a plain number may also be another complaint's team reference (a file whose "id" was "4"): then it
    is ambiguous and the message names both, never picking one silently ('C-4' always means the number). A reference
    is matched exactly as stored; failing that, ignoring case, if that names one complaint only. Two complaints filed
    from files with the same reference are ambiguous: the message lists their numbers.
    """
    checked = checked_complaint_id(value)
    if isinstance(checked, int):
        return _number_unless_a_reference(session, checked, str(value).strip()) if typed and not isinstance(value, int) else checked
    text = checked
    numbers = list(session.scalars(select(ComplaintRow.id).where(ComplaintRow.team_reference == text).order_by(ComplaintRow.id)))
    if not numbers:
        numbers = list(
            session.scalars(select(ComplaintRow.id).where(func.lower(ComplaintRow.team_reference) == text.lower()).order_by(ComplaintRow.id))
        )
    if not numbers:  # the platform's id for it, as IPP shows it and people quote it ("IPP-2026-100101")
        numbers = list(session.scalars(select(ComplaintRow.id).where(ComplaintRow.platform_complaint_id == text).order_by(ComplaintRow.id)))
    if len(numbers) == 1:
        return numbers[0]
    if not numbers:
        raise NotFound(
            f"There is no complaint with the number or reference '{text}'.",
            hint="`ipr-assistant complaints list` shows the numbers and references.",
        )
    raise BadInput(
        f"The reference '{text}' names {len(numbers)} complaints ({', '.join(map(str, numbers))}): give the number instead."
    )


def _number_unless_a_reference(session: Session, number: int, text: str) -> int:
    """``number``, unless ``text`` is also the team reference of another complaint: the one it names when there is no
    complaint ``number``, else BadInput naming both (the person says which)."""
    others = others_with_reference(session, text, number)
    if not others:
        return number
    itself = session.get(ComplaintRow, number)
    if itself is None and len(others) == 1:
        return others[0]
    named = [f"complaint {n} (reference '{text}')" for n in others]
    if itself is not None:
        named.insert(0, f"complaint {number}" + (f" (reference '{itself.team_reference}')" if itself.team_reference else ""))
    hint = f"Name it by its reference, or write C-{number} for complaint {number}." if itself is not None else None
    raise BadInput(f"'{text}' could mean {' or '.join(named)}: which one?", hint=hint)


def others_with_reference(session: Session, reference: str | None, number: int) -> list[int]:
    """The other complaints than ``number`` whose team reference is ``reference`` exactly: a reference shared by two
    complaints names neither, so a typed number that is also a reference is asked about, and whoever saves the second
    one is told."""
    if not reference:
        return []
    query = select(ComplaintRow.id).where(ComplaintRow.team_reference == reference, ComplaintRow.id != number)
    return list(session.scalars(query.order_by(ComplaintRow.id)))


def load(session: Session, complaint_id: str | int, *, for_update: bool = False) -> ComplaintRow:
    """The complaint with its listings, evidence, events and counter-notices; NotFound if there is none.

    ``complaint_id`` is the store's number or the team's reference (see resolve_complaint_id).
    ``for_update`` locks the row until the transaction ends (PostgreSQL), so writers to one complaint take turns
    and each sees the other's result; SQLite's write transactions are already one at a time.
    """
    number = resolve_complaint_id(session, complaint_id)
    row = session.get(
        ComplaintRow,
        number,
        with_for_update=for_update or None,
        options=[
            selectinload(ComplaintRow.listings),
            selectinload(ComplaintRow.evidence),
            selectinload(ComplaintRow.events),
            selectinload(ComplaintRow.counter_notices),
        ],
    )
    if row is None:
        raise NotFound(f"There is no complaint {number}.", hint="`ipr-assistant complaints list` shows them.")
    return row


def listing_rows(listings: Sequence[tuple[ListingRef, str]]) -> list[ListingRow]:
    """Rows for (listing, normalized URL) pairs, in the complaint's order."""
    return [
        ListingRow(
            position=position,
            url=listing.url,
            normalized=normalized,
            site=listing.site.value if listing.site else None,
            kind=listing.kind.value if listing.kind else None,
            listing_id=listing.listing_id,
            title=listing.title,
            price=Decimal(str(listing.price)) if listing.price is not None else None,
            currency=listing.currency,
        )
        for position, (listing, normalized) in enumerate(listings)
    ]


def evidence_rows(evidence: Sequence[EvidenceItem]) -> list[EvidenceRow]:
    return [
        EvidenceRow(position=position, kind=item.kind, details=item.model_dump(mode="json"))
        for position, item in enumerate(evidence)
    ]


def set_content(row: ComplaintRow, complaint: Complaint, listings: Sequence[tuple[ListingRef, str]], right_id: str | None) -> None:
    """Write a complaint's content (everything but its status and history) onto the row."""
    row.site = complaint.site.value
    row.right_id = right_id
    row.right_snapshot = complaint.ip_right.model_dump(mode="json")
    row.complainant = complaint.complainant.model_dump(mode="json")
    row.rights_holder = complaint.rights_holder.model_dump(mode="json") if complaint.rights_holder else None
    row.reason = complaint.reason.value
    row.statement = complaint.statement
    # A complaint read back from the store carries the store's number as its id: handed back, that number is not the
    # team's reference and must not replace it.
    if complaint.id is None or row.id is None or complaint.id != str(row.id):
        row.team_reference = complaint.id
    if complaint.platform_complaint_id:
        row.platform_complaint_id = complaint.platform_complaint_id
    row.listings = listing_rows(listings)
    row.evidence = evidence_rows(complaint.evidence)


def complaint_from_row(row: ComplaintRow) -> Complaint:
    """The domain complaint as stored; its id is the store's id."""
    return Complaint(
        id=str(row.id),
        site=Site(row.site),
        complainant=row.complainant,
        rights_holder=row.rights_holder,
        ip_right=IPRight.model_validate(row.right_snapshot),
        reason=ComplaintReason(row.reason),
        listings=[
            ListingRef(
                url=listing.url,
                site=listing.site,
                kind=listing.kind,
                listing_id=listing.listing_id,
                normalized=listing.normalized,
                title=listing.title,
                price=float(listing.price) if listing.price is not None else None,
                currency=listing.currency,
            )
            for listing in row.listings
        ],
        evidence=[EvidenceItem.model_validate(item.details) for item in row.evidence],
        statement=row.statement,
        platform_complaint_id=row.platform_complaint_id,
    )


def _event(row: StatusEventRow) -> StatusEvent:
    return StatusEvent(
        from_status=row.from_status,
        to_status=row.to_status,
        actor=row.actor,
        occurred_at=row.occurred_at,
        recorded_at=row.recorded_at,
        note=row.note,
    )


def counter_notice_record(row: CounterNoticeRow) -> CounterNoticeRecord:
    return CounterNoticeRecord(
        id=row.id,
        complaint_id=str(row.complaint_id),
        kind=row.kind,
        round=row.round,
        received_on=row.received_on,
        text=row.text,
        attachments=list(row.attachments or []),
        triage=row.triage,
        response_due=row.response_due,
        response_due_note=row.response_due_note,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
    )


def record_from_row(row: ComplaintRow) -> ComplaintRecord:
    """The whole record: content, status, version and history."""
    return ComplaintRecord(
        id=str(row.id),
        status=Status(row.status),
        version=row.version,
        complaint=complaint_from_row(row),
        team=row.team,
        right_id=row.right_id,
        team_reference=row.team_reference,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        filed_at=row.filed_at,
        closed_at=row.closed_at,
        events=[_event(event) for event in row.events],
        counter_notices=[counter_notice_record(notice) for notice in row.counter_notices],
        refiles=str(row.refiles_id) if row.refiles_id is not None else None,
        rejection_reason=row.rejection_reason,
    )


def state_of(row: ComplaintRow) -> dict:
    """The status fields an audit entry records for a transition (the content is recorded on create and edit)."""
    return {
        "status": row.status,
        "version": row.version,
        "platform_complaint_id": row.platform_complaint_id,
        "filed_at": row.filed_at.isoformat() if row.filed_at else None,
        "closed_at": row.closed_at.isoformat() if row.closed_at else None,
    }


def add_event(
    row: ComplaintRow, previous: Status | None, new: Status, *, actor: str, occurred_at: datetime, now: datetime, note: str | None
) -> None:
    """Append a status change to the complaint's history."""
    row.events.append(
        StatusEventRow(from_status=previous, to_status=new, actor=actor, occurred_at=occurred_at, recorded_at=now, note=note)
    )


def summaries(
    session: Session,
    *,
    status: Status | None = None,
    site: Site | None = None,
    team: str | None = None,
    limit: int | None = None,
) -> list[ComplaintSummary]:
    """One line per complaint, most recently changed first."""
    listing_count = (
        select(ListingRow.complaint_id, func.count().label("listings")).group_by(ListingRow.complaint_id).subquery()
    )
    query = (
        select(ComplaintRow, func.coalesce(listing_count.c.listings, 0))
        .outerjoin(listing_count, listing_count.c.complaint_id == ComplaintRow.id)
        .order_by(ComplaintRow.updated_at.desc(), ComplaintRow.id.desc())
    )
    if status is not None:
        query = query.where(ComplaintRow.status == status.value)
    if site is not None:
        query = query.where(ComplaintRow.site == site.value)
    if team is not None:
        query = query.where(ComplaintRow.team == team)
    if limit is not None:
        query = query.limit(limit)
    return [
        ComplaintSummary(
            id=str(row.id),
            status=Status(row.status),
            site=Site(row.site),
            reason=ComplaintReason(row.reason),
            right_name=str(row.right_snapshot.get("name", "")),
            listings=count,
            platform_complaint_id=row.platform_complaint_id,
            team=row.team,
            created_by=row.created_by,
            updated_at=row.updated_at,
            version=row.version,
            team_reference=row.team_reference,
        )
        for row, count in session.execute(query)
    ]
