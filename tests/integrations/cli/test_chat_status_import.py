"""A status file pasted in the chat: checked against the records first (what it would record, the period it covers,
the default-window warning), recorded after a yes, its shops kept for the repeat sellers and the drafting dialogue."""

from __future__ import annotations

from datetime import date, timedelta

from assistant.agent.session import ChatSession
from assistant.config import load_settings
from integrations.bootstrap import build_services, open_conversations
from tests.fakes.chat_driver import chat, open_complaints, replies
from tests.sample_complaints import ListingIds, sample_complaint

SHOP = "https://www.aliexpress.com/store/6677"


def seed() -> tuple[str, str]:
    """One complaint whose listing is the shop's link, one whose product link does not name its shop."""
    service = open_complaints()
    try:
        by_link = service.create_draft(sample_complaint(listings=[{"url": SHOP}]), idempotency_key="a", actor="ann")
        service.transition(by_link.id, "filed", actor="ann")
        other = service.create_draft(sample_complaint(ListingIds().take(1)), idempotency_key="b", actor="ann")
        return by_link.id, other.id
    finally:
        service.store.close()


def status_of(complaint_id: str) -> str:
    service = open_complaints()
    try:
        return service.show(complaint_id).status.value
    finally:
        service.store.close()


def session() -> ChatSession:
    settings = load_settings()
    services, _ = build_services(settings)
    return ChatSession.open(services, open_conversations(settings))


def pasted(other: str) -> str:
    today = date.today()
    return (
        "Here is what Manage Complaints shows today:\n```\n"
        "complaint_id,status,platform_complaint_id,note,occurred_at,shop\n"
        f"{other},filed,IPP-77,,{(today - timedelta(days=6)).isoformat()},{SHOP}\n"
        f"{other},under_review,,,{(today - timedelta(days=1)).isoformat()},\n```"
    )


def test_a_pasted_status_file_is_checked_then_recorded_after_yes(ipr_home):
    by_link, other = seed()
    chat_session = session()
    reply = chat_session.send(pasted(other))
    assert "Would record 2 status change(s)" in reply.text and "(6 day(s))" in reply.text
    assert "default window" in reply.text and reply.pending is not None
    assert f"complaint {other}: filed (shop {SHOP})" in reply.pending.summary
    assert status_of(other) == "draft"  # nothing recorded before the yes
    done = chat_session.send("yes")
    assert "Recorded 2 status change(s)" in done.text and "Kept 1 shop(s)" in done.text and "default window" in done.text
    assert status_of(other) == "under_review"
    sellers = chat_session.send("Show the repeat sellers")
    assert f"{SHOP}: complaints {by_link}, {other}" in sellers.text
    # The drafting dialogue knows the shop from the import as well as from the team's own links.
    events = chat(["We found counterfeits on AliExpress", "https://www.aliexpress.com/store/product/acme/6677_1005009.html"])
    notices = [notice for event in replies(events) for notice in event.get("notices", [])]
    assert any("reported this shop before" in notice and f"{other}: under review" in notice for notice in notices)


def test_no_records_nothing_and_a_bad_file_is_explained(ipr_home):
    _, other = seed()
    chat_session = session()
    chat_session.send(pasted(other))
    assert "nothing was changed" in chat_session.send("no").text.lower()
    assert status_of(other) == "draft"
    refused = chat_session.send(f"complaint_id,status\n{other},sent_to_mars\n")
    assert "bad line" in refused.text and refused.pending is None


def test_the_chat_shows_the_good_faith_distance_in_words(ipr_home):
    by_link, _ = seed()
    service = open_complaints()
    try:
        service.transition(by_link, "removed", actor="ann")
    finally:
        service.store.close()
    reply = replies(chat(["How is our good faith standing?"]))[-1]
    assert "against the programme's thresholds" in reply["text"] and "1/1 removed" in reply["text"]
    assert "counterfeit_features" not in reply["text"]
