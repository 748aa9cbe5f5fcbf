"""The complaint lifecycle on both backends: every transition allowed and refused, listing claims, audit entries."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.domain.lifecycle import ACTIVE_STATUSES, ALLOWED_TRANSITIONS, OUTCOME_STATUSES, Status, check_transition, refusal_reason
from assistant.errors import Conflict, ValidationFailed
from assistant.services.complaints import ComplaintService
from assistant.store.listings import ListingsAlreadyActive
from tests.sample_complaints import ITEM, ListingIds, SteppingClock, sample_complaint

# The shortest way to reach each status from a new draft.
PATH = {
    Status.DRAFT: [],
    Status.READY: [Status.READY],
    Status.FILED: [Status.FILED],
    Status.UNDER_REVIEW: [Status.FILED, Status.UNDER_REVIEW],
    Status.COUNTER_NOTICE_RECEIVED: [Status.FILED, Status.COUNTER_NOTICE_RECEIVED],
    Status.AWAITING_OUR_RESPONSE: [Status.FILED, Status.COUNTER_NOTICE_RECEIVED, Status.AWAITING_OUR_RESPONSE],
    Status.REMOVED: [Status.FILED, Status.REMOVED],
    Status.RESTORED: [Status.FILED, Status.COUNTER_NOTICE_RECEIVED, Status.RESTORED],
    Status.WITHDRAWN: [Status.WITHDRAWN],
    Status.REJECTED: [Status.FILED, Status.REJECTED],
}


@pytest.fixture
def service(store):
    store.clock = SteppingClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    return ComplaintService(store)


def _at(service: ComplaintService, status: Status, ids: ListingIds, key: str) -> str:
    record = service.create_draft(sample_complaint(ids.take(2)), idempotency_key=key, actor="ann")
    for step in PATH[status]:
        service.transition(record.id, step, actor="ann")
    return record.id


def test_every_status_has_a_transition_rule_and_the_path_table_is_legal():
    assert set(ALLOWED_TRANSITIONS) == set(Status)
    for status, steps in PATH.items():
        current = Status.DRAFT
        for step in steps:
            check_transition(current, step)
            current = step
        assert current == status


def test_refusals_give_a_reason():
    assert refusal_reason(Status.DRAFT, Status.READY) is None
    assert "cannot become 'removed'" in refusal_reason(Status.DRAFT, Status.REMOVED)
    assert "ready" in refusal_reason(Status.DRAFT, Status.REMOVED)  # the allowed next steps are listed
    assert "closed" in refusal_reason(Status.WITHDRAWN, Status.DRAFT)
    assert "already" in refusal_reason(Status.FILED, Status.FILED)


@pytest.mark.parametrize("start", list(Status), ids=str)
def test_every_transition_from_a_status_is_allowed_or_refused_as_the_table_says(service, start):
    ids = ListingIds()
    refused_here = _at(service, start, ids, key=f"{start}-refusals")  # a refusal changes nothing, so one complaint serves them all
    for target in Status:
        allowed = target in ALLOWED_TRANSITIONS[start]
        complaint_id = _at(service, start, ids, key=f"{start}-{target}") if allowed else refused_here
        before = service.show(complaint_id)
        audit_before = len(service.audit_log(complaint_id))
        if allowed:
            after = service.transition(complaint_id, target, actor="bob", note="step")
            assert after.status == target
            assert after.version == before.version + 1
            assert after.events[-1].from_status == start and after.events[-1].to_status == target
            assert after.events[-1].actor == "bob"
            entries = service.audit_log(complaint_id)
            assert len(entries) == audit_before + 1
            assert entries[-1].before["status"] == start and entries[-1].after["status"] == target
            held = service.active_listings([listing.normalized for listing in after.complaint.listings])
            assert bool(held) == (target in ACTIVE_STATUSES)
            assert (after.closed_at is not None) == (target in OUTCOME_STATUSES)
        else:
            with pytest.raises(Conflict) as refused:
                service.transition(complaint_id, target, actor="bob")
            assert f"'{start}'" in refused.value.message
            after = service.show(complaint_id)
            assert after.status == start and after.version == before.version and len(after.events) == len(before.events)
            assert len(service.audit_log(complaint_id)) == audit_before


def test_ready_claims_the_listings_and_going_back_to_draft_releases_them(service):
    record = service.create_draft(sample_complaint([1, 2]), idempotency_key="a", actor="ann")
    urls = [ITEM.format(1), ITEM.format(2)]
    assert service.active_listings(urls) == set()  # a draft holds nothing
    service.transition(record.id, "ready", actor="ann")
    assert service.active_complaints_for(urls) == {url: record.id for url in urls}
    service.transition(record.id, "draft", actor="ann")
    assert service.active_listings(urls) == set()


def test_a_listing_in_an_active_complaint_cannot_be_claimed_again_until_the_outcome(service):
    first = service.create_draft(sample_complaint([1, 2]), idempotency_key="a", actor="ann")
    second = service.create_draft(sample_complaint([2, 3]), idempotency_key="b", actor="bob")
    service.transition(first.id, "filed", actor="ann")
    with pytest.raises(ListingsAlreadyActive) as refused:
        service.transition(second.id, "ready", actor="bob")
    assert refused.value.code == "already_in_active_complaint"
    assert refused.value.holders == {ITEM.format(2): int(first.id)}
    assert f"complaint {first.id}" in refused.value.message
    assert service.show(second.id).status == Status.DRAFT
    assert service.active_listings([ITEM.format(3)]) == set()  # nothing of the refused complaint was claimed
    service.transition(first.id, "removed", actor="ann")
    assert service.transition(second.id, "ready", actor="bob").status == Status.READY


def test_an_appeal_after_removal_reopens_the_complaint_and_claims_its_listings_again(service):
    record = service.create_draft(sample_complaint([1]), idempotency_key="a", actor="ann")
    service.transition(record.id, "filed", actor="ann")
    removed = service.transition(record.id, "removed", actor="ann")
    assert removed.closed_at is not None and service.active_listings([ITEM.format(1)]) == set()
    reopened = service.transition(record.id, "counter_notice_received", actor="ann")
    assert reopened.closed_at is None
    assert service.active_listings([ITEM.format(1)]) == {ITEM.format(1)}


def test_a_complaint_without_listings_cannot_be_made_ready(service):
    record = service.create_draft(sample_complaint([]), idempotency_key="a", actor="ann")
    with pytest.raises(ValidationFailed, match="no listings"):
        service.transition(record.id, "ready", actor="ann")
    assert service.show(record.id).status == Status.DRAFT


def test_the_platform_id_is_set_once(service):
    record = service.create_draft(sample_complaint([1]), idempotency_key="a", actor="ann")
    filed = service.transition(record.id, "filed", actor="ann", platform_complaint_id="IPP-1")
    assert filed.complaint.platform_complaint_id == "IPP-1"
    with pytest.raises(Conflict, match="IPP-1"):
        service.transition(record.id, "under_review", actor="ann", platform_complaint_id="IPP-2")
    assert service.show(record.id).status == Status.FILED


def test_an_unknown_status_is_bad_input(service):
    from assistant.errors import BadInput

    record = service.create_draft(sample_complaint([1]), idempotency_key="a", actor="ann")
    with pytest.raises(BadInput, match="not a complaint status"):
        service.transition(record.id, "taken_down", actor="ann")
