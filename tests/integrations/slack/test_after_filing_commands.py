"""`/ipr verify` and `/ipr match` end to end over signed HTTP: legal and support only, files only from the data directory."""

from __future__ import annotations

from assistant.labels import label
from assistant.services.filing import export_package
from tests.domain.complaint_samples import TODAY, base, complaint
from tests.evidence_images import DATE_TAKEN, save_with_date, scene, seller_versions
from tests.integrations.slack.conftest import EMPLOYEE, LEGAL, OTHER, SUPPORT
from tests.sample_complaints import sample_complaint
from tests.integrations.slack.records import complaint_of
from tests.integrations.slack.test_commands import ask


def test_verify_reports_an_unchanged_package_then_a_changed_one(running):
    package = running.services.packages_dir / "C-7"
    export_package(complaint(base()), package, today=TODAY)
    shown = ask(running, "verify C-7", user=LEGAL).text()
    assert "Every file is as the manifest" in shown and "Manifest SHA-256" in shown
    (package / "summary.md").write_text("edited", encoding="utf-8")
    shown = ask(running, "verify C-7", user=SUPPORT).text()
    assert "1 change(s)" in shown and "summary.md" in shown and "changed" in shown


def test_verify_is_for_legal_and_support_and_stays_in_the_packages_folder(running, tmp_path):
    export_package(complaint(base()), running.services.packages_dir / "C-8", today=TODAY)
    assert "for legal and support" in ask(running, "verify C-8", user=EMPLOYEE).text()
    export_package(complaint(base()), tmp_path / "outside", today=TODAY)
    shown = ask(running, f"verify {tmp_path / 'outside'}", user=LEGAL).text()
    assert "I only read package folders inside" in shown
    assert "I only read" in ask(running, "verify ../..", user=LEGAL).text()


def test_match_compares_two_folders_of_the_evidence_folder(running):
    root = running.settings.home / "evidence"
    (root / "ours").mkdir(parents=True)
    (root / "shop").mkdir()
    save_with_date(scene(8), root / "ours" / "front.jpg")
    seller_versions(scene(8))["mirrored"].save(root / "shop" / "item.jpg", quality=50)
    scene(9).save(root / "shop" / "other.jpg")
    shown = ask(running, "match ours shop", user=LEGAL).text()
    assert "1 match(es)" in shown and "item.jpg" in shown and "front.jpg" in shown and DATE_TAKEN in shown
    assert "No match: other.jpg" in shown
    assert "Give two folders" in ask(running, "match ours", user=LEGAL).text()


def rejected_of(running, owner, note="Rejected: the evidence is insufficient to determine infringement."):
    from integrations.slack.roles import actor_of

    record = complaint_of(running.services, owner, filed=True)
    running.services.complaints.transition(record.id, "rejected", actor=actor_of(owner), note=note)
    return record.id


def test_refile_shows_the_plan_and_saves_only_after_confirm(running):
    from tests.integrations.slack.test_conversation import confirmation_button

    complaint_id = rejected_of(running, EMPLOYEE)
    shown = ask(running, f"refile {complaint_id}", user=EMPLOYEE).text()
    assert "The evidence does not show the infringement" in shown and "Listings carried over: 1" in shown
    value, ts = confirmation_button(running)
    assert len(running.services.complaints.list()) == 1  # nothing saved before Confirm
    running.sender.click("change_confirm", value, user=EMPLOYEE, channel=EMPLOYEE, message_ts=ts)
    running.stub.wait_for("chat.update")
    running.stub.quiet(0.3)
    saved = [row for row in running.services.complaints.list() if row.id != complaint_id]
    assert len(saved) == 1 and running.services.complaints.show(saved[0].id).refiles == complaint_id
    assert running.services.complaints.show(saved[0].id).created_by == f"slack:{EMPLOYEE}"


