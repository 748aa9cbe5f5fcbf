"""A seller's paper for another kind of goods than the reported product (tents for backpacks), compared by the kinds of
goods its item lines name, in any language; and a signer's job title, which names no seller."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.parties import seller_names
from assistant.domain.appeals.triage import triage_appeal
from assistant.domain.models import Complaint
from assistant.services.appeals import ground_reader

OWNER = {"name": "Norrvik Outdoor AB", "holder_type": "company", "role": "rights_holder"}


def _complaint(ip_right: dict, reason: str, title: str, statement: str) -> Complaint:
    return Complaint.model_validate({
        "id": "NORR-2026-901", "site": "miravia", "complainant": OWNER, "ip_right": ip_right, "reason": reason,
        "listings": [{"url": "https://www.miravia.es/p/i1234567899.html", "title": title}], "statement": statement,
    })


def _triage(complaint: Complaint, text: str, attachment: AppealAttachment):
    return triage_appeal(complaint, text, [attachment], received_on=date(2026, 11, 30), today=date(2026, 12, 2),
                         filed_on=date(2026, 11, 20), meaning=ground_reader())


def _codes(result) -> dict[str, str]:
    return {f.code: f.message for g in result.grounds for f in g.findings}


def test_an_invoice_for_tents_against_a_complaint_on_backpacks_is_another_product_said_from_its_item_line():
    mark = {"ip_type": "trademark", "name": "NORRVIK", "registration_number": "018765432", "places_of_registration": ["EU"],
            "owner": "Norrvik Outdoor AB", "approval_status": "approved"}
    invoice = AppealAttachment(name="factura.txt", text="FACTURA Nº 2026-311\nFecha: 14/10/2026\nVendedor: Distribuciones Montaña Sur S.L.\n"
                               "Comprador: Aventuras Levante S.L.\nConcepto: Tienda de campaña 3 personas, modelo Cumbre 3\nCantidad: 60 unidades")
    result = _triage(_complaint(mark, "counterfeit_features", "Mochila NORRVIK Vandra 40L senderismo", "Counterfeit NORRVIK backpacks."),
                     "Las mochilas NORRVIK son originales, adjuntamos la factura.", invoice)
    said = _codes(result).get("product_mismatch", "")
    assert "'Tienda de campaña 3 personas, modelo Cumbre 3', as it names them)" in said and "tents" in said and "bags" in said
    # On a paper of several pages, the page its item line is on.
    paged = invoice.model_copy(update={"text": "FACTURA Nº 2026-311\nFecha: 14/10/2026\fConcepto: Tienda de campaña 3 personas\nCantidad: 60"})
    result = _triage(_complaint(mark, "counterfeit_features", "Mochila NORRVIK Vandra 40L senderismo", "Counterfeit NORRVIK backpacks."),
                     "Las mochilas NORRVIK son originales, adjuntamos la factura.", paged)
    assert "'Tienda de campaña 3 personas', as it names them on page 2)" in _codes(result).get("product_mismatch", "")


def test_a_photographers_receipt_for_a_shoot_of_another_product_shows_nothing_of_our_photos():
    photos = {"ip_type": "copyright", "name": "Norrvik product photographs 2025-2026", "owner": "Norrvik Outdoor AB",
              "approval_status": "approved"}
    receipt = AppealAttachment(name="摄影收据.docx", kind="photographer_statement",
                               text="收据\n日期：2025年6月20日\n摄影服务费 人民币 3,000 元整\n项目：帐篷 产品拍摄 20张\n摄影师：王磊（签字）")
    result = _triage(_complaint(photos, "image_theft", "Hiking Backpack 40L Waterproof Outdoor", "Our photos of the Vandra 40L backpack."),
                     "这些背包图片是我们自己请摄影师拍的，有摄影师的收据，见附件。", receipt)
    assert "'帐篷 产品拍摄 20张'" in _codes(result).get("documents_other_product", "")


def test_a_signers_job_title_names_no_seller():
    text = ("Sehr geehrte Damen und Herren,\nwir, die Outdoorhandel Müller GmbH aus Freiburg, weisen die Beschwerde zurück.\n"
            "Mit freundlichen Grüßen\nThomas Müller\nGeschäftsführer")
    assert seller_names(text) == ["Outdoorhandel Müller GmbH", "Thomas Müller"]
