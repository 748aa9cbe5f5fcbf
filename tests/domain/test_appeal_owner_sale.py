"""Goods bought from the rights holder itself: its own sales records decide, not the papers' form. The paper names
its issuer in its heading as often as under a label; a seller's word that the owner sold the goods, with papers that
agree but for a signature, is verified in our records and then accepted, never answered with a draft that keeps the
listing down."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals import AppealAttachment, triage_appeal
from assistant.domain.appeals.parties import leading_company
from assistant.domain.appeals.response import draft_response
from assistant.domain.appeals.right_standards import OWNER_SALE_LABEL
from assistant.domain.models import Complaint

COMPLAINT = Complaint.model_validate({
    "id": "C-OS-1", "site": "aliexpress",
    "complainant": {"name": "Lindqvist Kitchen AB", "holder_type": "company", "role": "rights_holder"},
    "ip_right": {"ip_type": "trademark", "name": "LINDQVIST", "registration_number": "018600001", "owner": "Lindqvist Kitchen AB",
                 "places_of_registration": ["EU"], "approval_status": "approved"},
    "reason": "counterfeit_features",
    "listings": [{"url": "https://www.aliexpress.com/item/1005000000000001.html", "title": "LINDQVIST cast iron pan 28 cm"}],
    "statement": "The listed pans are not made by Lindqvist Kitchen AB.",
})
SAID = "Our pans are genuine. We bought them from Lindqvist Kitchen AB, invoice of 2026-05-04, 50 pieces, attached."


def _triage(text: str):
    invoice = AppealAttachment(name="invoice.pdf", text=text, read_with="pdf text layer")
    return triage_appeal(COMPLAINT, SAID, [invoice], filed_on=date(2026, 6, 1), received_on=date(2026, 6, 3), today=date(2026, 6, 4))


def test_the_owner_in_the_invoice_heading_is_its_seller():
    triage = _triage("Lindqvist Kitchen AB\nStorgatan 1, Malmo\nINVOICE 77\nDate: 2026-05-04\nBill to: Pan Shop Ltd\n"
                     "Item: LINDQVIST cast iron pan 28 cm\nQuantity: 50 pcs")
    codes = {f.code for g in triage.grounds for f in g.findings}
    assert "sold_by_owner" in codes
    assert triage.recommendation.value == "accept" and triage.recommendation_label == OWNER_SALE_LABEL


def test_an_unsigned_invoice_of_ours_says_its_signature_is_a_point_of_form_never_every_point_met():
    triage = _triage("Lindqvist Kitchen AB\nStorgatan 1, Malmo\nINVOICE 77\nDate: 2026-05-04\nBill to: Pan Shop Ltd\n"
                     "Item: LINDQVIST cast iron pan 28 cm\nQuantity: 50 pcs")
    [form] = [f for g in triage.grounds for f in g.findings if f.code == "signature_not_shown"]
    assert form.severity.value == "info" and "point of form" in form.message and "sales records" in form.message
    said = " ".join(f.message for g in triage.grounds for f in g.findings) + triage.recommendation_reason
    assert "meets every point" not in said and "point of form" in triage.recommendation_reason
    assert triage.recommendation.value == "accept"


def test_our_own_seal_on_our_invoice_is_its_signature_the_buyers_is_not_asked():
    triage = _triage("Lindqvist Kitchen AB\nINVOICE 78\nDate: 2026-05-04\nBill to: Pan Shop Ltd\nItem: LINDQVIST cast iron pan 28 cm\n"
                     "Quantity: 50 pcs\nSigned and sealed by the seller: Lindqvist Kitchen AB")
    codes = {f.code for g in triage.grounds for f in g.findings}
    assert "sold_by_owner" in codes and not codes & {"signature_not_shown", "unsigned"}


def test_the_owner_billed_as_the_buyer_is_not_the_seller():
    triage = _triage("Lindqvist Kitchen AB\nPURCHASE ORDER 77\nDate: 2026-05-04\nBill to: Lindqvist Kitchen AB\n"
                     "Item: LINDQVIST cast iron pan 28 cm\nQuantity: 50 pcs")
    assert "sold_by_owner" not in {f.code for g in triage.grounds for f in g.findings}


def test_a_sale_the_seller_says_the_owner_made_is_verified_then_accepted_despite_a_missing_signature():
    triage = _triage("INVOICE 77\nDate: 2026-05-04\nBill to: Pan Shop Ltd\nItem: LINDQVIST cast iron pan 28 cm\nQuantity: 50 pcs")
    purchase = triage.grounds[0]
    assert purchase.status.value == "unverified"
    assert {f.code for f in purchase.findings} >= {"owner_sale_claimed", "signature_not_shown"}
    assert not triage.missing  # a point of form is to check, not a shortfall
    assert triage.recommendation.value == "accept" and "sales records" in triage.recommendation_reason


def test_another_company_heading_the_invoice_keeps_the_signature_point():
    triage = _triage("Malmo Cookware Traders AB\nINVOICE 77\nDate: 2026-05-04\nBill to: Pan Shop Ltd\n"
                     "Item: LINDQVIST cast iron pan 28 cm\nQuantity: 50 pcs")
    assert triage.recommendation.value == "respond_with_counter_evidence"
    assert "signature_not_shown" in {f.code for f in triage.missing}


def test_the_accepting_draft_withdraws_and_never_asks_to_keep_the_listing_down():
    triage = _triage("Lindqvist Kitchen AB\nINVOICE 77\nDate: 2026-05-04\nBill to: Pan Shop Ltd\nItem: LINDQVIST cast iron pan 28 cm\nQuantity: 50 pcs")
    text = draft_response(triage, COMPLAINT).text
    assert "withdraw the complaint" in text and "sales records" in text
    assert "maintains the complaint" not in text and "not to restore" not in text


def test_a_japanese_company_is_read_with_its_legal_form_before_or_after_the_name():
    assert leading_company("株式会社サクラ工房, factura 12") == "株式会社サクラ工房"
    assert leading_company("ミナト刃物株式会社 (Minato Ltd.)") == "ミナト刃物株式会社"
    assert leading_company("杭州丝语服饰有限公司。") == "杭州丝语服饰有限公司"


def test_a_company_named_in_one_script_with_its_legal_form_in_another_is_read_whole():
    assert leading_company("桜工業Co., Ltd.直接采购的正品") == "桜工業Co., Ltd."
    assert leading_company("Nordlys Audio有限公司直接购买的") == "Nordlys Audio有限公司"
    assert leading_company("我们 Trading 很好") is None


PATENT = Complaint.model_validate({
    "id": "C-OS-2", "site": "1688",
    "complainant": {"name": "白鷺精機株式会社", "holder_type": "company", "role": "rights_holder"},
    "ip_right": {"ip_type": "patent", "patent_kind": "utility_model", "name": "折り畳み構造", "registration_number": "ZL202320000001.1",
                 "owner": "白鷺精機株式会社", "places_of_registration": ["Mainland China"], "approval_status": "approved"},
    "reason": "patent_infringement",
    "listings": [{"url": "https://detail.1688.com/offer/700000000001.html", "title": "折叠凳 批发"}],
    "statement": "该商品使用了我方专利保护的结构。",
})


def test_the_patent_owner_in_another_script_and_form_is_the_owner_quoted_as_the_seller_writes_it():
    said = "我们的折叠凳是从专利权人白鷺精機Co., Ltd.直接采购的，共200件。"
    triage = triage_appeal(PATENT, said, [], filed_on=date(2026, 6, 1), received_on=date(2026, 6, 3), today=date(2026, 6, 4))
    messages = [f.message for f in triage.to_check]
    assert any("'白鷺精機Co., Ltd.'" in m and "patent's owner" in m for m in messages)
    assert not any("licenses nothing" in f.message for f in triage.missing)
    # With the invoice, the seller's spelling and the invoice's are each said as its own.
    invoice = AppealAttachment(name="invoice.txt", text="销售发票\n卖方：白鷺精機株式会社\n数量：200件", read_with="text")
    triage = triage_appeal(PATENT, said, [invoice], filed_on=date(2026, 6, 1), received_on=date(2026, 6, 3), today=date(2026, 6, 4))
    line = next(f.message for f in triage.to_check if f.code == "bought_from_patentee")
    assert line.startswith("The seller says it bought the goods from '白鷺精機Co., Ltd.'") and "names its seller '白鷺精機株式会社'" in line


def test_a_patent_complaint_states_where_the_sellers_paper_differs_from_its_words():
    said = "我们的折叠凳是从宁波某五金厂采购的，共500件，发票见附件。"
    invoice = AppealAttachment(name="发票.txt", text="销售发票\n卖方：宁波某五金厂\n开票日期：2026年5月4日\n品名：折叠凳\n数量：200件",
                               read_with="text")
    triage = triage_appeal(PATENT, said, [invoice], filed_on=date(2026, 6, 1), received_on=date(2026, 6, 3), today=date(2026, 6, 4))
    [differs] = [f for f in triage.suspicious if f.code == "claim_differs_from_document"]
    assert "'500件'" in differs.message and "'200件'" in differs.message
    assert any(f.code == "purchase_no_patent_answer" for f in triage.missing)
    # From the patent's owner itself, the same difference is a point our own sales records settle.
    ours = invoice.model_copy(update={"text": invoice.text.replace("宁波某五金厂", "白鷺精機株式会社")})
    said = said.replace("宁波某五金厂", "白鷺精機株式会社")
    triage = triage_appeal(PATENT, said, [ours], filed_on=date(2026, 6, 1), received_on=date(2026, 6, 3), today=date(2026, 6, 4))
    [differs] = [f for f in triage.to_check if f.code == "claim_differs_from_document"]
    assert "'500件'" in differs.message and "sales records" in differs.message


def test_an_italian_invoices_cedente_is_its_seller():
    triage = _triage("FATTURA N. 77 del 04/05/2026\nCedente: Lindqvist Kitchen AB, Malmo\nCessionario: Pan Shop Ltd\n"
                     "Art. LINDQVIST padella in ghisa 28 cm - Qta 50 - EUR 20,00")
    codes = {f.code for g in triage.grounds for f in g.findings}
    assert "sold_by_owner" in codes
