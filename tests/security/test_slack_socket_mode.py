"""Socket Mode under malformed envelopes, over a real WebSocket from a loopback server that plays Slack: text that is
not JSON, envelopes without an id, a payload or a known type, payloads of the wrong shape, an oversize frame, and a
repeated envelope. None runs a listener or stops the connection: a normal event afterwards is acked and answered
once."""

from __future__ import annotations

import json
import time

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from integrations.bootstrap import App
from integrations.slack.app import build_app
from tests.integrations.slack.conftest import no_slack_environment, slack_settings, stub  # noqa: F401
from tests.integrations.slack.test_socket_mode import SocketModeServer, mention_envelope

MALFORMED = [
    "not json at all",
    "",
    "[1, 2, 3]",
    "null",
    json.dumps({"type": "events_api"}),  # no envelope id, no payload
    json.dumps({"envelope_id": "bad-1", "type": "events_api"}),  # no payload
    json.dumps({"envelope_id": "bad-2", "type": "events_api", "payload": "a string"}),
    json.dumps({"envelope_id": "bad-3", "type": "events_api", "payload": [1, 2]}),
    json.dumps({"envelope_id": "bad-4", "type": "events_api", "payload": {"type": "event_callback"}}),  # no event
    json.dumps({"envelope_id": "bad-5", "type": "events_api", "payload": {"type": "event_callback", "event": "x", "event_id": "EvX"}}),
    json.dumps({"envelope_id": "bad-6", "type": "interactive", "payload": {"type": "block_actions", "actions": "x"}}),
    json.dumps({"envelope_id": "bad-7", "type": "slash_commands", "payload": {"command": 5, "text": None}}),
    json.dumps({"envelope_id": "bad-8", "type": "no_such_type", "payload": {}}),
    json.dumps({"envelope_id": ["list"], "type": "events_api", "payload": {}}),
    json.dumps({"envelope_id": "bad-9", "type": "events_api", "payload": {"type": "event_callback", "event_id": "EvDeep",
                                                                          "event": {"type": "app_mention", "text": "x" * 200_000}}}),
    "{" * 5000,
]


@pytest.fixture
def socket_app(stub, slack_settings):  # noqa: F811 - fixtures imported above
    server = SocketModeServer()
    stub.socket_url = server.url
    settings = slack_settings.model_copy(update={"slack_app_token": "xapp-test", "slack_signing_secret": None})
    root = App(settings, actor="slack")
    app = build_app(root, responder=None)
    handler = SocketModeHandler(app, "xapp-test")
    handler.connect()
    assert server.connected.wait(10), stub.methods()
    yield server, stub, handler
    stub.quiet(0.2)
    handler.client.auto_reconnect_enabled = False
    server.close()
    handler.close()
    root.close()


def answers(stub) -> int:
    return len(stub.calls_to("chat.postMessage")) + len(stub.calls_to("chat.postEphemeral"))


def test_malformed_envelopes_run_nothing_and_the_connection_keeps_working(socket_app):
    server, stub, handler = socket_app
    for message in MALFORMED:
        server._socket.send(message)
    stub.quiet(0.5)
    assert [m for m in stub.methods() if m not in ("auth.test", "apps.connections.open")] == [], stub.methods()
    assert stub.methods().count("apps.connections.open") == 1  # never dropped and reconnected

    server.send(mention_envelope("env-ok", "EvSOCKOK", "hello"))
    server.ack_of("env-ok")
    stub.wait_for("chat.postMessage")
    stub.quiet(0.3)
    assert answers(stub) == 1


def test_an_envelope_repeated_with_a_new_envelope_id_is_handled_once(socket_app):
    server, stub, _ = socket_app
    for number in range(3):
        server.send(mention_envelope(f"env-rep-{number}", "EvSOCKREP", "hello", retry=number))
        server.ack_of(f"env-rep-{number}")
    stub.wait_for("chat.postMessage")
    stub.quiet(0.4)
    assert answers(stub) == 1


def test_an_interaction_with_a_forged_change_value_changes_nothing(socket_app):
    server, stub, _ = socket_app
    server.send({
        "envelope_id": "env-forged", "type": "interactive", "accepts_response_payload": False,
        "payload": {"type": "block_actions", "user": {"id": "UOTHER"}, "team": {"id": "T0001"}, "channel": {"id": "C0001"},
                    "trigger_id": "trigger-forged", "container": {"type": "message", "message_ts": "1.1", "channel_id": "C0001"},
                    "message": {"ts": "1.1"},
                    "actions": [{"action_id": "change_confirm", "value": json.dumps({"thread": "../../x", "change": "*"}),
                                 "block_id": "b", "type": "button", "action_ts": str(time.time())}]},
    })
    server.ack_of("env-forged")
    replies = stub.wait_for("chat.postEphemeral")
    assert "nothing was changed" in replies[0].text()
