"""Complaint use cases: drafts (created once per idempotency key, edited against a version), status changes,
filing, sellers' counter-notices, and look-ups.

Every change is one database transaction that also writes exactly one audit entry, so a failure anywhere leaves
nothing half-done. A listing is claimed when its complaint becomes active (ready onwards) and released at the
outcome; the database refuses a second active claim on the same listing, whatever code tries it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm import Session, selectinload

from assistant.domain.appeals.recording import (
    ALREADY_RECORDED, BEFORE_LAST_ROUND, COMPLAINT_NOT_OPEN, COUNTER_NOTICE_ARRIVES_IN, RecordedRound, check_recording,
)
from assistant.domain.lifecycle import Status, parse_status
from assistant.domain.models import Complaint, IPRight, ListingRef, Site
from assistant.domain.site_names import parse_site
from assistant.domain.records import AuditEntry, ComplaintRecord, ComplaintSummary, CounterNoticeKind, CounterNoticeRecord, DayCorrection, DueItem
from assistant.errors import BadInput, Conflict
from assistant.services.complaint_status import arrival_moment, check_version, move_status
from assistant.services.complaint_deadlines import BY_HAND_NOTE, due_items, response_due_for
from assistant.services.links import ListingHolder
from assistant.services.reports import ComplaintReport, complaint_report
from assistant.store import audit, idempotency, listings
from assistant.store.complaints import (
    add_event,
    complaint_from_row,
    counter_notice_record,
    load,
    others_with_reference,
    record_from_row,
    resolve_complaint_id,
    set_content,
    state_of,
    summaries,
)
from assistant.store.engine import Store
from assistant.store.rights import find_rights
from assistant.store.tables import ComplaintRow, CounterNoticeRow, RightRow

# Statuses in which a seller's counter-notice or appeal can arrive, and the status it leaves the complaint in.

Normalizer = Callable[[str, Site], str]


@dataclass(frozen=True)
class DraftSaved:
    """A create request's answer: the complaint, and whether this request made it (False: an earlier one with the key did)."""

    record: ComplaintRecord
    created: bool
    same_reference: tuple[int, ...] = ()  # other complaints with this team reference (it no longer names one)


def _default_normalizer() -> Normalizer:
    """The listing-URL checker's canonical form: the identity of a listing."""
    from assistant.domain.listing_urls import check_listing_urls

    def normalize(url: str, site: Site) -> str:
        results = check_listing_urls([url], site).results
        return (results[0].normalized if results else None) or url.strip()

    return normalize


