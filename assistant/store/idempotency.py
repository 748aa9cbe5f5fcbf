"""Idempotency keys: a request repeated with the same key is answered from the first one, never done twice."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from assistant.errors import Conflict
from assistant.store.tables import IdempotencyKeyRow


def payload_hash(payload: Any) -> str:
    """A stable fingerprint of a request's content (JSON-able), independent of key order."""
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_key(operation: str, payload: Any) -> str:
    """A key derived from a request's content, for callers that give none: the same content gives the same key."""
    return f"{operation}-{payload_hash(payload)[:32]}"


def replayed_complaint_id(session: Session, operation: str, key: str, digest: str) -> int | None:
    """The complaint a previous request with this key produced; Conflict if that request carried other content."""
    row = session.get(IdempotencyKeyRow, (operation, key))
    if row is None:
        return None
    if row.payload_hash != digest:
        raise Conflict(
            f"The idempotency key '{key}' was already used by {row.actor} at {row.created_at:%Y-%m-%d %H:%M} UTC "
            f"for a different {operation} request (complaint {row.complaint_id}).",
            hint="Use a new key for a new request, or send exactly the same content to repeat the old one.",
        )
    return row.complaint_id


def remember(session: Session, operation: str, key: str, digest: str, complaint_id: int, actor: str, now: datetime) -> None:
    """Record that this key produced this complaint. A concurrent request with the same key fails on the primary key."""
    session.add(IdempotencyKeyRow(operation=operation, key=key, payload_hash=digest, complaint_id=complaint_id, actor=actor, created_at=now))
    session.flush()
