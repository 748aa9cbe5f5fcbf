"""The team's records for the Slack tests: complaints owned by Slack users, and rights in the registry."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

from assistant.services.rights import RightsRegistry
from integrations.slack.roles import actor_of
from tests.sample_complaints import sample_complaint, sample_right

_items = itertools.count(1005001000)


def complaint_of(services: Any, owner: str, *, site: str = "aliexpress", filed: bool = False, our_response_in_days: int | None = None) -> Any:
    """A complaint owned by Slack user ``owner``: a draft, or filed; with a counter-notice whose answer is due in N days."""
    complaints = services.complaints
    record = complaints.create_draft(
        sample_complaint([next(_items)], site=site), idempotency_key=f"seed-{next(_items)}", actor=actor_of(owner)
    )
    if filed or our_response_in_days is not None:
        record = complaints.transition(record.id, "filed", actor=actor_of(owner))
    if our_response_in_days is not None:
        today = date.today()
        complaints.record_counter_notice(
            record.id, received_on=today, text="We bought the goods from the brand.", actor=actor_of(owner),
            response_due=today + timedelta(days=our_response_in_days),
        )
        record = complaints.show(record.id)
    return record


def add_right(services: Any, **changes: Any) -> Any:
    """A right in the team's registry (approved ACME trademark registered in Mainland China unless changed)."""
    return RightsRegistry(services.complaints.store).add(sample_right(**changes), actor="test")
