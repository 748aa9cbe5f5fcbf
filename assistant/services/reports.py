"""The complaints report: outcomes, and the Good Faith programme's two rates beside its thresholds.

The platform assesses accounts over the last 3 months, overall and per reason code (knowledge/rules/good_faith.yaml),
but does not publish its exact formulas. This report counts listings whose complaint reached an outcome in the
window (the outcome's date decides), and says so:
- takedown success rate = removed listings / listings with a decided outcome (removed, restored or rejected);
- successful counter-notice rate = restored listings (the seller's counter-notice won) / the same decided listings.
Withdrawn complaints are left out of both and counted on their own. Too little data is said plainly.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime
from decimal import Decimal

from pydantic import Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.domain.lifecycle import Status
from assistant.domain.models import ComplaintReason, Model
from assistant.domain.rules import load_rules
from assistant.services.good_faith_distance import GoodFaithDistance, MovingComplaint, distance, moving_complaints
from assistant.store.engine import Store
from assistant.store.tables import ComplaintRow, ListingRow

DECIDED = (Status.REMOVED, Status.RESTORED, Status.REJECTED)


class Rate(Model):
    """One Good Faith rate, its threshold, and whether it is met."""

    value: float | None = Field(description="The rate (0 to 1); empty when nothing was decided in the window.")
    numerator: int = Field(description="Listings counted above the line.")
    denominator: int = Field(description="Listings with a decided outcome in the window.")
    threshold: float = Field(description="The programme's threshold.")
    comparison: str = Field(description="'at_least' or 'at_most': how the rate must compare with the threshold.")
    met: bool | None = Field(description="Whether the rate meets the threshold; empty when there is no rate.")


class RateGroup(Model):
    """The rates for all complaints, or for one reason code."""

    reason: ComplaintReason | None = Field(default=None, description="The reason code; empty for all complaints together.")
    decided_complaints: int = Field(description="Complaints that reached removed, restored or rejected in the window.")
    decided_listings: int
    withdrawn_complaints: int = Field(description="Complaints withdrawn in the window (left out of the rates).")
    takedown_success_rate: Rate
    successful_counter_notice_rate: Rate
    enough_data: bool = Field(description="False when too few complaints were decided for the rates to mean much.")
    note: str | None = Field(default=None, description="What to make of these figures.")
    distance: GoodFaithDistance | None = Field(default=None, description="How far the rates are from the thresholds, in listings.")
    moving_complaints: list[MovingComplaint] = Field(
        default_factory=list, description="Open complaints whose outcome moves the rates, and decided ones leaving the window within a month."
    )


class RemovedValue(Model):
    currency: str
    total: float = Field(description="Sum of the recorded prices of removed listings.")
    listings: int = Field(description="Removed listings with a price in this currency.")


class ComplaintReport(Model):
    """Complaints and listings by outcome, and the Good Faith rates over the last months."""

    months: int
    window_start: date
    window_end: date
    complaints_by_status: dict[str, int] = Field(description="All complaints in the record, by status.")
    listings_by_status: dict[str, int] = Field(description="All listings in the record, by their complaint's status.")
    overall: RateGroup = Field(description="The rates over every complaint decided in the window.")
    per_reason: list[RateGroup] = Field(description="The rates for each reason code with complaints in the window.")
    all_thresholds_met: bool | None = Field(description="True only when every rate with data, overall and per reason, meets its threshold.")
    removed_value: list[RemovedValue] = Field(description="Value of listings removed in the window, per currency, where prices were recorded.")
    removed_listings_without_price: int = Field(description="Listings removed in the window with no recorded price.")
    thresholds: dict[str, object] = Field(description="The programme's figures with their sources and confidence.")
    notes: list[str]


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (that month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _rules() -> dict:
    rules = load_rules("good_faith")
    return {
        "takedown_success_rate_min": float(rules["takedown_success_rate_min"]["value"]),
        "successful_counter_notice_rate_max": float(rules["successful_counter_notice_rate_max"]["value"]),
        "min_complaints_in_window": int(rules["min_complaints_in_window"]["value"]),
        "min_complaints_confidence": rules["min_complaints_in_window"].get("confidence"),
        "per_reason_since": str(rules.get("per_reason_code", {}).get("since", "")),
        "sources": sorted({s["url"] for key in ("takedown_success_rate_min", "successful_counter_notice_rate_max") for s in rules[key]["sources"]}),
    }


def _rate(numerator: int, denominator: int, threshold: float, comparison: str) -> Rate:
    value = numerator / denominator if denominator else None
    met = None if value is None else (value >= threshold if comparison == "at_least" else value <= threshold)
    return Rate(value=value, numerator=numerator, denominator=denominator, threshold=threshold, comparison=comparison, met=met)


def _group(reason: ComplaintReason | None, rows: list[tuple[str, int]], withdrawn: int, rules: dict) -> RateGroup:
    decided = [(status, listings) for status, listings in rows if status in DECIDED]
    listings = sum(count for _, count in decided)
    removed = sum(count for status, count in decided if status == Status.REMOVED)
    restored = sum(count for status, count in decided if status == Status.RESTORED)
    minimum = rules["min_complaints_in_window"]
    enough = len(decided) >= minimum
    if not decided:
        note = "No complaint reached an outcome in the window: there is nothing to measure yet."
    elif not enough:
        note = (
            f"Only {len(decided)} complaint(s) reached an outcome in the window; the programme reportedly looks at accounts with "
            f"more than {minimum} complaints in 3 months (one third-party source), so these rates say little yet."
        )
    else:
        note = None
    return RateGroup(
        reason=reason,
        decided_complaints=len(decided),
        decided_listings=listings,
        withdrawn_complaints=withdrawn,
        takedown_success_rate=_rate(removed, listings, rules["takedown_success_rate_min"], "at_least"),
        successful_counter_notice_rate=_rate(restored, listings, rules["successful_counter_notice_rate_max"], "at_most"),
        enough_data=enough,
        note=note,
        distance=distance(
            removed, restored, listings, takedown_min=rules["takedown_success_rate_min"], counter_max=rules["successful_counter_notice_rate_max"]
        ),
    )


def _by_status(session: Session) -> tuple[dict[str, int], dict[str, int]]:
    complaints = dict(session.execute(select(ComplaintRow.status, func.count()).group_by(ComplaintRow.status)).all())
    listings = dict(
        session.execute(select(ComplaintRow.status, func.count(ListingRow.id)).join(ListingRow).group_by(ComplaintRow.status)).all()
    )
    return {s.value: complaints.get(s.value, 0) for s in Status}, {s.value: listings.get(s.value, 0) for s in Status}


def _window(session: Session, since: datetime) -> tuple[list, list, int | None]:
    """(reason, status, listings) of each complaint closed since `since`; the removed listings' value per currency;
    how many removed listings have no price."""
    closed = (
        select(ComplaintRow.reason, ComplaintRow.status, func.count(ListingRow.id))
        .outerjoin(ListingRow, ListingRow.complaint_id == ComplaintRow.id)
        .where(ComplaintRow.closed_at >= since, ComplaintRow.status.in_([*(s.value for s in DECIDED), Status.WITHDRAWN.value]))
        .group_by(ComplaintRow.id, ComplaintRow.reason, ComplaintRow.status)
    )
    window = session.execute(closed).all()
    removed_in_window = (ComplaintRow.status == Status.REMOVED.value) & (ComplaintRow.closed_at >= since)
    values = session.execute(
        select(ListingRow.currency, func.sum(ListingRow.price), func.count())
        .join(ComplaintRow)
        .where(removed_in_window, ListingRow.price.is_not(None))
        .group_by(ListingRow.currency)
    ).all()
    unpriced = session.scalar(select(func.count()).select_from(ListingRow).join(ComplaintRow).where(removed_in_window, ListingRow.price.is_(None)))
    return window, values, unpriced


def complaint_report(store: Store, *, months: int | None = None, today: date | None = None) -> ComplaintReport:
    """Outcomes and Good Faith rates over the last ``months`` months (the programme's window when not given)."""
    rules = _rules()
    months = months or int(load_rules("good_faith")["assessment_window_months"]["value"])
    today = today or store.now().date()
    start = months_before(today, months)
    since = datetime(start.year, start.month, start.day, tzinfo=UTC)
    with store.reading() as session:
        complaints_by_status, listings_by_status = _by_status(session)
        window, values, unpriced = _window(session, since)

    def rows_for(reason: str | None) -> tuple[list[tuple[str, int]], int]:
        chosen = [(status, count) for row_reason, status, count in window if reason is None or row_reason == reason]
        return chosen, sum(1 for status, _ in chosen if status == Status.WITHDRAWN)

    overall = _group(None, *rows_for(None), rules)
    per_reason = [_group(ComplaintReason(reason), *rows_for(reason), rules) for reason in sorted({r for r, _, _ in window})]
    moving = moving_complaints(store, since=since, months=months, today=today)
    for group in [overall, *per_reason]:
        group.moving_complaints = [item for item in moving if group.reason is None or item.reason == group.reason.value]
    verdicts = [
        rate.met
        for group in [overall, *per_reason]
        for rate in (group.takedown_success_rate, group.successful_counter_notice_rate)
        if rate.met is not None
    ]
    notes = [
        "The platform does not publish its exact formulas: these rates count listings whose complaint reached an outcome in the "
        "window (removed, restored or rejected); withdrawn complaints are left out and counted separately.",
        f"Since {rules['per_reason_since'] or '15 Apr 2022'} the thresholds apply overall and to every single reason code.",
    ]
    if unpriced:
        notes.append(f"{unpriced} removed listing(s) have no recorded price and are not in the value.")
    return ComplaintReport(
        months=months,
        window_start=start,
        window_end=today,
        complaints_by_status=complaints_by_status,
        listings_by_status=listings_by_status,
        overall=overall,
        per_reason=per_reason,
        all_thresholds_met=(all(verdicts) if verdicts else None),
        removed_value=[
            RemovedValue(currency=currency or "unknown", total=float(Decimal(total or 0)), listings=count) for currency, total, count in values
        ],
        removed_listings_without_price=int(unpriced or 0),
        thresholds={
            "takedown_success_rate_min": rules["takedown_success_rate_min"],
            "successful_counter_notice_rate_max": rules["successful_counter_notice_rate_max"],
            "assessment_window_months": int(load_rules("good_faith")["assessment_window_months"]["value"]),
            "min_complaints_in_window": rules["min_complaints_in_window"],
            "min_complaints_in_window_confidence": rules["min_complaints_confidence"],
            "sources": rules["sources"],
        },
        notes=notes,
    )
