"""The complaints report on a constructed record: outcomes, Good Faith rates overall and per reason, value removed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from assistant.services.complaints import ComplaintService
from assistant.services.reports import months_before
from tests.sample_complaints import ListingIds, SteppingClock, sample_complaint

TODAY = date(2026, 11, 30)
IN_WINDOW = datetime(2026, 10, 15, tzinfo=UTC)
BEFORE_WINDOW = datetime(2026, 7, 1, tzinfo=UTC)


@pytest.fixture
def service(store):
    store.clock = SteppingClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    return ComplaintService(store)


def _complaint(service, ids, reason, count, outcome, when, prices=None, key=[0]):
    key[0] += 1
    items = ids.take(count)
    record = service.create_draft(
        sample_complaint(items, reason=reason, prices={item: price for item, price in zip(items, prices or [])}),
        idempotency_key=f"r{key[0]}", actor="ann",
    )
    service.transition(record.id, "filed", actor="ann", occurred_at=when)
    path = {"removed": ["removed"], "rejected": ["rejected"], "withdrawn": ["withdrawn"], "restored": ["counter_notice_received", "restored"]}
    for step in path[outcome]:
        service.transition(record.id, step, actor="ann", occurred_at=when)


def test_rates_per_reason_and_overall_with_the_thresholds_beside_them(service):
    ids = ListingIds()
    for n in range(9):
        _complaint(service, ids, "counterfeit_features", 1, "removed", IN_WINDOW, prices=[10.5] if n < 4 else None)
    _complaint(service, ids, "counterfeit_features", 1, "restored", IN_WINDOW)
    _complaint(service, ids, "image_theft", 3, "removed", IN_WINDOW, prices=[5, 5, 5])
    _complaint(service, ids, "image_theft", 1, "rejected", IN_WINDOW)
    _complaint(service, ids, "image_theft", 2, "withdrawn", IN_WINDOW)
    _complaint(service, ids, "counterfeit_features", 1, "removed", BEFORE_WINDOW, prices=[1000])  # outside the window
    service.create_draft(sample_complaint(ids.take(1)), idempotency_key="open", actor="ann")

    report = service.report(3, today=TODAY)
    assert report.window_start == date(2026, 8, 30)
    assert report.complaints_by_status["removed"] == 11 and report.complaints_by_status["draft"] == 1
    assert report.listings_by_status["removed"] == 13 and report.listings_by_status["withdrawn"] == 2

    overall = report.overall
    assert (overall.decided_complaints, overall.decided_listings, overall.withdrawn_complaints) == (12, 14, 1)
    assert overall.takedown_success_rate.value == pytest.approx(12 / 14)
    assert overall.takedown_success_rate.threshold == 0.90 and overall.takedown_success_rate.met is False
    assert overall.successful_counter_notice_rate.value == pytest.approx(1 / 14)
    assert overall.successful_counter_notice_rate.threshold == 0.05 and overall.successful_counter_notice_rate.met is False
    assert overall.enough_data is False and "third-party" in overall.note

    by_reason = {group.reason.value: group for group in report.per_reason}
    counterfeit, images = by_reason["counterfeit_features"], by_reason["image_theft"]
    assert counterfeit.takedown_success_rate.value == pytest.approx(0.9) and counterfeit.takedown_success_rate.met is True
    assert counterfeit.successful_counter_notice_rate.value == pytest.approx(0.1) and counterfeit.successful_counter_notice_rate.met is False
    assert images.takedown_success_rate.value == pytest.approx(0.75) and images.takedown_success_rate.met is False
    assert images.successful_counter_notice_rate.value == 0 and images.successful_counter_notice_rate.met is True
    assert report.all_thresholds_met is False

    values = {value.currency: (value.total, value.listings) for value in report.removed_value}
    assert values == {"USD": (4 * 10.5 + 3 * 5, 7)}  # the listing outside the window is not counted
    assert report.removed_listings_without_price == 5


def test_meeting_every_threshold(service):
    ids = ListingIds()
    for _ in range(3):
        _complaint(service, ids, "test_buy", 2, "removed", IN_WINDOW)
    report = service.report(3, today=TODAY)
    assert report.overall.takedown_success_rate.value == 1.0 and report.overall.successful_counter_notice_rate.value == 0.0
    assert report.all_thresholds_met is True
    assert report.overall.enough_data is False  # 3 complaints is still too few to mean much


def test_with_no_outcomes_the_report_says_there_is_nothing_to_measure(service):
    service.create_draft(sample_complaint([1]), idempotency_key="a", actor="ann")
    report = service.report(today=TODAY)
    assert report.months == 3
    assert report.overall.takedown_success_rate.value is None and report.overall.takedown_success_rate.met is None
    assert report.per_reason == [] and report.all_thresholds_met is None
    assert "nothing to measure" in report.overall.note


@pytest.mark.parametrize(
    "day, months, expected",
    [(date(2026, 11, 30), 3, date(2026, 8, 30)), (date(2026, 5, 31), 3, date(2026, 2, 28)), (date(2026, 2, 15), 3, date(2025, 11, 15))],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected
