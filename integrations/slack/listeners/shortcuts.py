"""The message shortcut "Check listing links": the URL report of any message's links, privately to whoever asked."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk.errors import SlackApiError

from assistant.agent.tools import to_data
from assistant.errors import IprError
from integrations.slack import blocks as b
from integrations.slack.escape import from_slack
from integrations.slack.wiring import SlackWiring

CHECK_LINKS_SHORTCUT = "check_listing_links"


def register(app: App, wiring: SlackWiring) -> None:
    @app.shortcut(CHECK_LINKS_SHORTCUT)  # who may use it: integrations/slack/access.py
    def check_links(ack: Ack, body: dict[str, Any], client: Any) -> None:
        ack()
        user = body["user"]["id"]
        channel = (body.get("channel") or {}).get("id") or user
        text = from_slack((body.get("message") or {}).get("text"))
        try:
            report = wiring.services.check_listing_urls(text, None)
            blocks = b.url_report_blocks(to_data(report))
            fallback = f"{report.summary.ok} of {report.summary.total} links can be filed."
        except IprError as error:  # e.g. a paste far beyond what a message can hold
            blocks, fallback = b.error_blocks(error.message, error.reference if error.unexpected else None, error.hint), error.message
        thread_ts = (body.get("message") or {}).get("thread_ts")
        try:
            client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, blocks=blocks, text=fallback)
        except SlackApiError:
            # The app is not in that conversation: the report goes to the person's direct messages instead.
            client.chat_postMessage(channel=user, blocks=blocks, text=fallback)
