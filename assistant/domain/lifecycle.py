"""A complaint's lifecycle: its statuses and the transitions allowed between them, as plain data.

The main path: draft -> ready -> filed -> under_review -> removed. A seller's counter-notice or appeal moves a
complaint to counter_notice_received, then awaiting_our_response while the platform waits for our answer, and on to
removed (we prevailed) or restored (the seller did). ALLOWED_TRANSITIONS below is the whole truth.

Which statuses hold the listings:
- ``draft`` does not. Drafts are cheap and several people may prepare overlapping ones; the claim on a listing
  is made when a complaint becomes ``ready`` (or is filed straight from draft), and it is refused there, with
  the other complaint named, if the listing is already in an active complaint.
- ``ready`` to ``awaiting_our_response`` do: the platform refuses a link that is already in a complaint under review.
- ``removed``, ``restored``, ``withdrawn`` and ``rejected`` are outcomes and release the listings. ``removed`` may
  still reopen: a seller can counter-notify or appeal after the takedown (facts 4.1-4.3), which makes the
  complaint active again and claims its listings anew.
"""

from __future__ import annotations

from enum import StrEnum

from assistant.errors import BadInput, Conflict


class Status(StrEnum):
    """Where a complaint stands, from the first draft to its outcome on the platform."""

    DRAFT = "draft"  # being written; holds no listing
    READY = "ready"  # checked and about to be filed; holds its listings
    FILED = "filed"  # submitted on the platform
    UNDER_REVIEW = "under_review"  # the platform is reviewing it (or our reply)
    COUNTER_NOTICE_RECEIVED = "counter_notice_received"  # the seller counter-notified or appealed
    AWAITING_OUR_RESPONSE = "awaiting_our_response"  # the platform waits for our answer to the seller
    REMOVED = "removed"  # the listings were taken down
    RESTORED = "restored"  # the seller's counter-notice succeeded; the listings are back
    WITHDRAWN = "withdrawn"  # we dropped it (before or after filing)
    REJECTED = "rejected"  # the platform refused the complaint


ACTIVE_STATUSES = frozenset(
    {Status.READY, Status.FILED, Status.UNDER_REVIEW, Status.COUNTER_NOTICE_RECEIVED, Status.AWAITING_OUR_RESPONSE}
)
OUTCOME_STATUSES = frozenset({Status.REMOVED, Status.RESTORED, Status.WITHDRAWN, Status.REJECTED})

ALLOWED_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.READY, Status.FILED, Status.WITHDRAWN}),
    Status.READY: frozenset({Status.DRAFT, Status.FILED, Status.WITHDRAWN}),
    Status.FILED: frozenset(
        {Status.UNDER_REVIEW, Status.COUNTER_NOTICE_RECEIVED, Status.REMOVED, Status.REJECTED, Status.WITHDRAWN}
    ),
    Status.UNDER_REVIEW: frozenset({Status.COUNTER_NOTICE_RECEIVED, Status.REMOVED, Status.REJECTED, Status.WITHDRAWN}),
    Status.COUNTER_NOTICE_RECEIVED: frozenset(
        {Status.AWAITING_OUR_RESPONSE, Status.UNDER_REVIEW, Status.REMOVED, Status.RESTORED, Status.WITHDRAWN}
    ),
    Status.AWAITING_OUR_RESPONSE: frozenset({Status.UNDER_REVIEW, Status.REMOVED, Status.RESTORED, Status.WITHDRAWN}),
    Status.REMOVED: frozenset({Status.COUNTER_NOTICE_RECEIVED}),
    Status.RESTORED: frozenset(),
    Status.WITHDRAWN: frozenset(),
    Status.REJECTED: frozenset(),
}

# Statuses in which the complaint's content (right, reason, listings, evidence, statement) may still be edited.
EDITABLE_STATUSES = frozenset({Status.DRAFT})


def holds_listings(status: Status) -> bool:
    """Whether a complaint in this status keeps its listings out of every other complaint."""
    return status in ACTIVE_STATUSES


def refusal_reason(current: Status, target: Status) -> str | None:
    """Why a complaint in ``current`` cannot move to ``target``, or None when the move is allowed."""
    if current == target:
        return f"The complaint is already '{current}'."
    allowed = ALLOWED_TRANSITIONS[current]
    if target in allowed:
        return None
    if not allowed:
        return f"A complaint that is '{current}' is closed: its status cannot change any more."
    options = ", ".join(sorted(allowed))
    return f"A complaint that is '{current}' cannot become '{target}'; it can become: {options}."


def check_transition(current: Status, target: Status) -> None:
    """Raise Conflict, with the reason, unless ``current`` may move to ``target``."""
    reason = refusal_reason(current, target)
    if reason is not None:
        raise Conflict(reason)


def parse_status(value: str) -> Status:
    """The status named by ``value`` (case and surrounding spaces ignored; '-' accepted for '_')."""
    cleaned = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return Status(cleaned)
    except ValueError:
        names = ", ".join(s.value for s in Status)
        raise BadInput(f"'{value}' is not a complaint status. Statuses: {names}.") from None
