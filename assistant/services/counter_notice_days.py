"""Correcting the day a recorded counter-notice reached us: one operation for every front end (`ipr-assistant
complaints counter-notice-day`, the chat after the person's yes, Slack through the same chat).

The seller's text, its files and its round stay as recorded; the day changes, our answer's deadline is counted again
from it (a deadline typed in by hand from IPP is kept), and the old day and deadline are kept in the complaint's
history and in the audit log (before and after), with the person's own words for the new day. A day that cannot be
(after today, before the complaint was filed, out of order with the other rounds) is refused with the reason, and
nothing changes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.domain.appeals.recording import day_problem
from assistant.domain.deadlines import answer_due_words
from assistant.domain.lifecycle import Status
from assistant.domain.models import Site
from assistant.domain.records import DayCorrection
from assistant.errors import BadInput, Conflict
from assistant.services.complaint_deadlines import BY_HAND_NOTE, response_due_for
from assistant.store import audit
from assistant.store.complaints import add_event, counter_notice_record, load
from assistant.store.tables import ComplaintRow, CounterNoticeRow

ACTION = "complaint.counter_notice_day"


def correct_received_day(service: Any, complaint_id: str | int, *, received_on: date, actor: str, round_number: int | None = None,
                         said: str | None = None) -> DayCorrection:
    """Set the day counter-notice ``round_number`` (default: the latest) on the complaint reached us, and count our
    deadline again from it. BadInput (nothing changed) for a day that cannot be or a round not recorded."""
    with service.store.transaction() as session:
        row = load(session, complaint_id, for_update=True)
        notice = _the_round(row, round_number)
        now = service.store.now()
        _refuse_impossible(row, notice, received_on, today=now.date())
        old_day, old_due = notice.received_on, notice.response_due
        if received_on == old_day:
            return _correction(row, notice, old_day, old_due, said, actor, changed=False)
        days = [received_on if other.id == notice.id else other.received_on for other in row.counter_notices]
        if notice.response_due_note != BY_HAND_NOTE:  # a deadline typed in from IPP stays as typed
            notice.response_due, notice.response_due_note = response_due_for(
                Site(row.site), row.filed_at, days, received_on, service.holiday_assumption)
        notice.received_on = received_on
        before = {"counter_notice_round": notice.round, "received_on": old_day.isoformat(), "response_due": _iso(old_due)}
        after = {"counter_notice_round": notice.round, "received_on": received_on.isoformat(),
                 "response_due": _iso(notice.response_due), "said": said}
        row.updated_by, row.updated_at = actor, now
        status = Status(row.status)
        add_event(row, status, status, actor=actor, occurred_at=now, now=now, note=history_note(notice.round, old_day, received_on, said, old_due, notice.response_due))
        session.flush()
        audit.record_change(session, actor=actor, action=ACTION, entity_type="complaint", entity_id=str(row.id), before=before, after=after, at=now)
        return _correction(row, notice, old_day, old_due, said, actor, changed=True)


def _the_round(row: ComplaintRow, round_number: int | None) -> CounterNoticeRow:
    if not row.counter_notices:
        raise Conflict(f"Complaint {row.id} has no counter-notice recorded: there is no day to correct.",
                       hint="Record it with `ipr-assistant complaints counter-notice` (or triage-appeal --record).")
    if round_number is None:
        return max(row.counter_notices, key=lambda n: n.round)
    found = next((n for n in row.counter_notices if n.round == round_number), None)
    if found is None:
        rounds = ", ".join(str(n.round) for n in sorted(row.counter_notices, key=lambda n: n.round))
        raise BadInput(f"Complaint {row.id} has no counter-notice round {round_number}: the rounds recorded are {rounds}. Nothing was changed.")
    return found


def _refuse_impossible(row: ComplaintRow, notice: CounterNoticeRow, day: date, *, today: date) -> None:
    """BadInput with the reason when ``day`` cannot be when this round reached us; nothing is changed."""
    problem = correction_problem(row, notice, day, today=today)
    if problem:
        raise BadInput(problem, hint="Give the day it reached us as YYYY-MM-DD.")


def correction_problem(complaint: Any, notice: Any, day: date, *, today: date) -> str | None:
    """Why ``day`` cannot be the day round ``notice.round`` of the complaint reached us (after today, before the filing,
    out of order with the other rounds), in the words every front end refuses it with; None when it can be. Takes the
    store's row or the record (both have ``id``, ``filed_at`` and ``counter_notices``)."""
    kept = (f"The recorded day was not changed: round {notice.round} on complaint {complaint.id} is still recorded as received on "
            f"{notice.received_on.isoformat()}.")
    problem = day_problem(day, filed_on=complaint.filed_at.date() if complaint.filed_at else None, today=today)
    if problem:
        return f"{kept} {problem[1]}"
    for other in complaint.counter_notices:
        if (other.round < notice.round and day < other.received_on) or (other.round > notice.round and day > other.received_on):
            return (f"{kept} Round {other.round} was received on {other.received_on.isoformat()}, so round {notice.round} cannot have "
                    f"reached us on {day.isoformat()}.")
    return None


