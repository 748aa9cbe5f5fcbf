"""Telling the person behind any kind of request something only they see: the access refusal and the error handler
need it for messages, mentions, buttons, forms and shortcuts alike."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError

from integrations.slack.conversation import Turn, post_private
from integrations.slack.middleware import is_direct_message

log = logging.getLogger(__name__)


def place_of(body: dict[str, Any]) -> Turn | None:
    """Where a reply to this request goes privately: the thread it came from (the direct message itself, or an
    ephemeral reply in a channel), or the person's direct messages for a form; None without a person."""
    if body.get("type") == "event_callback":
        event = body.get("event") or {}
        channel, user = event.get("channel"), event.get("user")
        thread_ts = event.get("thread_ts") or event.get("ts") or ""
    else:
        user = (body.get("user") or {}).get("id") or body.get("user_id")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or body.get("channel_id")
        message = body.get("message") or {}
        # A button answers in the thread of its own message; a shortcut on someone's message where that message is.
        thread_ts = message.get("thread_ts") or (message.get("ts") if body.get("type") == "block_actions" else "") or ""
    if not isinstance(user, str) or not user:
        return None
    if body.get("type") in ("view_submission", "view_closed") or not isinstance(channel, str) or not channel:
        return Turn(channel=user, thread_ts="", user=user, text="", private=True)  # the person's direct messages
    return Turn(channel=channel, thread_ts=str(thread_ts), user=user, text="", private=is_direct_message(channel))


def tell(client: Any, body: dict[str, Any], blocks: list[dict], text: str) -> None:
    """Post privately where the request came from; where the app is not a member, in the person's direct messages."""
    turn = place_of(body)
    if turn is None:
        return
    try:
        post_private(client, turn, blocks, text)
    except SlackApiError:
        if turn.private:
            raise
        client.chat_postMessage(channel=turn.user, blocks=blocks, text=text)
