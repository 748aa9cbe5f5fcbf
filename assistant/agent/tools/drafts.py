"""The conversation's complaint draft: validated (nothing saved), saved as a draft, changed as a new version."""

from __future__ import annotations

from assistant.agent.draft import draft_fingerprint, draft_from_complaint, missing_for_complaint
from assistant.agent.draft_edits import apply_fields
from assistant.agent.tool_args import StartDraftArgs, UpdateDraftArgs, ValidateArgs
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, as_json, saved, to_data
from assistant.errors import BadInput, NotFound


def validate_complaint(ctx: ToolContext, args: ValidateArgs) -> ToolResult:
    draft = apply_fields(ctx.services, ctx.state.draft.model_copy(deep=True), args)
    missing = missing_for_complaint(draft)
    if missing:
        data = {"ok": False, "missing": missing, "errors": [], "warnings": []}
        return ToolResult(content=as_json(data), kind="validation", data=data)
    report = ctx.services.validate_complaint(draft.to_complaint())
    data = to_data(report) | {"missing": []}
    return ToolResult(content=as_json(data), kind="validation", data=data)


def start_complaint_draft(ctx: ToolContext, args: StartDraftArgs) -> ToolResult:
    draft = apply_fields(ctx.services, ctx.state.draft.model_copy(deep=True), args)
    missing = missing_for_complaint(draft)
    if missing:
        raise BadInput(f"The draft still lacks: {', '.join(missing)}.")
    complaints, actor = ctx.services.complaints, ctx.services.actor
    if draft.complaint_id:
        record = complaints.update_draft(draft.complaint_id, draft.to_complaint(), actor=actor)
    else:
        key = f"{ctx.state.thread_id}:{draft_fingerprint(draft)}"
        record = complaints.create_draft(draft.to_complaint(), idempotency_key=key, actor=actor)
    draft.complaint_id, draft.saved_version = record.id, record.version
    ctx.state.draft = draft
    data = saved(record)
    return ToolResult(content=as_json(data), kind="draft_saved", data=data)


def update_complaint_draft(ctx: ToolContext, args: UpdateDraftArgs) -> ToolResult:
    draft = ctx.state.draft
    if args.complaint_id and args.complaint_id != draft.complaint_id:
        record = ctx.services.complaints.show(args.complaint_id)
        draft = draft_from_complaint(record.complaint, record.id)
    if not draft.complaint_id:
        raise NotFound("There is no saved draft to update yet.", hint="Save it first (start_complaint_draft).")
    draft = apply_fields(ctx.services, draft.model_copy(deep=True), args)
    record = ctx.services.complaints.update_draft(draft.complaint_id, draft.to_complaint(), actor=ctx.services.actor)
    draft.saved_version = record.version
    ctx.state.draft = draft
    data = saved(record)
    return ToolResult(content=as_json(data), kind="draft_saved", data=data)


VALIDATE = ToolSpec(
    "validate_complaint",
    "Check the conversation's complaint draft (with any fields given applied) against the platform's rules. Saves nothing.",
    ValidateArgs, validate_complaint,
)
START_DRAFT = ToolSpec(
    "start_complaint_draft",
    "Save the complaint being discussed as a draft in the team's records. Needs the person's confirmation.",
    StartDraftArgs, start_complaint_draft,
)
UPDATE_DRAFT = ToolSpec(
    "update_complaint_draft",
    "Change a saved complaint draft (a new version). Needs the person's confirmation.",
    UpdateDraftArgs, update_complaint_draft,
)
