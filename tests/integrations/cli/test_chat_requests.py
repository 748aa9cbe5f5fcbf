"""The other things people ask in the chat: document checklists, link checks, status, recording a status, appeals."""

from __future__ import annotations

from tests.integrations.cli.test_chat_dialogues import AE, offline_index  # noqa: F401 - the fixture is used by name
from tests.integrations.cli.test_chat_no_changes import team_records  # noqa: F401
from tests.fakes.chat_driver import chat, open_complaints, replies


def sections(events, kind):
    return [s["data"] for e in replies(events) for s in e["sections"] if s["kind"] == kind]


def test_document_checklist_for_an_agent_on_taobao(offline_index):  # noqa: F811
    events = chat(["Which documents do I need for a trademark complaint as an agent on Taobao?"])
    ids = {d["id"] for d in sections(events, "checklist")[0]["documents"]}
    assert {"power_of_attorney", "trademark_certificate"} <= ids


def test_checking_links_outside_a_complaint(offline_index):  # noqa: F811
    events = chat([f"Please check these links: {AE[0]} {AE[0]} https://s.click.aliexpress.com/e/_abc"])
    report = sections(events, "url_report")[0]
    codes = {p["code"] for r in report["results"] for p in r["problems"]}
    assert {"duplicate", "short_link"} <= codes
    assert report["results"][0]["ok"] and not report["results"][1]["ok"]


def test_status_lists_complaints_and_what_is_due(team_records):  # noqa: F811
    events = chat(["/status", "what's due in the next 30 days?"])
    listed = sections(events, "complaints")[0]["complaints"]
    assert [c["id"] for c in listed] == [str(team_records["complaint_id"])]
    assert sections(events, "due")


def test_confirmed_status_update_is_recorded(team_records):  # noqa: F811
    complaint_id = team_records["complaint_id"]
    events = chat([f"Mark complaint {complaint_id} as removed", "yes"], "--yes")
    assert "now 'removed'" in replies(events)[-1]["text"]
    service = open_complaints()
    try:
        assert service.show(complaint_id).status.value == "removed"
    finally:
        service.store.close()


def test_appeal_triage_against_a_stored_complaint(team_records):  # noqa: F811
    events = chat([
        "We received a counter-notice",
        f"complaint {team_records['complaint_id']}: We bought the goods from an authorised distributor; invoice INV-7 attached as invoice.pdf.",
    ])
    triage = sections(events, "triage")[0]
    assert triage["recommendation"]
    assert triage["grounds"]
