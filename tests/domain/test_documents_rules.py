"""knowledge/rules/documents.yaml stays consistent with the models, with limits.yaml, and with itself."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.domain.document_rules import DocumentRule, conditions_hold, document_rules
from assistant.domain.models import REASON_IP_TYPE, ComplaintReason, Confidence
from assistant.domain.rules import load_rules

ISSUE_IDS = {
    "identity_document", "business_license", "trademark_certificate", "class_pages", "renewal_or_assignment_proof",
    "territorial_extension_china", "copyright_certificate", "copyright_claim_statement", "patent_certificate",
    "patent_evaluation_report", "power_of_attorney", "translation", "comparison_document", "test_buy_order_number",
    "test_buy_report", "original_image_files", "official_page_screenshot", "work_sample", "publication_proof",
}  # fmt: skip


def test_the_rules_hold_exactly_the_agreed_document_ids():
    assert [rule.id for rule in document_rules().documents if rule.id in ISSUE_IDS] == [
        rule.id for rule in document_rules().documents
    ]
    assert {rule.id for rule in document_rules().documents} == ISSUE_IDS


def test_every_reason_is_described_with_the_right_it_belongs_to():
    reasons = document_rules().reasons
    assert set(reasons) == set(ComplaintReason)
    for reason, rule in reasons.items():
        assert rule.ip_type is REASON_IP_TYPE[reason], reason


def test_confirmed_documents_rest_on_two_or_more_sources_and_others_say_why_not():
    for rule in document_rules().documents:
        if rule.confidence is Confidence.CONFIRMED:
            assert len({source.url for source in rule.sources}) >= 2, rule.id
        else:
            assert rule.caveat, rule.id


def test_every_source_is_a_web_address():
    rules = document_rules()
    urls = [source.url for rule in rules.documents for source in rule.sources]
    urls += [source.url for check in rules.checks.values() for source in check.sources]
    urls += [reason.source for reason in rules.reasons.values()]
    assert urls and all(url.startswith(("http://", "https://")) and " " not in url and "..." not in url for url in urls)


def test_the_test_buy_rule_agrees_with_limits_yaml():
    limit = load_rules("limits")["test_buy_orders_per_complaint"]
    assert limit["value"] == 1
    order_rule = next(rule for rule in document_rules().documents if rule.id == "test_buy_order_number")
    assert order_rule.source == limit["sources"][0]["url"]
    assert order_rule.confidence == limit["confidence"]


def test_link_checks_take_their_sources_from_limits_yaml():
    from assistant.domain.listing_checks import limit_source

    limits = load_rules("limits")
    for key in ("max_listings_per_complaint", "mixed_product_and_shop_links", "link_site_must_match_selected_site"):
        assert limit_source(key)["source"] == limits[key]["sources"][0]["url"]


def test_an_unknown_fact_in_a_condition_is_refused():
    with pytest.raises(ValidationError, match="unknown case facts"):
        DocumentRule(
            id="x", name="X", stage="ipr", applies_when={"colour_of_the_sky": "blue"}, required=True, why="because",
            confidence="confirmed", sources=[{"url": "https://example.org"}],
        )  # fmt: skip


def test_a_thin_rule_without_a_caveat_is_refused():
    with pytest.raises(ValidationError, match="caveat"):
        DocumentRule(id="x", name="X", stage="ipr", required=True, why="because", confidence="single_source", sources=[{"url": "https://e.org"}])


def test_required_and_required_when_are_exclusive():
    with pytest.raises(ValidationError, match="exactly one"):
        DocumentRule(
            id="x", name="X", stage="ipr", required=True, required_when={"reason": "test_buy"}, why="because",
            confidence="confirmed", sources=[{"url": "https://e.org"}],
        )  # fmt: skip


@pytest.mark.parametrize(
    ("conditions", "facts", "holds"),
    [
        ({"registered": True}, {"registered": True}, True),
        ({"registered": True}, {"registered": 1}, False),  # a count is not a yes
        ({"site": ["taobao", "tmall"]}, {"site": "tmall"}, True),
        ({"site": ["taobao", "tmall"]}, {"site": "aliexpress"}, False),
        ({"holder_type": [None, "company"]}, {"holder_type": None}, True),
        ({"holder_type": "company"}, {"holder_type": None}, False),
        ({}, {}, True),
    ],
)
def test_conditions(conditions, facts, holds):
    assert conditions_hold(conditions, facts) is holds
