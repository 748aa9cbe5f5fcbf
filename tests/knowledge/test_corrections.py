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
    assert timelines["holiday_assumption"]["default_reading"] == {"our_replies": "earlier", "seller_windows": "later"}
    text = prose("timelines.md")
    assert "whether public holidays also pause the clock is not stated" in text
    assert "counts China's public holidays as days off only by assumption and says so with each such deadline" in text
    assert "dates our own replies by the earlier of the two readings (holidays skipped or not) and the seller's windows by the later one" in text


def test_the_default_holiday_reading_is_the_one_the_rules_and_prose_state():
    """The code's default agrees with timelines.yaml: our reply on the earlier date, the seller's window on the later."""
    from datetime import date

    from assistant.config import Settings
    from assistant.domain.deadlines import ComplaintEvent, ComplaintEventKind, DeadlineKind, deadlines_for

    assert Settings.model_fields["holiday_assumption"].default == "safer"
    # Spring Festival 2025 (28 Jan - 4 Feb off): a counter-notice on Friday 24 January, a complaint received on 30 January.
    ours = next(
        d for d in deadlines_for("taobao", date(2025, 1, 20), [ComplaintEvent(kind=ComplaintEventKind.COUNTER_NOTICE_RECEIVED, on=date(2025, 1, 24))])
        if d.kind is DeadlineKind.COMPLAINANT_RESPONSE
    )
    assert ours.due_date < ours.other_due_date
    seller = deadlines_for("taobao", date(2025, 1, 30))[0]
    assert seller.kind is DeadlineKind.SELLER_COUNTER_NOTICE and seller.due_date > seller.other_due_date


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


def test_registered_works_list_the_certificate_a_sample_and_proof_of_publication():
    from assistant.domain.documents import required_documents
    from assistant.domain.models import DocumentCase

    checklist = required_documents(DocumentCase(ip_type="copyright", reason="registered_work", holder_type="company"))
    listed = {document.id: document.required for document in checklist.documents}
    assert listed["copyright_certificate"] is True
    assert listed["work_sample"] is False and listed["publication_proof"] is False  # recommended: the form was not seen
    assert "It needs the registration certificate, a sample of the work, and proof that the work was published" in prose("evidence.md")


def test_appeal_extensions_are_one_vendors_figures_never_the_platforms():
    extensions = load_rules("timelines")["appeal_extensions"]["aliexpress"]
    assert extensions["days_added_per_appeal"] == [3, 7, 7]
    assert extensions["stated_by_platform"] is False and extensions["confidence"] == "single_source"
    text = prose("timelines.md")
    assert "the first appeal adds another 3 days to the case and each of the two further appeals adds 7 days" in text
    assert "a single vendor source, not the platform's rule" in text


def test_account_registration_fields_agree_with_themselves():
    text = prose("account.md")
    assert "registration asks for an email, a password and a phone number" not in text
    assert "registration needs only an email; a phone number can be added to the contact details afterwards" in text
    assert "a phone number can be added to the contact details later" in text


def test_pirated_copies_are_serious_infringement_and_only_the_evidence_rules_unpublished():
    text = prose("evidence.md")
    assert '{fact: "Pirated copies count as serious infringement on AliExpress", level: confirmed' in text
    assert '{fact: "The evidence rules for a pirated-copy complaint", level: not_published' in text
    assert "count as serious infringement; this is confirmed by" in text


def test_the_2018_report_and_the_lazada_seizure_year():
    text = prose("statistics.md")
    assert "For 2018 the report said 96% of takedown requests made on business days were processed within 24 hours" in text
    assert "2024 report (as cited by a vendor)" not in text
    assert "seized more than USD 1.3 million worth of counterfeits" in text and "contributed to in 2020" in text


def test_facts_added_with_their_sources():
    complaints = prose("complaints.md")
    assert "By default the page lists only the complaints of the last 15 days" in complaints
    assert "cmpt-p-u-hcifuo" in complaints
    assert '"Store front" when your trademark is displayed on the seller\'s store' in complaints
    assert "Which reasons each site offers is not published" in complaints
    assert "at most 4 attachments of no more than 5 MB each. This is one source" in complaints
    portals = prose("portals.md")
    assert "first piloted in January 2020" in portals and "by invitation" in portals and "less than 2 business days" in portals
    account = prose("account.md")
    assert "How long a power of attorney stays valid is not published" in account
    assert "This product's advice, an assumption rather than a published rule" in account


def test_the_forgery_note_the_triage_rules_keep_is_in_the_prose_with_its_source():
    forgery = load_rules("appeal_evidence")["forgery_context"]
    assert forgery["confidence"] == "single_source"
    assert forgery["sources"][0]["url"] == "https://reacts.marks-clerk.com/post/102idzs/alibabas-2022-ip-protection-report"
    text = prose("timelines.md")
    assert "noted fake authorisation letters and invoices being used in sellers' appeals" in text
    assert "marks-clerk-2022" in text
