"""The Slack app: a Bolt ``App`` over the assistant's services.

``build_app(root)`` is all a runner (or a test) needs: the composition root (integrations/bootstrap.py) hands it the
settings, the services, the conversations, the app's records and whoever answers. The Web API client points at
``settings.slack_api_url``, requests are acknowledged before any work (process_before_response=False: listeners
run on Bolt's worker threads after the ack), the middleware (de-duplication, channel allow-list, who the person is)
runs before every listener, each listener's own middleware checks the person may do what it does (access.py), and
one error handler tells the person about any failure (errors.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from slack_bolt import App
from slack_sdk import WebClient

from assistant.agent.services import AssistantServices
from assistant.agent.session import Responder
from assistant.errors import ConfigurationError
from integrations.slack import errors, middleware
from integrations.slack.listeners import register_all
from integrations.slack.roles import RoleDirectory
from integrations.slack.wiring import SlackWiring

if TYPE_CHECKING:
    from integrations import bootstrap

log = logging.getLogger("ipr_assistant.slack")
_FROM_ROOT: Any = object()


def build_app(
    root: bootstrap.App,
    *,
    services: AssistantServices | None = None,
    responder: Responder | None = _FROM_ROOT,
) -> App:
    """The Bolt app with its middleware and listeners over the root's parts (``services`` and ``responder`` replace
    the root's own); ``app.wiring`` holds what the listeners share. The root owns and closes the parts."""
    settings = root.settings
    if settings.slack_bot_token is None:
        raise ConfigurationError("The Slack app needs SLACK_BOT_TOKEN (the bot token, xoxb-...).", hint="See the README's Slack section.")
    client = WebClient(token=settings.slack_bot_token.get_secret_value(), base_url=settings.slack_api_url, logger=log)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    app = errors.ReportingApp(
        client=client,
        signing_secret=secret,
        token_verification_enabled=False,  # auth.test runs on the first request, not at start-up
        process_before_response=False,
        logger=log,
        name="ipr-assistant",
    )
    wiring = SlackWiring(
        settings=settings,
        services=services if services is not None else root.services,
        conversations=root.conversations,
        store=root.slack_store,
        directory=RoleDirectory(settings, client),
        responder=root.responder if responder is _FROM_ROOT else responder,
    )
    middleware.register(app, settings, wiring.store, wiring.directory)
    errors.register(app, wiring)
    register_all(app, wiring)
    app.wiring = wiring  # type: ignore[attr-defined] - for the runner (reminders) and tests
    return app
