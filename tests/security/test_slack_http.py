"""The Slack app's HTTP server under hostile requests, over real sockets against the real app and the loopback stub:
lengths that lie, bodies that never finish, bodies too large, signed bodies that do not parse, timestamps and
signatures of every wrong shape, and one person shown another's pending change. Each case ends with the server
still answering a normal request, and nothing having run for the bad one."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time

import pytest
from slack_sdk.signature import SignatureVerifier
from typer.testing import CliRunner

from tests.integrations.slack.conftest import EMPLOYEE, OTHER, no_slack_environment, running, slack_settings, start_app, stub  # noqa: F401
from tests.integrations.slack.signed_requests import SECRET

READ_TIMEOUT = 1.0
SIGNER = SignatureVerifier(SECRET)


@pytest.fixture
def server(start_app):  # noqa: F811 - the fixture imported above
    return start_app(slack_read_timeout_seconds=READ_TIMEOUT, slack_max_body_bytes=64 * 1024)


def signed_headers(body: bytes, *, stamp: str | None = None) -> dict[str, str]:
    """Slack's signature headers over the raw bytes (which need not be UTF-8)."""
    stamp = stamp or str(int(time.time()))
    digest = hmac.new(SECRET.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}"}


def head(path: str = "/slack/events", headers: dict[str, str] | None = None) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1"] + [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def connect(running) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", running.sender.port), timeout=READ_TIMEOUT * 8)
    return sock


def status_of(sock: socket.socket) -> int | None:
    """The response's status code, or None when the server closed the connection without one."""
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except ConnectionResetError:
        return None
    finally:
        sock.close()
    return int(data.split(b" ")[1]) if data.startswith(b"HTTP/1.1 ") else None


def exchange(running, raw: bytes) -> int | None:
    sock = connect(running)
    sock.sendall(raw)
    return status_of(sock)


def mention_body(event_id: str) -> bytes:
    return json.dumps({
        "type": "event_callback", "team_id": "T0001", "api_app_id": "A0001", "event_id": event_id, "event_time": int(time.time()),
        "event": {"type": "app_mention", "channel": "C0001", "user": EMPLOYEE, "text": "<@UBOT> hello", "ts": "1700002000.000900"},
    }).encode()


def still_serving(running) -> None:
    """A normal signed request is acknowledged and answered."""
    answers = len(running.stub.calls_to("chat.postMessage"))
    sent = running.sender.mention("hello")
    assert sent.status == 200
    running.stub.wait_for("chat.postMessage", answers + 1)


def nothing_ran(running, event_id: str) -> None:
    running.stub.quiet(0.3)
    assert running.stub.work_calls() == [], running.stub.methods()
    assert running.wiring.store.first_time(f"event:{event_id}") is True  # the de-duplication never saw it


# --- lengths and sizes ---------------------------------------------------------------------------------------------


def test_a_negative_content_length_is_refused_before_anything_is_read(server):
    body = mention_body("EvNEG")
    raw = head(headers={"Content-Type": "application/json", "Content-Length": "-1", **signed_headers(body)}) + body
    assert exchange(server, raw) == 400
    nothing_ran(server, "EvNEG")
    still_serving(server)


@pytest.mark.parametrize("length", ["abc", "1, 2", "99999999999999999999999"])
def test_a_content_length_that_is_not_one_number_is_refused(server, length):
    body = mention_body("EvLEN")
    status = exchange(server, head(headers={"Content-Type": "application/json", "Content-Length": length, **signed_headers(body)}) + body)
    assert status in (400, 413)
    nothing_ran(server, "EvLEN")


def test_an_oversize_body_is_refused_from_its_declared_length_without_reading_it(server):
    sock = connect(server)
    sock.sendall(head(headers={"Content-Type": "application/json", "Content-Length": str(300 * 1024 * 1024)}))
    assert status_of(sock) == 413  # not 408: answered from the declared length, the 300 MB never sent
    still_serving(server)


