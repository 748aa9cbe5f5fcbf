"""Two Slack app processes (`ipr-assistant slack`, as deployed behind a load balancer) over one PostgreSQL database:
Slack delivers an event to one, retries it at the other, and it is handled once."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.integrations.slack.conftest import EMPLOYEE
from tests.integrations.slack.signed_requests import SECRET, SlackSender

CLI = Path(sys.executable).parent / "ipr-assistant"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def listening(port: int) -> bool:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        connection.request("GET", "/")
        connection.getresponse().read()
        return True
    except OSError:
        return False


@pytest.fixture
def two_processes(stub, empty_postgres_url, tmp_path):
    ports, processes = [free_port(), free_port()], []
    for number, port in enumerate(ports):
        env = {name: value for name, value in os.environ.items() if not name.startswith(("SLACK_", "IPR_"))}
        env |= {
            "IPR_ASSISTANT_HOME": str(tmp_path / f"app-{number}"), "IPR_DATABASE_URL": empty_postgres_url,
            "SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SECRET, "IPR_SLACK_API_URL": stub.api_url,
        }
        log = (tmp_path / f"app-{number}.log").open("wb")
        processes.append(subprocess.Popen([str(CLI), "slack", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT))
    try:
        deadline = time.monotonic() + 120
        while not all(listening(port) for port in ports):
            stopped = [number for number, process in enumerate(processes) if process.poll() is not None]
            assert not stopped, "an app process stopped at start-up:\n" + "\n".join(
                (tmp_path / f"app-{number}.log").read_text(errors="replace")[-2000:] for number in stopped
            )
            assert time.monotonic() < deadline, "the app processes did not start listening"
            time.sleep(0.2)
        yield [SlackSender(port, response_url=stub.response_url()) for port in ports]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.postgres
def test_an_event_delivered_to_both_processes_is_handled_once(two_processes, stub):
    first, second = two_processes
    answers = []
    deliveries = [
        threading.Thread(target=lambda: answers.append(first.message("hello", user=EMPLOYEE, event_id="EvTwo1"))),
        threading.Thread(target=lambda: answers.append(second.message("hello", user=EMPLOYEE, event_id="EvTwo1", retry=1))),
    ]
    for delivery in deliveries:
        delivery.start()
    for delivery in deliveries:
        delivery.join(timeout=60)
    assert [answer.status for answer in answers] == [200, 200]  # both acknowledge
    stub.wait_for("chat.postMessage", timeout=60)
    stub.quiet(1.0)
    assert len(stub.calls_to("chat.postMessage")) == 1  # one reply: one process handled it

    # A different event still reaches the other process: the key is the event, not the process.
    second.message("hello again", user=EMPLOYEE, event_id="EvTwo2")
    stub.wait_for("chat.postMessage", 2, timeout=60)
