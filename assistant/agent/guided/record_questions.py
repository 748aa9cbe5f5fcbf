"""Questions about the team's own record, answered from the store as /status and `complaints show` answer them, never
from the guide: "which complaints have a counter-notice now?", "what is recorded on HAL-2026-205 now?", in the
languages the chat reads ("¿qué reclamaciones tienen contranotificación?", "HAL-2026-204 现在记录了什么？").

What one person may see is the complaints service's own rule (in Slack, a view limited to that person's complaints).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.agent.reply import Reply
from assistant.agent.tools import ToolContext
from assistant.domain.appeals.pasted import named_complaint
from assistant.domain.deadlines import answer_due_words
from assistant.errors import IprError

# Which complaints have a counter-notice: 'which complaints have a counter-notice now?', 'qué reclamaciones tienen
# contranotificación', 'pengaduan mana yang ada sanggahan', '哪些投诉收到了申诉'.
_WHICH_RE = re.compile(
    r"\b(?:which|what|list|show|any)\b.{0,40}\bcomplaints?\b.{0,40}\b(?:counter-?\s?notices?|appeals?)\b|"
    r"\b(?:qu[ée]|cu[áa]les)\b.{0,40}\breclamaci\w+.{0,40}\b(?:contra-?notificaci\w+|apelaci\w+)|"
    r"哪些投诉.{0,20}(?:申诉|反通知)",
    re.IGNORECASE | re.DOTALL,
)
# What is recorded on one complaint: 'what is recorded on HAL-2026-205 now?', 'qué hay registrado en ...', '记录了什么'.
_RECORDED_RE = re.compile(
    r"\bwhat(?:'s| is| do we have)?\b.{0,30}\b(?:recorded|on record|in the record|the record)\b|"
    r"\bqu[ée]\b.{0,30}\bregistrad\w*|现在记录|记录了什么|记录的是什么|记录是什么",
    re.IGNORECASE | re.DOTALL,
)


# One complaint shown or asked about by its status or our deadline: 'show complaint X', 'status of X', 'what is our
# deadline on X?', 'when is X due?', 'estado de la reclamación X', 'plazo de X', 'X 的状态', 'X 的截止日期'. Answered
# about that complaint alone, never with the team's whole table.
_ONE_RE = re.compile(
    r"\bshow\s+(?:me\s+)?(?:the\s+)?(?:complaint|case|record)\b|\bstatus\s+(?:of|on|for)\b|\bwhat(?:'s|\s+is)\s+(?:the\s+)?status\b|"
    r"\bdeadlines?\s+(?:on|for|of)\b|\bwhen\s+is\b.{0,60}\bdue\b|\bdue\s+dates?\b|\bwhere\s+(?:does|do)\b.{0,60}\bstand\b|"
    r"\bestado\s+de\b|\bplazo\s+(?:de|para)\b|\bstato\s+d\w*|\bscadenza\b|\bstatus\s+von\b|\bfrist\b|\bstatus\s+pengaduan\b|"
    r"\btenggat\b|状态|截止|期限|进展",
    re.IGNORECASE | re.DOTALL,
)


def answer(ctx: ToolContext, reply: Reply, text: str) -> bool:
    """The record's answer to a question about it; False when the message asks something else."""
    if len(text) > 200:
        return False
    from assistant.agent.guided.appeal import pasted_for_triage  # the appeal dialogue reads pasted texts (it imports this module's callers)

    if pasted_for_triage(text):
        return False  # a seller's text after our words naming the complaint: its '期限' or 'status' are the seller's, never a question
    named = named_complaint(text)
    if named and (_RECORDED_RE.search(text) or (_ONE_RE.search(text) and not _changes_status(text))):
        return _one(ctx, reply, named[0])
    if not named and _WHICH_RE.search(text):
        return _with_counter_notices(ctx, reply)
    return False


def _one(ctx: ToolContext, reply: Reply, name: str) -> bool:
    try:
        record = ctx.services.complaints.show(ctx.services.complaints.number_of(name, typed=True))
    except IprError as error:
        reply.add(f"{error.message}{' ' + error.hint if error.hint else ''}")
        return True
    from assistant.labels import label

    lines = [f"From the team's record ({_known(record)}): status '{label(record.status)}'."]
    lines += [_notice_line(notice) for notice in record.counter_notices] or ["No counter-notice is recorded on it. No answer of ours is due."]
    last = record.events[-1] if record.events else None
    if last is not None and last.note:
        lines.append(f"Last change: {last.note}")
    lines.append(f"The whole record: `ipr-assistant complaints show {record.id}`.")
    reply.add("\n".join(lines))
    return True


def _changes_status(text: str) -> bool:
    """'mark complaint X as filed', 'complaint X was removed': a change asked for, handled as one."""
    from assistant.agent.guided.intents import status_update_request

    return status_update_request(text) != (None, None)


def _with_counter_notices(ctx: ToolContext, reply: Reply) -> bool:
    complaints = ctx.services.complaints
    found: list[str] = []
    for summary in complaints.list():
        try:
            record = complaints.show(summary.id)
        except IprError:
            continue
        if record.counter_notices:
            latest = max(record.counter_notices, key=lambda n: n.round)
            found.append(f"- {_known(record)}: {_notice_line(latest)}")
    if not found:
        reply.add("From the team's record: no complaint has a counter-notice recorded (see /status).")
        return True
    reply.add("From the team's record, the complaints with a counter-notice recorded (see /status):\n" + "\n".join(found))
    return True


def _known(record: Any) -> str:
    return f"complaint {record.id}" + (f", {record.team_reference}" if record.team_reference else "")


def _notice_line(notice: Any) -> str:
    due = answer_due_words(notice.response_due)
    return f"counter-notice round {notice.round} received on {notice.received_on.isoformat()}; our answer due: {due}."
