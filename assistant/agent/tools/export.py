"""Writing the filing package (assistant/services/filing.py), refused while the rules find errors."""

from __future__ import annotations

from assistant.agent.draft import missing_for_complaint
from assistant.agent.tool_args import ExportArgs
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, as_json, to_data
from assistant.errors import BadInput


def export_filing_package(ctx: ToolContext, args: ExportArgs) -> ToolResult:
    from assistant.services.filing import package_folder

    draft = ctx.state.draft
    if args.complaint_id and args.complaint_id != draft.complaint_id:
        complaint = ctx.services.complaints.show(args.complaint_id).complaint
    else:
        if missing_for_complaint(draft):
            raise BadInput("The complaint is not complete yet, so there is nothing to export.")
        complaint = draft.to_complaint()
    # export_package validates again and refuses (ValidationFailed) while the rules find errors.
    out_dir = package_folder(ctx.services.packages_dir, args.out_dir, complaint.id or ctx.state.thread_id)
    result = ctx.services.export_package(complaint, out_dir)
    if args.complaint_id in (None, draft.complaint_id):
        draft.exported_to = str(out_dir)
    files = sorted(p.name for p in out_dir.iterdir()) if out_dir.is_dir() else []
    data = {"out_dir": str(out_dir), "result": to_data(result), "files": files}
    return ToolResult(content=as_json(data), kind="export", data=data)


EXPORT = ToolSpec(
    "export_filing_package",
    "Write the filing package (links per notice, statement, evidence checklist, draft documents) to a folder. "
    "Refused while the rules find errors. Needs the person's confirmation.",
    ExportArgs, export_filing_package,
)
