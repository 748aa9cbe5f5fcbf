"""Correcting the day a recorded counter-notice reached us: the deadline counted again, the old day kept in the
history and the audit log, a day that cannot be refused with nothing changed (assistant/services/counter_notice_days.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from assistant.errors import BadInput, Conflict
from assistant.services.complaints import ComplaintService
from tests.sample_complaints import SteppingClock, sample_complaint

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TODAY = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def service(store):
    store.clock = SteppingClock(TODAY)
    return ComplaintService(store)


def _with_notice(service, site="taobao", key="t", **options):
    record = service.create_draft(sample_complaint([1], site=site), idempotency_key=key, actor="ann")
    service.transition(record.id, "filed", actor="ann", occurred_at=MONDAY)
    service.record_counter_notice(record.id, received_on=date(2026, 11, 13), text="We bought them from a distributor.", actor="cy", **options)
    return record.id


def test_the_day_is_corrected_the_deadline_counted_again_and_the_old_day_kept(service):
    number = _with_notice(service)
    corrected = service.correct_counter_notice_day(number, received_on=date(2026, 11, 12), actor="ann", said="12 November")
    assert corrected.changed and corrected.previous_received_on == date(2026, 11, 13) and corrected.received_on == date(2026, 11, 12)
    assert corrected.previous_response_due == date(2026, 11, 18) and corrected.response_due == date(2026, 11, 17)  # Taobao: 3 working days
    record = service.show(number)
    assert [(n.received_on, n.response_due, n.text) for n in record.counter_notices] == [
        (date(2026, 11, 12), date(2026, 11, 17), "We bought them from a distributor.")]
    assert record.status.value == "counter_notice_received"
    assert "corrected from 2026-11-13 to 2026-11-12 (your words: '12 November')" in record.events[-1].note
    entry = service.audit_log(number)[-1]
    assert entry.action == "complaint.counter_notice_day" and entry.actor == "ann"
    assert entry.before["received_on"] == "2026-11-13" and entry.after["received_on"] == "2026-11-12" and entry.after["said"] == "12 November"


def test_the_same_day_changes_nothing_and_a_deadline_typed_from_ipp_is_kept(service):
    number = _with_notice(service, site="aliexpress", key="a", response_due=date(2026, 11, 25))
    before = len(service.audit_log(number))
    assert not service.correct_counter_notice_day(number, received_on=date(2026, 11, 13), actor="ann").changed
    assert len(service.audit_log(number)) == before
    corrected = service.correct_counter_notice_day(number, received_on=date(2026, 11, 10), actor="ann")
    assert corrected.response_due == date(2026, 11, 25)


@pytest.mark.parametrize("day, words", [
    (date(2026, 11, 25), "is after today"), (date(2026, 10, 30), "is before the complaint was filed")])
def test_a_day_that_cannot_be_is_refused_and_nothing_changes(service, day, words):
    number = _with_notice(service)
    with pytest.raises(BadInput) as refused:
        service.correct_counter_notice_day(number, received_on=day, actor="ann")
    assert "The recorded day was not changed" in refused.value.message and words in refused.value.message
    assert [n.received_on for n in service.show(number).counter_notices] == [date(2026, 11, 13)]


def test_no_counter_notice_or_an_unknown_round_is_refused(service):
    record = service.create_draft(sample_complaint([2]), idempotency_key="d", actor="ann")
    with pytest.raises(Conflict):
        service.correct_counter_notice_day(record.id, received_on=date(2026, 11, 12), actor="ann")
    number = _with_notice(service, key="r")
    with pytest.raises(BadInput, match="no counter-notice round 2"):
        service.correct_counter_notice_day(number, received_on=date(2026, 11, 12), actor="ann", round_number=2)
