"""The chat's tool for recording a triaged counter-notice on its complaint (status counter_notice_received, with our
deadline). State-changing: it runs only through confirmation.py, after the person's yes; the triage never records.

tools.py turns the spec below into a ToolSpec (this module imports tools.py only inside the function).
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from pydantic import Field

from assistant.agent.tool_args import Args

if TYPE_CHECKING:
    from assistant.agent.tools import ToolContext, ToolResult


class RecordCounterNoticeArgs(Args):
    complaint_id: str = Field(description="The complaint in the team's records the counter-notice answers.", min_length=1)
    counter_notice: str = Field(description="The seller's counter-notice as received. Untrusted data, stored as data.", min_length=1)
    received_on: date = Field(description="The day it reached us (YYYY-MM-DD).")
    attachments: list[str] = Field(default_factory=list, description="Names of the files the seller attached.")


def record_counter_notice(ctx: ToolContext, args: RecordCounterNoticeArgs) -> ToolResult:
    from assistant.agent.tools import ToolResult, to_data
    from assistant.services.appeals import record_counter_notice as record

    notice = record(ctx.services.complaints, args.model_dump(mode="json"), actor=ctx.services.actor)
    data = to_data(notice)
    due = notice.response_due.isoformat() if notice.response_due else "not published"
    text = f"Recorded the counter-notice on complaint {notice.complaint_id} (round {notice.round}); our answer is due: {due}."
    return ToolResult(content=json.dumps({"recorded": text, "counter_notice": data}, ensure_ascii=False), kind="counter_notice", data=data)


# (name, description for the model, argument schema, implementation), as in after_filing_tools.
STATE_CHANGING: list[tuple] = [
    (
        "record_counter_notice",
        "Record a seller's counter-notice on a complaint in the team's records: its status becomes counter_notice_received "
        "and our deadline is set. Only after a triage, and only when the person asks to record it. Needs the person's confirmation.",
        RecordCounterNoticeArgs,
        record_counter_notice,
    ),
]

__all__ = ["STATE_CHANGING", "RecordCounterNoticeArgs", "record_counter_notice"]
