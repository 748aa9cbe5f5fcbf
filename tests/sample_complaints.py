"""Complaints and rights for the store, service and CLI tests."""

from __future__ import annotations

from assistant.domain.models import REASON_IP_TYPE, Complaint, ComplaintReason, IPRight, ListingRef

ITEM = "https://www.aliexpress.com/item/{}.html"
# A product page per site, in the checker's canonical form: ready and filed re-validate, so listings match the site.
SITE_ITEM = {
    "aliexpress": ITEM,
    "taobao": "https://item.taobao.com/item.htm?id={}",
    "tmall": "https://detail.tmall.com/item.htm?id={}",
    "1688": "https://detail.1688.com/offer/{}.html",
    "alibaba": "https://www.alibaba.com/product-detail/_{}.html",
    "lazada": "https://www.lazada.sg/products/i{}.html",
    "miravia": "https://www.miravia.es/p/i{}.html",
}
# The complaint-stage evidence each reason needs, so a sample complaint passes validation as it is.
REASON_EVIDENCE = {
    "counterfeit_features": [{"kind": "comparison_document", "description": "Same-angle comparison", "file": "comparison.pdf"}],
    "test_buy": [
        {"kind": "test_buy_order_number", "reference": "8123456789"},
        {"kind": "test_buy_report", "file": "test-buy-report.pdf", "sealed_or_signed": True},
    ],
    "image_theft": [{"kind": "original_image_files", "file": "originals.zip"}],
    "official_image_theft": [{"kind": "official_page_screenshot", "file": "official.png"}],
}


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
    template = SITE_ITEM.get(str(site), ITEM)
    listings = [
        ListingRef(url=template.format(item) + ("&spm=x" if "?" in template else "?spm=x"), normalized=template.format(item), site=site,
                   kind="product", listing_id=str(item), price=prices.get(item), currency="USD" if item in prices else None)
        for item in item_ids
    ]
    ip_type = REASON_IP_TYPE[ComplaintReason(reason)].value
    right = sample_right(ip_type=ip_type, **({"patent_kind": "design"} if ip_type == "patent" else {}))
    values = dict(
        site=site,
        complainant={"name": "ACME GmbH", "holder_type": "company", "role": "rights_holder"},
        ip_right=right.model_dump(mode="json"),
        reason=reason,
        listings=[listing.model_dump(mode="json") for listing in listings],
        evidence=REASON_EVIDENCE.get(str(reason), []),
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
