"""The team's store under bad input, on SQLite and PostgreSQL: transitions re-check the rules on the complaint as
stored (whatever surface asks), and values the database cannot hold (NUL bytes, ids past its integer column) are
refused with a plain message instead of a database error."""

from __future__ import annotations

import pytest

from assistant.domain.lifecycle import Status
from assistant.domain.models import ListingRef
from assistant.errors import BadInput, ValidationFailed
from assistant.services.complaints import ComplaintService
from assistant.store import listings
from assistant.store.listings import ListingsAlreadyActive
from tests.sample_complaints import ListingIds, sample_complaint


@pytest.fixture
def service(store):
    return ComplaintService(store)


def claimed(service: ComplaintService) -> int:
    with service.store.reading() as session:
        return len(listings.holders_of(session, [f"https://www.aliexpress.com/item/{n}.html" for n in range(1005000, 1006001)]))


@pytest.mark.parametrize("target", ["ready", "filed"])
def test_a_javascript_listing_never_moves_forward(service, target):
    complaint = sample_complaint([1]).model_copy(update={"listings": [ListingRef(url="javascript:alert(1)")]})
    record = service.create_draft(complaint, idempotency_key="js", actor="ann")
    with pytest.raises(ValidationFailed, match="javascript") as refusal:
        service.transition(record.id, target, actor="ann")
    assert refusal.value.report is not None and not refusal.value.report.ok
    with pytest.raises(ValidationFailed):
        service.file(record.id, idempotency_key="f", actor="ann")
    assert service.show(record.id).status is Status.DRAFT


def test_a_complaint_over_the_link_limit_claims_nothing(service):
    record = service.create_draft(sample_complaint(list(range(1005000, 1006000))), idempotency_key="many", actor="ann")
    with pytest.raises(ValidationFailed, match="at most 300"):
        service.transition(record.id, "ready", actor="ann")
    assert service.show(record.id).status is Status.DRAFT and claimed(service) == 0


def test_ready_to_filed_checks_again_and_the_listing_rule_holds(service):
    ids = ListingIds()
    shared = ids.take(1)
    first = service.create_draft(sample_complaint(shared), idempotency_key="a", actor="ann")
    second = service.create_draft(sample_complaint(shared + ids.take(1)), idempotency_key="b", actor="bob")
    service.transition(first.id, "ready", actor="ann")
    assert service.transition(first.id, "filed", actor="ann").status is Status.FILED  # its own claim is no obstacle
    with pytest.raises(ListingsAlreadyActive):
        service.transition(second.id, "ready", actor="bob")
    assert service.show(second.id).status is Status.DRAFT


def test_a_valid_complaint_still_moves_forward(service):
    record = service.create_draft(sample_complaint([1005001]), idempotency_key="ok", actor="ann")
    assert service.transition(record.id, "ready", actor="ann").status is Status.READY


def test_a_nul_byte_is_refused_plainly(service, database_url):
    complaint = sample_complaint([1005001]).model_copy(update={"statement": "Counterfeit\x00 shoes."})
    if database_url.startswith("postgresql"):
        with pytest.raises(BadInput, match="NUL"):
            service.create_draft(complaint, idempotency_key="nul", actor="ann")
        assert service.list() == []
    else:  # SQLite stores it as given
        assert service.create_draft(complaint, idempotency_key="nul", actor="ann").complaint.statement == "Counterfeit\x00 shoes."
    if database_url.startswith("postgresql"):
        record = service.create_draft(sample_complaint([1005002]), idempotency_key="clean", actor="ann")
        service.transition(record.id, "filed", actor="ann")
        with pytest.raises(BadInput, match="NUL"):
            service.record_counter_notice(record.id, received_on=record.created_at.date(), text="Dear \x00 team", actor="ann")
        assert service.show(record.id).counter_notices == []


@pytest.mark.parametrize("number", [2**31, 2**63, 10**23])
def test_ids_beyond_the_integer_column_are_refused_before_the_database(service, number):
    for call in (lambda: service.show(number), lambda: service.transition(str(number), "withdrawn", actor="ann")):
        with pytest.raises(BadInput, match="not a complaint id"):
            call()
