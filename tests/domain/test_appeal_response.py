"""The response draft: in the complainant's name, answering each ground with what the documents show and our
evidence, marked as a draft, asking for what nobody could read and never quoting the seller."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals import AppealAttachment, triage_appeal
from assistant.domain.appeals.response import DRAFT_MARK, draft_response
from assistant.domain.models import Complaint

COMPLAINT = Complaint.model_validate(
    {
        "id": "C-77",
        "site": "alibaba",
        "complainant": {"name": "Acme Sportswear Co., Ltd.", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "trademark", "name": "ACME", "registration_number": "TM-778899", "owner": "Acme Sportswear Co., Ltd.",
                     "places_of_registration": ["CN"], "approval_status": "approved"},
        "reason": "counterfeit_features",
        "listings": [{"url": "https://www.alibaba.com/product-detail/ACME-jacket_1600000000001.html", "title": "ACME running jacket"}],
        "statement": "The listing sells jackets bearing ACME that Acme Sportswear did not make.",
    }
)
SELLER = "We bought 15 pieces from a wholesaler, invoice attached. Our licence is attached too (licence.pdf, valid until 2027-12-31)."
INVOICE = AppealAttachment(
    name="invoice.pdf", text="INVOICE\nDate: 2025-05-02\nACME running jacket Qty: 15 pcs\nSigned and sealed by both parties."
)


def _draft():
    triage = triage_appeal(COMPLAINT, SELLER, [INVOICE, AppealAttachment(name="licence.pdf")], filed_on=date(2025, 6, 2), today=date(2025, 6, 9))
    return triage, draft_response(triage, COMPLAINT)


def test_the_draft_is_marked_and_written_in_the_complainants_name():
    _, draft = _draft()
    assert draft.draft and draft.text.startswith(DRAFT_MARK)
    assert draft.text.rstrip().endswith("Acme Sportswear Co., Ltd.") and "TM-778899" in draft.text


def test_each_failing_ground_is_answered_with_what_the_documents_show():
    triage, draft = _draft()
    assert [g.value for g in draft.answered_grounds] == ["purchase_invoice", "licence"]
    assert "covers 15 piece(s)" in draft.text  # the invoice's own figure
    assert "legible copy" in draft.text and "valid until 2027-12-31" in draft.text  # unreadable: asked for, never denied
    assert "does not say when it is valid" not in draft.text


def test_the_draft_never_quotes_the_seller():
    _, draft = _draft()
    assert "We bought 15 pieces from a wholesaler" not in draft.text


def test_an_unregistered_work_is_called_unregistered_and_no_certificate_is_promised():
    raw = COMPLAINT.model_dump(mode="json")
    raw["ip_right"] |= {"ip_type": "copyright", "name": "ACME catalogue photographs", "registration_number": None, "registered": False,
                        "places_of_registration": ["Germany"]}
    unregistered = Complaint.model_validate(raw)
    triage = triage_appeal(unregistered, SELLER, [INVOICE], filed_on=date(2025, 6, 2), today=date(2025, 6, 9))
    text = draft_response(triage, unregistered).text
    assert "ACME catalogue photographs, unregistered, owned by" in text
    assert "registered in" not in text and "certificate" not in text


# --- Each sentence from what its check rests on ------------------------------------------------------------------------

def _one_point(status, basis, code="a_point", severity=None, to_confirm=None):
    from assistant.domain.appeals import Basis, Finding, GroundAssessment, GroundStatus, Severity

    triage = triage_appeal(COMPLAINT, SELLER, [INVOICE], filed_on=date(2025, 6, 2), today=date(2025, 6, 9))
    point = Finding(code=code, severity=severity or Severity.MISSING, basis=basis, message="The point in our words.",
                    reply="The listed goods have the feature in question.", to_confirm=to_confirm)
    ground = GroundAssessment(ground="purchase_invoice", status=status, findings=[point])
    assert GroundStatus(status) and Basis(basis)
    return draft_response(triage.model_copy(update={"grounds": [ground]}), COMPLAINT).text


def test_every_status_and_basis_writes_the_sentence_from_what_it_rests_on():
    from assistant.domain.appeals import Basis, GroundStatus

    sentence = "The listed goods have the feature in question."
    for status in GroundStatus:
        for basis in Basis:
            text = _one_point(status, basis)
            stated = [line for line in text.splitlines() if sentence in line and not line.lstrip("- ").startswith("[")]
            if status is GroundStatus.MEETS_STANDARD:
                assert sentence not in text, (status, basis)  # nothing to answer: the checklist asks to verify it
            elif basis is Basis.NOT_VERIFIED:
                assert not stated and f"[To confirm after" in text, (status, basis)  # for the reviewer, never as fact
            else:
                assert stated, (status, basis)  # what a document or our record shows is stated


def test_an_unverified_point_names_what_would_confirm_it():
    from assistant.domain.appeals import Basis

    text = _one_point("unverified", Basis.NOT_VERIFIED, to_confirm="comparing the listed product with our design's drawings")
    assert "[To confirm after comparing the listed product with our design's drawings: The listed goods have the feature" in text
    asked = _one_point("unverified", Basis.NOT_VERIFIED, code="no_readable_text")  # a reply that only asks is stated
    assert "- The listed goods have the feature in question." in asked


def test_a_sellers_own_design_patent_is_named_and_answered_for_legal():
    raw = COMPLAINT.model_dump(mode="json")
    raw["ip_right"] |= {"ip_type": "patent", "patent_kind": "design", "name": "Water bottle", "registration_number": "ZL202330111222.5"}
    design = Complaint.model_validate(raw | {"reason": "patent_infringement"})
    seller = ("Our bottle does not infringe your design ZL202330111222.5, it looks different. "
              "We hold our own design patent CN 202430999888.1 for it.")
    triage = triage_appeal(design, seller, [], filed_on=date(2026, 10, 2), today=date(2026, 10, 9))
    point = next(f for g in triage.grounds for f in g.findings if f.code == "own_design_patent")
    assert "'CN 202430999888.1'" in point.message and "no defence to ours" in point.message
    assert "ZL202330111222.5" not in point.message.split("(ZL")[0]  # ours is never taken for the seller's
    text = draft_response(triage, design).text
    assert "[To confirm after legal has compared the seller's design patent with ours" in text


DESIGN = Complaint.model_validate({
    "id": "C-78", "site": "alibaba",
    "complainant": {"name": "Lumenfeld Design GmbH", "holder_type": "company", "role": "rights_holder"},
    "ip_right": {"ip_type": "patent", "patent_kind": "design", "name": "Desk lamp", "registration_number": "ZL202430000078.1",
                 "owner": "Lumenfeld Design GmbH", "places_of_registration": ["Mainland China"], "approval_status": "approved"},
    "reason": "patent_infringement",
    "listings": [{"url": "https://www.alibaba.com/product-detail/desk-lamp_1600000000078.html", "title": "Desk lamp DL-3"}],
    "statement": "The listed lamp copies our registered design.",
})


def test_a_right_the_seller_says_was_declared_invalid_is_not_stated_to_stand_before_legal_checks_it():
    said = "1. Our lamp has another shape: its arm is straight.\n2. Your design patent was declared invalid by CNIPA in decision No. 70001."
    triage = triage_appeal(DESIGN, said, [], filed_on=date(2026, 6, 1), received_on=date(2026, 6, 3), today=date(2026, 6, 4))
    text = draft_response(triage, DESIGN).text
    right = next(line for line in text.splitlines() if line.startswith("Lumenfeld Design GmbH maintains"))
    assert right.endswith("[To confirm after legal has checked the office's decision or the request the seller cites: that our right is "
                          "still in force.]")
    assert "stands as registered" not in text and "stands as granted" not in text
    # Without such a claim the right is stated as our record holds it.
    plain = triage_appeal(DESIGN, "Our lamp has another shape: its arm is straight.", [], filed_on=date(2026, 6, 1),
                          received_on=date(2026, 6, 3), today=date(2026, 6, 4))
    assert "[To confirm after legal has checked" not in draft_response(plain, DESIGN).text


def test_a_first_sale_date_its_document_contradicts_is_a_point_of_the_prior_art_argument_not_of_another_ground():
    said = ("1. Our lamp has another shape: its arm is straight.\n2. We have sold this design since May 2019, before the patent "
            "application, see our catalogue attached.")
    catalogue = AppealAttachment(name="catalogue.txt", text="Glowline 2024 Catalogue\nDL-3 desk lamp, launched 2024.", read_with="text")
    triage = triage_appeal(DESIGN, said, [catalogue], filed_on=date(2026, 6, 1), received_on=date(2026, 6, 3), today=date(2026, 6, 4))
    homes = {g.ground.value for g in triage.grounds for f in g.findings if f.code == "said_date_differs"}
    assert homes == {"other"}


def test_a_scan_ocr_read_is_never_called_unreadable_in_the_draft():
    """The report used the scan's date and quantity: the draft asks only for what OCR did not find on it (its seals)."""
    scan = AppealAttachment(name="invoice-photo.png", read_with="ocr",
                            text="INVOICE\nDate: 2025-05-02\nSeller: Nordic Wholesale Ltd\nACME running jacket Qty: 40 pcs")
    triage = triage_appeal(COMPLAINT, "We bought 40 ACME jackets from Nordic Wholesale Ltd, photo of the invoice attached.", [scan],
                           filed_on=date(2025, 6, 2), today=date(2025, 6, 9))
    text = draft_response(triage, COMPLAINT).text
    found = [f for g in triage.grounds for f in g.findings if f.code == "not_found_by_ocr"]
    assert found and "was read by OCR" in found[0].message and "signatures or seals" in found[0].message
    assert "does not show its signatures or seals" in text
    for words in ("cannot be read", "unreadable", "legible copy", "no readable text"):
        assert words not in text


