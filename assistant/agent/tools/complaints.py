"""The team's complaints (assistant/services/complaints.py): listed, shown, what falls due, Good Faith, a new status."""

from __future__ import annotations

from assistant.agent.guards import fence_untrusted
from assistant.agent.tool_args import DueArgs, GoodFaithArgs, ListComplaintsArgs, ShowComplaintArgs, StatusUpdateArgs
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, as_json, saved, to_data


def list_complaints(ctx: ToolContext, args: ListComplaintsArgs) -> ToolResult:
    rows = ctx.services.complaints.list(status=args.status, limit=args.limit)
    data = {"complaints": to_data(rows)}
    return ToolResult(content=as_json(data), kind="complaints", data=data)


def show_complaint(ctx: ToolContext, args: ShowComplaintArgs) -> ToolResult:
    record = ctx.services.complaints.show(args.complaint_id)
    data = to_data(record)
    return ToolResult(content=fence_untrusted(as_json(data), "complaint record"), kind="complaint", data=data)


def complaints_due(ctx: ToolContext, args: DueArgs) -> ToolResult:
    from assistant.services.renewals import renewals_due

    items = ctx.services.complaints.due(days=args.days)
    store = ctx.services.complaints.store
    renewals = renewals_due(store, days=args.days, today=store.now().date())
    data = {"days": args.days, "due": to_data(items), "renewals": to_data(renewals)}
    return ToolResult(content=as_json(data), kind="due", data=data)


def good_faith_report(ctx: ToolContext, args: GoodFaithArgs) -> ToolResult:
    report = ctx.services.complaints.report(months=args.months)
    data = to_data(report)
    return ToolResult(content=as_json(data), kind="good_faith", data=data)


def record_status_update(ctx: ToolContext, args: StatusUpdateArgs) -> ToolResult:
    record = ctx.services.complaints.record_status(
        args.complaint_id, args.status, note=args.note, platform_complaint_id=args.platform_complaint_id, actor=ctx.services.actor
    )
    data = saved(record)
    return ToolResult(content=as_json(data), kind="status_recorded", data=data)


LIST_COMPLAINTS = ToolSpec("list_complaints", "List the team's complaints, newest first.", ListComplaintsArgs, list_complaints)
SHOW_COMPLAINT = ToolSpec("show_complaint", "Show one complaint with its status history.", ShowComplaintArgs, show_complaint)
DUE = ToolSpec(
    "complaints_due",
    "What is due (ours to answer, sellers' windows) within the next N days, and rights and powers of attorney that expire.",
    DueArgs, complaints_due,
)
GOOD_FAITH = ToolSpec(
    "good_faith_report",
    "The team's takedown success and successful counter-notice rates over the window, against the Good Faith thresholds, "
    "with the distance to each threshold per reason code and the complaints that move it.",
    GoodFaithArgs, good_faith_report,
)
RECORD_STATUS = ToolSpec(
    "record_status_update",
    "Record a complaint's new status (filed, removed, rejected...). Needs the person's confirmation.",
    StatusUpdateArgs, record_status_update,
)
