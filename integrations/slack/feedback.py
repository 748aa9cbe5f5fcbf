"""Feedback on answers: a thumbs up or down, then an optional short reason typed in a small modal.

The buttons carry the conversation and the place of the answer in it, so the vote is stored with what it was on
(the person's question, the answer, the passages it cited; assistant/store/slack.py). `ipr-assistant feedback
export` turns the votes into candidate evaluation cases (assistant/services/feedback.py).
"""

from __future__ import annotations

import json
from typing import Any

from assistant.agent.conversations import ConversationStore
from assistant.agent.state import ConversationState
from assistant.store.slack import Voted
from integrations.slack.escape import clean
from integrations.slack.roles import Access, Role

REASON_VIEW = "feedback_reason"
REASON_BLOCK = "reason"
MAX_REASON_CHARS = 300


def answer_position(state: ConversationState) -> int | None:
    """Where the latest answer sits in the conversation's history."""
    for position in range(len(state.history) - 1, -1, -1):
        if state.history[position].role == "assistant":
            return position
    return None


def read_button_value(value: str | None) -> tuple[str, str | None, int | None] | None:
    """(vote, conversation, position) from a button's value; None when it is not one of ours."""
    vote, _, rest = (value or "").partition(":")
    if vote not in ("good", "bad"):
        return None
    thread_id, _, position = rest.rpartition(":") if rest.rsplit(":", 1)[-1].isdigit() else (rest, "", "")
    return vote, thread_id[:64] or None, int(position) if position else None


def voted_on(conversations: ConversationStore, thread_id: str | None, position: int | None) -> Voted:
    """The question, answer and citations a vote is on, read from the conversation (nothing when it is gone)."""
    if thread_id is None or position is None or not conversations.exists(thread_id):
        return Voted()
    state = conversations.load(thread_id)
    if position >= len(state.history) or state.history[position].role != "assistant":
        return Voted()
    answer = state.history[position]
    question = next((m.text for m in reversed(state.history[:position]) if m.role == "user"), None)
    site = state.draft.site.value if state.draft.site else None
    shown = "\n\n".join(part for part in (answer.text, *answer.answers) if part.strip())
    return Voted(question=question, answer=shown, citations=tuple(answer.citations), site=site)


def persona_of(access: Access) -> str:
    """The voter as the evaluation datasets name people: lawyer (legal), support, or employee."""
    if access.has_role(Role.LEGAL):
        return "lawyer"
    if access.has_role(Role.SUPPORT):
        return "support"
    return "employee"


def reason_view(channel: str, message_ts: str, vote: str) -> dict[str, Any]:
    """The small modal asking why, after a vote (sending it empty, or closing it, keeps the vote as it is)."""
    asked = "What was helpful?" if vote == "good" else "What was wrong or missing?"
    return {
        "type": "modal",
        "callback_id": REASON_VIEW,
        "private_metadata": json.dumps({"channel": channel, "ts": message_ts}, separators=(",", ":")),
        "title": {"type": "plain_text", "text": "Thanks for the feedback"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Skip"},
        "blocks": [
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "optional": True,
                "label": {"type": "plain_text", "text": asked},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "value",
                    "multiline": True,
                    "max_length": MAX_REASON_CHARS,
                    "placeholder": {"type": "plain_text", "text": "A few words, e.g. it missed the 3-day deadline"},
                },
            },
            {"type": "context", "elements": [{"type": "mrkdwn", "text": "The team may turn answers and reasons into test questions."}]},
        ],
    }


def read_reason(view: dict[str, Any]) -> tuple[str, str, str] | None:
    """(channel, message ts, reason) from a submitted reason modal; None when it is not one of ours."""
    try:
        where = json.loads(view.get("private_metadata") or "")
        reason = (((view.get("state") or {}).get("values") or {}).get(REASON_BLOCK) or {}).get("value", {}).get("value") or ""
    except (json.JSONDecodeError, AttributeError):
        return None
    if not (isinstance(where, dict) and isinstance(where.get("channel"), str) and isinstance(where.get("ts"), str)):
        return None
    return where["channel"][:32], where["ts"][:32], clean(str(reason)).strip()[:MAX_REASON_CHARS]
