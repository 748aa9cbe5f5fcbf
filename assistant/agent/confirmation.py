"""The confirmation step: a state-changing tool call is shown to the person first and runs only after a yes.

A no is recorded (with what was proposed) and nothing happens. The same pending change serves the guided mode,
the model (its calls are held here instead of running) and Slack's Confirm / Cancel buttons.

A yes is bound to its change, as approval systems bind one to a request and an expiry: the change carries a short
code, an answer is the bare word (optionally with the code) and nothing more, and a change left waiting longer than
its time to live expires unapplied. Which answers count where (the code typed back, a separate prompt, a button) is
the front end's rule, :class:`AnswerRule`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any

from assistant.agent.guided.choices import ANSWER_NO, ANSWER_YES
from assistant.agent.state import Decision, PendingChange, ToolCallRecord
from assistant.agent.tools import STATE_CHANGING_NAMES, STATE_CHANGING_TOOLS, ToolContext, ToolResult, run_tool
from assistant.errors import IprError
from assistant.labels import label


CHANGE_ORDER = [spec.name for spec in STATE_CHANGING_TOOLS]
DEFAULT_TTL_MINUTES = 30.0


class AnswerRule(str, Enum):
    """Which typed messages may answer a pending change in a front end."""

    CODE = "code"
    """A yes counts only with the change's code (`yes 4F2K`): piped input, where a pasted "yes" line is no answer."""
    PLAIN = "plain"
    """A bare yes counts (one message is one message: Slack; a pipe whose author passed --yes up front)."""
    SEPARATE = "separate"
    """No chat message answers; the front end asks separately (a terminal's y/N prompt) and calls ``decide``."""


@dataclass(frozen=True)
class Answer:
    """A message that is an answer and nothing more: yes or no, and the code it names, if any."""

    approved: bool
    code: str | None = None


# The bare yes or no of the chat's one yes/no vocabulary ('ja', 'sí', 'oui', 'ya', '是的' as well as 'yes'), then the code.
_ANSWER_RE = re.compile(
    rf"\s*(?:(?P<yes>{ANSWER_YES})|(?P<no>{ANSWER_NO}))(?:[\s:#]+(?P<code>[A-Za-z0-9]{{4}}))?\s*[.!。！]?\s*", re.I
)


def read_answer(text: str) -> Answer | None:
    """The answer this message is, or None when it says anything more (a pasted text never answers)."""
    match = _ANSWER_RE.fullmatch(text)
    if match is None:
        return None
    code = match.group("code").upper() if match.group("code") else None
    return Answer(approved=match.group("yes") is not None, code=code)


@dataclass
class DecisionOutcome:
    """What happened after the person answered: results of the calls that ran, or the recorded rejection."""

    approved: bool
    results: list[ToolResult] = field(default_factory=list)
    calls: list[ToolCallRecord] = field(default_factory=list)
    error: str | None = None
    expired: bool = False


def propose(ctx: ToolContext, calls: list[tuple[str, dict[str, Any]]], *, origin: str = "guided", merge: bool = False) -> PendingChange:
    """Hold state-changing calls for confirmation and describe exactly what they will do.

    A proposal replaces one still waiting (recorded as not approved), unless ``merge``: then the calls join it and
    the person confirms them together.
    """
    earlier = ctx.state.pending
    if merge and earlier is not None:
        calls = [(c.name, c.args) for c in earlier.calls] + list(calls)
        # Saving comes before exporting whatever order the calls arrived in (the model's parallel calls race).
        calls.sort(key=lambda call: CHANGE_ORDER.index(call[0]))
    records = []
    for name, args in calls:
        if name not in STATE_CHANGING_NAMES:
            raise ValueError(f"{name} is not a state-changing tool; it needs no confirmation")
        records.append(ToolCallRecord(name=name, args=args, status="pending"))
    change = PendingChange(calls=records, summary="\n".join(describe_call(ctx, r.name, r.args) for r in records), origin=origin)
    ttl = getattr(ctx.services, "confirm_ttl_minutes", DEFAULT_TTL_MINUTES)
    change.expires_at = change.created_at + timedelta(minutes=ttl)
    if merge and earlier is not None:
        change.id, change.code = earlier.id, earlier.code
    elif earlier is not None:  # the person moved on without answering: the old proposal is recorded as not approved
        ctx.state.decisions.append(Decision(change_id=earlier.id, summary=earlier.summary, approved=False, results=["superseded"]))
    ctx.state.pending = change
    return change


