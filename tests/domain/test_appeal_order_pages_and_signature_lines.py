"""Papers read as they are: an online shop's order page is a purchase record; a date is a document's dated line, never
the figures of its reference number; an Indonesian stamp ('cap') and 'ttd.' are a seal and a signature; a signature's
label with nothing after it is an empty place, in every language."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.evidence import (
    AppealAttachment,
    AttachmentKind,
    attachment_kind,
    document_date,
    document_facts,
    find_dates,
    signature_state,
)
from assistant.domain.appeals.right_standards import Paper, paper_kind, shop_name

TMALL = ("天猫 Tmall 订单详情 / Order details\n订单号 Order no.: 3487120098812345\n店铺 Shop: KESTREL官方旗舰店\n"
         "商品 Item: KESTREL Trailpack 28 户外双肩包 黑色\n数量 Quantity: 2\n下单时间 Ordered: 2026-10-30 21:14:07\n收货人 Consignee: 李**\n")
FAKTUR = ("PT RAJAWALI ALAM OUTDOOR\nFAKTUR PENJUALAN No. RAO/2025/01/0457\nTanggal: 14 Agustus 2026\nKepada: CV Sumber Petualang, Bandung\n"
          "Barang: KESTREL Trailpack 28 Backpack\nJumlah: 50 pcs\nHormat kami,\n[cap perusahaan PT Rajawali Alam Outdoor]\n"
          "ttd. Budi Santoso, Direktur Penjualan\nDiterima oleh:\n[cap CV Sumber Petualang]\nttd. Rina Kartika\n")


def test_an_order_page_is_a_purchase_record_of_a_shop():
    page = AppealAttachment(name="order.txt", text=TMALL, read_with="text")
    assert attachment_kind(page) is AttachmentKind.INVOICE
    assert paper_kind(page) is Paper.ORDER
    assert shop_name(page) == "KESTREL官方旗舰店"
    facts = {f.what: f.value for f in document_facts(page, AttachmentKind.INVOICE, "KESTREL", ["Kestrel Outdoor Ltd"])}
    assert facts["quantity"] == "2" and facts["date"] == "2026-10-30"


@pytest.mark.parametrize("text, day", [
    (FAKTUR, date(2026, 8, 14)),
    ("SALES INVOICE\nInvoice no.: KO/2025/03/11\nDate: 2 September 2026\n", date(2026, 9, 2)),
    ("发票号码：2025-03-12-0041\n开票日期：2026年9月5日\n", date(2026, 9, 5)),
    ("Invoice INV-2025-01-15\nissued 3 March 2026\n", date(2026, 3, 3)),
])
def test_a_reference_number_is_never_a_date(text, day):
    assert document_date(text) == day


def test_dates_are_still_read_where_they_stand_alone():
    assert [d.value for d in find_dates("Date: 2026/08/04, delivered 2026-08-10")] == [date(2026, 8, 4), date(2026, 8, 10)]


def test_indonesian_stamp_and_ttd_lines_sign_for_both_sides():
    assert signature_state(FAKTUR, needs_both_parties=True) is True


@pytest.mark.parametrize("ending", [
    "En Valencia, a 5 de octubre de 2026.\nFirmado:\n",
    "For the Licensor\nSigned:\nDate:\n",
    "Firma del licenciante:\nFirmado:\n",
    "Hormat kami,\nttd.\n",
    "甲方代表签字：\n乙方代表签字：\n",
    "Unterschrift:   \n",
])
def test_an_empty_signature_line_is_no_signature(ending):
    text = "CERTIFICATE\nThe photographs were taken on 3 October 2026.\n" + ending
    assert signature_state(text, needs_both_parties=False) is not True


@pytest.mark.parametrize("text", [
    "Firmado: Javier Molina Ruiz\n",
    "Signed by the Licensor:\nJohn Smith, Director\n",
    "Hormat kami,\nttd. Budi Santoso\n",
])
def test_a_filled_signature_line_is_a_signature(text):
    assert signature_state(text, needs_both_parties=False) is True


def test_a_certificate_with_an_empty_firmado_reads_unsigned_with_its_date():
    text = ("CERTIFICADO DE AUTORÍA\nYo, Javier Molina Ruiz, fotógrafo profesional, certifico que realicé las fotografías en la sesión "
            "del día 3 de octubre de 2026.\nEn Valencia, a 5 de octubre de 2026.\nFirmado:\n")
    facts = {f.what: f.value for f in document_facts(AppealAttachment(name="certificado.txt", text=text, read_with="text"),
                                                      AttachmentKind.OTHER, "KESTREL", ["Kestrel Outdoor Ltd"])}
    assert facts["signed_or_sealed"] == "no" and facts["date"] == "2026-10-03"


def test_the_person_who_approved_an_invoice_is_not_its_seller():
    from assistant.domain.appeals.evidence import document_issuer

    invoice = AppealAttachment(
        name="invoice_KO-INV-2026-0387.txt",
        text=(
            "KESTREL OUTDOOR LTD\nUnit 4, Harbour Road, Bristol, United Kingdom - VAT GB 123 4567 89\nINVOICE No. KO-INV-2026-0387\n"
            "Date: 14 April 2026\nBill to: Nordic Gear AB, Göteborg, Sweden\nQty: 120\nAuthorised by: J. Whitfield, Finance\n"
        ),
    )
    assert document_issuer(invoice) == "KESTREL OUTDOOR LTD"
    letter = AppealAttachment(name="authorisation.txt", text="AUTHORISATION LETTER\nAuthorised by: Kestrel Outdoor Ltd\nAuthorised party: Nordic Gear AB\n")
    assert document_issuer(letter) == "Kestrel Outdoor Ltd"
