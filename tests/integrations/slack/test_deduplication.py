"""Slack's retries (X-Slack-Retry-Num) and repeated event ids never run a listener twice, even across a restart or
when the two deliveries race."""

from __future__ import annotations

import threading

from tests.integrations.slack.conftest import EMPLOYEE


def answers(running) -> int:
    running.stub.quiet(0.4)
    return len(running.stub.calls_to("chat.postMessage"))


def test_a_retried_event_is_acknowledged_but_handled_once(running):
    first = running.sender.mention("hello", event_id="EvRETRY1", ts="1700002000.000001")
    running.stub.wait_for("chat.postMessage")
    retry = running.sender.mention("hello", event_id="EvRETRY1", ts="1700002000.000001", retry=1)
    second_retry = running.sender.mention("hello", event_id="EvRETRY1", ts="1700002000.000001", retry=2)
    assert (first.status, retry.status, second_retry.status) == (200, 200, 200)
    assert answers(running) == 1


def test_a_repeated_event_id_without_retry_headers_is_handled_once(running):
    for _ in range(3):
        assert running.sender.message("hello", event_id="EvSAME", ts="1700001000.000042").status == 200
    assert answers(running) == 1


def test_the_record_survives_a_restart_of_the_app(start_app, stub):
    first = start_app()
    assert first.sender.mention("hello", event_id="EvRESTART").status == 200
    stub.wait_for("chat.postMessage")
    stub.quiet(0.3)
    restarted = start_app()  # a second process over the same data directory
    assert restarted.sender.mention("hello", event_id="EvRESTART", retry=1).status == 200
    stub.quiet(0.4)
    assert len(stub.calls_to("chat.postMessage")) == 1


def test_two_deliveries_racing_run_one_listener(running):
    statuses: list[int] = []

    def deliver() -> None:
        statuses.append(running.sender.message("hello", user=EMPLOYEE, event_id="EvRACE", ts="1700001000.000077").status)

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200, 200, 200, 200]
    assert answers(running) == 1


def test_different_events_are_each_handled(running):
    running.sender.mention("hello", event_id="EvA")
    running.sender.mention("hello", event_id="EvB")
    running.stub.wait_for("chat.postMessage", 2)
    assert answers(running) == 2
