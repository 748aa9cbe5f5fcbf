"""One access check (Bolt middleware, after `attach_access`): a request whose listener needs a permission the person
lacks is acknowledged, the person is told so privately, and no listener runs.

Listener middleware cannot stop a request without Bolt answering 404 ("unhandled"), so the check runs as app
middleware and picks the requests it guards by kind (the message shortcut today).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltResponse
from slack_sdk.errors import SlackApiError

from integrations.slack.roles import Action

NOT_SET_UP = "You are not set up to use ipr-assistant yet. Ask legal to add you to its settings."

# Request kinds (the payload's "type") and what their listeners need.
GUARDED: dict[str, Action] = {"message_action": Action.CONVERSE}


def check_access(guarded: dict[str, Action] = GUARDED, refusal: str = NOT_SET_UP) -> Callable[..., BoltResponse | None]:
    def middleware(body: dict[str, Any], context: BoltContext, client: Any, next: Callable[[], BoltResponse]) -> BoltResponse | None:  # noqa: A002
        action = guarded.get(body.get("type") or "")
        if action is None or context["access"].may(action):
            return next()
        user = context.user_id
        try:
            client.chat_postEphemeral(channel=context.channel_id or user, user=user, text=refusal)
        except SlackApiError:  # the app is not in that conversation: tell the person directly
            client.chat_postMessage(channel=user, text=refusal)
        return BoltResponse(status=200, body="")

    return middleware
