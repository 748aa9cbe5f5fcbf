"""One conversation's state: what was said, the complaint being drafted, and the change waiting for a yes.

It is saved after every turn (assistant/agent/conversations.py), so quitting and coming back resumes where it stood.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.agent.draft import ComplaintDraft


def _now() -> datetime:
    return datetime.now(UTC)


class ToolCallRecord(BaseModel):
    """A tool the assistant ran (or proposed), for the transcript."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    name: str
    args: dict[str, Any] = Field(default_factory=dict)
    status: Literal["ran", "pending", "confirmed", "rejected", "failed", "refused"] = "ran"
    result: str | None = None


# Letters and digits a person cannot confuse when typing a change's code back (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_change_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))


class PendingChange(BaseModel):
    """State-changing tool calls shown to the person, waiting for yes or no. Nothing has happened yet.

    ``id`` names the change everywhere (Slack buttons, the JSON transcript); ``code`` is the short form a person
    types back to confirm it (`yes 4F2K`); after ``expires_at`` no answer applies it.
    """

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    code: str = Field(default_factory=new_change_code, description="Short id a person types to confirm, e.g. 4F2K.")
    calls: list[ToolCallRecord] = Field(description="The tool calls that run, in order, after a yes.")
    summary: str = Field(description="The exact change, as shown to the person.")
    origin: Literal["guided", "model"] = Field(default="guided", description="Who proposed it.")
    created_at: datetime = Field(default_factory=_now)
    expires_at: datetime | None = Field(default=None, description="No answer applies the change after this moment.")

    def expired(self, now: datetime | None = None) -> bool:
        return self.expires_at is not None and (now or _now()) >= self.expires_at


class Decision(BaseModel):
    """What the person answered to a pending change; kept for the record, rejections included."""

    change_id: str
    summary: str
    approved: bool
    at: datetime = Field(default_factory=_now)
    results: list[str] = Field(default_factory=list)


class Message(BaseModel):
    """One entry of the conversation's history."""

    role: Literal["user", "assistant", "notice"]
    text: str
    at: datetime = Field(default_factory=_now)
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    answers: list[str] = Field(default_factory=list, description="For a reply: its answers from the guide (shown apart from its text).")
    citations: list[dict[str, Any]] = Field(default_factory=list, description="For a reply: the guide passages its answers cite.")


class ConversationState(BaseModel):
    """Everything a conversation needs to carry on after a restart."""

    thread_id: str = Field(default_factory=lambda: uuid.uuid4().hex[:10])
    draft: ComplaintDraft = Field(default_factory=ComplaintDraft)
    expecting: str | None = Field(default=None, description="The slot the last question asked for.")
    topic: str | None = Field(default=None, description="What the conversation is doing: 'complaint', 'appeal', ...")
    package_dir: str | None = Field(default=None, description="Folder the person chose for the filing package.")
    pending: PendingChange | None = None
    undo_draft: dict[str, Any] | None = Field(default=None, description="The draft before the last echoed change, for a 'no' to that echo.")
    last_checked_links: str | None = Field(default=None, description="Links checked just before a case started, as pasted.")
    last_question: str | None = Field(
        default=None, description="The last general question answered, as asked (a follow-up naming another site asks it again)."
    )
    shared_files: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Files shared in the conversation (Slack) for the next appeal triage, as read: name, text, how read, notices. "
        "Untrusted data; used once.",
    )
    triaged_files: dict[str, Any] | None = Field(
        default=None,
        description="What the last triage in this conversation read in the seller's files (its text's key and the files as "
        "read), kept with the counter-notice when that same text is recorded. Written by the triage only.",
    )
    offer: dict[str, Any] | None = Field(
        default=None, description="A triaged counter-notice the person may record: proposed for confirmation only when they ask."
    )
    appeal: dict[str, Any] | None = Field(
        default=None,
        description="A counter-notice the chat is handling: the seller's text (untrusted data), the person's words about "
        "when it arrived, the complaint they named, and after the triage the day the complaint was filed.",
    )
    last_triage: dict[str, Any] | None = Field(
        default=None, description="The counter-notice last triaged here: its complaint as the person knows it and our deadline line."
    )
    day_order: str | None = Field(
        default=None, description="How the person writes a numeric day ('DMY' or 'MDY'), learnt from their answer when one was asked about."
    )
    undo_fields: list[str] = Field(default_factory=list, description="The fields the last echo changed.")
    thread_facts: str | None = Field(
        default=None,
        description="Earlier messages of a Slack thread whose facts were shown to the person when they mentioned the app: "
        "someone else's words, taken into the draft only when the person says so. Untrusted data; used once.",
    )
    decisions: list[Decision] = Field(default_factory=list)
    history: list[Message] = Field(default_factory=list)
    model_messages: list[dict[str, Any]] = Field(default_factory=list, description="The model's own message log (LLM mode).")
    model_unreachable_told: bool = Field(default=False, description="Whether the person was told the model is unreachable.")
    linked_threads: list[str] = Field(
        default_factory=list, description="Other threads that carry this conversation on (a new Slack direct message continuing the draft)."
    )
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)

    def last_user_text(self) -> str | None:
        for message in reversed(self.history):
            if message.role == "user":
                return message.text
        return None
