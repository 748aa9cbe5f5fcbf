"""A triage and its recording in the app's direct messages, as the person reads them: the offer to record says the same
of our deadline as the confirmation card, the draft reply and the change to confirm are shown as quoted text (never as
code), the message that asks for a yes carries no Helpful / Not helpful buttons, and a new direct message while a change
waits says what waits. The real Bolt app over HTTP against the loopback Slack stub."""

from __future__ import annotations

from tests.integrations.slack.conftest import SUPPORT
from tests.integrations.slack.records import complaint_of
from tests.integrations.slack.test_conversation import wait_for_replies

DM = "D0SUPPORT"
SELLER_TEXT = (
    "Hello, the goods in our shop are genuine. We bought 30 pieces from the brand's distributor in October 2026 and "
    "attach invoice INV-2026-5521 (invoice-5521.pdf). Please restore the listing. Regards, Little Harbour Store"
)


def posts(running) -> list:
    return running.stub.calls_to("chat.postMessage")


def send(running, text: str, *, ts: str | None = None, thread_ts: str | None = None, replies: int = 1) -> list:
    before = len(posts(running)) + len(running.stub.calls_to("chat.postEphemeral"))
    assert running.sender.message(text, user=SUPPORT, channel=DM, ts=ts, thread_ts=thread_ts).status == 200
    wait_for_replies(running, before + replies)
    return posts(running)[before:]


def all_text(calls) -> str:
    return "\n".join(call.text() + "\n" + str(call.blocks()) for call in calls)


def triage_then_record(running, thread: str):
    record = complaint_of(running.services, SUPPORT, filed=True)  # AliExpress: no window published for our answer
    triaged = send(running, f"please triage this, complaint {record.id}, received today: {SELLER_TEXT}", ts=thread)
    recorded = send(running, "record it", thread_ts=thread, replies=2)
    return record, triaged, recorded


def test_the_offer_to_record_says_what_the_confirmation_says_of_our_deadline(running):
    _, triaged, recorded = triage_then_record(running, "1700009000.000100")
    offer, card = all_text(triaged), all_text(recorded)
    assert "record it" in offer and "no deadline of ours is set" in card
    assert "with our deadline" not in offer and "no deadline of ours is set" in offer


def test_the_draft_reply_and_the_change_to_confirm_are_never_code(running):
    _, triaged, recorded = triage_then_record(running, "1700009000.000200")
    assert "Draft reply to the platform" in all_text(triaged)
    assert "```" not in all_text(triaged) and "```" not in all_text(recorded)
    assert "Record the seller's counter-notice" in all_text(recorded)


def test_the_message_asking_for_a_yes_carries_no_feedback_buttons(running):
    _, _, recorded = triage_then_record(running, "1700009000.000300")
    asking = [call for call in recorded if "Please confirm this change" in call.text()]
    assert asking and all("feedback_buttons" not in str(call.blocks()) for call in asking)


def test_a_new_message_while_a_recording_waits_says_that_change_waits_not_a_draft(running):
    triage_then_record(running, "1700009000.000400")
    later = send(running, "which documents do we need for a trademark complaint on AliExpress?", ts="1700009100.000100")
    said = all_text(later)
    assert "Carrying on with" in said
    assert "the complaint you started" not in said and "your open draft" not in said
    assert "waiting for your yes or no" in said

