"""Deadline reminders: what falls due (a seller's window closing, our response due) posted to the complaint's owner
or to the reminder channel.

``send_due_reminders`` is one pass with the day given (tests pass a fixed one); ``ReminderScheduler`` runs a pass
every hour. Each item is reminded once when it comes within IPR_SLACK_REMINDER_DAYS, once on the day, and once
when overdue; the app's store remembers what was sent, so restarts and several runners do not repeat it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from slack_sdk.errors import SlackApiError

from assistant.agent.tools import to_data
from assistant.config import Settings
from assistant.store.slack import SlackStore
from integrations.slack import blocks as b
from integrations.slack.roles import user_of

log = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 3600


@dataclass(frozen=True)
class Reminder:
    """One reminder posted (or that could not be delivered)."""

    complaint_id: str
    kind: str
    due_on: date
    stage: str  # 'soon', 'today' or 'overdue'
    channel: str | None
    delivered: bool


def stage_of(days_left: int, soon_days: int) -> str | None:
    """Which reminder an item is due for, by the days left: None while it is further off."""
    if days_left < 0:
        return "overdue"
    if days_left == 0:
        return "today"
    if days_left <= soon_days:
        return "soon"
    return None


def recipient(owner: str | None, settings: Settings) -> str | None:
    """The owner's direct messages when the owner is a Slack user, else the reminder channel (None: nowhere)."""
    return user_of(owner) or settings.slack_reminder_channel


def send_due_reminders(client: Any, complaints: Any, settings: Settings, store: SlackStore, *, today: date) -> list[Reminder]:
    """Post the reminders due on ``today``; return what was sent and what could not be delivered."""
    sent: list[Reminder] = []
    items = complaints.due(days=settings.slack_reminder_days, today=today)
    for item in items:
        if item.due_on is None or item.days_left is None:
            continue  # an unpublished window has no date to remind of; /ipr due lists it with where to look
        stage = stage_of(item.days_left, settings.slack_reminder_days)
        if stage is None:
            continue
        key = f"{item.complaint_id}:{item.kind}:{item.due_on.isoformat()}:{stage}"
        if not store.first_reminder(key):
            continue
        channel = recipient(complaints.show(item.complaint_id).created_by, settings)
        delivered = False
        if channel is not None:
            try:
                text = b.reminder_text(to_data(item), stage)
                client.chat_postMessage(channel=channel, blocks=[b.section(text)], text=b.fallback_text(text))
                delivered = True
            except SlackApiError as error:
                log.warning("reminder for complaint %s not delivered: %s", item.complaint_id, error.response.get("error"))
        if not delivered:
            store.forget_reminder(key)  # tried again on the next pass
        sent.append(Reminder(item.complaint_id, item.kind, item.due_on, stage, channel, delivered))
    return sent


class ReminderScheduler:
    """Runs ``send_due_reminders`` every ``interval`` seconds on a daemon thread until stopped."""

    def __init__(self, run_once: Callable[[], Any], *, interval: float = CHECK_EVERY_SECONDS):
        self.run_once = run_once
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="slack-reminders", daemon=True)

    def start(self) -> ReminderScheduler:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # noqa: BLE001 - a failed pass is logged and tried again next time
                log.exception("the reminder pass failed")
            self._stop.wait(self.interval)
