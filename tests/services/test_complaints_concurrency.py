"""Several writers at once, on both backends: idempotent creates and filings, one active complaint per listing,
optimistic locking, interrupted writes, and exactly one audit entry per change."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from assistant.domain.lifecycle import ACTIVE_STATUSES, Status
from assistant.errors import Conflict
from assistant.services.complaints import ComplaintService
from assistant.store import audit
from assistant.store.listings import ListingsAlreadyActive
from tests.sample_complaints import ITEM, SteppingClock, sample_complaint

WRITERS = 10


@pytest.fixture
def service(store):
    store.clock = SteppingClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    return ComplaintService(store)


def _count(store, table: str) -> int:
    with store.reading() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def _all_at_once(count: int, work):
    """Run ``work(i)`` in ``count`` threads released together; each result is a value or the exception raised."""
    barrier = threading.Barrier(count)

    def run(i):
        barrier.wait()
        try:
            return work(i)
        except Exception as error:  # noqa: BLE001 - the test inspects what each writer got
            return error

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_ten_concurrent_creates_with_one_key_make_one_complaint(service, store):
    complaint = sample_complaint([1, 2, 3])
    results = _all_at_once(WRITERS, lambda i: service.save_new_draft(complaint, idempotency_key="same-key", actor=f"user{i}"))
    assert all(not isinstance(result, Exception) for result in results), results
    assert len({result.record.id for result in results}) == 1
    assert sum(result.created for result in results) == 1
    assert _count(store, "complaints") == 1
    assert _count(store, "complaint_listings") == 3
    assert _count(store, "audit_log") == 1


def test_the_same_key_with_other_content_is_a_conflict(service, store):
    first = service.create_draft(sample_complaint([1]), idempotency_key="k", actor="ann")
    assert service.create_draft(sample_complaint([1]), idempotency_key="k", actor="bob").id == first.id
    with pytest.raises(Conflict, match="already used by ann"):
        service.create_draft(sample_complaint([2]), idempotency_key="k", actor="bob")
    assert _count(store, "complaints") == 1


def test_filing_twice_with_one_key_files_once(service, store):
    record = service.create_draft(sample_complaint([1]), idempotency_key="c", actor="ann")
    results = _all_at_once(4, lambda i: service.file(record.id, idempotency_key="file-1", actor=f"user{i}", platform_complaint_id="IPP-9"))
    assert all(not isinstance(result, Exception) for result in results), results
    final = service.show(record.id)
    assert final.status == Status.FILED
    assert [event.to_status for event in final.events] == [Status.DRAFT, Status.FILED]
    with pytest.raises(Conflict, match="file-1"):
        service.file(record.id, idempotency_key="file-1", actor="ann", platform_complaint_id="IPP-10")
    assert len(service.audit_log(record.id)) == 2  # create + one filing


def test_racing_filings_with_a_shared_listing_leave_exactly_one_winner(service, store):
    shared = 777
    drafts = [service.create_draft(sample_complaint([shared, 1000 + i]), idempotency_key=f"d{i}", actor="ann") for i in range(6)]
    results = _all_at_once(len(drafts), lambda i: service.transition(drafts[i].id, "filed", actor=f"user{i}"))
    winners = [result for result in results if not isinstance(result, Exception)]
    losers = [result for result in results if isinstance(result, Exception)]
    assert len(winners) == 1
    assert all(isinstance(loser, ListingsAlreadyActive) for loser in losers), losers
    assert all(loser.holders == {ITEM.format(shared): int(winners[0].id)} for loser in losers)
    assert service.active_complaints_for([ITEM.format(shared)]) == {ITEM.format(shared): winners[0].id}
    # the losers claimed nothing, not even their own listings, and stay drafts
    assert _count(store, "active_listings") == 2
    assert [s.status for s in service.list()].count(Status.DRAFT) == 5


def test_overlapping_complaints_never_share_an_active_listing(service, store):
    sets = [[1, 2], [2, 3], [3, 4], [4, 1], [5], [1, 3, 5]]
    drafts = [service.create_draft(sample_complaint(items), idempotency_key=f"o{i}", actor="ann") for i, items in enumerate(sets)]
    _all_at_once(len(drafts), lambda i: service.transition(drafts[i].id, "ready", actor=f"user{i}"))
    with store.reading() as session:
        claims = session.execute(text("SELECT normalized, complaint_id FROM active_listings")).all()
    holders = dict(claims)
    assert len(holders) == len(claims)  # one holder per listing
    for record in (service.show(d.id) for d in drafts):
        mine = {listing.normalized for listing in record.complaint.listings}
        held = {url for url, owner in holders.items() if owner == int(record.id)}
        # an active complaint holds all of its listings; a draft holds none
        assert held == (mine if record.status in ACTIVE_STATUSES else set())


def test_a_stale_edit_is_refused_and_says_who_changed_the_draft(service):
    record = service.create_draft(sample_complaint([1]), idempotency_key="e", actor="ann")
    service.update_draft(record.id, sample_complaint([1, 2]), actor="bob", expected_version=record.version)
    with pytest.raises(Conflict) as refused:
        service.update_draft(record.id, sample_complaint([3]), actor="cy", expected_version=record.version)
    assert "bob" in refused.value.message and "version 2" in refused.value.message
    kept = service.show(record.id)
    assert [listing.normalized for listing in kept.complaint.listings] == [ITEM.format(1), ITEM.format(2)]
    assert kept.updated_by == "bob"


def test_concurrent_edits_of_one_version_let_exactly_one_through(service):
    record = service.create_draft(sample_complaint([1]), idempotency_key="e", actor="ann")
    results = _all_at_once(
        5, lambda i: service.update_draft(record.id, sample_complaint([10 + i]), actor=f"user{i}", expected_version=record.version)
    )
    winners = [result for result in results if not isinstance(result, Exception)]
    assert len(winners) == 1
    assert all(isinstance(result, Conflict) for result in results if result not in winners)
    final = service.show(record.id)
    assert final.version == record.version + 1
    assert final.complaint.listings[0].normalized == winners[0].complaint.listings[0].normalized
    assert len(service.audit_log(record.id)) == 2


def test_an_interrupted_create_leaves_nothing_behind(service, store, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(audit, "record_change", fail)
    with pytest.raises(RuntimeError):
        service.create_draft(sample_complaint([1, 2]), idempotency_key="k", actor="ann")
    for table in ("complaints", "complaint_listings", "evidence", "status_events", "idempotency_keys", "audit_log"):
        assert _count(store, table) == 0, table
    monkeypatch.undo()
    # the key was not spent: the same request now succeeds
    assert service.create_draft(sample_complaint([1, 2]), idempotency_key="k", actor="ann").status == Status.DRAFT


def test_an_interrupted_filing_changes_nothing(service, store, monkeypatch):
    record = service.create_draft(sample_complaint([1, 2]), idempotency_key="k", actor="ann")
    monkeypatch.setattr(audit, "record_change", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("disk full")))
    with pytest.raises(RuntimeError):
        service.file(record.id, idempotency_key="f", actor="ann", platform_complaint_id="IPP-1")
    monkeypatch.undo()
    after = service.show(record.id)
    assert after.status == Status.DRAFT and after.version == record.version and after.complaint.platform_complaint_id is None
    assert _count(store, "active_listings") == 0
    assert _count(store, "idempotency_keys") == 1  # the create's key only
    assert len(after.events) == 1


def test_every_change_writes_exactly_one_audit_entry(service, store):
    record = service.create_draft(sample_complaint([1]), idempotency_key="a", actor="ann")
    service.create_draft(sample_complaint([1]), idempotency_key="a", actor="ann")  # a replay is no change
    service.update_draft(record.id, sample_complaint([1, 2]), actor="bob", expected_version=1)
    with pytest.raises(Conflict):
        service.transition(record.id, "removed", actor="bob")  # refused: no change
    service.transition(record.id, "ready", actor="ann")
    service.file(record.id, idempotency_key="f", actor="ann")
    service.file(record.id, idempotency_key="f", actor="ann")  # replay
    service.record_counter_notice(record.id, received_on=datetime(2026, 11, 3).date(), text="We bought from the brand.", actor="cy")
    service.transition(record.id, "awaiting_our_response", actor="ann")
    entries = service.audit_log(record.id)
    assert [entry.action for entry in entries] == [
        "complaint.create",
        "complaint.update_draft",
        "complaint.transition",
        "complaint.transition",
        "complaint.counter_notice",
        "complaint.transition",
    ]
    assert [entry.actor for entry in entries] == ["ann", "bob", "ann", "ann", "cy", "ann"]
    assert entries[1].before["content"]["listings"][0]["normalized"] == ITEM.format(1)
    assert len(entries[1].after["content"]["listings"]) == 2
    assert [e.after["status"] for e in entries[2:]] == ["ready", "filed", "counter_notice_received", "awaiting_our_response"]
    assert _count(store, "audit_log") == len(entries)
