"""The confirmation step: a state-changing tool call is shown to the person first and runs only after a yes.

A no is recorded (with what was proposed) and nothing happens. The same pending change serves the guided mode,
the model (its calls are held here instead of running) and Slack's Confirm / Cancel buttons.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.agent.state import Decision, PendingChange, ToolCallRecord
from assistant.agent.tools import STATE_CHANGING_NAMES, STATE_CHANGING_TOOLS, ToolContext, ToolResult, run_tool
from assistant.errors import IprError


CHANGE_ORDER = [spec.name for spec in STATE_CHANGING_TOOLS]


@dataclass
class DecisionOutcome:
    """What happened after the person answered: results of the calls that ran, or the recorded rejection."""

    approved: bool
    results: list[ToolResult] = field(default_factory=list)
    calls: list[ToolCallRecord] = field(default_factory=list)
    error: str | None = None


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
    if merge and earlier is not None:
        change.id = earlier.id
    elif earlier is not None:  # the person moved on without answering: the old proposal is recorded as not approved
        ctx.state.decisions.append(Decision(change_id=earlier.id, summary=earlier.summary, approved=False, results=["superseded"]))
    ctx.state.pending = change
    return change


def decide(ctx: ToolContext, approved: bool) -> DecisionOutcome:
    """Run the pending change after a yes, or record the no. Either way nothing stays pending."""
    change = ctx.state.pending
    if change is None:
        raise ValueError("no change is waiting for confirmation")
    ctx.state.pending = None
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
        target = args.get("out_dir") or str(ctx.services.packages_dir / (args.get("complaint_id") or draft.complaint_id or ctx.state.thread_id))
        which = args.get("complaint_id") or draft.complaint_id or "this conversation's complaint"
        return f"Write the filing package of {which} to the folder {target}"
    if name == "record_status_update":
        extra = f" (platform id {args['platform_complaint_id']})" if args.get("platform_complaint_id") else ""
        note = f", note: {args['note']}" if args.get("note") else ""
        return f"Record complaint {args.get('complaint_id')} as '{args.get('status')}'{extra}{note}"
    if name == "refile_complaint":
        return f"Save a corrected copy of rejected complaint {args.get('complaint_id')} as a new draft linked to it (listings carried over)"
    return f"{name}({args})"


def _draft_fields(draft) -> dict[str, Any]:
    return {
        "site": draft.site.value if draft.site else None,
        "reason": draft.reason.value if draft.reason else None,
        "complainant": f"{draft.complainant_name} ({draft.role.value if draft.role else '?'})" if draft.complainant_name else None,
        "rights holder": draft.rights_holder_name,
        "right": f"{draft.right_name} {draft.registration_number or ''}".strip() if draft.right_name else None,
        "listings": f"{len(draft.listings)} link(s)" if draft.listings else None,
        "evidence": ", ".join(sorted(draft.evidence_kinds())) or None,
    }


def _short(value: Any) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 120 else text[:117] + "..."
