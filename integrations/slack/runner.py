"""Running the Slack app: Socket Mode when SLACK_APP_TOKEN is set (no public address needed), else an HTTP server on
--port whose requests Bolt verifies (X-Slack-Signature, X-Slack-Request-Timestamp within 5 minutes; 401 otherwise).
The reminder scheduler runs beside either.
"""

from __future__ import annotations

import logging
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_bolt import App, BoltRequest

from assistant.config import Settings
from assistant.errors import ConfigurationError
from integrations.slack.reminders import ReminderScheduler, send_due_reminders

log = logging.getLogger("ipr_assistant.slack")

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1024 * 1024  # Slack's payloads are far smaller; anything bigger is not from Slack


def http_server(app: App, host: str, port: int, *, path: str = EVENTS_PATH) -> ThreadingHTTPServer:
    """An HTTP server that hands each POST on ``path`` to the Bolt app (one thread per request).

    Call ``serve_forever()`` on it; ``server_address`` tells the port when 0 was asked for.
    """

    class SlackRequestHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            log.debug("%s " + format, self.address_string(), *args)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._send(404, {}, "")

        def do_POST(self) -> None:  # noqa: N802
            request_path, _, query = self.path.partition("?")
            length = int(self.headers.get("Content-Length") or 0)
            if request_path != path:
                self._send(404, {}, "")
                return
            if length > MAX_BODY_BYTES:
                self._send(413, {}, "")
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            headers = {key.lower(): [value] for key, value in self.headers.items()}
            response = app.dispatch(BoltRequest(body=body, query=query, headers=headers))
            self._send(response.status, response.headers, response.body)

        def _send(self, status: int, headers: dict[str, Any], body: Any) -> None:
            payload = (body if isinstance(body, str) else str(body or "")).encode("utf-8")
            self.send_response(status)
            for key, values in headers.items():
                if key.lower() == "content-length":
                    continue
                for value in values if isinstance(values, (list, tuple)) else [values]:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer((host, port), SlackRequestHandler)
    server.daemon_threads = True
    return server


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


def run(settings: Settings, *, host: str, port: int, echo=print) -> None:
    """Start the app and block until interrupted."""
    mode = check_settings(settings)
    from integrations.bootstrap import build_services
    from integrations.slack.app import build_app

    services, resources = build_services(settings, actor="slack")
    app = build_app(settings, services)
    scheduler = ReminderScheduler(lambda: reminder_pass(app)).start()
    try:
        if mode == "socket":
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            echo("ipr-assistant is connecting to Slack (Socket Mode). Stop with Ctrl-C.")
            SocketModeHandler(app, settings.slack_app_token.get_secret_value()).start()
        else:
            server = http_server(app, host, port)
            echo(f"ipr-assistant is listening for Slack on http://{host}:{server.server_address[1]}{EVENTS_PATH}. Stop with Ctrl-C.")
            try:
                server.serve_forever(poll_interval=0.5)
            finally:
                server.server_close()
    except KeyboardInterrupt:
        echo("Stopped.")
    finally:
        scheduler.stop()
        app.wiring.close()  # type: ignore[attr-defined]
        resources.close()
