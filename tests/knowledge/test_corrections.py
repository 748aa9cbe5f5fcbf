"""Values corrected after an audit against the sources: each is checked in knowledge/rules/*.yaml and in the prose,
so the two cannot drift apart again."""

from __future__ import annotations

import re

from assistant.domain.document_rules import document_rule
from assistant.domain.rules import load_rules
from assistant.paths import KNOWLEDGE_DIR


def prose(name: str) -> str:
    return re.sub(r"\s+", " ", (KNOWLEDGE_DIR / name).read_text(encoding="utf-8"))


def test_class_pages_are_required_as_the_prose_says_missing_ones_are_rejected():
    assert document_rule("class_pages").required is True
    assert "missing class pages lead to rejection" in prose("ipr-submission.md")
    assert "class pages are missing" in prose("rejections.md")


def test_the_patent_certificate_is_single_source_because_ipp_publishes_no_patent_documents():
    rule = document_rule("patent_certificate")
    assert str(rule.confidence) == "single_source" and "does not publish" in rule.caveat
    assert "IPP does not publish the fields and documents it requires for a patent submission" in prose("ipr-submission.md")


def test_china_holidays_are_the_products_assumption_in_rules_and_prose():
    timelines = load_rules("timelines")
    assert timelines["holiday_assumption"]["stated_by_platform"] is False
    assert timelines["holiday_assumption"]["confidence"] == "not_published"
    assert "earlier date" in timelines["holiday_assumption"]["note"]
    text = prose("timelines.md")
    assert "whether public holidays also pause the clock is not stated" in text
    assert "skips China's public holidays by assumption" in text


def test_appeal_purchase_proof_figures_are_yardsticks_not_hard_limits():
    proof = load_rules("appeal_evidence")["purchase_proof"]
    assert proof["hard_limits"] is False
    assert "reasonable period" in proof["wording"] and "except special cases" in proof["wording"]
    text = prose("timelines.md")
    assert "about the last 6 months (or within a reasonable period)" in text
    assert "over 20 pieces, except special cases" in text
    assert "not hard limits" in text


def test_no_unsourced_claim_that_a_mixed_complaint_is_rejected_whole():
    text = prose("complaints.md")
    assert "is rejected as a whole" not in text
    assert "do not say whether a complaint that mixes the two kinds of link is refused as a whole" in text


def test_miravia_carries_its_hedge_in_the_same_sentence():
    sentence = next(s for s in re.split(r"(?<=\.)\s", prose("portals.md")) if "Miravia" in s and "served through IPP" in s)
    assert "one source" in sentence


def test_three_appeals_are_not_pinned_on_a_named_platform():
    text = prose("timelines.md")
    assert "On AliExpress and Alibaba.com a seller has up to 3 appeals" not in text
    assert "does not name its site" in text
    assert load_rules("timelines")["seller_appeals"]["aliexpress"]["confidence"] == "single_source"
