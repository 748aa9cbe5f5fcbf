"""Re-filing in the chat (guided mode): a pasted rejection notice is read; 'refile complaint N' shows the fix plan and,
after a yes, saves the corrected draft linked to the rejected complaint."""

from __future__ import annotations

from tests.fakes.chat_driver import chat, open_complaints, replies
from tests.sample_complaints import ListingIds, sample_complaint


def rejected_complaint(note: str) -> str:
    service = open_complaints()
    try:
        record = service.create_draft(sample_complaint(ListingIds().take(2)), idempotency_key="seed", actor="ann")
        service.transition(record.id, "filed", actor="ann")
        service.transition(record.id, "rejected", actor="ann", note=note)
        return record.id
    finally:
        service.store.close()


def test_a_pasted_chinese_notice_is_read_with_what_to_change(ipr_home):
    reply = replies(chat(["审核结果：不通过。原因：您作为代理人投诉，但未提供权利人出具的授权委托书。"]))[-1]
    assert "power of attorney" in reply["text"].lower() and "What to change" in reply["text"]
    section = [s for s in reply["sections"] if s["kind"] == "rejection"][0]["data"]
    assert section["reason_id"] == "authorisation_missing" and section["words"]


def test_refile_shows_the_plan_and_saves_a_linked_draft_after_yes(ipr_home):
    complaint_id = rejected_complaint("Rejected: the evidence is insufficient to determine infringement.")
    events = chat([f"refile complaint {complaint_id}", "yes"], "--yes")
    plan_reply, saved_reply = replies(events)[-2:]
    assert "The evidence does not show the infringement" in plan_reply["text"] and "Listings carried over: 2" in plan_reply["text"]
    assert any(s["kind"] == "refile_plan" for s in plan_reply["sections"])
    service = open_complaints()
    try:
        refiles = [row for row in service.list() if service.show(row.id).refiles == complaint_id]
        assert len(refiles) == 1 and refiles[0].status.value == "draft"
        assert any(e.action == "complaint.refile" for e in service.audit_log(refiles[0].id))
    finally:
        service.store.close()
    assert saved_reply["text"]


def test_no_means_nothing_is_saved(ipr_home):
    complaint_id = rejected_complaint("The link is invalid.")
    chat([f"please re-file complaint {complaint_id}", "no"])
    service = open_complaints()
    try:
        assert [row.id for row in service.list()] == [complaint_id]
    finally:
        service.store.close()
