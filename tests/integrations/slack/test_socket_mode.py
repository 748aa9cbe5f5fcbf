"""Socket Mode end to end: Bolt's Socket Mode handler connects (apps.connections.open on the stub) to a loopback
WebSocket server that plays Slack, receives envelopes, acks each, and runs the listeners once per event id."""

from __future__ import annotations

import json
import queue
import threading
import time
from typing import Any

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from websockets.sync.server import serve

from integrations.bootstrap import App
from integrations.slack.app import build_app
from tests.integrations.slack.conftest import EMPLOYEE


class SocketModeServer:
    """Plays Slack's side of a Socket Mode connection on 127.0.0.1: says hello, sends envelopes, collects the acks."""

    def __init__(self) -> None:
        self.acks: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self.connected = threading.Event()
        self._socket: Any = None
        self._server = serve(self._handle, "127.0.0.1", 0)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link"

    def _handle(self, websocket: Any) -> None:
        self._socket = websocket
        websocket.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0001"}}))
        self.connected.set()
        for message in websocket:
            self.acks.put((time.perf_counter(), json.loads(message)))

    def send(self, envelope: dict[str, Any]) -> float:
        sent_at = time.perf_counter()
        self._socket.send(json.dumps(envelope))
        return sent_at

    def ack_of(self, envelope_id: str, timeout: float = 10) -> tuple[float, dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            at, message = self.acks.get(timeout=max(0.01, deadline - time.monotonic()))
            if message.get("envelope_id") == envelope_id:
                return at, message
        raise AssertionError(f"no ack for {envelope_id}")

    def close(self) -> None:
        self._server.shutdown()


@pytest.fixture
def socket_app(stub, slack_settings):
    server = SocketModeServer()
    stub.socket_url = server.url
    settings = slack_settings.model_copy(update={"slack_app_token": "xapp-test", "slack_signing_secret": None})
    root = App(settings, actor="slack")
    app = build_app(root, responder=None)
    handler = SocketModeHandler(app, "xapp-test")
    handler.connect()
    assert server.connected.wait(10), stub.methods()
    yield server, stub
    stub.quiet(0.2)
    handler.client.auto_reconnect_enabled = False  # closing Slack's side first makes the client's own close quick
    server.close()
    handler.close()
    root.close()


def mention_envelope(envelope_id: str, event_id: str, text: str, retry: int = 0) -> dict[str, Any]:
    return {
        "envelope_id": envelope_id, "type": "events_api", "accepts_response_payload": False, "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
        "payload": {
            "type": "event_callback", "team_id": "T0001", "api_app_id": "A0001", "event_id": event_id, "event_time": int(time.time()),
            "event": {"type": "app_mention", "channel": "C0001", "user": EMPLOYEE, "text": f"<@UBOT> {text}", "ts": "1700004000.000001",
                      "team": "T0001"},
            "authorizations": [{"team_id": "T0001", "user_id": "UBOT", "is_bot": True}],
        },
    }


def test_an_event_over_socket_mode_is_acked_and_answered_once(socket_app):
    server, stub = socket_app
    server.send(mention_envelope("env-1", "EvSOCK1", "hello"))
    _, ack = server.ack_of("env-1")
    assert "payload" not in ack  # an empty ack: the answer is posted to the thread
    reply = stub.wait_for("chat.postMessage")[0]
    assert reply.params["thread_ts"] == "1700004000.000001" and "IP Protection Platform" in reply.text()

    server.send(mention_envelope("env-2", "EvSOCK1", "hello", retry=1))
    server.ack_of("env-2")
    stub.quiet(0.4)
    assert len(stub.calls_to("chat.postMessage")) == 1


def test_a_slash_command_over_socket_mode(socket_app):
    server, stub = socket_app
    server.send({
        "envelope_id": "env-cmd", "type": "slash_commands", "accepts_response_payload": True,
        "payload": {"command": "/ipr", "text": "help", "user_id": EMPLOYEE, "channel_id": "C0001", "team_id": "T0001",
                    "trigger_id": "trigger-sock", "response_url": stub.response_url()},
    })
    server.ack_of("env-cmd")
    assert "/ipr docs" in stub.wait_for("response_url")[0].text()
