"""The rights registry use cases: add, change, show and list the team's IP rights. Each change is audited."""

from __future__ import annotations

import re
import uuid

from sqlalchemy.orm.exc import StaleDataError

from assistant.domain.models import IPRight, IPType
from assistant.domain.records import RightRecord
from assistant.errors import BadInput, Conflict
from assistant.store import audit
from assistant.store.engine import Store
from assistant.store.rights import find_rights, get_right_row, insert_right, right_record, update_right_row
from assistant.store.tables import RightRow

_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$")
_ID_PREFIX = {IPType.TRADEMARK: "tm", IPType.COPYRIGHT: "cr", IPType.PATENT: "pt"}


def _audit_state(row: RightRow) -> dict:
    return {"version": row.version, "team": row.team, "right": row.details}


class RightsRegistry:
    """The team's IP rights, as the platform's 'My IPR' list shows them."""

    def __init__(self, store: Store):
        self.store = store

    def add(self, right: IPRight, *, actor: str, team: str | None = None) -> RightRecord:
        """Add a right; its id is right.id, or one made from its type and number. A right already registered is a Conflict."""
        with self.store.transaction() as session:
            right_id = right.id or _new_id(right)
            if not _ID_PATTERN.match(right_id):
                raise BadInput(f"'{right_id}' cannot be a right id: use letters, digits and . _ : - (at most 80).")
            if session.get(RightRow, right_id) is not None:
                raise Conflict(f"The registry already has a right '{right_id}'.", hint="Use `rights update` to change it.")
            if right.registration_number:
                same = find_rights(session, ip_type=right.ip_type, registration_number=right.registration_number)
                if same:
                    raise Conflict(
                        f"The {right.ip_type} {right.registration_number} is already in the registry as '{same[0].id}'.",
                        hint="Use `rights update` to change it.",
                    )
            now = self.store.now()
            row = insert_right(session, right_id, right, team=team, actor=actor, now=now)
            audit.record_change(
                session, actor=actor, action="right.add", entity_type="right", entity_id=right_id, before=None, after=_audit_state(row), at=now
            )
            return right_record(row)

    def update(
        self, right_id: str, right: IPRight, *, actor: str, expected_version: int | None = None, team: str | None = None
    ) -> RightRecord:
        """Replace a right's details. With ``expected_version``, a right changed meanwhile is a Conflict naming who and when."""
        try:
            with self.store.transaction() as session:
                row = get_right_row(session, right_id)
                if expected_version is not None and row.version != expected_version:
                    raise _changed(row, expected_version)
                before = _audit_state(row)
                now = self.store.now()
                update_right_row(row, right, team=team if team is not None else row.team, actor=actor, now=now)
                session.flush()
                audit.record_change(
                    session, actor=actor, action="right.update", entity_type="right", entity_id=right_id,
                    before=before, after=_audit_state(row), at=now,
                )
                return right_record(row)
        except StaleDataError:
            with self.store.reading() as session:
                raise _changed(get_right_row(session, right_id), expected_version) from None

    def show(self, right_id: str) -> RightRecord:
        with self.store.reading() as session:
            return right_record(get_right_row(session, right_id))

    def list(self, *, ip_type: IPType | None = None, team: str | None = None) -> list[RightRecord]:
        with self.store.reading() as session:
            return [right_record(row) for row in find_rights(session, ip_type=ip_type, team=team)]


def _new_id(right: IPRight) -> str:
    number = re.sub(r"[^A-Za-z0-9]", "", right.registration_number or "")
    return f"{_ID_PREFIX[right.ip_type]}-{number}" if number else f"{_ID_PREFIX[right.ip_type]}-{uuid.uuid4().hex[:8]}"


def _changed(row: RightRow, expected_version: int | None) -> Conflict:
    return Conflict(
        f"Right '{row.id}' was changed by {row.updated_by} at {row.updated_at:%Y-%m-%d %H:%M:%S} UTC: it is at version {row.version}"
        + (f", not {expected_version}" if expected_version is not None else "")
        + ". Nothing was changed.",
        hint="Look at it again (`rights show`) and repeat your change.",
    )