def decide(ctx: ToolContext, approved: bool, *, change_id: str | None = None, now: datetime | None = None) -> DecisionOutcome:
    """Run the pending change after a yes, or record the no. Either way nothing stays pending.

    ``change_id`` binds the answer to the change it was given for; an expired change is recorded as not approved.
    """
    change = ctx.state.pending
    if change is None:
        raise ValueError("no change is waiting for confirmation")
    if change_id is not None and change_id not in (change.id, change.code):
        raise ValueError(f"the change waiting is {change.code}, not {change_id}")
    ctx.state.pending = None
    if approved and change.expired(now or datetime.now(UTC)):
        for call in change.calls:
            call.status = "rejected"
        ctx.state.decisions.append(Decision(change_id=change.id, summary=change.summary, approved=False, results=["expired"]))
        return DecisionOutcome(approved=False, calls=change.calls, expired=True)
    if not approved:
        for call in change.calls:
            call.status = "rejected"
        ctx.state.decisions.append(Decision(change_id=change.id, summary=change.summary, approved=False))
        return DecisionOutcome(approved=False, calls=change.calls)
    outcome = DecisionOutcome(approved=True, calls=change.calls)
    for call in change.calls:
        try:
            result = run_tool(ctx, call.name, call.args)
        except IprError as error:
            call.status, call.result = "failed", error.message
            outcome.error = error.message
            break
        call.status, call.result = "confirmed", result.content
        outcome.results.append(result)
    ctx.state.decisions.append(
        Decision(change_id=change.id, summary=change.summary, approved=True, results=[c.result or "" for c in change.calls])
    )
    return outcome


def describe_call(ctx: ToolContext, name: str, args: dict[str, Any]) -> str:
    """The exact change a state-changing call makes, in words."""
    draft = ctx.state.draft
    if name in ("start_complaint_draft", "update_complaint_draft"):
        fields = {k: v for k, v in args.items() if v not in (None, [], "") and k != "complaint_id"}
        target = args.get("complaint_id") or draft.complaint_id
        verb = f"Update saved draft {target}" if name == "update_complaint_draft" or target else "Save a new complaint draft"
        lines = [f"{verb} in the team's records:"]
        shown = {**_draft_fields(draft), **{k: _short(v) for k, v in fields.items()}}
        lines += [f"  - {key}: {value}" for key, value in shown.items() if value not in (None, "", [])]
        return "\n".join(lines)
    if name == "export_filing_package":
        from assistant.services.filing import package_folder

        try:  # the folder it will really be, inside the packages folder; or why it will be refused
            target = str(package_folder(ctx.services.packages_dir, args.get("out_dir"), args.get("complaint_id") or draft.complaint_id or ctx.state.thread_id))
        except IprError as refusal:
            target = f"{args.get('out_dir')} (will be refused: {refusal.message})"
        which = args.get("complaint_id") or draft.complaint_id or "this conversation's complaint"
        return f"Write the filing package of {which} to the folder {target}"
    if name == "record_status_update":
        extra = f" (platform id {args['platform_complaint_id']})" if args.get("platform_complaint_id") else ""
        note = f", note: {args['note']}" if args.get("note") else ""
        return f"Record complaint {_named(ctx, args.get('complaint_id'))} as '{_status_words(args.get('status'))}'{extra}{note}"
    if name == "record_counter_notice":
        from assistant.services.appeals import describe_recording

        named = ctx.services.actor if getattr(ctx.services, "actor_in_summaries", True) else None  # the person whose name is recorded
        return describe_recording(args, _known_as(ctx, args.get("complaint_id")), actor=named, site=_site_of(ctx, args.get("complaint_id")))
    if name == "correct_counter_notice_day":
        from assistant.services.counter_notice_days import describe_correction

        named = ctx.services.actor if getattr(ctx.services, "actor_in_summaries", True) else None
        return describe_correction(args, _known_as(ctx, args.get("complaint_id")), _recorded_day(ctx, args), actor=named)
    if name == "import_statuses":
        return _describe_status_import(args.get("csv") or "")
    if name == "refile_complaint":
        return f"Save a corrected copy of rejected complaint {args.get('complaint_id')} as a new draft linked to it (listings carried over)"
    return f"{name}({args})"