def test_an_oversize_chunked_body_is_refused_once_the_limit_is_passed(server):
    sock = connect(server)
    sock.sendall(head(headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
    chunk = b"x" * 16 * 1024
    status = None
    try:
        for _ in range(64):  # up to 1 MB, far past the 64 KB limit
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except (BrokenPipeError, ConnectionResetError):
        pass
    status = status_of(sock)
    assert status in (413, None)
    still_serving(server)


def test_a_body_without_a_length_is_empty_and_refused_as_unsigned(server):
    status = exchange(server, head(headers={"Content-Type": "application/json"}) + mention_body("EvNOLEN"))
    assert status in (400, 401)
    nothing_ran(server, "EvNOLEN")


# --- read timeouts -----------------------------------------------------------------------------------------------------


def test_a_half_sent_body_is_dropped_after_the_read_timeout(server):
    body = mention_body("EvHALF")
    sock = connect(server)
    sock.sendall(head(headers={"Content-Type": "application/json", "Content-Length": str(len(body)), **signed_headers(body)}) + body[:20])
    started = time.monotonic()
    assert status_of(sock) == 408
    assert READ_TIMEOUT * 0.8 <= time.monotonic() - started < READ_TIMEOUT * 8
    nothing_ran(server, "EvHALF")


def test_many_half_sent_requests_do_not_stop_the_server_answering(start_app):  # noqa: F811
    held_for = 6.0
    server = start_app(slack_read_timeout_seconds=held_for)
    body = mention_body("EvMANY")
    held = []
    first_held = time.monotonic()
    for _ in range(200):
        sock = connect(server)
        sock.sendall(head(headers={"Content-Type": "application/json", "Content-Length": "5000", **signed_headers(body)}) + body[:10])
        held.append(sock)
    for _ in range(50):  # and some that never finish their headers
        sock = connect(server)
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slack-")
        held.append(sock)
    sent = server.sender.mention("hello")
    assert sent.status == 200
    assert time.monotonic() - first_held < held_for  # answered while all 250 were still held open
    for sock in held:
        sock.settimeout(held_for * 4)
    statuses = [status_of(sock) for sock in held]
    assert statuses[:200] == [408] * 200
    assert statuses[200:] == [None] * 50  # headers never completed: the connection is closed


def test_half_sent_headers_are_closed_after_the_read_timeout(server):
    sock = connect(server)
    sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    started = time.monotonic()
    assert status_of(sock) is None
    assert READ_TIMEOUT * 0.8 <= time.monotonic() - started < READ_TIMEOUT * 8


# --- bodies that do not parse ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("body, content_type", [
    (b'{"type": "event_callback", "event_id": "EvBAD", ', "application/json"),
    (b"[1, 2, 3]", "application/json"),
    (b"null", "application/json"),
    (b"\xff\xfe{}", "application/json"),
    (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
])
def test_a_signed_malformed_body_is_refused_with_400(server, body, content_type):
    raw = head(headers={"Content-Type": content_type, "Content-Length": str(len(body)), **signed_headers(body)}) + body
    assert exchange(server, raw) == 400
    server.stub.quiet(0.3)
    assert server.stub.work_calls() == []
    still_serving(server)


def test_an_unsigned_malformed_body_is_refused_with_401(server):
    body = b'{"broken": '
    raw = head(headers={"Content-Type": "application/json", "Content-Length": str(len(body))}) + body
    assert exchange(server, raw) == 401


# --- timestamps and signatures of every shape -------------------------------------------------------------------------


@pytest.mark.parametrize("stamp", ["abc", "", "9" * 5000, "-1", "1e9", "12.5", "99999999999", "0", "١٧٠٠٠٠٠٠٠٠"])
def test_a_timestamp_of_any_wrong_shape_is_refused_with_401(server, stamp):
    body = mention_body("EvSTAMP")
    signature = SIGNER.generate_signature(timestamp=stamp, body=body)
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body)), "X-Slack-Request-Timestamp": stamp,
               "X-Slack-Signature": signature}
    raw = head(headers={}).removesuffix(b"\r\n") + "".join(f"{k}: {v}\r\n" for k, v in headers.items()).encode("utf-8") + b"\r\n" + body
    assert exchange(server, raw) == 401
    nothing_ran(server, "EvSTAMP")


