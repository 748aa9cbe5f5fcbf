"""The real Bolt app over real HTTP on 127.0.0.1, against the loopback Slack Web API stub.

``start_app()`` builds the app with build_app over a composition root of its own (optionally with other services or a
scripted model), serves it with
the runner's own HTTP server on a free port in a thread, and returns a RunningApp whose ``sender`` signs requests
like Slack does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from assistant.config import Settings, load_settings
from integrations.bootstrap import App
from integrations.slack.app import build_app
from integrations.slack.runner import finish_listeners, http_server
from tests.fakes.slack_api_stub import SlackApiStub
from tests.integrations.slack.payloads import problems
from tests.integrations.slack.signed_requests import SECRET, SlackSender

LEGAL = "ULEGAL"
SUPPORT_GROUP = "SSUPPORT"
SUPPORT = "USUPPORT"
EMPLOYEE = "UEMP"
OTHER = "UOTHER"


@dataclass
class RunningApp:
    app: Any
    sender: SlackSender
    stub: SlackApiStub
    settings: Settings
    services: Any

    @property
    def wiring(self):
        return self.app.wiring


@pytest.fixture(autouse=True)
def no_slack_environment(monkeypatch):
    """Tokens or roles set on the machine running the tests must not leak into them."""
    import os

    for name in list(os.environ):
        if name.startswith(("SLACK_", "IPR_SLACK_")):
            monkeypatch.delenv(name)


@pytest.fixture
def stub(ipr_home) -> Iterator[SlackApiStub]:
    with SlackApiStub() as running:
        running.groups[SUPPORT_GROUP] = [SUPPORT]
        yield running
        # Every payload of every Slack test: plain words, people as mentions, no server folders (tests/slack/payloads.py).
        running.quiet(0.1)
        found = problems(running.calls, user_ids=[LEGAL, SUPPORT, EMPLOYEE, OTHER, "UBOT"], folders=[str(ipr_home)])
        assert not found, "\n".join(found[:20])


@pytest.fixture
def slack_settings(stub: SlackApiStub) -> Settings:
    return load_settings(
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=SECRET,
        slack_api_url=stub.api_url,
        slack_legal=[LEGAL],
        slack_support=[SUPPORT_GROUP],
    )


@pytest.fixture
def start_app(stub: SlackApiStub, slack_settings: Settings) -> Iterator[Callable[..., RunningApp]]:
    started: list[tuple[Any, Any, Any]] = []

    def start(*, services: Any = None, responder: Any = None, settings: Settings | None = None, **changes: Any) -> RunningApp:
        settings = settings or (slack_settings.model_copy(update=changes) if changes else slack_settings)
        root = App(settings, actor="slack")
        app = build_app(root, services=services, responder=responder)
        server = http_server(app, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        started.append((server, root))
        sender = SlackSender(server.server_address[1], response_url=stub.response_url())
        return RunningApp(app, sender, stub, settings, app.wiring.services)

    yield start
    for server, root in started:
        server.shutdown()
        server.server_close()
        # Work acknowledged before the server stopped runs to its end before the store closes and the stub stops
        # (a worker still posting to a stopped stub fails with "connection refused").
        finish_listeners(server.handler.app)
        root.close()


@pytest.fixture
def running(start_app: Callable[..., RunningApp]) -> RunningApp:
    """The app with the real services over this test's data directory, in the guided (offline) mode."""
    return start_app()
