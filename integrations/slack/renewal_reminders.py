"""Reminders of rights and powers of attorney that expire: posted to the reminder channel (a right belongs to the
team, not to one person), soon, on the day and when expired, each once (the app's store remembers what was sent)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_sdk.errors import SlackApiError

from assistant.config import Settings
from assistant.store.slack import SlackStore
from integrations.slack import blocks as b
from integrations.slack.escape import escape_text
from integrations.slack.reminders import Reminder, stage_of

log = logging.getLogger(__name__)
# A renewal takes longer than answering a seller: remind a month ahead (a product choice, not a platform rule).
RENEWAL_NOTICE_DAYS = 30


def renewal_text(item: dict[str, Any], stage: str) -> str:
    """One renewal reminder, escaped: what expires, when, which complaints rely on it, what to upload after renewal."""
    what = "The right" if item["kind"] == "right_expires" else "The power of attorney"
    when = {"overdue": f"expired on {escape_text(item['due_on'])}", "today": f"expires *today* ({escape_text(item['due_on'])})"}.get(
        stage, f"expires on {escape_text(item['due_on'])}")
    complaints = f" Complaints relying on it: {escape_text(', '.join(item['complaints']))}." if item["complaints"] else ""
    return f"{what} *{escape_text(item['name'])}* {when}.{complaints}\nAfter renewal: {escape_text(item['upload_after_renewal'])}"


def renewal_blocks(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not items:
        return []
    lines = [renewal_text(item, "overdue" if item["days_left"] < 0 else "today" if item["days_left"] == 0 else "soon") for item in items[:10]]
    return [b.section("*Rights and powers of attorney that expire*"), *[b.section(line) for line in lines]]


def send_renewal_reminders(client: Any, complaints: Any, settings: Settings, store: SlackStore, *, today: date) -> list[Reminder]:
    """Post the renewal reminders due on `today` to the reminder channel; nothing when no channel is set."""
    from assistant.agent.tools import to_data
    from assistant.services.renewals import renewals_due

    channel = settings.slack_reminder_channel
    sent: list[Reminder] = []
    for item in renewals_due(complaints.store, days=RENEWAL_NOTICE_DAYS, today=today):
        stage = stage_of(item.days_left, RENEWAL_NOTICE_DAYS)
        if stage is None or channel is None:
            continue
        key = f"renewal:{item.kind}:{item.right_id or ''}:{item.name}:{item.due_on.isoformat()}:{stage}"
        if not store.first_reminder(key):
            continue
        delivered = False
        try:
            text = renewal_text(to_data(item), stage)
            client.chat_postMessage(channel=channel, blocks=[b.section(text)], text=b.fallback_text(text))
            delivered = True
        except SlackApiError as error:
            log.warning("renewal reminder not delivered: %s", error.response.get("error"))
        if not delivered:
            store.forget_reminder(key)
        sent.append(Reminder(",".join(item.complaints), item.kind, item.due_on, stage, channel, delivered))
    return sent