def _named(ctx: ToolContext, complaint_id: Any) -> str:
    """A complaint as people know it: its number, and the team's own reference when it has one."""
    try:
        reference = ctx.services.complaints.show(str(complaint_id)).team_reference
    except Exception:  # noqa: BLE001 - naming is a courtesy; the change itself checks the complaint
        reference = None
    return f"{complaint_id} ({reference})" if reference and reference != str(complaint_id) else str(complaint_id)


def _site_of(ctx: ToolContext, complaint_id: Any) -> Any:
    """The complaint's marketplace, for what recording promises of our deadline; None when it cannot be read."""
    try:
        return ctx.services.complaints.show(str(complaint_id)).complaint.site
    except Exception:  # noqa: BLE001 - the change itself checks the complaint
        return None


def _known_as(ctx: ToolContext, complaint_id: Any) -> str | None:
    """A complaint as people know it (its number, the team's reference, the platform's id, its right); None when it
    cannot be read (the change itself checks the complaint)."""
    from assistant.services.appeals import complaint_known_as

    try:
        record = ctx.services.complaints.show(str(complaint_id))
    except Exception:  # noqa: BLE001 - naming is a courtesy
        return None
    return complaint_known_as(record.id, record.complaint, record.team_reference)


def _recorded_day(ctx: ToolContext, args: dict[str, Any]) -> tuple[int, str] | None:
    """(round, the day recorded now) of the counter-notice a correction names; None when it cannot be read."""
    try:
        notices = ctx.services.complaints.show(str(args.get("complaint_id"))).counter_notices
    except Exception:  # noqa: BLE001 - naming is a courtesy; the change itself checks the complaint
        return None
    wanted = [n for n in notices if args.get("round") in (None, n.round)]
    latest = max(wanted, key=lambda n: n.round, default=None)
    return (latest.round, latest.received_on.isoformat()) if latest else None


def _status_words(status: Any) -> str:
    from assistant.domain.lifecycle import Status

    try:
        return label(Status(status))
    except ValueError:
        return str(status)


def _describe_status_import(text: str) -> str:
    from assistant.services.status_import import parse_status_csv

    try:
        updates = parse_status_csv(text)
    except IprError as refusal:
        return f"Import a status file (will be refused: {refusal.message})"
    shown = [f"  - complaint {u.complaint_id}: {label(u.status)}" + (f" (shop {_short(u.shop)})" if u.shop else "") for u in updates[:10]]
    more = [f"  - and {len(updates) - 10} more line(s)"] if len(updates) > 10 else []
    return "\n".join([f"Record {len(updates)} status line(s) from the pasted status file, all or none:", *shown, *more])


def _draft_fields(draft) -> dict[str, Any]:
    return {
        "site": label(draft.site) or None,
        "reason": label(draft.reason) or None,
        "complainant": f"{draft.complainant_name} ({label(draft.role) or '?'})" if draft.complainant_name else None,
        "rights holder": draft.rights_holder_name,
        "right": f"{draft.right_name} {draft.registration_number or ''}".strip() if draft.right_name else None,
        "listings": f"{len(draft.listings)} link(s)" if draft.listings else None,
        "evidence": ", ".join(sorted(draft.evidence_kinds())) or None,
    }


def _short(value: Any) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 120 else text[:117] + "..."
