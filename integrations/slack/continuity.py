"""Direct messages carry on where the person left off.

In the app's direct messages (and its Messages tab) every new message starts a Slack thread of its own. A person who
comes back to an open complaint draft and simply writes a new message means that draft, not a new conversation: the
message continues the draft, the reply says so, and a button (or typing "start afresh") makes the thread a new
conversation instead. The thread is linked to the draft's conversation (``ConversationState.linked_threads``), so
later messages in it carry on too, without being told again. So does a triage that waits for the seller's text
("please triage this, complaint 4:", then the text pasted as a new message), for a short while only: a message
days later is not a paste.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from assistant.agent.state import ConversationState
from assistant.labels import label
from integrations.slack.escape import escape_text
from integrations.slack.wiring import SlackWiring, thread_id_for

# An open draft untouched for longer than this is not picked up by a new message (the person has moved on).
OPEN_DRAFT_KEPT = timedelta(days=30)
# A triage waiting for the seller's text takes the next message as that text only this soon after it was asked for.
APPEAL_TEXT_AWAITED = timedelta(hours=2)
# How many of the direct message's latest conversations are looked at.
LOOKED_AT = 20
MAX_LINKED = 50

_AFRESH_RE = re.compile(
    r"^\s*(?:(?:let'?s |please )?start (?:afresh|over|again|anew|a new (?:conversation|complaint|case|one|draft))"
    r"|new (?:conversation|complaint|case|draft)|/new)\s*[.!]*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Continuation:
    """The conversation a new direct message carries on, and whether this message is the first to do so."""

    conversation: str
    description: str
    first: bool


def asks_to_start_afresh(text: str) -> bool:
    return bool(_AFRESH_RE.match(text or ""))


def is_open_draft(state: ConversationState) -> bool:
    """A complaint being put together and not yet written out as a package, or a change waiting for a yes."""
    if state.pending is not None:
        return True
    return state.topic == "complaint" and not state.draft.is_empty() and state.draft.exported_to is None


def awaits_appeal_text(state: ConversationState) -> bool:
    """A triage asked for whose seller's text has not come yet."""
    return state.pending is None and state.topic == "appeal" and state.expecting == "appeal_text"


def describe(state: ConversationState) -> str:
    """What a new message carries on, in the person's words: the open draft, the triage waiting for the text, or a change
    waiting for a yes or no outside a complaint being drafted (the recording of a counter-notice)."""
    if awaits_appeal_text(state):
        named = (state.appeal or {}).get("complaint")
        return f"the triage of complaint {escape_text(str(named), 120)}, waiting for the seller's text" if named else \
            "the triage you asked for, waiting for the seller's text"
    if state.pending is not None and not (state.topic == "complaint" and not state.draft.is_empty()):
        return f"the change waiting for your yes or no ({escape_text(_change_headline(state.pending.summary), 160)})"
    return f"your open draft ({describe_draft(state)})"


def _change_headline(text: str) -> str:
    """A waiting change named by its summary's first line ('Record the seller's counter-notice on complaint 1, received on
    ...'), cut at its first colon when long."""
    head = (text or "").strip().split("\n")[0]
    return head.split(": ", 1)[0] if len(head) > 160 else head


def describe_draft(state: ConversationState) -> str:
    """The draft in the person's words: marketplace, ground, right and links (no coded values)."""
    draft = state.draft
    parts = [
        label(draft.site) if draft.site else None,
        label(draft.reason) if draft.reason else None,
        draft.right_name,
        f"{len(draft.listings)} link(s)" if draft.listings else None,
    ]
    shown = ", ".join(escape_text(part, 120) for part in parts if part)
    return shown or "the complaint you started"


def continuation_for(wiring: SlackWiring, channel: str, thread_ts: str, *, now: datetime | None = None) -> Continuation | None:
    """The conversation a direct message's thread continues; None when the thread is (or becomes) its own."""
    own = thread_id_for(channel, thread_ts)
    conversations = wiring.conversations
    if conversations.exists(own):
        return None
    now = now or datetime.now(UTC)
    states = []
    for conversation, _title, updated_at in conversations.recent(LOOKED_AT, prefix=thread_id_for(channel, "")):
        state = conversations.load(conversation)
        if own in state.linked_threads:
            return Continuation(conversation, describe(state), first=False)
        states.append((state, updated_at))
    for state, updated_at in states:
        moment = updated_at if updated_at.tzinfo else updated_at.replace(tzinfo=UTC)
        if now - moment <= OPEN_DRAFT_KEPT and is_open_draft(state) or now - moment <= APPEAL_TEXT_AWAITED and awaits_appeal_text(state):
            return Continuation(state.thread_id, describe(state), first=True)
    return None


def link(state: ConversationState, thread_id: str) -> None:
    """Note that ``thread_id`` carries this conversation on."""
    if thread_id != state.thread_id and thread_id not in state.linked_threads:
        state.linked_threads = [*state.linked_threads, thread_id][-MAX_LINKED:]


def start_afresh(wiring: SlackWiring, channel: str, thread_ts: str) -> bool:
    """Make the thread a conversation of its own (the draft it continued is kept as it is); False when it was already."""
    own = thread_id_for(channel, thread_ts)
    if wiring.conversations.exists(own):
        return False
    with wiring.conversation_lock(own):
        for conversation, _title, _at in wiring.conversations.recent(LOOKED_AT, prefix=thread_id_for(channel, "")):
            with wiring.conversation_lock(conversation):
                state = wiring.conversations.load(conversation)
                if own in state.linked_threads:
                    state.linked_threads = [t for t in state.linked_threads if t != own]
                    wiring.conversations.save(state)
        wiring.conversations.save(ConversationState(thread_id=own))
    return True
