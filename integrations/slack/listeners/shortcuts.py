"""The message shortcut "Check listing links": the URL report of any message's links, privately to whoever asked (in
the message's thread, or their direct messages where the app is not a member)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from assistant.agent.tools import to_data
from integrations.slack import blocks as b
from integrations.slack.access import requires
from integrations.slack.escape import from_slack
from integrations.slack.privately import tell
from integrations.slack.roles import Action
from integrations.slack.wiring import SlackWiring

CHECK_LINKS_SHORTCUT = "check_listing_links"


def register(app: App, wiring: SlackWiring) -> None:
    @app.shortcut(CHECK_LINKS_SHORTCUT, middleware=[requires(Action.CONVERSE)])
    def check_links(ack: Ack, body: dict[str, Any], client: Any) -> None:
        ack()
        report = wiring.services.check_listing_urls(from_slack((body.get("message") or {}).get("text")), None)
        fallback = f"{report.summary.ok} of {report.summary.total} links can be filed."
        tell(client, body, b.url_report_blocks(to_data(report)), fallback)
