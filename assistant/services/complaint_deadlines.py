"""What is due on the stored complaints: their deadlines (from assistant.domain.deadlines) for the days ahead.

Our answer to a counter-notice comes first; the seller's windows are shown so the team knows when to expect
a counter-notice or an appeal. A window the platform does not publish has no date: the item says so and where
to look, and it is always listed, because nobody can tell whether it is close.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from assistant.domain.deadlines import (
    ComplaintEvent,
    ComplaintEventKind,
    Deadline,
    DeadlineKind,
    HolidayAssumption,
    deadlines_for,
    response_deadline,
)
from assistant.domain.lifecycle import Status
from assistant.domain.models import Site
from assistant.domain.records import DueItem
from assistant.store.tables import ComplaintRow

WAITING_FOR_US = frozenset({Status.COUNTER_NOTICE_RECEIVED, Status.AWAITING_OUR_RESPONSE})
SELLER_MAY_ANSWER = frozenset({Status.FILED, Status.UNDER_REVIEW, Status.REMOVED})
BY_HAND_NOTE = "Date entered by hand (as IPP shows it)."
NEXT_SELLER_WINDOW = {0: DeadlineKind.SELLER_COUNTER_NOTICE, 1: DeadlineKind.SELLER_SECOND_APPEAL, 2: DeadlineKind.SELLER_THIRD_APPEAL}


def _deadlines(
    site: Site, filed_at: datetime | None, received: Iterable[date], assumption: HolidayAssumption | str = HolidayAssumption.SAFER
) -> list[Deadline]:
    events = [ComplaintEvent(kind=ComplaintEventKind.COUNTER_NOTICE_RECEIVED, on=day) for day in received]
    filed_on = filed_at.date() if filed_at else min([event.on for event in events], default=None)
    if filed_on is None:
        return []
    return deadlines_for(site, events=events, filed_on=filed_on, holiday_assumption=assumption)


def response_due_for(
    site: Site,
    filed_at: datetime | None,
    received: Sequence[date],
    received_on: date,
    assumption: HolidayAssumption | str = HolidayAssumption.SAFER,
) -> tuple[date | None, str]:
    """Our answer's due date for the counter-notice received on ``received_on`` (None when unpublished) and a note saying why.

    A counter-notice cannot arrive before its complaint was filed: a receipt day given before the filing day counts
    from the filing day (as the triage does), and the note says so; the day given is kept as given."""
    filed_on = filed_at.date() if filed_at else None
    counted = [max(day, filed_on) if filed_on else day for day in received]
    counted_from = max(received_on, filed_on) if filed_on else received_on
    deadline = response_deadline(_deadlines(site, filed_at, counted, assumption), counted_from)
    if deadline is None:
        return None, "No response window is known for this site; check the date IPP shows on the complaint."
    note = " ".join(part for part in (deadline.rule, deadline.confidence_note, deadline.note) if part)
    if counted_from != received_on:
        note = (f"Counted from {counted_from.isoformat()}, the day the complaint was filed: the receipt date given, "
                f"{received_on.isoformat()}, is before it. {note}").strip()
    return deadline.due_date, note


def _item(row: ComplaintRow, kind: str, party: str, due_on: date | None, note: str, today: date, sure: Deadline | None) -> DueItem:
    """One item; ``sure``: the window's rule, whose confidence is said with the date (None: a date entered by hand)."""
    if sure is not None and sure.confidence_note and sure.confidence_note not in note:
        note = f"{sure.confidence_note} {note}".strip()  # recorded before the note carried it
    return DueItem(
        complaint_id=str(row.id),
        site=Site(row.site),
        status=Status(row.status),
        kind=kind,
        party=party,
        due_on=due_on,
        days_left=(due_on - today).days if due_on else None,
        note=note,
        confidence=sure.confidence.value if sure is not None else None,
        confidence_label=sure.confidence_label if sure is not None and due_on else "",
    )


def _our_window(site: Site, filed_at: datetime | None) -> Deadline | None:
    """Our reply window's rule on ``site`` (its figure and how sure it is), whatever day it counts from."""
    return response_deadline(deadlines_for(site, filed_on=filed_at.date() if filed_at else date.today()))


def _for_complaint(row: ComplaintRow, today: date, assumption: HolidayAssumption | str) -> list[DueItem]:
    status, site = Status(row.status), Site(row.site)
    notices = sorted(row.counter_notices, key=lambda notice: notice.round)
    items: list[DueItem] = []
    if status in WAITING_FOR_US and notices:
        latest = notices[-1]
        window = _our_window(site, row.filed_at)
        by_hand = (latest.response_due_note or "") == BY_HAND_NOTE
        due, note = response_due_for(site, row.filed_at, [n.received_on for n in notices], latest.received_on, assumption)
        if latest.response_due is not None and (by_hand or due != latest.response_due):
            # IPP's date typed in, or counted under other rules: the date as recorded, with its own note
            due, note = latest.response_due, latest.response_due_note or ""
        items.append(_item(row, "our_response", "us", due, note, today, None if by_hand else window))
    if status in SELLER_MAY_ANSWER and len(notices) in NEXT_SELLER_WINDOW:
        wanted = NEXT_SELLER_WINDOW[len(notices)]
        for deadline in _deadlines(site, row.filed_at, [n.received_on for n in notices], assumption):
            # A seller's window that has passed is gone (a missed deadline uses up that chance); unpublished ones are noise here.
            if deadline.kind == wanted and deadline.due_date is not None and deadline.due_date >= today:
                note = " ".join(p for p in (deadline.rule, deadline.confidence_note, deadline.note) if p)
                items.append(_item(row, wanted.value, "seller", deadline.due_date, note, today, deadline))
    return items


def due_items(
    rows: Iterable[ComplaintRow], *, today: date, days: int, assumption: HolidayAssumption | str = HolidayAssumption.SAFER
) -> list[DueItem]:
    """Items due within ``days`` of ``today`` (ours also when overdue or undated), ours first, then by date."""
    horizon = date.fromordinal(today.toordinal() + days)
    items = [item for row in rows for item in _for_complaint(row, today, assumption) if item.due_on is None or item.due_on <= horizon]
    return sorted(items, key=lambda item: (item.party != "us", item.due_on or date.max, int(item.complaint_id)))
