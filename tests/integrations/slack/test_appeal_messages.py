"""A triage asked for in the app's direct messages before the seller's text is pasted: the reply names the complaint
and asks for the text, and the text the person sends next (a new direct message, or in the same thread) is triaged
against that complaint from the day they gave: the real Bolt app over HTTP against the loopback Slack stub."""

from __future__ import annotations

from datetime import date

from tests.integrations.slack.conftest import OTHER, SUPPORT
from tests.integrations.slack.records import complaint_of
from tests.integrations.slack.test_conversation import wait_for_replies

SELLER_TEXT = (
    "Hello, the goods in our shop are genuine. We bought 30 pieces from the brand's distributor in October 2026 and "
    "attach invoice INV-2026-5521 (invoice-5521.pdf). Please restore the listing. Regards, Little Harbour Store"
)


def posted(running, since: int = 0) -> str:
    return "\n".join(call.text() for call in running.stub.calls_to("chat.postMessage")[since:])


def test_a_request_without_the_text_asks_for_it_and_the_next_direct_message_is_triaged(running):
    record = complaint_of(running.services, OTHER, filed=True)
    sent = running.sender.message(f"please triage this, complaint {record.id}, received today:", user=SUPPORT, channel="D0SUPPORT")
    assert sent.status == 200
    wait_for_replies(running, 1)
    asked = posted(running)
    assert "text is missing" in asked and f"complaint {record.id}" in asked
    assert "Which marketplace" not in asked  # never the start of a new complaint

    # Enter pressed, then the seller's text pasted as a new direct message (a thread of its own in Slack).
    assert running.sender.message(SELLER_TEXT, user=SUPPORT, channel="D0SUPPORT").status == 200
    wait_for_replies(running, 3)
    shown = posted(running, 1)
    assert "Recommendation:" in shown and f"complaint {record.id}" in shown
    assert f"Received on {date.today().isoformat()}" in shown  # "received today", said one message earlier
    assert "> Hello, the goods in our shop are genuine" in shown and "please triage" not in shown.split("Recommendation:", 1)[1]
    assert "outside that field" not in shown and "Which marketplace" not in shown
    assert running.services.complaints.show(record.id).status == "filed"  # triaged, nothing recorded


def test_a_request_in_chinese_without_the_text_is_never_triaged_as_the_sellers_words(running):
    record = complaint_of(running.services, OTHER, filed=True, site="taobao")
    thread = "1700000300.000100"
    running.sender.message(f"帮我看一下这个申诉，投诉{record.id}", user=SUPPORT, channel="D0SUPPORT", ts=thread)
    wait_for_replies(running, 1)
    asked = posted(running)
    assert "text is missing" in asked and "Recommendation:" not in asked
    running.sender.message("您好，我店的商品均为正品，2026年9月从品牌经销商进货50件，附发票。请撤销投诉。", user=SUPPORT,
                           channel="D0SUPPORT", thread_ts=thread)
    wait_for_replies(running, 2)
    shown = posted(running, 1)
    assert "Recommendation:" in shown and f"complaint {record.id}" in shown and "帮我看一下" not in shown


def test_a_direct_message_long_after_the_request_is_not_taken_as_the_text(running):
    """Only a message soon after the request carries it on: an awaited text does not wait for ever."""
    from datetime import UTC, datetime, timedelta

    from integrations.slack.continuity import continuation_for

    record = complaint_of(running.services, OTHER, filed=True)
    running.sender.message(f"please triage this, complaint {record.id}:", user=SUPPORT, channel="D0SUPPORT", ts="1700000400.000100")
    wait_for_replies(running, 1)
    assert continuation_for(running.wiring, "D0SUPPORT", "1700000500.000100") is not None
    later = datetime.now(UTC) + timedelta(days=2)
    assert continuation_for(running.wiring, "D0SUPPORT", "1700000500.000100", now=later) is None
