"""Papers for another kind of cookware (a stock pot's photo shoot for our frying pan's photos), the same kind under another
word (a 'Bratpfanne' is a frying pan), and an invoice the seller describes only in its own text: another buyer than the
company that signs, and a date far outside the purchase window, said as the seller's words."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.claims import read_claims
from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.goods_kinds import goods_kinds, other_kinds, same_kind
from assistant.domain.appeals.parties import PartyRole, said_parties, seller_names
from assistant.domain.appeals.triage import triage_appeal
from assistant.domain.models import Complaint
from assistant.services.appeals import ground_reader

OWNER = {"name": "Aurelia Home GmbH", "holder_type": "company", "role": "rights_holder"}
MARK = {"ip_type": "trademark", "name": "AURELIA", "registration_number": "018765432", "places_of_registration": ["EU"],
        "owner": "Aurelia Home GmbH", "approval_status": "approved"}
PHOTOS = {"ip_type": "copyright", "name": "Aurelia product photographs 2025 catalogue", "owner": "Aurelia Home GmbH",
          "approval_status": "approved"}
ONE_LINE = ("Estimados señores: las sartenes AURELIA las compramos a un distribuidor (adjuntamos factura: FACTURA Nº CID-2022-0388, "
            "Fecha 10/04/2022, Vendedor Cocina Ibérica Distribuciones S.L., Cliente Hogar Martínez S.L., Sartén AURELIA 24 cm, Cantidad "
            "30 uds). Un saludo, Menaje Sol S.L.")


def _complaint(ip_right: dict, reason: str, statement: str, title: str | None = None) -> Complaint:
    listing = {"url": "https://www.miravia.es/p/i1234567890123.html", **({"title": title} if title else {})}
    return Complaint.model_validate({"id": "AUR-2026-901", "site": "miravia", "complainant": OWNER, "ip_right": ip_right,
                                     "reason": reason, "listings": [listing], "statement": statement})


def _findings(complaint: Complaint, text: str, attachments: list[AppealAttachment]) -> dict[str, str]:
    result = triage_appeal(complaint, text, attachments, received_on=date(2026, 12, 1), today=date(2026, 12, 2),
                           filed_on=date(2026, 11, 20), meaning=ground_reader())
    return {f.code: f.message for g in result.grounds for f in g.findings}


def test_cookware_kinds_in_several_languages_and_a_word_inside_another_kinds_name_is_that_kinds():
    assert set(goods_kinds("Service: Product photography, stainless stock pot 24cm")) == {"stock pots"}
    assert set(goods_kinds("服务: 不锈钢汤锅24cm 产品拍摄")) == {"stock pots"}
    assert set(goods_kinds("AURELIA Chef's Knife 20cm")) == {"kitchen knives"}
    # 'cuchillos' and 'knife' inside a knife block's name are the block's, not knives of their own.
    assert set(goods_kinds("juegos de bloque de cuchillos")) == {"knife blocks"}
    assert set(goods_kinds("Universal Knife Block (unbranded)")) == {"knife blocks"}
    assert other_kinds("Suppentopf 24 cm", "AURELIA 28 cm frying pan")
    assert same_kind("AURELIA Bratpfanne 28 cm", "frying pan 28cm") and same_kind("平底锅", "Sartén AURELIA 24 cm")
    assert not same_kind("pan", "frying pan")  # 'pan' alone names no kind


def test_a_studios_invoice_for_a_stock_pot_shoot_is_another_product_than_our_frying_pan_photos():
    invoice = AppealAttachment(name="invoice.txt", kind="photographer_statement", text=(
        "INVOICE / 发票  No. 33017788\nDate 日期: 2025-06-20\nSeller 开票方: Yiwu Guangying Photo Studio\n"
        "Service: Product photography, stainless stock pot 24cm\nAmount 金额: RMB 1,200.00"))
    complaint = _complaint(PHOTOS, "image_theft", "The listing uses our product photographs of the AURELIA 28 cm frying pan.")
    found = _findings(complaint, "主图（平底锅正面图）是我们自己的摄影棚拍摄的，有拍摄发票为证。", [invoice])
    assert "'Product photography, stainless stock pot 24cm'" in found.get("documents_other_product", "")
    # The same shoot of a 'Bratpfanne' is a shoot of a frying pan: never another product.
    same = invoice.model_copy(update={"text": invoice.text.replace("stainless stock pot 24cm", "Bratpfanne 28 cm")})
    assert "documents_other_product" not in _findings(complaint, "主图是我们自己的摄影棚拍摄的，有拍摄发票为证。", [same])


def test_an_invoice_for_a_frying_pan_in_other_words_is_no_mismatch():
    invoice = AppealAttachment(name="invoice.txt", text="INVOICE 77120\nDate: 15 September 2026\nBill to: PanHouse Ltd\n"
                               "Description: AURELIA frying pan 28cm stainless   Qty: 40 pcs")
    complaint = _complaint(MARK, "counterfeit_features", "Counterfeit AURELIA frying pans.", title="AURELIA Bratpfanne 28 cm Edelstahl")
    assert "product_mismatch" not in _findings(complaint, "We bought these pans, the invoice is attached.\nPanHouse Ltd", [invoice])


def test_the_buyer_a_seller_copies_from_its_invoice_and_its_one_line_signature():
    assert said_parties(ONE_LINE, PartyRole.BUYER) == ["Hogar Martínez S.L."]
    assert said_parties("我们有发票（发票号码：44012345，购买方：杭州美厨贸易有限公司，主厨刀 50件）", PartyRole.BUYER) == ["杭州美厨贸易有限公司"]
    assert said_parties("We bought them, invoice attached, customer service can confirm.", PartyRole.BUYER) == []
    assert seller_names(ONE_LINE) == ["Menaje Sol S.L."]
    buyers = [c for c in read_claims(ONE_LINE, [], ["Aurelia Home GmbH"]) if c.about == "buyer"]
    assert [(c.party, c.quote) for c in buyers] == [("Hogar Martínez S.L.", "Hogar Martínez S.L.")]


def test_an_invoice_described_in_the_text_only_another_buyer_and_an_old_date_are_the_sellers_words():
    complaint = _complaint(MARK, "counterfeit_features", "Counterfeit AURELIA frying pans.")
    found = _findings(complaint, ONE_LINE, [])
    assert "“Hogar Martínez S.L.”, not the seller 'Menaje Sol S.L.'" in found["said_buyer_not_seller"]
    assert "its words, not a document" in found["said_buyer_not_seller"]
    assert "“10/04/2022” (2022-04-10;" in found["said_outside_window"]
    # The seller itself as the buyer, in a recent invoice: neither point.
    own = ONE_LINE.replace("Cliente Hogar Martínez S.L.", "Cliente Menaje Sol S.L.").replace("10/04/2022", "12/09/2026")
    assert not {"said_buyer_not_seller", "said_outside_window"} & set(_findings(complaint, own, []))
