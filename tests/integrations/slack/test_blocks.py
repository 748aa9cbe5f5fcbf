"""The Block Kit builders: pure functions, checked against slack_sdk's own block models and Slack's limits."""

from __future__ import annotations

import json

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from integrations.slack import blocks as b
from integrations.slack.listeners.actions import read_change_value
from integrations.slack.modals import appeal_modal, complaint_modal, no_rights_modal


def valid(blocks: list[dict]) -> list[dict]:
    """Each block parses as its slack_sdk model and passes its validation (lengths, counts, required fields)."""
    for block in blocks:
        parsed = Block.parse(block)
        assert parsed is not None, block
        parsed.validate_json()
    return blocks


def texts(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_long_reply_text_is_split_into_sections_within_slacks_limit():
    paragraphs = "\n\n".join(f"Paragraph {i}: " + "word " * 300 for i in range(6))
    blocks = valid(b.reply_blocks(paragraphs))
    assert len(blocks) >= 3
    assert all(len(block["text"]["text"]) <= 3000 for block in blocks)
    assert "Paragraph 5" in texts(blocks)


def test_a_reply_never_exceeds_the_block_budget():
    rows = [{"id": str(i), "status": "draft", "site": "aliexpress", "reason": "test_buy", "right_name": "ACME", "listings": 1} for i in range(5)]
    sections = [("complaints", {"complaints": rows})] * 60
    blocks = valid(b.reply_blocks("text", sections))
    assert len(blocks) == b.MAX_BLOCKS
    assert "did not fit" in texts(blocks[-1:])


def test_the_change_summary_is_left_to_the_confirmation_message():
    blocks = b.reply_blocks("Shall I save it?\n\nSave a new complaint draft:\n  - site: aliexpress", pending_summary="Save a new complaint draft:\n  - site: aliexpress")
    assert "Shall I save it?" in texts(blocks)
    assert "site: aliexpress" not in texts(blocks)


def test_answer_citations_are_links_to_their_sources():
    data = {
        "answer": "Review takes 3-5 business days [1].",
        "citations": [
            {"n": 1, "source": "knowledge/rights.md", "title": "Rights", "section": "Review", "url": "https://ipp.alibabagroup.com/x", "checked": "2026-11-20"}
        ],
        "grounded": True,
    }
    rendered = texts(valid(b.answer_blocks(data)))
    assert "<https://ipp.alibabagroup.com/x|Rights &gt; Review> (facts checked 2026-11-20)" in rendered
    assert "unverified" not in rendered


def test_an_ungrounded_answer_is_marked_and_a_source_without_address_is_plain_text():
    data = {"answer": "No idea.", "citations": [{"n": 1, "source": "knowledge/a.md", "title": "A", "url": None}], "grounded": False}
    rendered = texts(valid(b.answer_blocks(data)))
    assert "unverified" in rendered
    assert "[1] A" in rendered and "<http" not in rendered


def test_url_report_marks_each_link_and_counts_the_rest():
    results = [{"input": f"https://www.aliexpress.com/item/{i}.html", "ok": i % 2 == 0, "site": "aliexpress", "kind": "product",
                "problems": [] if i % 2 == 0 else [{"code": "duplicate", "message": "Repeats link 1."}]} for i in range(20)]
    blocks = valid(b.url_report_blocks({"summary": {"ok": 10, "total": 20, "duplicates": 10}, "results": results}))
    rendered = texts(blocks)
    assert "10 of 20 can be filed" in rendered
    assert rendered.count(":x:") == 7 and rendered.count(":white_check_mark:") == 8
    assert "5 more" in rendered


def test_an_empty_url_report_says_no_links_were_found():
    assert "No listing links" in texts(b.url_report_blocks({"summary": {"total": 0, "ok": 0}, "results": []}))


def test_checklist_separates_required_from_recommended_and_shows_warnings():
    data = {
        "documents": [
            {"id": "power_of_attorney", "name": "Power of attorney", "required": True, "why": "An agent files.", "source": "https://x.example/poa"},
            {"id": "translation", "name": "Translation", "required": False, "why": "German certificate.", "source": ""},
        ],
        "warnings": [{"message": "The right is not valid in Mainland China."}],
    }
    rendered = texts(valid(b.checklist_blocks(data)))
    assert "*Power of attorney* (required)" in rendered and "*Translation* (recommended)" in rendered
    assert "rule not published" in rendered and "Mainland China" in rendered


def test_due_items_show_overdue_and_days_left():
    data = {"days": 7, "due": [
        {"complaint_id": "3", "site": "taobao", "party": "us", "due_on": "2026-12-01", "days_left": -2},
        {"complaint_id": "4", "site": "aliexpress", "party": "seller", "due_on": "2026-12-05", "days_left": 2},
        {"complaint_id": "5", "site": "lazada", "party": "us", "due_on": None, "days_left": None},
    ]}
    rendered = texts(valid(b.due_blocks(data)))
    assert "2 days overdue" in rendered and "(2 days left)" in rendered and "date not published" in rendered


def test_confirmation_carries_the_change_and_two_buttons():
    blocks = valid(b.confirmation_blocks("slack-C1-1.2", "abc123", "Save a new complaint draft:\n  - site: aliexpress", "U0EMPLOYEE"))
    actions = next(block for block in blocks if block["type"] == "actions")
    assert [e["action_id"] for e in actions["elements"]] == [b.CONFIRM_ACTION, b.CANCEL_ACTION]
    assert {read_change_value(e["value"]) for e in actions["elements"]} == {("slack-C1-1.2", "abc123")}
    assert "<@U0EMPLOYEE>" in texts(blocks) and "site: aliexpress" in texts(blocks)


def test_a_decided_change_has_no_buttons_left():
    blocks = valid(b.decided_blocks("Save a draft", True, "ULEGAL"))
    assert all(block["type"] != "actions" for block in blocks)
    assert "Confirmed by <@ULEGAL>" in texts(blocks)
    assert "nothing was changed" in texts(b.decided_blocks("Save a draft", False, "ULEGAL"))


def test_feedback_buttons_carry_the_conversation():
    block = valid([b.feedback_block("slack-D1-1.2")])[0]
    buttons = block["elements"][0]
    assert buttons["type"] == "feedback_buttons" and buttons["action_id"] == b.FEEDBACK_ACTION
    assert (buttons["positive_button"]["value"], buttons["negative_button"]["value"]) == ("good:slack-D1-1.2", "bad:slack-D1-1.2")


@pytest.mark.parametrize("value", ["", "not json", "[1]", '{"thread": "x"}', '{"thread": "a b", "change": "c"}', '{"thread": 1, "change": 2}'])
def test_button_values_that_are_not_ours_are_rejected(value):
    assert read_change_value(value) is None


def test_complaint_form_has_every_field_within_limits():
    rights = [(f"tm-{i}", f"ACME {i} (trademark {i})" + "x" * 100) for i in range(120)]
    evidence = [("comparison_document", "Annotated comparison document"), ("test_buy_order_number", "Test-buy order number")]
    view = complaint_modal(rights, evidence, private_metadata='{"channel": "C1"}')
    View(**view).validate_json()
    ids = [block["block_id"] for block in view["blocks"]]
    assert ids == ["site", "right", "reason", "links", "evidence", "order_number", "complainant"]
    right_options = view["blocks"][1]["element"]["options"]
    assert len(right_options) == 100 and all(len(o["text"]["text"]) <= 75 for o in right_options)
    assert view["callback_id"] == "complaint_form"


def test_the_appeal_form_and_the_empty_registry_note_are_valid_views():
    View(**appeal_modal(private_metadata="{}")).validate_json()
    View(**no_rights_modal()).validate_json()
    assert [block["block_id"] for block in appeal_modal()["blocks"]] == ["complaint", "counter_notice", "seller_files", "attachments", "received_on", "received_said"]


def test_error_blocks_show_message_hint_and_reference():
    rendered = texts(valid(b.error_blocks("Complaint 9 does not exist.", "ab12cd34", "See /ipr status.")))
    assert "Complaint 9 does not exist." in rendered and "See /ipr status." in rendered and "reference ab12cd34" in rendered


def test_reminder_text_says_what_is_due_and_when():
    ours = b.reminder_text({"complaint_id": "7", "site": "taobao", "party": "us", "due_on": "2026-12-03", "days_left": 0, "note": "5 days"}, "today")
    seller = b.reminder_text({"complaint_id": "8", "site": "aliexpress", "party": "seller", "kind": "seller_counter_notice",
                              "due_on": "2026-12-05", "days_left": 2}, "soon")
    assert "*Our response*" in ours and "due *today*" in ours and "complaint 7" in ours
    assert "seller counter notice" in seller and "(in 2 days)" in seller


def test_a_grounds_quotes_left_out_are_counted_before_its_quotes():
    """Slack shows the same three quotes as the terminal and says how many more the ground rests on (the seller's text
    is quoted below), before the quotes, so a long line cut at its end never hides the count."""
    from assistant.domain.appeals import AppealTriage
    from assistant.domain.appeals.view import GroundRow, triage_view_model

    triage = AppealTriage.model_validate({
        "complaint_id": "C-1", "site": "aliexpress", "ip_type": "trademark", "complaint_date": "2026-11-02", "complaint_date_basis": "filed_on",
        "grounds": [{"ground": "purchase_invoice", "status": "falls_short", "words": [f"We bought lot {n} from the distributor." for n in range(5)]}],
        "recommendation": "respond_with_counter_evidence", "recommendation_reason": "Answer with our evidence.", "checklist": [],
        "evidence_standard": "The platform's standard.",
        "seller_text": {"counter_notice": "<<<UNTRUSTED SELLER TEXT>>>\nWe bought lot 0.\n<<<END UNTRUSTED SELLER TEXT>>>", "chars": 16},
    })
    model = triage_view_model(triage)
    assert model.grounds[0] == GroundRow(ground=model.grounds[0].ground, status=model.grounds[0].status, attachments="-",
                                         words=[f"We bought lot {n} from the distributor." for n in range(3)], more_words=2)
    grounds = next(block for block in valid(b.triage_view_blocks(model)) if block.get("block_id") == "triage-grounds")
    line = grounds["text"]["text"].split("\n")[1]
    assert "3 of its sentences quoted, and 2 more" in line and line.index("and 2 more") < line.index("We bought lot 0")
