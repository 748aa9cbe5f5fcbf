"""The rights registry: the team's IP rights as the platform's 'My IPR' list shows them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.domain.models import IPRight, IPType
from assistant.domain.records import RightRecord
from assistant.errors import NotFound
from assistant.store.tables import RightRow

# IPRight fields mirrored in columns for queries; the whole right is kept in ``details`` (``id`` is the primary key).
RIGHT_FIELDS = (
    "ip_type",
    "patent_kind",
    "name",
    "registration_number",
    "registered",
    "places_of_registration",
    "classes",
    "expiry_date",
    "owner",
    "approval_status",
    "certificate_copy",
    "certificate_sealed_or_signed",
    "china_extension",
)


def _columns(right: IPRight) -> dict:
    values = right.model_dump(mode="json", include=set(RIGHT_FIELDS))
    values["expiry_date"] = right.expiry_date  # a date column, not its ISO text
    values["details"] = right.model_dump(mode="json", exclude={"id"})
    return values


def insert_right(session: Session, right_id: str, right: IPRight, *, team: str | None, actor: str, now: datetime) -> RightRow:
    """Add a right under ``right_id``; the caller has checked the id is free."""
    row = RightRow(id=right_id, team=team, created_by=actor, created_at=now, updated_by=actor, updated_at=now, **_columns(right))
    session.add(row)
    session.flush()
    return row


def update_right_row(row: RightRow, right: IPRight, *, team: str | None, actor: str, now: datetime) -> None:
    """Overwrite a right's fields (its id stays); the version column catches a concurrent edit at flush."""
    for name, value in _columns(right).items():
        setattr(row, name, value)
    row.team = team
    row.updated_by, row.updated_at = actor, now


def get_right_row(session: Session, right_id: str) -> RightRow:
    row = session.get(RightRow, right_id)
    if row is None:
        raise NotFound(f"There is no right '{right_id}' in the registry.", hint="`ipr-assistant rights list` shows them.")
    return row


def find_rights(session: Session, *, ip_type: IPType | None = None, team: str | None = None, registration_number: str | None = None) -> list[RightRow]:
    """Rights in the registry, by name, filtered as asked."""
    query = select(RightRow).order_by(RightRow.name, RightRow.id)
    if ip_type is not None:
        query = query.where(RightRow.ip_type == ip_type.value)
    if team is not None:
        query = query.where(RightRow.team == team)
    if registration_number is not None:
        query = query.where(RightRow.registration_number == registration_number)
    return list(session.scalars(query))


def right_from_row(row: RightRow) -> IPRight:
    return IPRight.model_validate({**row.details, "id": row.id})


def right_record(row: RightRow) -> RightRecord:
    return RightRecord(
        right=right_from_row(row),
        team=row.team,
        version=row.version,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )
