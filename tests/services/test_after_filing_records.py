"""Repeat sellers, expiring rights and powers of attorney, and the distance to the Good Faith thresholds."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.sellers import seller_of
from assistant.services.complaints import ComplaintService
from assistant.services.good_faith_distance import distance
from assistant.services.renewals import renewals_due
from assistant.services.rights import RightsRegistry
from assistant.services.sellers import list_sellers, reported_before
from tests.sample_complaints import ListingIds, sample_complaint, sample_right

STORE_LINK = "https://www.aliexpress.com/store/{}"
STORE_PRODUCT = "https://www.aliexpress.com/store/product/acme-shoes/{}_{}.html"


@pytest.fixture
def service(store):
    return ComplaintService(store)


def test_the_seller_a_link_names():
    assert seller_of(STORE_LINK.format(912345), "aliexpress", "shop", "912345").seller_id == "912345"
    assert seller_of(STORE_PRODUCT.format(912345, 1005001), "aliexpress", "product", "1005001").seller_id == "912345"
    assert seller_of("https://acmefakes.en.alibaba.com/product/1600123.html", "alibaba", "product", "1600123").seller_id == "acmefakes"
    assert seller_of("https://www.aliexpress.com/item/1005001.html", "aliexpress", "product", "1005001") is None


def test_a_shop_in_two_complaints_is_a_repeat_seller_with_its_outcomes(service):
    ids = ListingIds()
    first = service.create_draft(sample_complaint(listings=[{"url": STORE_PRODUCT.format(777, ids.take()[0])}]), idempotency_key="a", actor="ann")
    service.transition(first.id, "filed", actor="ann")
    service.transition(first.id, "removed", actor="ann")
    second = service.create_draft(sample_complaint(listings=[{"url": STORE_LINK.format(777)}, {"url": STORE_LINK.format(888)}]), idempotency_key="b", actor="ann")
    sellers = list_sellers(service.store)
    assert [(s.site, s.seller_id) for s in sellers] == [("aliexpress", "777")]
    assert {c.complaint_id for c in sellers[0].complaints} == {first.id, second.id}
    assert sellers[0].outcomes == {"removed": 1, "draft": 1}
    assert len(list_sellers(service.store, min_complaints=1)) == 2
    before = reported_before(service.store, [seller_of(STORE_LINK.format(777), "aliexpress", "shop", "777")], except_complaint=second.id)
    assert [c.complaint_id for c in before[0].complaints] == [first.id]


def test_rights_and_powers_of_attorney_expiring_within_the_window(service):
    registry = RightsRegistry(service.store)
    soon = registry.add(sample_right(registration_number="111", expiry_date="2026-12-10"), actor="ann")
    registry.add(sample_right(registration_number="222", expiry_date="2030-01-01"), actor="ann")
    agent = sample_complaint(
        ListingIds().take(1), complainant={"name": "Brandguard LLP", "holder_type": "company", "role": "agent"},
        rights_holder={"name": "ACME GmbH", "holder_type": "company"},
        ip_right=soon.right.model_dump(mode="json"),
        evidence=[{"kind": "power_of_attorney", "file": "poa.pdf", "valid_until": "2026-12-05"}],
    )
    record = service.create_draft(agent, idempotency_key="agent", actor="ann")
    items = renewals_due(service.store, days=30, today=date(2026, 11, 29))
    assert [(i.kind, i.due_on.isoformat(), i.days_left) for i in items] == [
        ("power_of_attorney_expires", "2026-12-05", 6), ("right_expires", "2026-12-10", 11),
    ]
    assert items[1].complaints == [record.id] and "renewal certificate" in items[1].upload_after_renewal
    assert "new power of attorney" in items[0].upload_after_renewal
    assert renewals_due(service.store, days=5, today=date(2026, 11, 29)) == []


@pytest.mark.parametrize(
    ("removed", "restored", "decided", "needed", "spare", "excess", "spare_counter"),
    [
        (8, 1, 10, 10, 0, 10, 0),   # 80 %: 10 more removals make 18/20 = 90 %; 1/10 restored needs 10 more decided to reach 5 %
        (19, 1, 20, 0, 1, 0, 0),    # 95 %: one more failure keeps 19/21 >= 90 %; 1/20 = 5 % exactly
        (100, 0, 100, 0, 11, 0, 5),  # 100/111 >= 90 %; 5/105 <= 5 %
        (0, 0, 0, 0, 0, 0, 0),
    ],
)
def test_the_distance_to_the_thresholds(removed, restored, decided, needed, spare, excess, spare_counter):
    result = distance(removed, restored, decided, takedown_min=0.9, counter_max=0.05)
    assert (result.takedowns_needed, result.takedown_failures_to_spare, result.counter_notice_excess, result.counter_notices_to_spare) == (
        needed, spare, excess, spare_counter)
