"""The Slack app: a Bolt ``App`` over the assistant's services.

``build_app(settings, services)`` is all a runner (or a test) needs: the Web API client points at
``settings.slack_api_url``, requests are acknowledged before any work (process_before_response=False: listeners
run on Bolt's worker threads after the ack), and the middleware (de-duplication, channel allow-list,
authorization) runs before every listener.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from assistant.agent.conversations import ConversationStore
from assistant.agent.services import AssistantServices
from assistant.agent.session import Responder
from assistant.config import Settings
from assistant.errors import ConfigurationError
from integrations.slack import middleware
from integrations.slack.listeners import register_all
from integrations.slack.roles import RoleDirectory
from integrations.slack.store import SlackStore
from integrations.slack.wiring import SlackWiring

log = logging.getLogger("ipr_assistant.slack")
_FROM_SETTINGS: Any = object()


def build_app(
    settings: Settings,
    services: AssistantServices,
    *,
    responder: Responder | None = _FROM_SETTINGS,
    conversations: ConversationStore | None = None,
    store: SlackStore | None = None,
) -> App:
    """The Bolt app with its middleware and listeners; ``app.wiring`` holds what the listeners share."""
    if settings.slack_bot_token is None:
        raise ConfigurationError("The Slack app needs SLACK_BOT_TOKEN (the bot token, xoxb-...).", hint="See the README's Slack section.")
    client = WebClient(token=settings.slack_bot_token.get_secret_value(), base_url=settings.slack_api_url, logger=log)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    app = App(
        client=client,
        signing_secret=secret,
        token_verification_enabled=False,  # auth.test runs on the first request, not at start-up
        process_before_response=False,
        logger=log,
        name="ipr-assistant",
    )
    if settings.database_url:
        # One PostgreSQL database holds everything; the store's migrations refuse a database that already has other
        # tables, so the store is opened (and migrated) before the conversations and the app's own tables.
        services.complaints.store  # noqa: B018 - opening is the point
    if responder is _FROM_SETTINGS:
        from integrations.llm.factory import build_responder

        responder = build_responder(settings)
    if conversations is None:
        from integrations.bootstrap import open_conversations

        conversations = open_conversations(settings)
    wiring = SlackWiring(
        settings=settings,
        services=services,
        conversations=conversations,
        store=store or SlackStore.open(settings),
        directory=RoleDirectory(settings, client),
        responder=responder,
    )
    middleware.register(app, settings, wiring.store, wiring.directory)
    register_all(app, wiring)
    app.wiring = wiring  # type: ignore[attr-defined] - for the runner (reminders) and tests
    return app
