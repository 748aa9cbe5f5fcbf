"""HTTP mode's server: the Bolt app behind Bolt's own ASGI adapter, served by uvicorn.

Why uvicorn and Bolt's built-in ASGI adapter: uvicorn is a production ASGI server that already comes with the
project's dependencies (chromadb's server uses it), runs in one process with the app built in it (the reminder
scheduler, the stores and the listeners' thread pool stay single), and its asyncio loop holds thousands of slow or
idle connections without a thread each. Bolt's ASGI adapter needs no web framework (no Starlette or FastAPI).

What this module adds around them, before a request reaches Bolt:

- a size limit checked against Content-Length before the body is read, and counted while reading a chunked body
  (413); a malformed Content-Length (``-1``, two values) is refused by the HTTP parser (400);
- read timeouts: headers and body must arrive within ``slack_read_timeout_seconds`` (408, or the connection is
  closed when not even the headers came);
- 401 for a timestamp or signature header of any wrong shape (Bolt's verifier would fail with 500 on ``abc``);
- 400 for a signed body that is not UTF-8, not JSON or not a JSON object (401 when it is not signed either);
- ``app.dispatch`` runs on a bounded thread pool, so the event loop keeps accepting while requests are checked
  and acknowledged; the listeners then work on Bolt's own pool, after the ack.

The socket is bound here with the configured backlog, so ``port=0`` works and ``server_address`` tells the port.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import h11
import uvicorn
from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.asgi.http_request import AsgiHttpRequest
from uvicorn.protocols.http.h11_impl import H11Protocol

from assistant.config import Settings

log = logging.getLogger("ipr_assistant.slack")

EVENTS_PATH = "/slack/events"
# Slack sends seconds since the epoch and "v0=" with a hex SHA-256; anything else is not from Slack.
TIMESTAMP_SHAPE = re.compile(r"\d{1,12}")
SIGNATURE_SHAPE = re.compile(r"v0=[0-9a-f]{64}")
SIGNATURE_MAX_AGE_SECONDS = 300  # as Bolt's verifier
GRACEFUL_SHUTDOWN_SECONDS = 5


class Refused(Exception):
    """A request answered with ``status`` before it reaches Bolt."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class BoundedSlackRequestHandler(SlackRequestHandler):
    """Bolt's ASGI adapter with limits: bounded body, read deadline, header shapes, parse errors, a thread pool."""

    def __init__(self, app: App, settings: Settings, *, path: str = EVENTS_PATH):
        super().__init__(app, path=path)
        self.max_body = settings.slack_max_body_bytes
        self.read_timeout = settings.slack_read_timeout_seconds
        self.secret = settings.slack_signing_secret.get_secret_value().encode() if settings.slack_signing_secret else b""
        self.executor = ThreadPoolExecutor(max_workers=settings.slack_http_threads, thread_name_prefix="slack-http")

    async def dispatch(self, request: AsgiHttpRequest) -> BoltResponse:
        headers = request.get_headers()
        try:
            check_signature_headers(headers)
            raw = await self.read_body(request, headers)
            bolt_request = self.parse(raw, request.query_string, headers)
        except Refused as refused:
            log.info("refused a request: %s %s", refused.status, refused.message)
            return BoltResponse(status=refused.status, body=refused.message, headers={"connection": "close"})
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, self.app.dispatch, bolt_request)

    async def read_body(self, request: AsgiHttpRequest, headers: dict[str, Any]) -> bytes:
        declared = headers.get("content-length")
        if declared is not None and int(declared) > self.max_body:  # the parser has checked it is a number
            raise Refused(413, "Request too large.")
        chunks = bytearray()
        try:
            async with asyncio.timeout(self.read_timeout):
                while True:
                    message = await request.receive()
                    if message["type"] != "http.request":
                        raise Refused(400, "The request ended early.")
                    chunks.extend(message.get("body", b""))
                    if len(chunks) > self.max_body:
                        raise Refused(413, "Request too large.")
                    if not message.get("more_body", False):
                        return bytes(chunks)
        except TimeoutError:
            raise Refused(408, "The request took too long to arrive.") from None

    def parse(self, raw: bytes, query: str, headers: dict[str, Any]) -> BoltRequest:
        """The Bolt request; 400 when a signed body does not parse, 401 when it is not signed either."""
        try:
            bolt_request = BoltRequest(body=raw.decode("utf-8"), query=query, headers=headers)
            if not isinstance(bolt_request.body, dict):
                raise ValueError("not a JSON object")
            return bolt_request
        except Exception:  # noqa: BLE001 - whatever Bolt's parser trips on (bad UTF-8, bad JSON, a list) is a bad body
            if self.signed(raw, headers):
                raise Refused(400, "The request body is malformed.") from None
            raise Refused(401, "") from None

    def signed(self, raw: bytes, headers: dict[str, Any]) -> bool:
        """Slack's signature check over the raw bytes (Bolt's needs a body that decodes); the shapes are checked already."""
        stamp, signature = headers.get("x-slack-request-timestamp"), headers.get("x-slack-signature")
        if not self.secret or not stamp or not signature or abs(time.time() - int(stamp)) > SIGNATURE_MAX_AGE_SECONDS:
            return False
        expected = "v0=" + hmac.new(self.secret, b"v0:" + stamp.encode() + b":" + raw, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def check_signature_headers(headers: dict[str, Any]) -> None:
    """401 for a timestamp or signature that cannot be Slack's; a missing one is left to Bolt (also 401)."""
    timestamp = headers.get("x-slack-request-timestamp")
    signature = headers.get("x-slack-signature")
    if timestamp is not None and not TIMESTAMP_SHAPE.fullmatch(timestamp):
        raise Refused(401, "")
    if signature is not None and not SIGNATURE_SHAPE.fullmatch(signature):
        raise Refused(401, "")


def header_timeout_protocol(seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, closing a connection whose request headers have not all arrived after ``seconds``.

    uvicorn times out idle keep-alive connections but not a request that stops half-way through its headers.
    """

    class HeaderTimeoutProtocol(H11Protocol):
        _headers_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._headers_timer is not None:
                self._headers_timer.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._headers_timer is not None:
                self._headers_timer.cancel()
            self._headers_timer = self.loop.call_later(seconds, self._headers_too_slow)

        def _headers_too_slow(self) -> None:
            waiting_for_headers = self.conn.their_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete)
            if waiting_for_headers and not self.transport.is_closing():
                self.transport.close()

    return HeaderTimeoutProtocol


def listening_socket(host: str, port: int, backlog: int) -> socket.socket:
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    sock = socket.create_server((host, port), family=family, backlog=backlog)
    sock.set_inheritable(True)
    return sock


class SlackHttpServer:
    """The Bolt app served over HTTP on ``host:port``; ``serve_forever()`` blocks, ``shutdown()`` (another thread) stops."""

    def __init__(self, app: App, settings: Settings, host: str, port: int, *, path: str = EVENTS_PATH):
        self.handler = BoundedSlackRequestHandler(app, settings, path=path)
        self.socket = listening_socket(host, port, settings.slack_http_backlog)
        self.server_address = self.socket.getsockname()
        config = uvicorn.Config(
            self.handler,
            http=header_timeout_protocol(settings.slack_read_timeout_seconds),
            loop="asyncio",
            lifespan="off",
            backlog=settings.slack_http_backlog,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
            log_config=None,
            log_level="warning",
            access_log=False,
            server_header=False,
            proxy_headers=False,
        )
        self._server = uvicorn.Server(config)
        self._stopped = threading.Event()

    def serve_forever(self, poll_interval: float | None = None) -> None:  # poll_interval: http.server's signature
        try:
            self._server.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        self._server.should_exit = True
        self._stopped.wait(GRACEFUL_SHUTDOWN_SECONDS + 5)

    def server_close(self) -> None:
        self.handler.close()
        self.socket.close()
