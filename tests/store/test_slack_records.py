"""The Slack app's records in the store: the primary keys decide "first time"; the rows an earlier version kept (its
own slack.sqlite file, or zoned tables in the PostgreSQL store) are kept."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, select, text

from assistant.store.engine import _alembic_config, open_store
from assistant.store.slack import OLD_FILE, SlackStore, handled_requests
from integrations.bootstrap import App, settings_for

# The tables as the Slack app created them itself before they moved into the store.
OLD_SCHEMA = """
CREATE TABLE slack_handled_requests (key VARCHAR(200) PRIMARY KEY, handled_at {ts} NOT NULL);
CREATE TABLE slack_change_requests (change_id VARCHAR(64) PRIMARY KEY, thread_id VARCHAR(64) NOT NULL,
  requester VARCHAR(32) NOT NULL, channel VARCHAR(32) NOT NULL, message_ts VARCHAR(32), created_at {ts} NOT NULL);
CREATE TABLE slack_feedback_votes (channel VARCHAR(32), message_ts VARCHAR(32), user_id VARCHAR(32),
  thread_id VARCHAR(64), vote VARCHAR(8) NOT NULL, voted_at {ts} NOT NULL, PRIMARY KEY (channel, message_ts, user_id));
CREATE TABLE slack_sent_reminders (key VARCHAR(200) PRIMARY KEY, sent_at {ts} NOT NULL);
"""
OLD_ROWS = """
INSERT INTO slack_handled_requests VALUES ('event:EvOld', '2026-11-29 10:00:00{zone}');
INSERT INTO slack_change_requests VALUES ('chg1', 'slack-C1-1.1', 'UANN', 'C1', '1.2', '2026-11-29 10:00:00{zone}');
INSERT INTO slack_feedback_votes VALUES ('C1', '1.3', 'UANN', 'slack-C1-1.1', 'up', '2026-11-29 10:00:00{zone}');
INSERT INTO slack_sent_reminders VALUES ('reminder:7:response_due:soon', '2026-11-29 10:00:00{zone}');
"""


def assert_old_rows_are_there(records: SlackStore) -> None:
    assert records.first_time("event:EvOld") is False
    assert records.first_reminder("reminder:7:response_due:soon") is False
    change = records.change("chg1")
    assert change is not None and (change.requester, change.channel, change.message_ts) == ("UANN", "C1", "1.2")
    assert [(v.user_id, v.vote, v.thread_id) for v in records.votes("slack-C1-1.1")] == [("UANN", "up", "slack-C1-1.1")]


def test_a_key_is_first_once_and_a_forgotten_reminder_can_be_sent_again(store):
    records = SlackStore(store)
    assert records.first_time("event:Ev1") is True
    assert records.first_time("event:Ev1") is False
    assert records.first_reminder("r1") is True and records.first_reminder("r1") is False
    records.forget_reminder("r1")
    assert records.first_reminder("r1") is True
    records.record_vote("C1", "1.1", "UANN", "up", "t1")
    records.record_vote("C1", "1.1", "UANN", "down", "t1")  # a second vote replaces the first
    assert [v.vote for v in records.votes("t1")] == ["down"]
    records.remember_change("chg", "t1", "UANN", "C1")
    records.set_change_message("chg", "C2", "9.9")
    assert records.change("chg").message_ts == "9.9" and records.change("missing") is None


def test_the_records_are_tables_of_the_one_store(ipr_home):
    root = App(settings_for(ipr_home))
    try:
        assert root.slack_store.store is root.store
        root.slack_store.first_time("event:EvOne")
        with root.store.reading() as session:
            assert session.execute(select(handled_requests.c.key)).scalars().all() == ["event:EvOne"]
        assert not (ipr_home / OLD_FILE).exists()  # no file of the app's own any more
    finally:
        root.close()


def test_the_file_an_earlier_version_kept_is_brought_over_once_and_set_aside(ipr_home):
    ipr_home.mkdir(parents=True)
    with sqlite3.connect(ipr_home / OLD_FILE) as old:
        old.executescript(OLD_SCHEMA.format(ts="DATETIME") + OLD_ROWS.format(zone=".000000"))
    old.close()
    root = App(settings_for(ipr_home))
    try:
        assert_old_rows_are_there(root.slack_store)
    finally:
        root.close()
    assert not (ipr_home / OLD_FILE).exists() and (ipr_home / (OLD_FILE + ".imported")).is_file()
    again = App(settings_for(ipr_home))
    try:
        again.slack_store.forget_reminder("reminder:7:response_due:soon")
        assert again.slack_store.first_reminder("reminder:7:response_due:soon") is True  # the old file is not read again
    finally:
        again.close()


@pytest.mark.postgres
def test_tables_an_earlier_version_made_in_postgres_keep_their_rows_in_utc(empty_postgres_url):
    from alembic import command

    engine = create_engine(empty_postgres_url)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0004")
        for statement in (OLD_SCHEMA.format(ts="TIMESTAMP WITH TIME ZONE") + OLD_ROWS.format(zone="+02:00")).split(";"):
            if statement.strip():
                connection.execute(text(statement))
    engine.dispose()
    store = open_store(url=empty_postgres_url)
    try:
        records = SlackStore(store)
        assert_old_rows_are_there(records)
        with store.reading() as session:
            handled_at = session.execute(select(handled_requests.c.handled_at).where(handled_requests.c.key == "event:EvOld")).scalar_one()
            kinds = set(session.execute(text(
                "SELECT data_type FROM information_schema.columns WHERE table_name LIKE 'slack_%' AND column_name LIKE '%_at'"
            )).scalars())
        assert handled_at == datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
        assert kinds == {"timestamp without time zone"}  # the store's timestamps: UTC, written and read without a zone
    finally:
        store.close()