@pytest.mark.parametrize("signature", ["v0=é" + "0" * 63, "v0=", "v1=" + "0" * 64, "0" * 67, "v0=" + "G" * 64])
def test_a_signature_of_any_wrong_shape_is_refused_with_401(server, signature):
    body = mention_body("EvSIG")
    stamp = str(int(time.time()))
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body)), "X-Slack-Request-Timestamp": stamp,
               "X-Slack-Signature": signature}
    raw = head(headers={}).removesuffix(b"\r\n") + "".join(f"{k}: {v}\r\n" for k, v in headers.items()).encode("utf-8") + b"\r\n" + body
    assert exchange(server, raw) == 401
    nothing_ran(server, "EvSIG")


def test_other_paths_and_methods_are_not_found(server):
    assert exchange(server, head("/admin", {"Content-Length": "0"})) == 404
    assert exchange(server, b"GET /slack/events HTTP/1.1\r\nHost: x\r\n\r\n") == 404


# --- where it listens ---------------------------------------------------------------------------------------------------


def test_the_command_listens_on_loopback_unless_a_host_is_given(monkeypatch):
    import integrations.slack.runner as runner
    from integrations.cli.app import app

    seen: list[tuple[str, int]] = []
    monkeypatch.setattr(runner, "run", lambda settings, *, host, port, echo: seen.append((host, port)))
    assert CliRunner().invoke(app, ["slack", "--port", "3999"]).exit_code == 0
    assert CliRunner().invoke(app, ["slack", "--host", "0.0.0.0", "--port", "3999"]).exit_code == 0
    assert seen == [("127.0.0.1", 3999), ("0.0.0.0", 3999)]


def test_the_server_binds_the_address_it_is_given_with_its_backlog(slack_settings):  # noqa: F811
    from integrations.slack.http_server import listening_socket

    sock = listening_socket("127.0.0.1", 0, slack_settings.slack_http_backlog)
    try:
        assert sock.getsockname()[0] == "127.0.0.1" and slack_settings.slack_http_backlog >= 128
    finally:
        sock.close()


# --- another person's pending change ------------------------------------------------------------------------------------


def test_another_person_in_the_thread_is_not_shown_someone_elses_pending_change(running):
    from tests.integrations.slack.test_conversation import CHANNEL, SCRIPT, THREAD, confirmation_button, converse, in_thread, wait_for_replies

    converse(running, SCRIPT)
    confirmation_button(running)
    summary = running.wiring.conversations.load(f"slack-{CHANNEL}-{THREAD}").pending.summary
    before = len(running.stub.calls_to("chat.postMessage")) + len(running.stub.calls_to("chat.postEphemeral"))
    in_thread(running, "what is going on here?", user=OTHER)
    wait_for_replies(running, before + 1)
    replies = [call for call in running.stub.work_calls() if call.method in ("chat.postMessage", "chat.postEphemeral")][before:]
    assert replies
    for reply in replies:
        shown = reply.text()
        assert summary not in shown
        for line in (line.strip() for line in summary.splitlines()):
            if len(line) > 12:
                assert line not in shown, line
    assert all(reply.params.get("user") == OTHER for reply in replies if reply.method == "chat.postEphemeral")
    assert running.services.complaints.list() == []
    assert running.wiring.conversations.load(f"slack-{CHANNEL}-{THREAD}").pending.summary == summary  # still waiting


def test_concurrent_duplicates_over_http_are_handled_once(server):
    results: list[int] = []

    def deliver(retry: int) -> None:
        results.append(server.sender.mention("hello", event_id="EvDUP", ts="1700002000.000777", retry=retry or None).status)

    threads = [threading.Thread(target=deliver, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 8
    server.stub.quiet(0.4)
    assert len(server.stub.calls_to("chat.postMessage")) == 1
