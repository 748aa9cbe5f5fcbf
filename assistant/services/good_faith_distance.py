"""How far the team is from the Good Faith thresholds, per reason code, and which complaints move the figures.

Pure arithmetic on the report's counts (listings decided in the window). The programme's thresholds: takedown success
at least 90 %, successful counter-notices at most 5 %, over the last three months (knowledge/rules/good_faith.yaml).
"""

from __future__ import annotations

import math
from datetime import date, datetime

from pydantic import Field
from sqlalchemy import func, select

from assistant.domain.lifecycle import ACTIVE_STATUSES, Status
from assistant.domain.models import Model
from assistant.store.tables import ComplaintRow, ListingRow

LEAVING_WITHIN_DAYS = 30
DECIDED = (Status.REMOVED.value, Status.RESTORED.value, Status.REJECTED.value)


class MovingComplaint(Model):
    """A complaint whose outcome, or whose leaving the window, changes the rates."""

    complaint_id: str
    reason: str
    status: str
    listings: int
    why: str = Field(description="How it moves the figures.")
    on: date | None = Field(default=None, description="When it leaves the window (for a decided complaint).")


class GoodFaithDistance(Model):
    """The distance to each threshold, in listings."""

    takedowns_needed: int = Field(description="Removed listings still needed (with no other outcome) to reach the takedown threshold; 0 when met.")
    takedown_failures_to_spare: int = Field(description="Listings that could still fail (restored or rejected) before the takedown rate drops below its threshold; 0 when below.")
    counter_notice_excess: int = Field(description="Further decided listings without a successful counter-notice needed to bring that rate down to its threshold; 0 when met.")
    counter_notices_to_spare: int = Field(description="Successful counter-notices the rate can absorb before it exceeds its threshold; 0 when over.")
    summary: str


def distance(removed: int, restored: int, decided: int, *, takedown_min: float, counter_max: float) -> GoodFaithDistance:
    """The distances, from the decided listings of the window."""
    needed = 0 if decided and removed / decided >= takedown_min else math.ceil(round((takedown_min * decided - removed) / (1 - takedown_min), 9))
    spare_failures = max(0, math.floor(round(removed / takedown_min - decided, 9))) if decided else 0
    excess = 0 if not decided or restored / decided <= counter_max else math.ceil(round(restored / counter_max - decided, 9))
    spare_counter = max(0, math.floor(round((counter_max * decided - restored) / (1 - counter_max), 9))) if decided else 0
    if not decided:
        summary = "Nothing decided in the window yet."
    else:
        parts = [
            f"takedowns: {removed}/{decided} removed; " + (f"{needed} more removal(s) needed to reach {takedown_min:.0%}" if needed else f"{spare_failures} more failure(s) would still keep it at {takedown_min:.0%} or above"),
            f"counter-notices: {restored}/{decided} restored; " + (f"{excess} more decided listing(s) without a successful counter-notice needed to get to {counter_max:.0%}" if excess else f"{spare_counter} more successful counter-notice(s) would still keep it at {counter_max:.0%} or below"),
        ]
        summary = "; ".join(parts) + "."
    return GoodFaithDistance(
        takedowns_needed=max(0, needed), takedown_failures_to_spare=spare_failures, counter_notice_excess=max(0, excess),
        counter_notices_to_spare=spare_counter, summary=summary,
    )


def moving_complaints(store, *, since: datetime, months: int, today: date) -> list[MovingComplaint]:
    """Open complaints (their outcome will count) and decided ones that leave the window within a month."""
    active = [status.value for status in ACTIVE_STATUSES]
    with store.reading() as session:
        rows = session.execute(
            select(ComplaintRow.id, ComplaintRow.reason, ComplaintRow.status, ComplaintRow.closed_at, func.count(ListingRow.id))
            .outerjoin(ListingRow, ListingRow.complaint_id == ComplaintRow.id)
            .where(ComplaintRow.status.in_(active) | (ComplaintRow.status.in_(DECIDED) & (ComplaintRow.closed_at >= since)))
            .group_by(ComplaintRow.id, ComplaintRow.reason, ComplaintRow.status, ComplaintRow.closed_at)
            .order_by(ComplaintRow.id)
        ).all()
    items = []
    for complaint_id, reason, status, closed_at, listings in rows:
        if status in active:
            waiting = status in (Status.COUNTER_NOTICE_RECEIVED.value, Status.AWAITING_OUR_RESPONSE.value)
            why = (f"a counter-notice is pending: if the seller wins, {listings} listing(s) count as successful counter-notices"
                   if waiting else f"open: its {listings} listing(s) count as takedowns if removed, against the rate if restored or rejected")
            items.append(MovingComplaint(complaint_id=str(complaint_id), reason=reason, status=status, listings=listings, why=why))
            continue
        leaves = _add_months(closed_at.date(), months)
        if (leaves - today).days <= LEAVING_WITHIN_DAYS:
            what = "takedowns" if status == Status.REMOVED.value else "successful counter-notices" if status == Status.RESTORED.value else "failures"
            items.append(MovingComplaint(
                complaint_id=str(complaint_id), reason=reason, status=status, listings=listings, on=leaves,
                why=f"{status}: leaves the {months}-month window on {leaves}, taking {listings} listing(s) out of the {what}",
            ))
    return items


def _add_months(day: date, months: int) -> date:
    import calendar

    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
