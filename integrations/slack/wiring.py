"""What the Slack listeners share: the settings, the core's services, the conversations, whoever answers (the model
or the guided mode), the app's records and the role directory. Built once by app.build_app from the composition
root's parts (the root closes them).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.agent.conversations import ConversationStore
from assistant.agent.services import AssistantServices
from assistant.agent.session import ChatSession, Responder
from assistant.config import Settings
from assistant.store.slack import SlackStore
from integrations.slack.roles import Access, RoleDirectory
from integrations.slack.visible_complaints import VisibleComplaints


def thread_id_for(channel: str, thread_ts: str) -> str:
    """The conversation id of a Slack thread (also the name of its package folder, so no ':' or '/')."""
    return f"slack-{channel}-{thread_ts}"


@dataclass
class SlackWiring:
    """The Slack app's dependencies."""

    settings: Settings
    services: AssistantServices
    conversations: ConversationStore
    store: SlackStore
    directory: RoleDirectory
    responder: Responder | None = None
    _locks: dict[str, threading.Lock] = field(default_factory=dict)
    _locks_guard: threading.Lock = field(default_factory=threading.Lock)

    def services_for(self, access: Access) -> AssistantServices:
        """The core's services acting as this person: changes recorded under their name, complaints they may see."""
        return replace(self.services, actor=access.actor, actor_in_summaries=False,
                       complaints=VisibleComplaints(self.services.complaints, access))

    def session(self, thread_id: str, services: AssistantServices) -> ChatSession:
        """The conversation of a thread, resumed or started; the same agent and tools as the CLI chat."""
        return ChatSession.open(services, self.conversations, thread_id=thread_id, model=self.responder)

    @contextmanager
    def conversation_lock(self, thread_id: str) -> Iterator[None]:
        """One turn at a time per conversation, so two quick messages (or two clicks) never interleave."""
        with self._locks_guard:
            lock = self._locks.setdefault(thread_id, threading.Lock())
        with lock:
            yield


def shown_details(services: Any) -> bool:
    """Whether the complaints adapter handed out complaint details during the turn."""
    return bool(getattr(services.complaints, "shown_details", False))
