"""What a ground is judged by when the trademark evidence standard is not the yardstick: a purchase against copied
photos, goods a document marks unbranded, and the named legal arguments (prior art, invalidation, territory)."""

from __future__ import annotations

from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.ground_standards import case_numbers, unbranded_marking
from assistant.domain.appeals.grounds import AppealGround, read_grounds
from assistant.domain.appeals.triage import Recommendation, triage_appeal
from assistant.domain.models import Complaint


def _complaint(**changes) -> Complaint:
    raw = {
        "id": "C-T-2", "site": "aliexpress",
        "complainant": {"name": "Kolmar Foto AB", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "copyright", "name": "Kolmar 2026 lamp photographs", "registration_number": None, "owner": "Kolmar Foto AB",
                     "places_of_registration": ["EU"], "approval_status": "approved"},
        "reason": "image_theft", "listings": [{"url": "https://www.aliexpress.com/item/1005009999000002.html"}],
        "statement": "The listing uses our photographs without permission.",
    }
    raw.update(changes)
    return Complaint.model_validate(raw)


def test_case_numbers_are_read_as_written_without_the_rights_own_number():
    text = "We filed it on 3 May 2026, case number 6W778899, against patent ZL202230111222.3 (application no. ZL202230111222.3)."
    assert case_numbers(text, besides="ZL202230111222.3") == ["6W778899"]
    assert case_numbers("案件编号：WX2026-0901，正在审理。") == ["WX2026-0901"]


def test_an_unbranded_marking_is_quoted_as_written():
    assert unbranded_marking("Item: desk fan (No Brand), 200 pcs") == "No Brand"
    assert unbranded_marking("品名：台扇（无品牌）") == "无品牌"
    assert unbranded_marking("Item: KOLMAR desk fan") is None


def test_a_purchase_is_no_answer_to_copied_photos_and_is_not_judged_by_the_trademark_points():
    invoice = AppealAttachment(name="invoice.txt", text="INVOICE\nDate: 2026-09-01\nItem: table lamp (no brand)\nQty: 5 pcs", read_with="text")
    triage = triage_appeal(_complaint(), "We bought these lamps from a factory, invoice attached.", [invoice])
    codes = {f.code for g in triage.grounds for f in g.findings}
    assert {"purchase_not_an_answer", "goods_unbranded"} <= codes
    assert not codes & {"brand_not_named", "quantity_too_low", "unsigned", "meets_standard"}
    assert triage.recommendation is Recommendation.RESPOND_WITH_COUNTER_EVIDENCE
    assert "copied photos" in triage.evidence_standard


def test_an_invalidation_notice_is_compared_with_the_sellers_case_number_and_date():
    complaint = _complaint(site="lazada", reason="patent_infringement", ip_right={
        "ip_type": "patent", "patent_kind": "design", "name": "Fan grille", "registration_number": "ZL202230111222.3",
        "owner": "Kolmar Foto AB", "places_of_registration": ["Mainland China"], "approval_status": "approved"})
    notice = AppealAttachment(name="notice.pdf", read_with="pdf text layer", text=(
        "Notice of Acceptance of Request for Invalidation\nCase number: 6W778890\nPatent number: ZL202230111222.3\n"
        "Date of filing of the request: 3 June 2026"))
    text = "On 3 May 2026 we filed a request for invalidation of the patent, case number 6W778899; the notice is attached."
    triage = triage_appeal(complaint, text, [notice])
    assert [g.ground for g in triage.grounds] == [AppealGround.OTHER]
    messages = " ".join(f.message for f in triage.suspicious)
    assert "'6W778899'" in messages and "'6W778890'" in messages and "'3 May 2026'" in messages and "'3 June 2026'" in messages
    assert triage.recommendation is Recommendation.ESCALATE_TO_LEGAL
    assert "invalidate" in triage.recommendation_reason


def test_prior_art_and_territory_are_legal_arguments_not_other_grounds():
    reading = read_grounds("The design is not new: it was sold in 2017. Your patent is only registered in China, not in Thailand.", [])
    assert reading.grounds == (AppealGround.OTHER,) and reading.legal_argument
    assert set(reading.legal_kinds) == {"prior_art", "territory"}


def test_a_place_the_seller_denies_is_set_against_our_record():
    from assistant.domain.appeals.ground_standards import denied_place

    assert denied_place("The mark is not registered in China, so it cannot be enforced.", ["Mainland China", "EU"]) == ("China", "Mainland China")
    assert denied_place("该商标在中国没有注册。", ["Mainland China"]) == ("中国", "Mainland China")
    assert denied_place("Your patent is only valid in China, not in Thailand.", ["Mainland China"]) is None
    assert denied_place("The mark has no effect outside China.", ["Mainland China"]) is None


def test_a_territory_claim_our_record_contradicts_is_answered_from_the_record_not_sent_to_legal():
    from datetime import date

    complaint = _complaint(ip_right={"ip_type": "trademark", "name": "KOLMAR", "registration_number": "41230001", "owner": "Kolmar Foto AB",
                                     "places_of_registration": ["Mainland China", "EU"], "approval_status": "approved"},
                           reason="counterfeit_features", statement="The listings sell counterfeit KOLMAR goods.")
    result = triage_appeal(complaint, "The trademark KOLMAR is not registered in China, so you cannot complain here.", [],
                           filed_on=date(2026, 11, 2), today=date(2026, 11, 6))
    assert result.recommendation is Recommendation.RESPOND_WITH_COUNTER_EVIDENCE
    finding = next(f for g in result.grounds for f in g.findings if f.code == "territory_contradicted")
    assert "Mainland China" in finding.message and "41230001" in finding.message and "'China'" in finding.message
