"""`ipr-assistant slack`: run the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on --port)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def slack(
        port: int = typer.Option(3000, "--port", min=1, max=65535, help="HTTP mode: the port Slack's requests come to (path /slack/events)."),
        host: str = typer.Option(
            "127.0.0.1", "--host", help="HTTP mode: the address to listen on (only this machine by default; 0.0.0.0 opens it to all)."
        ),
    ) -> None:
        """Run the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else an HTTP server that verifies Slack's signatures."""
        from integrations.cli.context import current_app
        from integrations.slack.runner import run

        run(current_app(), host=host, port=port, echo=typer.echo)
