"""The Slack listeners, one module per kind of request; each exposes ``register(app, wiring)``."""

from __future__ import annotations

from slack_bolt import App

from integrations.slack.listeners import actions, after_filing, commands, messages, shortcuts, views
from integrations.slack.wiring import SlackWiring

LISTENER_MODULES = (messages, commands, views, shortcuts, actions, after_filing)


def register_all(app: App, wiring: SlackWiring) -> None:
    for module in LISTENER_MODULES:
        module.register(app, wiring)