def test_a_confirm_clicked_before_the_app_noted_its_message_still_marks_that_message(running, monkeypatch):
    """The click can arrive before the app has stored where its confirmation message is (the post's answer is still
    on its way back): the message clicked is the one to mark decided, so its buttons never stay live."""
    import threading

    from tests.integrations.slack.test_conversation import confirmation_button

    store = running.wiring.store
    noting, clicked = threading.Event(), threading.Event()
    original = store.set_change_message

    def noted_late(*args, **kwargs):
        noting.set()
        clicked.wait(10)  # the click is handled first
        return original(*args, **kwargs)

    monkeypatch.setattr(store, "set_change_message", noted_late)
    complaint_id = rejected_of(running, EMPLOYEE)
    ask(running, f"refile {complaint_id}", user=EMPLOYEE)
    value, ts = confirmation_button(running)
    assert noting.wait(10)
    running.sender.click("change_confirm", value, user=EMPLOYEE, channel=EMPLOYEE, message_ts=ts)
    try:
        (update,) = running.stub.wait_for("chat.update", timeout=5)
    finally:
        clicked.set()
    assert update.params["ts"] == ts and "Confirmed" in update.text()
    saved = [row for row in running.services.complaints.list() if row.id != complaint_id]
    assert len(saved) == 1


def test_refile_of_someone_elses_complaint_is_refused_for_an_employee(running):
    complaint_id = rejected_of(running, OTHER)
    shown = ask(running, f"refile {complaint_id}", user=EMPLOYEE).text()
    assert "belongs to someone else" in shown and "Listings" not in shown


def test_a_rejection_notice_pasted_in_a_thread_is_read(running):
    from tests.integrations.slack.test_conversation import converse

    converse(running, ["IPP came back with this: 您的商标未在中国大陆注册，该知识产权在该地区无效，投诉不成立。"])
    posted = running.stub.calls_to("chat.postMessage") + running.stub.calls_to("chat.postEphemeral")
    text = posted[-1].text()
    assert "The right is not valid where the site sells" in text and "valid in China" in text


def test_sellers_and_report_for_legal(running):
    from tests.integrations.slack.records import add_right  # noqa: F401 - the registry helper lives there

    complaints = running.services.complaints
    first = complaints.create_draft(sample_complaint(listings=[{"url": "https://www.aliexpress.com/store/4455"}]), idempotency_key="s1", actor="slack:ULEGAL")
    complaints.transition(first.id, "filed", actor="slack:ULEGAL")
    complaints.transition(first.id, "removed", actor="slack:ULEGAL")
    second = complaints.create_draft(sample_complaint(listings=[{"url": "https://www.aliexpress.com/store/4455"}]), idempotency_key="s2", actor="slack:ULEGAL")
    shown = ask(running, "sellers", user=LEGAL).text()
    assert "https://www.aliexpress.com/store/4455" in shown and f"complaints {first.id}, {second.id}" in shown
    assert "for legal and support" in ask(running, "sellers", user=EMPLOYEE).text()
    report = ask(running, "report", user=SUPPORT).text()
    assert label("counterfeit_features") in report and "counterfeit_features" not in report and "1/1 removed" in report


def test_due_lists_expiring_rights_after_the_deadlines(running):
    from datetime import date, timedelta

    from tests.integrations.slack.records import add_right

    add_right(running.services, registration_number="5151", expiry_date=(date.today() + timedelta(days=4)).isoformat())
    before = len(running.stub.calls_to("response_url"))
    running.sender.command("due 7", user=LEGAL)
    calls = running.stub.wait_for("response_url", before + 2)[before:]
    assert "expire" in calls[1].text() and "After renewal" in calls[1].text() and "ACME" in calls[1].text()


def test_renewal_reminders_go_to_the_reminder_channel_once(stub, slack_settings):
    from datetime import date

    from slack_sdk import WebClient

    from integrations.bootstrap import build_services
    from integrations.slack.renewal_reminders import send_renewal_reminders
    from tests.integrations.slack.records import add_right

    settings = slack_settings.model_copy(update={"slack_reminder_channel": "CREMIND"})
    services, resources = build_services(settings, actor="test")
    store = resources.slack_store
    try:
        add_right(services, registration_number="6161", expiry_date="2026-12-20")
        client = WebClient(token="xoxb-t", base_url=stub.api_url)
        sent = send_renewal_reminders(client, services.complaints, settings, store, today=date(2026, 12, 1))
        assert [(r.kind, r.stage, r.channel, r.delivered) for r in sent] == [("right_expires", "soon", "CREMIND", True)]
        assert send_renewal_reminders(client, services.complaints, settings, store, today=date(2026, 12, 1)) == []
        assert "After renewal" in stub.calls_to("chat.postMessage")[-1].text()
        assert [r.stage for r in send_renewal_reminders(client, services.complaints, settings, store, today=date(2026, 12, 21))] == ["overdue"]
    finally:
        resources.close()
        resources.close()
