"""Cross-cutting rules that run before any listener (after Bolt has checked the request's signature):

1. De-duplication: Slack retries an event it thinks was lost (X-Slack-Retry-Num) and may deliver one event id twice;
   each request key (event id, or the trigger id of a command or interaction) is recorded in the app's store first,
   and a key seen before is acknowledged without running anything. Persisted, so a restart does not forget.
2. The channel allow-list: outside the listed channels the app stays silent (a slash command is told why).
   Direct messages are always answered.
3. Authorization: each request gets an ``Access`` (context["access"]) that resolves the person's roles on first use;
   each listener's own middleware (access.requires) refuses people who may not do what it does (roles.POLICY).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse

from assistant.config import Settings
from assistant.store.slack import SlackStore
from integrations.slack.roles import Access, RoleDirectory

log = logging.getLogger(__name__)

NOT_ALLOWED_HERE = "ipr-assistant is not enabled in this channel. Ask me in a direct message, or in a channel the team set up for it."


def request_key(body: dict[str, Any]) -> str | None:
    """What identifies one delivery of a request, whatever the retries: the event id, else the trigger id."""
    if body.get("type") == "event_callback" and body.get("event_id"):
        return f"event:{body['event_id']}"
    if body.get("trigger_id"):
        return f"trigger:{body['trigger_id']}"
    return None


def is_direct_message(channel_id: str | None) -> bool:
    return bool(channel_id) and channel_id.startswith("D")


def channel_allowed(settings: Settings, channel_id: str | None) -> bool:
    """Whether the app may act in this channel: any, when no allow-list is set; direct messages always."""
    if not settings.slack_allowed_channels or channel_id is None or is_direct_message(channel_id):
        return True
    return channel_id in settings.slack_allowed_channels


def deduplicate(store: SlackStore) -> Callable[..., BoltResponse | None]:
    def middleware(req: BoltRequest, body: dict[str, Any], next: Callable[[], BoltResponse]) -> BoltResponse | None:
        key = request_key(body)
        if key is None or store.first_time(key):
            return next()
        retry = (req.headers.get("x-slack-retry-num") or [None])[0]
        log.info("ignored a repeated delivery of %s (retry %s)", key, retry)
        return BoltResponse(status=200, body="", headers={"X-Slack-No-Retry": "1"})

    return middleware


def restrict_channels(settings: Settings) -> Callable[..., BoltResponse | None]:
    def middleware(body: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse | None:
        if channel_allowed(settings, context.channel_id):
            return next()
        if body.get("command"):
            return BoltResponse(status=200, body={"response_type": "ephemeral", "text": NOT_ALLOWED_HERE})
        return BoltResponse(status=200, body="")

    return middleware


def attach_access(directory: RoleDirectory) -> Callable[..., BoltResponse | None]:
    def middleware(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse | None:
        context["access"] = Access(context.user_id, directory)
        return next()

    return middleware


def register(app: App, settings: Settings, store: SlackStore, directory: RoleDirectory) -> None:
    """Install the middleware, in order: de-duplication first, so a retry never reaches anything else."""
    app.use(deduplicate(store))
    app.use(restrict_channels(settings))
    app.use(attach_access(directory))
