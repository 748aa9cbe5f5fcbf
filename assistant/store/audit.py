"""The audit log: one append-only entry per change, written in the same transaction as the change itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.domain.records import AuditEntry
from assistant.store.tables import AuditRow


def record_change(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    at: datetime,
) -> None:
    """Append who did what to which thing, when, with the state before and after."""
    session.add(
        AuditRow(at=at, actor=actor, action=action, entity_type=entity_type, entity_id=str(entity_id), before=before, after=after)
    )
    session.flush()


def audit_entries(session: Session, *, entity_type: str | None = None, entity_id: str | None = None) -> list[AuditEntry]:
    """The audit log, oldest first, optionally for one entity."""
    query = select(AuditRow).order_by(AuditRow.id)
    if entity_type is not None:
        query = query.where(AuditRow.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(AuditRow.entity_id == str(entity_id))
    return [
        AuditEntry(
            id=row.id,
            at=row.at,
            actor=row.actor,
            action=row.action,
            entity_type=row.entity_type,
            entity_id=row.entity_id,
            before=row.before,
            after=row.after,
        )
        for row in session.scalars(query)
    ]
