"""Recording a triaged counter-notice on its complaint (status counter_notice_received, with our deadline) happens only
after the person asks for it and confirms it: in the chat, and through the CLI's triage-appeal --record."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tests.fakes.chat_driver import chat, open_complaints, replies, store_snapshot
from tests.sample_complaints import sample_complaint

# One line: the chat driver types each line as a message.
APPEAL = ("Here is the seller's counter-notice for complaint {id}: Dear rights holder, these goods are genuine. We bought 200 pieces "
          "from the brand's distributor in May, invoice attached (invoice.pdf). Please withdraw the complaint.")


def _filed_complaint() -> str:
    service = open_complaints()
    try:
        record = service.create_draft(sample_complaint(), idempotency_key="appeal-recording", actor="ann")
        service.file(record.id, idempotency_key="appeal-recording-file", actor="ann", platform_complaint_id="IPP-77")
        return str(record.id)
    finally:
        service.store.close()


def _status(complaint_id: str) -> tuple[str, int]:
    service = open_complaints()
    try:
        record = service.show(complaint_id)
        return str(record.status), len(record.counter_notices)
    finally:
        service.store.close()


def test_the_chat_records_a_triaged_counter_notice_only_when_asked_and_confirmed():
    complaint_id = _filed_complaint()
    before = store_snapshot()
    events = chat([APPEAL.format(id=complaint_id)])
    said = replies(events)[-1]["text"]
    assert "Nothing was recorded" in said and "record it" in said
    assert store_snapshot() == before  # the triage and the offer change nothing

    events = chat([APPEAL.format(id=complaint_id), "record it", "no"])
    assert "Record the seller's counter-notice on complaint" in replies(events)[-2]["text"]
    assert store_snapshot() == before  # refused: nothing recorded

    chat([APPEAL.format(id=complaint_id), "record it", "yes"], "--yes")  # a bare yes counts when piped with --yes
    assert _status(complaint_id) == ("counter_notice_received", 1)


def test_a_yes_right_after_the_triage_records_nothing():
    complaint_id = _filed_complaint()
    before = store_snapshot()
    chat([APPEAL.format(id=complaint_id), "yes"], "--yes")
    assert store_snapshot() == before


def test_the_cli_records_only_with_record_and_a_confirmation(tmp_path):
    from integrations.cli.app import app

    complaint_id = _filed_complaint()
    text = tmp_path / "notice.txt"
    text.write_text("Genuine goods, invoice attached.", encoding="utf-8")
    runner = CliRunner()
    base = ["triage-appeal", "--complaint-id", complaint_id, "--text", str(text), "--received-on", "2026-11-27"]
    before = store_snapshot()
    plain = runner.invoke(app, base)
    assert plain.exit_code == 0 and "Nothing was recorded" in plain.output and store_snapshot() == before
    refused = runner.invoke(app, [*base, "--record"], input="n\n")
    assert refused.exit_code == 0 and store_snapshot() == before
    done = runner.invoke(app, [*base, "--record", "--json"], input="y\n")
    assert done.exit_code == 0, done.output
    payload = json.loads(done.stdout.strip().splitlines()[-1])
    assert payload["recorded"]["complaint_id"] and payload["recorded"]["received_on"] == "2026-11-27"
    assert _status(complaint_id) == ("counter_notice_received", 1)