def history_note(round_number: int, old: date, new: date, said: str | None, old_due: date | None, new_due: date | None) -> str:
    """The line the complaint's history keeps for a corrected day: the old and the new day, and the person's words."""
    words = f" (your words: '{said}')" if said else ""
    due = f"; our answer due: {answer_due_words(new_due)} (was {_iso(old_due) or 'none of ours'})"
    return f"Counter-notice round {round_number}: received day corrected from {old.isoformat()} to {new.isoformat()}{words}{due}."


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _correction(row: ComplaintRow, notice: CounterNoticeRow, old_day: date, old_due: date | None, said: str | None, actor: str,
                *, changed: bool) -> DayCorrection:
    return DayCorrection(complaint_id=str(row.id), round=notice.round, received_on=notice.received_on, previous_received_on=old_day,
                         response_due=notice.response_due, previous_response_due=old_due, response_due_note=notice.response_due_note,
                         said=said, corrected_by=actor, changed=changed, counter_notice=counter_notice_record(notice))


def correction_words(correction: DayCorrection) -> str:
    """What every front end says after a correction (or when the day given was the one recorded already)."""
    which = f"counter-notice round {correction.round} on complaint {correction.complaint_id}"
    words = f" (from your words '{correction.said}')" if correction.said else ""
    if not correction.changed:
        return f"Nothing was changed: the {which} is already recorded as received on {correction.received_on.isoformat()}{words}."
    due = answer_due_words(correction.response_due)
    was = _iso(correction.previous_response_due) or "none of ours"
    return (f"Corrected: the {which} is now recorded as received on {correction.received_on.isoformat()}{words}, instead of "
            f"{correction.previous_received_on.isoformat()}. Our answer is due: {due} (was: {was}). The old day is kept in the "
            "complaint's history.")


def describe_correction(args: dict[str, Any], known_as: str | None, recorded: tuple[int, str] | None, *, actor: str | None) -> str:
    """The change a correction makes, in words, for the person's yes: which round, the day recorded and the day said."""
    which = known_as or f"complaint {str(args.get('complaint_id')).removeprefix('C-')}"
    round_words = f"round {recorded[0]}" if recorded else (f"round {args['round']}" if args.get("round") else "the latest round")
    was = f" instead of {recorded[1]}" if recorded else ""
    words = f" (your words: '{args['said']}')" if args.get("said") else ""
    named = f" It is recorded under the name '{actor}'." if actor else ""
    return (f"Correct the day the seller's counter-notice ({round_words}) on {which} reached us: received on {args.get('received_on')}"
            f"{was}{words}. Our answer's deadline is counted again from that day; the seller's text stays as recorded and the old day "
            f"is kept in the complaint's history.{named}")
