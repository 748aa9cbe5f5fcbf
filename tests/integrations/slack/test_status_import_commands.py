"""Status imports in Slack over signed HTTP against the loopback Slack API: `/ipr import-status` with a pasted file
and a file pasted in a thread are checked privately first (what they would record, the period they cover, the
default-window warning) and recorded only after Confirm; an employee imports only their own complaints."""

from __future__ import annotations

from datetime import date, timedelta

from integrations.slack.roles import actor_of
from tests.integrations.slack.conftest import EMPLOYEE, LEGAL, OTHER
from tests.integrations.slack.records import complaint_of
from tests.integrations.slack.test_commands import ask

SHOP = "https://www.aliexpress.com/store/8899"


def status_file(complaint_id: str, *, days_ago: int = 3, shop: str = SHOP) -> str:
    day = (date.today() - timedelta(days=days_ago)).isoformat()
    return f"complaint_id,status,platform_complaint_id,note,occurred_at,shop\n{complaint_id},under_review,IPP-5,,{day},{shop}\n"


def test_import_status_is_checked_privately_then_recorded_after_confirm(running):
    from tests.integrations.slack.test_conversation import confirmation_button

    record = complaint_of(running.services, LEGAL, filed=True)
    shown = ask(running, "import-status\n" + status_file(record.id), user=LEGAL).text()
    assert "Would record 1 status change(s)" in shown and "(1 day(s))" in shown and "default window" in shown
    assert running.services.complaints.show(record.id).status.value == "filed"  # nothing before Confirm
    value, ts = confirmation_button(running)
    running.sender.click("change_confirm", value, user=LEGAL, channel=LEGAL, message_ts=ts)
    running.stub.wait_for("chat.update")
    running.stub.quiet(0.3)
    assert running.services.complaints.show(record.id).status.value == "under_review"
    second = complaint_of(running.services, LEGAL)
    running.services.complaints.import_statuses(status_file(second.id).replace("under_review", "filed"), actor=actor_of(LEGAL))
    sellers = ask(running, "sellers", user=LEGAL).text()
    assert SHOP in sellers and f"complaints {record.id}, {second.id}" in sellers


def test_an_employee_imports_only_their_own_complaints(running):
    theirs = complaint_of(running.services, OTHER, filed=True)
    shown = ask(running, "import-status\n" + status_file(theirs.id), user=EMPLOYEE).text()
    assert "belongs to someone else" in shown and "Would record" not in shown
    own = complaint_of(running.services, EMPLOYEE, filed=True)
    shown = ask(running, "import-status\n" + status_file(own.id, days_ago=40), user=EMPLOYEE).text()
    assert "Would record 1 status change(s)" in shown and "default window" not in shown
    assert "Paste the status file" in ask(running, "import-status", user=EMPLOYEE).text()


def test_a_status_file_pasted_in_a_thread_goes_through_the_conversation(running):
    from tests.integrations.slack.test_conversation import CHANNEL, THREAD, confirmation_button, converse

    record = complaint_of(running.services, EMPLOYEE, filed=True)
    converse(running, ["Statuses from Manage Complaints:\n" + status_file(record.id)])
    posted = running.stub.calls_to("chat.postMessage") + running.stub.calls_to("chat.postEphemeral")
    text = " ".join(call.text() for call in posted)
    assert "Would record 1 status change(s)" in text and "default window" in text
    value, ts = confirmation_button(running)
    assert running.services.complaints.show(record.id).status.value == "filed"
    running.sender.click("change_confirm", value, user=EMPLOYEE, channel=CHANNEL, message_ts=ts, thread_ts=THREAD)
    running.stub.wait_for("chat.update")
    running.stub.quiet(0.3)
    assert running.services.complaints.show(record.id).status.value == "under_review"


def test_a_thread_names_a_shop_known_only_from_a_status_import(running):
    from tests.integrations.slack.test_conversation import converse

    record = complaint_of(running.services, EMPLOYEE, filed=True)
    running.services.complaints.import_statuses(status_file(record.id, shop=SHOP), actor=actor_of(EMPLOYEE))
    converse(running, [
        "we found fakes of our ACME sneakers on AliExpress, help me report them",
        "<https://www.aliexpress.com/store/product/acme-fakes/8899_1005004444.html>",
    ])
    posted = running.stub.calls_to("chat.postMessage") + running.stub.calls_to("chat.postEphemeral")
    text = " ".join(call.text() for call in posted)
    assert "reported this shop before" in text and f"{record.id}: under review" in text