# --- Only the evidence our record lists is said to be attached --------------------------------------------------------


def _with_evidence(evidence: list[dict], **right) -> Complaint:
    raw = COMPLAINT.model_dump(mode="json")
    raw["evidence"] = evidence
    raw["ip_right"] |= right
    return Complaint.model_validate(raw)


def test_the_reasons_usual_evidence_is_said_attached_only_when_our_record_lists_it():
    listed = _with_evidence([{"kind": "comparison_document", "description": "Listing photos beside the genuine jacket."}])
    text = draft_response(triage_appeal(listed, SELLER, [INVOICE], filed_on=date(2025, 6, 2), today=date(2025, 6, 9)), listed).text
    assert "We attach again the same-angle comparison with a genuine product" in text and "attach if we have it" not in text
    bare = _with_evidence([])
    text = draft_response(triage_appeal(bare, SELLER, [INVOICE], filed_on=date(2025, 6, 2), today=date(2025, 6, 9)), bare).text
    assert "We attach again the certificate of our right. [attach if we have it: the same-angle comparison" in text


def test_a_registered_work_names_the_comparison_we_filed_and_brackets_the_rest():
    raw = _with_evidence([{"kind": "comparison_document", "description": "Our registered artwork beside the print on the T-shirts."}],
                         ip_type="copyright", name="Polar bear artwork", registration_number="国作登字-2023-F-00123456").model_dump(mode="json")
    work = Complaint.model_validate(raw | {"reason": "registered_work"})
    seller = "我方的熊图案是我们公司设计师2022年原创设计的，早于贵方作品。请撤销投诉。"
    text = draft_response(triage_appeal(work, seller, [], filed_on=date(2025, 6, 2), today=date(2025, 6, 9)), work).text
    assert "We attach again our registered artwork beside the print on the T-shirts and the certificate of our right." in text
    assert "[attach if we have it: the registration certificate, a sample of the work and proof of publication]" in text
    assert "[attach if we have it: our dated original files of the work]" in text and "are attached" not in text


def test_our_original_photo_files_are_named_once_in_the_draft():
    # 'The photos are ours' is answered with our originals; the closing line then does not name them again.
    raw = _with_evidence([{"kind": "original_image_files", "description": "Our RAW files with EXIF."}], ip_type="copyright",
                         name="ACME product photographs", registration_number=None).model_dump(mode="json")
    photos = Complaint.model_validate(raw | {"reason": "image_theft"})
    seller = "These photos were taken by our own photographer in our studio, they are our original pictures."
    text = draft_response(triage_appeal(photos, seller, [], filed_on=date(2025, 6, 2), today=date(2025, 6, 9)), photos).text
    assert text.count("original, unedited") == 1 and "We attach again the certificate of our right." in text
    bare = Complaint.model_validate(raw | {"reason": "image_theft", "evidence": []})
    text = draft_response(triage_appeal(bare, seller, [], filed_on=date(2025, 6, 2), today=date(2025, 6, 9)), bare).text
    assert text.count("[attach if we have it:") == 1 and "our original, unedited files of the same photos" in text
