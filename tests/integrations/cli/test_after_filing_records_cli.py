"""Repeat sellers, renewals in `complaints due`, the Good Faith distance in the report, and what a status import
covers, through the real entry point and the chat."""

from __future__ import annotations

from datetime import date, timedelta

from tests.integrations.cli.test_complaints_cli import actor, run, run_json  # noqa: F401 - the fixture is used by name
from tests.fakes.chat_driver import chat, open_complaints, replies
from tests.sample_complaints import ListingIds, sample_complaint, sample_right

STORE = "https://www.aliexpress.com/store/{}"


def seed_repeat_seller() -> list[str]:
    service = open_complaints()
    try:
        ids = []
        for key in ("a", "b"):
            listings = [{"url": STORE.format(4455)}]  # shop links only: a complaint takes product or shop links, not both
            record = service.create_draft(sample_complaint(listings=listings), idempotency_key=key, actor="ann")
            service.transition(record.id, "filed", actor="ann")
            if not ids:
                service.transition(record.id, "removed", actor="ann")  # the shop's listing is free again
            ids.append(record.id)
        return ids
    finally:
        service.store.close()


def test_sellers_lists_a_shop_reported_twice(capsys, monkeypatch, ipr_home):
    ids = seed_repeat_seller()
    payload = run_json(capsys, monkeypatch, "sellers")
    seller = payload["sellers"][0]
    assert (seller["site"], seller["seller_id"]) == ("aliexpress", "4455")
    assert [c["complaint_id"] for c in seller["complaints"]] == ids and seller["outcomes"] == {"removed": 1, "filed": 1}
    status, out, _ = run(capsys, monkeypatch, "sellers", "--min", "3")
    assert status == 0 and "No shop appears in 3 or more" in out


def test_the_chat_lists_repeat_sellers_and_says_when_a_new_link_is_a_known_shop(ipr_home):
    seed_repeat_seller()
    reply = replies(chat(["Which sellers keep coming back? Show the repeat sellers"]))[-1]
    assert "aliexpress https://www.aliexpress.com/store/4455" in reply["text"]
    events = chat(["We found counterfeits on AliExpress", STORE.format(4455)])
    notices = [notice for event in replies(events) for notice in event.get("notices", [])]
    assert any("reported this shop before" in notice for notice in notices)


def test_due_lists_rights_that_expire_with_what_to_upload(capsys, monkeypatch, ipr_home):
    from assistant.config import load_settings
    from assistant.services.rights import RightsRegistry
    from assistant.store.engine import open_store

    store = open_store(load_settings())
    try:
        soon = (date.today() + timedelta(days=5)).isoformat()
        RightsRegistry(store).add(sample_right(registration_number="555", expiry_date=soon), actor="ann")
    finally:
        store.close()
    payload = run_json(capsys, monkeypatch, "complaints", "due", "--days", "10")
    assert [(item["kind"], item["due_on"], item["days_left"]) for item in payload["renewals"]] == [("right_expires", soon, 5)]
    assert "items" in payload  # the earlier shape stays
    status, out, _ = run(capsys, monkeypatch, "complaints", "due", "--days", "10")
    assert "Right ACME expires" in out and "After renewal" in out
    assert run_json(capsys, monkeypatch, "complaints", "due", "--days", "2")["renewals"] == []
    reply = replies(chat(["what's due in the next 10 days?"]))[-1]
    data = [s["data"] for s in reply["sections"] if s["kind"] == "due"][0]
    assert data["renewals"][0]["name"] == "ACME"
    assert f"Right **ACME** expires {soon} (5 day(s) left)" in reply["text"] and "After renewal: Upload the renewal certificate" in reply["text"]


def test_the_report_shows_the_distance_per_reason_and_the_complaints_that_move_it(capsys, monkeypatch, ipr_home):
    seed_repeat_seller()
    report = run_json(capsys, monkeypatch, "complaints", "report")
    group = report["per_reason"][0]
    assert group["distance"]["takedowns_needed"] == 0 and "1/1 removed" in group["distance"]["summary"]
    assert [item["status"] for item in group["moving_complaints"]] == ["filed"]
    status, out, _ = run(capsys, monkeypatch, "complaints", "report")
    assert "Distance to the thresholds" in out and "counterfeit_features" in out


def test_a_status_import_says_what_it_covers_and_warns_about_the_default_window(capsys, monkeypatch, ipr_home, tmp_path):
    service = open_complaints()
    try:
        record = service.create_draft(sample_complaint(ListingIds().take(1)), idempotency_key="s", actor="ann")
    finally:
        service.store.close()
    today = date.today()
    csv = tmp_path / "status.csv"
    csv.write_text(
        "complaint_id,status,platform_complaint_id,note,occurred_at\n"
        f"{record.id},filed,IPP-1,,{(today - timedelta(days=10)).isoformat()}\n"
        f"{record.id},under_review,,,{(today - timedelta(days=2)).isoformat()}\n",
        encoding="utf-8",
    )
    result = run_json(capsys, monkeypatch, "complaints", "import-status", str(csv))
    assert (result["covers_from"], result["covers_to"], result["days_covered"]) == (
        (today - timedelta(days=10)).isoformat(), (today - timedelta(days=2)).isoformat(), 9)
    assert "default window" in result["warnings"][0]
    wide = tmp_path / "wide.csv"
    wide.write_text(
        "complaint_id,status,platform_complaint_id,note,occurred_at\n"
        f"{record.id},counter_notice_received,,,{(today - timedelta(days=60)).isoformat()}\n", encoding="utf-8")
    result = run_json(capsys, monkeypatch, "complaints", "import-status", str(wide))
    assert result["days_covered"] == 1 and result["warnings"] == []
