"""The Slack app over one PostgreSQL database (store, conversations and the app's own tables together)."""

from __future__ import annotations

import pytest

from tests.integrations.slack.conftest import EMPLOYEE


@pytest.mark.postgres
def test_the_app_starts_on_an_empty_postgres_database_and_remembers_events_there(start_app, empty_postgres_url):
    running = start_app(database_url=empty_postgres_url)
    assert running.sender.message("hello", user=EMPLOYEE, event_id="EvPG1").status == 200
    running.stub.wait_for("chat.postMessage")
    assert running.services.complaints.list() == []  # the store was migrated, not refused
    restarted = start_app(database_url=empty_postgres_url)
    assert restarted.sender.message("hello", user=EMPLOYEE, event_id="EvPG1", retry=1).status == 200
    restarted.stub.quiet(0.4)
    assert len(restarted.stub.calls_to("chat.postMessage")) == 1
    assert restarted.wiring.store.engine.dialect.name == "postgresql"
