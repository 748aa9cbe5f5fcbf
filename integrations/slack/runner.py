"""Running the Slack app: Socket Mode when SLACK_APP_TOKEN is set (no public address needed), else an HTTP server on
--host (127.0.0.1 unless opened) and --port whose requests Bolt verifies (X-Slack-Signature, X-Slack-Request-Timestamp
within 5 minutes; 401 otherwise), with the limits of http_server.py.
The reminder scheduler runs beside either.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from slack_bolt import App

from assistant.config import Settings
from assistant.errors import ConfigurationError
from integrations.slack.http_server import EVENTS_PATH, SlackHttpServer
from integrations.slack.reminders import ReminderScheduler, send_due_reminders

if TYPE_CHECKING:
    from integrations import bootstrap

log = logging.getLogger("ipr_assistant.slack")

def http_server(app: App, host: str, port: int, *, settings: Settings | None = None, path: str = EVENTS_PATH) -> SlackHttpServer:
    """The server for HTTP mode (see http_server.py): ``serve_forever()`` blocks, ``server_address`` tells the port."""
    return SlackHttpServer(app, settings or app.wiring.settings, host, port, path=path)  # type: ignore[attr-defined]


def check_settings(settings: Settings) -> str:
    """'socket' or 'http', or a ConfigurationError saying which token or secret is missing."""
    if settings.slack_bot_token is None:
        raise ConfigurationError("Set SLACK_BOT_TOKEN (the bot token, xoxb-...) to run the Slack app.", hint="See the README's Slack section.")
    if settings.slack_app_token is not None:
        return "socket"
    if settings.slack_signing_secret is None:
        raise ConfigurationError(
            "HTTP mode needs SLACK_SIGNING_SECRET to verify Slack's requests.",
            hint="Set it (Basic Information > Signing Secret), or set SLACK_APP_TOKEN to use Socket Mode instead.",
        )
    return "http"


def reminder_pass(app: App) -> None:
    """One pass of the deadline reminders, with today's date."""
    wiring = app.wiring  # type: ignore[attr-defined]
    send_due_reminders(app.client, wiring.services.complaints, wiring.settings, wiring.store, today=date.today())
    from integrations.slack.renewal_reminders import send_renewal_reminders  # rights and powers of attorney that expire

    send_renewal_reminders(app.client, wiring.services.complaints, wiring.settings, wiring.store, today=date.today())


def run(root: bootstrap.App, *, host: str, port: int, echo=print) -> None:
    """Start the app over the process's composition root (its owner closes it) and block until interrupted."""
    settings = root.settings
    mode = check_settings(settings)
    from integrations.slack.app import build_app

    app = build_app(root)
    scheduler = ReminderScheduler(lambda: reminder_pass(app)).start()
    try:
        if mode == "socket":
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            echo("ipr-assistant is connecting to Slack (Socket Mode). Stop with Ctrl-C.")
            SocketModeHandler(app, settings.slack_app_token.get_secret_value()).start()
        else:
            server = http_server(app, host, port, settings=settings)
            echo(f"ipr-assistant is listening for Slack on http://{host}:{server.server_address[1]}{EVENTS_PATH}. Stop with Ctrl-C.")
            try:
                server.serve_forever()
            finally:
                server.server_close()
    except KeyboardInterrupt:
        echo("Stopped.")
    finally:
        scheduler.stop()
        finish_listeners(app)


def finish_listeners(app: App) -> None:
    """Wait for the work already acknowledged to Slack: Bolt runs listeners on its executor after the ack, and the
    store they write to is closed once the app stops, so a stop lets them finish first."""
    app.listener_runner.listener_executor.shutdown(wait=True)
