"""Sends requests to the Slack app over real HTTP the way Slack does: signed with the signing secret.

Events are JSON; slash commands and interactive payloads are form-encoded (interactive ones as ``payload=<json>``).
"""

from __future__ import annotations

import http.client
import itertools
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

SECRET = "test-signing-secret"
TEAM = "T0001"
BOT = "UBOT"
_ids = itertools.count(1)


@dataclass
class Sent:
    """What the app answered, and when (perf_counter seconds) the request left and the answer arrived."""

    status: int
    body: str
    sent_at: float
    answered_at: float

    @property
    def seconds(self) -> float:
        return self.answered_at - self.sent_at

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class SlackSender:
    """A client for the app's /slack/events endpoint on 127.0.0.1."""

    def __init__(self, port: int, *, secret: str = SECRET, path: str = "/slack/events", response_url: str = ""):
        self.port = port
        self.path = path
        self.verifier = SignatureVerifier(secret)
        self.response_url = response_url

    def send(
        self, body: str, content_type: str, *, sign: bool = True, timestamp: int | None = None, signature: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Sent:
        """POST ``body``; signed unless ``sign`` is False (then only ``headers`` are sent)."""
        all_headers = {"Content-Type": content_type}
        if sign:
            stamp = str(timestamp if timestamp is not None else int(time.time()))
            all_headers["X-Slack-Request-Timestamp"] = stamp
            all_headers["X-Slack-Signature"] = signature or self.verifier.generate_signature(timestamp=stamp, body=body)
        all_headers.update(headers or {})
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            sent_at = time.perf_counter()
            connection.request("POST", self.path, body=body.encode("utf-8"), headers=all_headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8")
            return Sent(response.status, text, sent_at, time.perf_counter())
        finally:
            connection.close()

    # --- what Slack sends -------------------------------------------------------------------------------------------

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None, **options: Any) -> Sent:
        body = json.dumps({
            "token": "unused", "team_id": TEAM, "api_app_id": "A0001", "type": "event_callback",
            "event_id": event_id or f"Ev{next(_ids):06d}", "event_time": int(time.time()), "event": event,
            "authorizations": [{"team_id": TEAM, "user_id": BOT, "is_bot": True}],
        })
        headers = dict(options.pop("headers", None) or {})
        if retry:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
        return self.send(body, "application/json", headers=headers, **options)

    def message(self, text: str, *, user: str = "UEMP", channel: str = "D0001", ts: str | None = None, thread_ts: str | None = None,
                **options: Any) -> Sent:
        """A direct message to the app (message.im)."""
        event = {"type": "message", "channel_type": "im", "channel": channel, "user": user, "text": text, "team": TEAM,
                 "ts": ts or f"1700001000.{next(_ids):06d}"}
        if thread_ts:
            event["thread_ts"] = thread_ts
        return self.event(event, **options)

    def mention(self, text: str, *, user: str = "UEMP", channel: str = "C0001", ts: str | None = None, thread_ts: str | None = None,
                **options: Any) -> Sent:
        event = {"type": "app_mention", "channel": channel, "user": user, "text": f"<@{BOT}> {text}", "team": TEAM,
                 "ts": ts or f"1700002000.{next(_ids):06d}"}
        if thread_ts:
            event["thread_ts"] = thread_ts
        return self.event(event, **options)

    def command(self, text: str, *, user: str = "UEMP", channel: str = "C0001", **options: Any) -> Sent:
        body = urlencode({
            "token": "unused", "team_id": TEAM, "channel_id": channel, "user_id": user, "command": "/ipr", "text": text,
            "trigger_id": f"trigger-{next(_ids)}", "response_url": self.response_url, "api_app_id": "A0001",
        })
        return self.send(body, "application/x-www-form-urlencoded", **options)

    def interaction(self, payload: dict[str, Any], **options: Any) -> Sent:
        payload = {"team": {"id": TEAM}, "api_app_id": "A0001", "token": "unused", "trigger_id": f"trigger-{next(_ids)}", **payload}
        return self.send(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded", **options)

    def click(self, action_id: str, value: str, *, user: str, channel: str, message_ts: str, thread_ts: str | None = None,
              **options: Any) -> Sent:
        message = {"ts": message_ts, **({"thread_ts": thread_ts} if thread_ts else {})}
        return self.interaction({
            "type": "block_actions", "user": {"id": user}, "channel": {"id": channel},
            "container": {"type": "message", "message_ts": message_ts, "channel_id": channel}, "message": message,
            "response_url": self.response_url,
            "actions": [{"action_id": action_id, "block_id": "b", "value": value, "type": "button", "action_ts": str(time.time())}],
        }, **options)

    def submit_view(self, callback_id: str, values: dict[str, Any], *, user: str = "UEMP", view_id: str = "V0001",
                    private_metadata: str = "", **options: Any) -> Sent:
        return self.interaction({
            "type": "view_submission", "user": {"id": user},
            "view": {"id": view_id, "type": "modal", "callback_id": callback_id, "private_metadata": private_metadata, "state": {"values": values}},
        }, **options)

    def message_shortcut(self, text: str, *, user: str = "UEMP", channel: str = "C0001", **options: Any) -> Sent:
        return self.interaction({
            "type": "message_action", "callback_id": "check_listing_links", "user": {"id": user}, "channel": {"id": channel},
            "message": {"type": "message", "text": text, "ts": "1700003000.000001"}, "response_url": self.response_url,
        }, **options)


def select(value: str) -> dict[str, Any]:
    """A static select's state in a view submission."""
    return {"value": {"type": "static_select", "selected_option": {"value": value}}}


def text_value(value: str) -> dict[str, Any]:
    return {"value": {"type": "plain_text_input", "value": value}}


def checked(*values: str) -> dict[str, Any]:
    return {"value": {"type": "checkboxes", "selected_options": [{"value": v} for v in values]}}
