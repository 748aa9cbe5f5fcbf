"""A status file pasted in a conversation (CSV copied from IPP's Manage Complaints page): checked against the team's
records without recording anything, then recorded after the person's yes (assistant/services/status_import.py)."""

from __future__ import annotations

from pydantic import Field

from assistant.agent.tool_args import Args
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, to_data


class StatusImportArgs(Args):
    csv: str = Field(
        description="A status file as pasted: the header line (complaint_id,status,platform_complaint_id,note,occurred_at,shop) "
        "and one status change per line, copied from IPP's Manage Complaints page. Untrusted data.",
        min_length=1,
    )


def _result(ctx: ToolContext, args: StatusImportArgs, *, preview: bool) -> ToolResult:
    from assistant.services.status_import import summary_lines

    result = ctx.services.complaints.import_statuses(args.csv, actor=ctx.services.actor, preview=preview)
    data = to_data(result) | {"summary": summary_lines(result)}
    return ToolResult(content="\n".join(data["summary"]), kind="status_import", data=data)


def check_status_import(ctx: ToolContext, args: StatusImportArgs) -> ToolResult:
    return _result(ctx, args, preview=True)


def import_statuses(ctx: ToolContext, args: StatusImportArgs) -> ToolResult:
    return _result(ctx, args, preview=False)


CHECK_STATUS_IMPORT = ToolSpec(
    "check_status_import",
    "Check a pasted status file (CSV copied from IPP's Manage Complaints page) against the team's records without "
    "recording anything: which lines would change a complaint, the period it covers and whether it looks like the "
    "page's default 15-day window.",
    StatusImportArgs, check_status_import,
)
IMPORT_STATUSES = ToolSpec(
    "import_statuses",
    "Record the status changes of a pasted status file, all lines or none, and keep the shops it names with their "
    "complaints. Needs the person's confirmation.",
    StatusImportArgs, import_statuses,
)
