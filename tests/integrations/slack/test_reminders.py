"""Deadline reminders with a fixed day: to the owner's direct messages or the reminder channel, once per stage."""

from __future__ import annotations

from datetime import date

import pytest
from slack_sdk import WebClient

from assistant.config import load_settings
from integrations.bootstrap import build_services
from integrations.slack.reminders import ReminderScheduler, send_due_reminders, stage_of
from tests.fakes.slack_api_stub import SlackApiStub
from tests.sample_complaints import sample_complaint

FILED = date(2026, 11, 2)  # a Monday


@pytest.fixture
def world():
    with SlackApiStub() as stub:
        settings = load_settings(slack_reminder_channel="CREMIND", slack_reminder_days=3)
        services, resources = build_services(settings, actor="test")
        store = resources.slack_store
        yield stub, settings, services.complaints, store, WebClient(token="xoxb-t", base_url=stub.api_url)
        resources.close()


def filed(complaints, item: int, owner: str, *, received: date | None = None, due: date | None = None):
    record = complaints.create_draft(sample_complaint([item]), idempotency_key=f"k{item}", actor=owner)
    complaints.transition(record.id, "filed", actor=owner, occurred_at=FILED)
    if received:
        complaints.record_counter_notice(record.id, received_on=received, text="appeal", actor=owner, response_due=due)
    return record.id


@pytest.mark.parametrize("days_left,expected", [(5, None), (3, "soon"), (1, "soon"), (0, "today"), (-1, "overdue")])
def test_the_stage_follows_the_days_left(days_left, expected):
    assert stage_of(days_left, 3) == expected


def test_reminders_go_to_the_slack_owner_or_the_channel_once_per_stage(world):
    stub, settings, complaints, store, client = world
    ours = filed(complaints, 1, "slack:UOWNER", received=date(2026, 11, 20), due=date(2026, 11, 24))
    theirs = filed(complaints, 2, "ann", received=date(2026, 11, 20), due=date(2026, 11, 22))

    first = send_due_reminders(client, complaints, settings, store, today=date(2026, 11, 21))
    assert {(r.complaint_id, r.stage, r.channel, r.delivered) for r in first} == {(ours, "soon", "UOWNER", True), (theirs, "soon", "CREMIND", True)}
    posts = stub.calls_to("chat.postMessage")
    assert {call.params["channel"] for call in posts} == {"UOWNER", "CREMIND"}
    assert all("*Our response*" in call.text() for call in posts)

    assert send_due_reminders(client, complaints, settings, store, today=date(2026, 11, 21)) == []  # already sent
    on_the_day = send_due_reminders(client, complaints, settings, store, today=date(2026, 11, 22))
    assert [(r.complaint_id, r.stage) for r in on_the_day] == [(theirs, "today")]
    assert "due *today*" in stub.calls_to("chat.postMessage")[-1].text()

    later = send_due_reminders(client, complaints, settings, store, today=date(2026, 11, 24))
    assert {(r.complaint_id, r.stage) for r in later} == {(ours, "today"), (theirs, "overdue")}
    overdue = next(call for call in stub.calls_to("chat.postMessage")[-2:] if call.params["channel"] == "CREMIND")
    assert "*overdue*" in overdue.text()


def test_a_sellers_window_closing_is_reminded(world):
    stub, settings, complaints, store, client = world
    record = filed(complaints, 3, "slack:UOWNER")
    sent = send_due_reminders(client, complaints, settings, store, today=date(2026, 11, 3))
    assert [(r.complaint_id, r.kind, r.due_on, r.stage) for r in sent] == [(record, "seller_counter_notice", date(2026, 11, 5), "soon")]
    assert "seller" in stub.calls_to("chat.postMessage")[0].text()


def test_an_undelivered_reminder_is_tried_again_next_time(world):
    stub, settings, complaints, store, client = world
    filed(complaints, 4, "slack:UOWNER", received=date(2026, 11, 20), due=date(2026, 11, 22))
    stub.fail("chat.postMessage", "channel_not_found")
    assert [r.delivered for r in send_due_reminders(client, complaints, settings, store, today=date(2026, 11, 21))] == [False]
    stub.failures.clear()
    assert [r.delivered for r in send_due_reminders(client, complaints, settings, store, today=date(2026, 11, 21))] == [True]


def test_without_a_reminder_channel_a_non_slack_owner_gets_nothing(world):
    stub, settings, complaints, store, client = world
    filed(complaints, 5, "ann", received=date(2026, 11, 20), due=date(2026, 11, 22))
    quiet = settings.model_copy(update={"slack_reminder_channel": None})
    sent = send_due_reminders(client, complaints, quiet, store, today=date(2026, 11, 21))
    assert [(r.channel, r.delivered) for r in sent] == [(None, False)]
    assert stub.calls_to("chat.postMessage") == []


def test_the_scheduler_runs_passes_until_stopped():
    runs: list[int] = []
    scheduler = ReminderScheduler(lambda: runs.append(1), interval=0.01).start()
    import time

    deadline = time.monotonic() + 5
    while len(runs) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    scheduler.stop()
    assert len(runs) >= 3
    count = len(runs)
    time.sleep(0.05)
    assert len(runs) == count
