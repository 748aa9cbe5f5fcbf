"""Conversations between runs: they are kept in the store (assistant/store/conversations.py, re-exported here); this
module says how a thread is titled in lists.
"""

from __future__ import annotations

from assistant.agent.state import ConversationState


def title_of(state: ConversationState) -> str:
    """A one-line description of where the conversation stands."""
    draft = state.draft
    if draft.is_empty():
        first = state.last_user_text() or ""
        return first[:80]
    parts = [draft.site.value if draft.site else "?", draft.reason.value if draft.reason else "?", draft.right_name or ""]
    status = "exported" if draft.exported_to else ("saved " + draft.complaint_id if draft.complaint_id else "in progress")
    return f"{' / '.join(p for p in parts if p)} ({len(draft.listings)} links, {status})"[:200]


def __getattr__(name: str):
    # ConversationStore lives with the store; imported on first use, so reading a title does not open SQLAlchemy.
    if name == "ConversationStore":
        from assistant.store.conversations import ConversationStore

        return ConversationStore
    raise AttributeError(name)
