"""Repeat sellers: shops seen across the team's complaints, with each complaint and its outcome.

A shop is known from the team's own links (shop links, and product links that carry the shop, see
assistant/domain/sellers.py) and from status imports (their `shop` column, kept in `seller_sightings`); nothing is
looked up on the platform. A seller is a repeat one when it appears in at least `min_complaints` different complaints.
A shop given by name and the same shop given by link are two sellers: nothing says they are the same.
"""

from __future__ import annotations

from collections import Counter

from pydantic import Field
from sqlalchemy import select

from assistant.domain.models import Model
from assistant.domain.sellers import SellerRef, seller_of
from assistant.store.tables import ComplaintRow, ListingRow, SellerSightingRow


class SellerComplaint(Model):
    complaint_id: str
    status: str
    reason: str
    listings: int = Field(description="Listings of this seller in the complaint.")
    sources: list[str] = Field(default_factory=list, description="Where the team's records name the shop: 'listings', 'status_import'.")


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
        key = (ref.site, " ".join(ref.seller_id.lower().split()))
        entry = found.setdefault(key, (ref, {}))
        complaint = entry[1].setdefault(str(complaint_id), SellerComplaint(complaint_id=str(complaint_id), status=status, reason=reason, listings=0))
        complaint.listings += 1
        if "listings" not in complaint.sources:
            complaint.sources.append("listings")
    sightings = session.execute(
        select(SellerSightingRow.site, SellerSightingRow.seller_id, SellerSightingRow.seller_key, SellerSightingRow.shop_url,
               SellerSightingRow.source, ComplaintRow.id, ComplaintRow.status, ComplaintRow.reason)
        .join(ComplaintRow, SellerSightingRow.complaint_id == ComplaintRow.id)
        .order_by(ComplaintRow.id, SellerSightingRow.id)
    ).all()
    for site, seller_id, key, shop_url, source, complaint_id, status, reason in sightings:
        entry = found.setdefault((site, key), (SellerRef(site=site, seller_id=seller_id, shop_url=shop_url), {}))
        complaint = entry[1].setdefault(str(complaint_id), SellerComplaint(complaint_id=str(complaint_id), status=status, reason=reason, listings=0))
        if source not in complaint.sources:
            complaint.sources.append(source)
    return found


def list_sellers(store, *, min_complaints: int = 2, site: str | None = None) -> list[SellerRecord]:
    """Sellers named in at least `min_complaints` complaints, most complaints first."""
    with store.reading() as session:
        found = _sellers(session)
    records = []
    for ref, complaints in found.values():
        if len(complaints) < min_complaints or (site and ref.site != site):
            continue
        items = sorted(complaints.values(), key=lambda item: int(item.complaint_id))
        records.append(SellerRecord(
            site=ref.site, seller_id=ref.seller_id, shop_url=ref.shop_url, complaints=items,
            outcomes=dict(Counter(item.status for item in items)), listings=sum(item.listings for item in items),
        ))
    return sorted(records, key=lambda record: (-len(record.complaints), record.site, record.seller_id.lower()))


def reported_before(store, refs: list[SellerRef], *, except_complaint: str | None = None) -> list[SellerRecord]:
    """The team's earlier complaints naming any of these sellers (for a draft: 'this shop was reported before')."""
    wanted = {(ref.site, " ".join(ref.seller_id.lower().split())) for ref in refs}
    if not wanted:
        return []
    with store.reading() as session:
        found = _sellers(session)
    records = []
    for key in sorted(wanted):
        if key not in found:
            continue
        ref, complaints = found[key]
        items = sorted((item for item in complaints.values() if item.complaint_id != except_complaint), key=lambda item: int(item.complaint_id))
        if items:
            records.append(SellerRecord(
                site=ref.site, seller_id=ref.seller_id, shop_url=ref.shop_url, complaints=items,
                outcomes=dict(Counter(item.status for item in items)), listings=sum(item.listings for item in items),
            ))
    return records