class ComplaintService:
    """The team's complaint record: the one place the CLI, Slack and the agent change or read complaints."""

    def __init__(self, store: Store, *, normalize: Normalizer | None = None, holiday_assumption: str = "safer"):
        self.store = store
        self._normalize = normalize
        # How public holidays count in deadlines (the setting IPR_HOLIDAY_ASSUMPTION; the platform does not say).
        self.holiday_assumption = holiday_assumption

    # --- drafts ---------------------------------------------------------------------------------------------------

    def create_draft(self, complaint: Complaint, *, idempotency_key: str, actor: str, team: str | None = None) -> ComplaintRecord:
        """Save a new draft once per key: repeating the request returns the same complaint; other content is a Conflict."""
        return self.save_new_draft(complaint, idempotency_key=idempotency_key, actor=actor, team=team).record

    def save_new_draft(self, complaint: Complaint, *, idempotency_key: str, actor: str, team: str | None = None) -> DraftSaved:
        """As create_draft, also telling whether this request created the complaint."""
        key = _key(idempotency_key)
        digest = idempotency.payload_hash({"complaint": complaint.model_dump(mode="json"), "team": team})
        identified = self._identified(complaint)
        try:
            with self.store.transaction() as session:
                replayed = idempotency.replayed_complaint_id(session, "create", key, digest)
                if replayed is not None:
                    return DraftSaved(record_from_row(load(session, replayed)), created=False)
                now = self.store.now()
                row = ComplaintRow(status=Status.DRAFT.value, team=team, created_by=actor, created_at=now, updated_by=actor, updated_at=now)
                set_content(row, complaint, identified, _registered_right_id(session, complaint.ip_right))
                session.add(row)
                session.flush()
                idempotency.remember(session, "create", key, digest, row.id, actor, now)
                add_event(row, None, Status.DRAFT, actor=actor, occurred_at=now, now=now, note=None)
                session.flush()
                audit.record_change(
                    session, actor=actor, action="complaint.create", entity_type="complaint", entity_id=str(row.id),
                    before=None, after=_content_state(row, complaint), at=now,
                )
                same = tuple(others_with_reference(session, row.team_reference, row.id))
                return DraftSaved(record_from_row(row), created=True, same_reference=same)
        except IntegrityError:
            # Another request with the same key committed first (PostgreSQL lets both start); its complaint stands.
            with self.store.reading() as session:
                replayed = idempotency.replayed_complaint_id(session, "create", key, digest)
                if replayed is None:
                    raise
                return DraftSaved(record_from_row(load(session, replayed)), created=False)

    def content_key(self, complaint: Complaint, *, team: str | None = None) -> str:
        """The idempotency key of a create request that gives none: derived from the complaint's content (and team),
        so saving the same complaint again creates nothing new."""
        return idempotency.content_key("content", {"complaint": complaint.model_dump(mode="json"), "team": team})

    def update_draft(
        self, complaint_id: str | int, complaint: Complaint, *, actor: str, expected_version: int | None = None
    ) -> ComplaintRecord:
        """Replace a draft's content. With ``expected_version``, a draft changed meanwhile is a Conflict naming who and when.

        Leave ``expected_version`` out only when the caller holds the whole draft and means to overwrite it.
        """
        identified = self._identified(complaint)
        try:
            with self.store.transaction() as session:
                row = load(session, complaint_id, for_update=True)
                check_version(row, expected_version)
                if Status(row.status) is not Status.DRAFT:
                    raise Conflict(
                        f"Complaint {row.id} is '{row.status}'; only drafts can be edited.",
                        hint="Move it back to draft first (from 'ready'), or create a new complaint.",
                    )
                before = _content_state(row, complaint_from_row(row))
                now = self.store.now()
                row.listings, row.evidence = [], []
                session.flush()  # the old listings go before the new ones arrive (a listing may be kept)
                set_content(row, complaint, identified, _registered_right_id(session, complaint.ip_right))
                row.updated_by, row.updated_at = actor, now
                session.flush()  # the version column turns a concurrent edit into StaleDataError here
                audit.record_change(
                    session, actor=actor, action="complaint.update_draft", entity_type="complaint", entity_id=str(row.id),
                    before=before, after=_content_state(row, complaint), at=now,
                )
                return record_from_row(row)
        except StaleDataError:
            raise self._changed_meanwhile(complaint_id) from None

    # --- status -----------------------------------------------------------------------------------------------------

    def transition(
        self,
        complaint_id: str | int,
        status: Status | str,
        *,
        actor: str,
        note: str | None = None,
        platform_complaint_id: str | None = None,
        occurred_at: datetime | date | None = None,
        expected_version: int | None = None,
    ) -> ComplaintRecord:
        """Move a complaint to ``status`` if the lifecycle allows it (Conflict with the reason if not), recording who and when."""
        target = status if isinstance(status, Status) else parse_status(status)
        try:
            with self.store.transaction() as session:
                row = load(session, complaint_id, for_update=True)
                check_version(row, expected_version)
                return move_status(session, row, target, actor=actor, now=self.store.now(), note=note, platform_complaint_id=platform_complaint_id, occurred_at=occurred_at)
        except StaleDataError:
            raise self._changed_meanwhile(complaint_id) from None

    def record_status(self, complaint_id: str | int, status: Status | str, **options: Any) -> ComplaintRecord:
        """Record a status the platform shows (same as transition)."""
        return self.transition(complaint_id, status, **options)

    def file(
        self,
        complaint_id: str | int,
        *,
        idempotency_key: str,
        actor: str,
        platform_complaint_id: str | None = None,
        note: str | None = None,
        occurred_at: datetime | date | None = None,
    ) -> ComplaintRecord:
        """Mark a complaint filed, once per key: repeating the request changes nothing; the key with other content is a Conflict."""
        key = _key(idempotency_key)
        number = self.number_of(complaint_id)
        digest = idempotency.payload_hash({"complaint_id": number, "platform_complaint_id": platform_complaint_id})
        try:
            with self.store.transaction() as session:
                replayed = idempotency.replayed_complaint_id(session, "file", key, digest)
                if replayed is not None:
                    return record_from_row(load(session, replayed))
                row = load(session, number, for_update=True)
                replayed = idempotency.replayed_complaint_id(session, "file", key, digest)  # a twin request may have just finished
                if replayed is not None:
                    return record_from_row(load(session, replayed))
                record = move_status(
                    session, row, Status.FILED, actor=actor, now=self.store.now(), note=note, platform_complaint_id=platform_complaint_id, occurred_at=occurred_at
                )
                idempotency.remember(session, "file", key, digest, row.id, actor, self.store.now())
                return record
        except IntegrityError:
            with self.store.reading() as session:
                replayed = idempotency.replayed_complaint_id(session, "file", key, digest)
                if replayed is None:
                    raise
                return record_from_row(load(session, replayed))
        except StaleDataError:
            raise self._changed_meanwhile(complaint_id) from None

    def _changed_meanwhile(self, complaint_id: str | int) -> Conflict:
        with self.store.reading() as session:
            row = load(session, complaint_id)
        return Conflict(
            f"Complaint {row.id} was changed by {row.updated_by} at {row.updated_at:%Y-%m-%d %H:%M:%S} UTC while this change was "
            f"being made (it is now version {row.version}, '{row.status}'). Nothing was changed.",
            hint="Look at it again and repeat the change if it still applies.",
        )

    # --- counter-notices ----------------------------------------------------------------------------------------------

    def record_counter_notice(
        self,
        complaint_id: str | int,
        *,
        received_on: date,
        text: str,
        actor: str,
        attachments: Sequence[str] = (),
        triage: dict[str, Any] | None = None,
        response_due: date | None = None,
        before_last_round: bool = False,
    ) -> CounterNoticeRecord:
        """Store a seller's counter-notice or appeal as received (its text is data, never instructions) and work out our
        deadline. The same text again comes back as its record, marked already_recorded (see _already_recorded)."""
        if not (text or "").strip():
            raise BadInput("The counter-notice is empty; nothing was recorded.", hint="Give the seller's text as received.")
        if response_due is not None and response_due < received_on:
            raise BadInput(
                f"The response deadline {response_due} is before the day the counter-notice arrived ({received_on}); nothing was recorded.",
                hint="Check both dates against IPP.",
            )
        with self.store.transaction() as session:
            row = load(session, complaint_id, for_update=True)
            current = Status(row.status)
            now = self.store.now()
            already = _already_recorded(row, current, text, received_on, before_last_round=before_last_round)
            if already is not None:
                return already
            round_number = len(row.counter_notices) + 1
            due, due_note = response_due_for(Site(row.site), row.filed_at, [n.received_on for n in row.counter_notices] + [received_on], received_on, self.holiday_assumption)
            notice = CounterNoticeRow(
                complaint_id=row.id,
                kind=(CounterNoticeKind.COUNTER_NOTICE if round_number == 1 else CounterNoticeKind.APPEAL).value,
                round=round_number,
                received_on=received_on,
                text=text,
                attachments=list(attachments),
                triage=triage,
                response_due=response_due or due,
                response_due_note=BY_HAND_NOTE if response_due else due_note,
                recorded_by=actor,
                recorded_at=now,
            )
            row.counter_notices.append(notice)
            extra = {"counter_notice_round": round_number, "received_on": received_on.isoformat()}
            if current in (Status.COUNTER_NOTICE_RECEIVED, Status.AWAITING_OUR_RESPONSE):
                # Already answering one: the complaint keeps its status, the new appeal is one more change to audit.
                before = state_of(row)
                row.updated_by, row.updated_at = actor, now
                session.flush()
                audit.record_change(
                    session, actor=actor, action="complaint.counter_notice", entity_type="complaint", entity_id=str(row.id),
                    before=before, after={**state_of(row), **extra}, at=now,
                )
            else:
                move_status(
                    session, row, Status.COUNTER_NOTICE_RECEIVED, actor=actor, now=now, note=f"Counter-notice round {round_number} received.",
                    platform_complaint_id=None, occurred_at=arrival_moment(received_on, now, row.events), action="complaint.counter_notice", audit_extra=extra,
                )
            return counter_notice_record(notice)

    def correct_counter_notice_day(
        self, complaint_id: str | int, *, received_on: date, actor: str, round_number: int | None = None, said: str | None = None
    ) -> DayCorrection:
        """Correct the day a recorded counter-notice reached us (the latest round unless one is named) and count our
        deadline again from it; the old day stays in the history and the audit log (assistant/services/counter_notice_days.py)."""
        from assistant.services.counter_notice_days import correct_received_day

        return correct_received_day(self, complaint_id, received_on=received_on, actor=actor, round_number=round_number, said=said)

    # --- reading ------------------------------------------------------------------------------------------------------

    def number_of(self, complaint_id: str | int, *, typed: bool = False) -> int:
        """The store number of a complaint given by number or by the team's reference; NotFound if there is none.
        ``typed``: as a person typed it, where a number that is also another complaint's reference is asked about."""
        with self.store.reading() as session:
            return resolve_complaint_id(session, complaint_id, typed=typed)

    def show(self, complaint_id: str | int) -> ComplaintRecord:
        """The whole record of one complaint."""
        with self.store.reading() as session:
            return record_from_row(load(session, complaint_id))

    def list(
        self, status: Status | str | None = None, site: Site | str | None = None, team: str | None = None, limit: int | None = None
    ) -> list[ComplaintSummary]:
        """Complaints, most recently changed first, filtered by status, site or team."""
        wanted_status = None if status is None else (status if isinstance(status, Status) else parse_status(status))
        wanted_site = None if site is None else _site(site)
        with self.store.reading() as session:
            return summaries(session, status=wanted_status, site=wanted_site, team=team, limit=limit)

    def due(self, days: int = 7, *, today: date | None = None) -> list[DueItem]:
        """What falls due in the next ``days`` days (and what is overdue), ours first; unpublished windows say where to look."""
        if days < 0:
            raise BadInput("--days must be 0 or more.")
        today = today or self.store.now().date()
        active = [status.value for status in COUNTER_NOTICE_ARRIVES_IN]
        with self.store.reading() as session:
            query = select(ComplaintRow).where(ComplaintRow.status.in_(active)).options(selectinload(ComplaintRow.counter_notices))
            rows = session.scalars(query.order_by(ComplaintRow.id)).all()
            return due_items(rows, today=today, days=days, assumption=self.holiday_assumption)

    def report(self, months: int | None = None, *, today: date | None = None) -> ComplaintReport:
        """Outcomes and the Good Faith rates over the last ``months`` months (3 by default), overall and per reason code."""
        if months is not None and months < 1:
            raise BadInput("--months must be 1 or more.")
        return complaint_report(self.store, months=months, today=today)

    def import_statuses(self, text: str, *, actor: str, preview: bool = False) -> Any:
        """A status file (CSV copied from IPP's Manage Complaints page) applied all or nothing, or only checked
        (``preview``); see assistant/services/status_import.py for the format and what the result says it covers."""
        from assistant.services.status_import import import_status_csv

        return import_status_csv(self, text, actor=actor, preview=preview)

    def active_listings(self, normalized_urls: Iterable[str]) -> set[str]:
        """Which of these listings (normalized URLs) are in an active complaint: the URL checker's already_in_active_complaint."""
        return set(self.active_complaints_for(normalized_urls))

    def active_complaints_for(self, normalized_urls: Iterable[str]) -> dict[str, str]:
        """For each listing held by an active complaint: that complaint's id."""
        with self.store.reading() as session:
            return {url: str(complaint) for url, complaint in listings.holders_of(session, normalized_urls).items()}

    def listing_holders(self, normalized_urls: Iterable[str]) -> dict[str, ListingHolder]:
        """For each listing held by an active complaint: that complaint, by number and the team's reference."""
        with self.store.reading() as session:
            held = listings.holders_with_references(session, normalized_urls)
        return {url: ListingHolder(number=str(number), reference=reference) for url, (number, reference) in held.items()}

    def record_approval(self, complaint_id: str | int, *, approver: str, requested_by: str, change: str) -> None:
        """Note in the audit log that ``approver`` confirmed a change ``requested_by`` asked for (the owner stays theirs)."""
        with self.store.transaction() as session:
            number = resolve_complaint_id(session, complaint_id)
            audit.record_change(
                session, actor=approver, action="complaint.approve", entity_type="complaint", entity_id=str(number),
                before=None, after={"requested_by": requested_by, "change": change[:2000]}, at=self.store.now(),
            )

    def audit_log(self, complaint_id: str | int | None = None) -> list[AuditEntry]:
        """The audit entries of one complaint (or of everything), oldest first."""
        entity = None if complaint_id is None else str(self.number_of(complaint_id))
        with self.store.reading() as session:
            return audit.audit_entries(session, entity_type="complaint" if entity else None, entity_id=entity)

    # --- details --------------------------------------------------------------------------------------------------

    def _identified(self, complaint: Complaint) -> list[tuple[ListingRef, str]]:
        """Each listing with its identity (normalized URL); a listing given twice is bad input."""
        seen: dict[str, str] = {}
        pairs = []
        for number, listing in enumerate(complaint.listings):
            if not listing.url.strip():
                raise BadInput(f"Listing {number + 1} (listings[{number}]) is empty: give the product or shop address, or remove it.")
            if not listing.normalized and self._normalize is None:
                self._normalize = _default_normalizer()
            normalized = listing.normalized or self._normalize(listing.url, complaint.site)
            if normalized in seen:
                raise BadInput(f"The listing {listing.url} is given twice (the same listing as {seen[normalized]}).")
            seen[normalized] = listing.url
            pairs.append((listing, normalized))
        return pairs


