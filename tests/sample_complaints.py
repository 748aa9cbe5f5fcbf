"""Complaints and rights for the store, service and CLI tests."""

from __future__ import annotations

from assistant.domain.models import Complaint, IPRight, ListingRef

ITEM = "https://www.aliexpress.com/item/{}.html"


def sample_right(**changes) -> IPRight:
    values = dict(
        ip_type="trademark",
        name="ACME",
        registration_number="30123456",
        places_of_registration=["Mainland China"],
        classes=[25],
        owner="ACME GmbH",
        approval_status="approved",
    )
    return IPRight.model_validate(values | changes)


def sample_complaint(item_ids=(1005001,), *, site="aliexpress", reason="counterfeit_features", prices=None, **changes) -> Complaint:
    """A complaint on ``site`` with one product listing per item id (already normalized)."""
    prices = prices or {}
    listings = [
        ListingRef(url=ITEM.format(item) + "?spm=x", normalized=ITEM.format(item), site=site, kind="product", listing_id=str(item),
                   price=prices.get(item), currency="USD" if item in prices else None)
        for item in item_ids
    ]
    values = dict(
        site=site,
        complainant={"name": "ACME GmbH", "holder_type": "company", "role": "rights_holder"},
        ip_right=sample_right().model_dump(mode="json"),
        reason=reason,
        listings=[listing.model_dump(mode="json") for listing in listings],
        evidence=[{"kind": "comparison_document", "description": "Same-angle comparison", "file": "comparison.pdf"}],
        statement="The listing sells counterfeit ACME shoes.",
    )
    return Complaint.model_validate(values | changes)


class SteppingClock:
    """A clock that starts at a fixed moment and moves a second per reading, so 'last changed' is well ordered."""

    def __init__(self, start):
        self.now = start

    def __call__(self):
        from datetime import timedelta

        self.now = self.now + timedelta(seconds=1)
        return self.now


class ListingIds:
    """Fresh item ids, so each complaint in a test gets listings of its own."""

    def __init__(self, start: int = 1005000000):
        self.next = start

    def take(self, count: int = 1) -> list[int]:
        ids = list(range(self.next, self.next + count))
        self.next += count
        return ids
