"""Rules the database itself enforces, whatever code runs: one active complaint per listing, an append-only audit log."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

NOW = datetime(2026, 11, 2, 9, 0)


def _complaint_with_listing(session, normalized: str) -> int:
    complaint_id = session.execute(
        text(
            "INSERT INTO complaints (site, right_snapshot, complainant, reason, statement, status, version, created_by, created_at,"
            " updated_by, updated_at) VALUES ('aliexpress', '{}', '{}', 'test_buy', '', 'filed', 1, 'raw', :now, 'raw', :now)"
            " RETURNING id"
        ),
        {"now": NOW},
    ).scalar_one()
    session.execute(
        text("INSERT INTO complaint_listings (complaint_id, position, url, normalized) VALUES (:c, 0, :url, :u)"),
        {"c": complaint_id, "url": normalized, "u": normalized},
    )
    return complaint_id


def _claim(session, complaint_id: int, normalized: str) -> None:
    session.execute(
        text("INSERT INTO active_listings (normalized, complaint_id, claimed_at) VALUES (:u, :c, :now)"),
        {"u": normalized, "c": complaint_id, "now": NOW},
    )


def test_the_database_refuses_a_second_active_claim_on_a_listing(store):
    url = "https://www.aliexpress.com/item/1005001.html"
    with store.transaction() as session:
        first = _complaint_with_listing(session, url)
        second = _complaint_with_listing(session, url)
        _claim(session, first, url)
    with pytest.raises(IntegrityError), store.transaction() as session:
        _claim(session, second, url)
    with store.reading() as session:
        assert session.execute(text("SELECT complaint_id FROM active_listings")).scalars().all() == [first]


def test_a_claim_must_name_a_listing_of_that_complaint(store):
    with store.transaction() as session:
        complaint = _complaint_with_listing(session, "https://www.aliexpress.com/item/1.html")
    with pytest.raises(IntegrityError), store.transaction() as session:
        _claim(session, complaint, "https://www.aliexpress.com/item/2.html")


def test_the_audit_log_refuses_updates_and_deletes(store):
    with store.transaction() as session:
        session.execute(
            text("INSERT INTO audit_log (at, actor, action, entity_type, entity_id) VALUES (:now, 'ann', 'complaint.create', 'complaint', '1')"),
            {"now": NOW},
        )
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), store.transaction() as session:
            session.execute(text(statement))
    with store.reading() as session:
        assert session.execute(text("SELECT actor FROM audit_log")).scalars().all() == ["ann"]


def test_timestamps_come_back_in_utc(store):
    from assistant.store import audit

    moment = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    with store.transaction() as session:
        audit.record_change(session, actor="ann", action="x", entity_type="t", entity_id="1", before=None, after={"a": 1}, at=moment)
    with store.reading() as session:
        (entry,) = audit.audit_entries(session)
    assert entry.at == moment and entry.at.tzinfo is not None
