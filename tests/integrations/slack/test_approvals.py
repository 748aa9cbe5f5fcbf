"""Owner and approver are different people: when legal confirms an employee's change, the complaint stays the
employee's (their /ipr status still lists it) and legal is recorded in the audit log as approver, and shown so."""

from __future__ import annotations

import pytest

from tests.integrations.slack.conftest import EMPLOYEE, LEGAL
from tests.integrations.slack.test_commands import ask
from tests.integrations.slack.test_conversation import CHANNEL, SCRIPT, THREAD, confirmation_button, converse, in_thread


def approved_by_legal(running, how: str) -> None:
    converse(running, SCRIPT)
    value, ts = confirmation_button(running)
    if how == "button":
        running.sender.click("change_confirm", value, user=LEGAL, channel=CHANNEL, message_ts=ts, thread_ts=THREAD)
    else:
        in_thread(running, "yes", user=LEGAL)
    running.stub.wait_for("chat.update")
    running.stub.wait_for("files.completeUploadExternal")
    running.stub.quiet(0.3)


@pytest.mark.parametrize("how", ["button", "typed yes"])
def test_legal_confirming_keeps_the_owner_and_records_the_approver(running, how):
    approved_by_legal(running, how)
    saved = running.services.complaints.list()
    assert len(saved) == 1 and saved[0].created_by == f"slack:{EMPLOYEE}"
    log = running.services.complaints.audit_log(saved[0].id)
    created = [entry for entry in log if entry.action == "complaint.create"]
    approvals = [entry for entry in log if entry.action == "complaint.approve"]
    assert [entry.actor for entry in created] == [f"slack:{EMPLOYEE}"]
    assert [entry.actor for entry in approvals] == [f"slack:{LEGAL}"]
    assert approvals[0].after["requested_by"] == f"slack:{EMPLOYEE}"
    update = running.stub.calls_to("chat.update")[0].text()
    assert f"Confirmed by <@{LEGAL}> as approver" in update and f"<@{EMPLOYEE}> asked for it and stays the owner" in update
    assert str(saved[0].id) in ask(running, "status", user=EMPLOYEE).text()


def test_the_requester_confirming_records_no_separate_approver(running):
    converse(running, SCRIPT)
    value, ts = confirmation_button(running)
    running.sender.click("change_confirm", value, user=EMPLOYEE, channel=CHANNEL, message_ts=ts, thread_ts=THREAD)
    running.stub.wait_for("chat.update")
    running.stub.quiet(0.3)
    saved = running.services.complaints.list()
    assert [entry.action for entry in running.services.complaints.audit_log(saved[0].id)].count("complaint.approve") == 0
    assert "as approver" not in running.stub.calls_to("chat.update")[0].text()
