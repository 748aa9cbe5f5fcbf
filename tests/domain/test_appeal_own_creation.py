"""A work claimed as the seller's own creation against a copyright complaint (read in several languages, its dates set
against ours and against the seller's own documents), and purchase papers about another product than a patent's."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.grounds import AppealGround, read_grounds
from assistant.domain.appeals.own_work import claims_own_work, creation_dates_said, document_creation_date
from assistant.domain.appeals.triage import Recommendation, triage_appeal
from assistant.domain.models import Complaint


def _work(**changes) -> Complaint:
    raw = {
        "id": "C-OW-1", "site": "aliexpress",
        "complainant": {"name": "Fennwick Prints Ltd", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "copyright", "name": "Heron at Low Tide illustration", "registered": False, "owner": "Fennwick Prints Ltd",
                     "approval_status": "approved"},
        "reason": "registered_work", "listings": [{"url": "https://www.aliexpress.com/item/1005009999000101.html", "title": "Heron print cushion cover"}],
        "statement": "The listing sells cushion covers printed with our illustration, created on 3 March 2024.",
    }
    raw.update(changes)
    return Complaint.model_validate(raw)


@pytest.mark.parametrize("text", [
    "This heron illustration is our own original artwork.",
    "Our illustrator drew the heron in 2021.",
    "我司设计师于2022年独立创作了该图案。",
    "该插画为我司原创作品。",
    "La ilustración es una obra original nuestra.",
    "Il disegno è un'opera originale creata da noi.",
    "Reka bentuk ini ialah karya asli kami.",
])
def test_a_work_claimed_as_the_sellers_own_is_read_in_the_sellers_language(text):
    assert claims_own_work(text)
    reading = read_grounds(text, [], works=True)
    assert reading.grounds == (AppealGround.OTHER,) and reading.own_creation_claim


@pytest.mark.parametrize("text", [
    "Your designer created a nice pattern, but ours is different.",
    "We bought these cushion covers from a wholesaler.",
])
def test_other_sentences_are_no_claim_to_the_work(text):
    assert not claims_own_work(text)


def test_the_claim_is_read_only_against_a_copyright_complaint():
    text = "This heron illustration is our own original artwork."
    assert not read_grounds(text, []).own_creation_claim


def test_the_sellers_date_keeps_its_precision_and_a_documents_label_gives_the_creation_day():
    said = creation_dates_said("Our designer drew it in 2022, long before the complainant.", sentences)
    assert [(d.written, d.precision) for d in said] == [("2022", "year")]
    said = creation_dates_said("由我司设计团队于2023年5月独立创作完成，早于贵方。", sentences)
    assert [(d.written, d.precision) for d in said] == [("2023年5月", "month")]
    shown = document_creation_date("作品名称：青柠\n创作完成日期：2025年3月8日\n首次发表日期：2025年4月10日")
    assert shown and shown.written == "2025年3月8日"


def test_a_creation_date_the_sellers_own_document_contradicts_goes_to_legal_with_both_dates():
    statement = AppealAttachment(name="creation.txt", read_with="text", text="Work: heron print\nCreated: 14 June 2025")
    triage = triage_appeal(_work(), "The heron print is our own original artwork; our designer drew it in 2022, before yours.", [statement])
    codes = {f.code for g in triage.grounds for f in g.findings}
    assert {"own_creation_claim", "earlier_creation_claimed", "claim_differs_from_document"} <= codes
    assert triage.recommendation is Recommendation.ESCALATE_TO_LEGAL
    assert "'2022'" in triage.recommendation_reason and "'14 June 2025'" in triage.recommendation_reason
    assert "registration" in triage.evidence_standard and "publication" in triage.evidence_standard


def test_a_purchase_paper_about_another_product_is_said_against_a_patent():
    complaint = _work(reason="patent_infringement", ip_right={
        "ip_type": "patent", "patent_kind": "design", "name": "Phone case", "registration_number": "ZL202430123456.7",
        "owner": "Fennwick Prints Ltd", "approval_status": "approved"},
        listings=[{"url": "https://www.aliexpress.com/item/1005009999000102.html", "title": "Shockproof phone case clear bumper"}])
    invoice = AppealAttachment(name="invoice.txt", read_with="text",
                               text="INVOICE\nDate: 2026-09-01\nDescription: USB-C fast charging cable 1m\nQuantity: 500 pcs")
    triage = triage_appeal(complaint, "We bought these from the factory, invoice attached.", [invoice])
    other = [f for g in triage.grounds for f in g.findings if f.code == "documents_other_product"]
    assert other and "'USB-C fast charging cable 1m'" in other[0].message
    assert triage.recommendation is not Recommendation.ACCEPT