def _key(value: str) -> str:
    key = (value or "").strip()
    if not key or len(key) > 200:
        raise BadInput("An idempotency key of 1 to 200 characters is needed (the same key for a repeated request).")
    return key


def _site(value: Site | str) -> Site:
    site = parse_site(value)
    if site is None:
        raise BadInput("A site is needed.")
    return site


def _registered_right_id(session: Session, right: IPRight) -> str | None:
    """The registry id of the complaint's right: by its id, else by a unique registration number; None if unregistered."""
    if right.id:
        if session.get(RightRow, right.id) is None:
            raise BadInput(
                f"The complaint names the right '{right.id}', which is not in the registry.",
                hint="Add it to the registry first: `ipr-assistant rights add --from-json FILE.json` reads the right from the "
                "complaint file itself (its ip_right). Or leave ip_right.id empty.",
            )
        return right.id
    if right.registration_number:
        matches = find_rights(session, ip_type=right.ip_type, registration_number=right.registration_number)
        if len(matches) == 1:
            return matches[0].id
    return None


def _content_state(row: ComplaintRow, complaint: Complaint) -> dict[str, Any]:
    """What an audit entry records for a create or an edit: the status fields and the whole content."""
    content = complaint.model_dump(mode="json", exclude={"id"})
    return {**state_of(row), "team": row.team, "content": content}


def _already_recorded(row: ComplaintRow, current: Status, text: str, received_on: date, *, before_last_round: bool) -> CounterNoticeRecord | None:
    """The record of the same text already recorded on the complaint (marked so), None when this is a new round;
    Conflict for a complaint a counter-notice cannot arrive in, BadInput for a day before the last round unconfirmed.
    The day as given is not checked against the calendar here: the front ends check it first."""
    rounds = [RecordedRound(n.round, n.received_on, n.text) for n in row.counter_notices]
    check = check_recording(number=row.id, status=current, rounds=rounds, text=text, received_on=received_on, filed_on=None, today=None)
    if check.verdict == COMPLAINT_NOT_OPEN:
        raise Conflict(check.message)
    if check.verdict == ALREADY_RECORDED:
        same = next(n for n in row.counter_notices if n.round == check.round.round)
        return counter_notice_record(same).model_copy(update={"already_recorded": True})
    if check.verdict == BEFORE_LAST_ROUND and not before_last_round:
        raise BadInput(f"Nothing was recorded: {check.message}",
                       hint="If the day is right, record it again confirming it (--before-last-round on the command line).")
    return None
