"""Repeat sellers: shops seen across the team's complaints, with each complaint and its outcome.

A shop is known from the team's own links (shop links, and product links that carry the shop, see
assistant/domain/sellers.py); nothing is looked up on the platform. A seller is a repeat one when it appears in at
least `min_complaints` different complaints.
"""

from __future__ import annotations

from collections import Counter

from pydantic import Field
from sqlalchemy import select

from assistant.domain.models import Model
from assistant.domain.sellers import SellerRef, seller_of
from assistant.store.tables import ComplaintRow, ListingRow


class SellerComplaint(Model):
    complaint_id: str
    status: str
    reason: str
    listings: int = Field(description="Listings of this seller in the complaint.")


class SellerRecord(Model):
    """A shop and the team's complaints that name it."""

    site: str
    seller_id: str
    shop_url: str | None
    complaints: list[SellerComplaint]
    outcomes: dict[str, int] = Field(description="Complaints by status.")
    listings: int = Field(description="Listings of this seller across the complaints.")


def _sellers(session) -> dict[tuple[str, str], tuple[SellerRef, dict[str, SellerComplaint]]]:
    rows = session.execute(
        select(ListingRow.url, ListingRow.site, ListingRow.kind, ListingRow.listing_id, ListingRow.normalized, ComplaintRow.id,
               ComplaintRow.status, ComplaintRow.reason, ComplaintRow.site)
        .join(ComplaintRow, ListingRow.complaint_id == ComplaintRow.id)
        .order_by(ComplaintRow.id, ListingRow.position)
    ).all()
    found: dict[tuple[str, str], tuple[SellerRef, dict[str, SellerComplaint]]] = {}
    for url, site, kind, listing_id, normalized, complaint_id, status, reason, complaint_site in rows:
        ref = seller_of(url, site or complaint_site, kind, listing_id, normalized)
        if ref is None:
            continue
        key = (ref.site, ref.seller_id.lower())
        entry = found.setdefault(key, (ref, {}))
        complaint = entry[1].setdefault(str(complaint_id), SellerComplaint(complaint_id=str(complaint_id), status=status, reason=reason, listings=0))
        complaint.listings += 1
    return found


def list_sellers(store, *, min_complaints: int = 2, site: str | None = None) -> list[SellerRecord]:
    """Sellers named in at least `min_complaints` complaints, most complaints first."""
    with store.reading() as session:
        found = _sellers(session)
    records = []
    for ref, complaints in found.values():
        if len(complaints) < min_complaints or (site and ref.site != site):
            continue
        items = list(complaints.values())
        records.append(SellerRecord(
            site=ref.site, seller_id=ref.seller_id, shop_url=ref.shop_url, complaints=items,
            outcomes=dict(Counter(item.status for item in items)), listings=sum(item.listings for item in items),
        ))
    return sorted(records, key=lambda record: (-len(record.complaints), record.site, record.seller_id))


def reported_before(store, refs: list[SellerRef], *, except_complaint: str | None = None) -> list[SellerRecord]:
    """The team's earlier complaints naming any of these sellers (for a draft: 'this shop was reported before')."""
    wanted = {(ref.site, ref.seller_id.lower()) for ref in refs}
    if not wanted:
        return []
    with store.reading() as session:
        found = _sellers(session)
    records = []
    for key in sorted(wanted):
        if key not in found:
            continue
        ref, complaints = found[key]
        items = [item for item in complaints.values() if item.complaint_id != except_complaint]
        if items:
            records.append(SellerRecord(
                site=ref.site, seller_id=ref.seller_id, shop_url=ref.shop_url, complaints=items,
                outcomes=dict(Counter(item.status for item in items)), listings=sum(item.listings for item in items),
            ))
    return records
