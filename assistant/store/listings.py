"""Claims on listings: which complaint holds each listing (by normalized URL) while it is active.

The ``active_listings`` primary key makes the rule true in the database: a second claim on the same listing fails,
whichever code path attempts it. The checks here only turn that refusal into a message naming the other complaint.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.errors import Conflict
from assistant.store.tables import ActiveListingRow, ComplaintRow

# Stays far below every backend's limit on bound parameters (SQLite's was 999 before 3.32).
CHUNK = 500
SHOWN = 5


class ListingsAlreadyActive(Conflict):
    """Some listings are already held by another active complaint; ``holders`` maps each to that complaint's id."""

    code = "already_in_active_complaint"

    def __init__(self, holders: dict[str, int]):
        shown = "; ".join(f"{url} is in complaint {complaint}" for url, complaint in list(holders.items())[:SHOWN])
        more = f" (and {len(holders) - SHOWN} more)" if len(holders) > SHOWN else ""
        super().__init__(
            f"{len(holders)} listing(s) already in an active complaint: {shown}{more}.",
            hint="A listing can be in one active complaint at a time: remove it from this one, or wait for the other's outcome.",
        )
        self.holders = holders


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def holders_of(session: Session, normalized_urls: Iterable[str]) -> dict[str, int]:
    """For each of these listings that an active complaint holds: that complaint's id."""
    unique = sorted(set(normalized_urls))
    found: dict[str, int] = {}
    for chunk in _chunks(unique):
        rows = session.execute(
            select(ActiveListingRow.normalized, ActiveListingRow.complaint_id).where(ActiveListingRow.normalized.in_(chunk))
        )
        found.update({url: complaint_id for url, complaint_id in rows})
    return found


def holders_with_references(session: Session, normalized_urls: Iterable[str]) -> dict[str, tuple[int, str | None]]:
    """For each of these listings that an active complaint holds: that complaint's number and the team's reference."""
    unique = sorted(set(normalized_urls))
    found: dict[str, tuple[int, str | None]] = {}
    for chunk in _chunks(unique):
        rows = session.execute(
            select(ActiveListingRow.normalized, ComplaintRow.id, ComplaintRow.team_reference)
            .join(ComplaintRow, ComplaintRow.id == ActiveListingRow.complaint_id)
            .where(ActiveListingRow.normalized.in_(chunk))
        )
        found.update({url: (number, reference) for url, number, reference in rows})
    return found


def claim(session: Session, complaint_id: int, normalized_urls: Sequence[str], now: datetime) -> None:
    """Mark these listings as held by the complaint; ListingsAlreadyActive if another active complaint holds any."""
    held = holders_of(session, normalized_urls)
    taken = {url: other for url, other in held.items() if other != complaint_id}
    if taken:
        raise ListingsAlreadyActive(taken)
    mine = set(held)
    rows = [{"normalized": url, "complaint_id": complaint_id, "claimed_at": now} for url in dict.fromkeys(normalized_urls) if url not in mine]
    if not rows:
        return
    try:
        with session.begin_nested():  # a savepoint, so the refusal can be explained from inside the transaction
            session.execute(insert(ActiveListingRow), rows)
    except IntegrityError:
        # A concurrent writer claimed some of them between our check and our insert; the database refused ours.
        taken = {url: other for url, other in holders_of(session, normalized_urls).items() if other != complaint_id}
        if taken:
            raise ListingsAlreadyActive(taken) from None
        raise


def release(session: Session, complaint_id: int) -> None:
    """Free every listing the complaint holds (it reached an outcome, or went back to draft)."""
    session.execute(delete(ActiveListingRow).where(ActiveListingRow.complaint_id == complaint_id))
