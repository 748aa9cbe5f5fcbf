"""Each kind of right by its own standard, each purchase paper by what its kind holds, and Spanish papers read."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.evidence import AppealAttachment, attachment_kind, document_quantity, find_dates, quantity_as_written
from assistant.domain.appeals.grounds import introduces_only
from assistant.domain.appeals.parties import NameMatch, compare_names
from assistant.domain.appeals.right_standards import Paper, holds, paper_kind
from assistant.domain.appeals.spanish_meaning import spanish_classes


def test_each_purchase_paper_is_known_by_its_kind_and_judged_only_on_what_it_holds():
    slip = AppealAttachment(name="bank-slip.pdf", text="Outward remittance\nBeneficiary: Acme Ltd\nAmount: EUR 900.00")
    ticket = AppealAttachment(name="ticket-0457.pdf", text="Tienda Centro\nFecha: 03/10/2026\nCREMA 50ML   24 x 17,99 = 431,76")
    assert [paper_kind(slip), paper_kind(ticket)] == [Paper.PAYMENT, Paper.RECEIPT]
    assert not holds(slip, "quantity") and not holds(slip, "brand") and not holds(slip, "signature")
    assert holds(ticket, "quantity") and not holds(ticket, "signature")
    assert paper_kind(AppealAttachment(name="invoice.pdf", text="INVOICE\nQuantity: 40 pcs")) is Paper.INVOICE


def test_spanish_papers_are_purchase_papers_and_a_patent_certificate_is_no_authorisation():
    for name in ("factura-2026-4471.docx", "ticket-0457-2210-8831.pdf", "albarán 12.pdf", "customs-declaration.pdf"):
        assert attachment_kind(AppealAttachment(name=name)).value == "invoice", name
    # The office's certificate of a right: a registration certificate, never a licence or an authorisation.
    assert attachment_kind(AppealAttachment(name="外观设计专利证书.txt", text="外观设计专利证书\n授权公告日：2023年01月17日")).value == "registration_certificate"


def test_spanish_dates_quantities_and_names_are_read_as_written():
    assert [d.value for d in find_dates("Fecha: 3 de octubre de 2026")] == [date(2026, 10, 3)]
    assert [d.value for d in find_dates("Fecha: 03/10/2026")] == [date(2026, 10, 3)]  # Spain writes the day first
    assert [d.value for d in find_dates("Date: 03/10/2026")] == []  # ambiguous elsewhere
    assert document_quantity("Cantidad: 1.200 unidades") == 1200
    assert document_quantity("SPF50 50ML   24 x 17,99 = 431,76 EUR") == 24
    assert quantity_as_written("Compramos 1.200 unidades a Solara S.L.", 1200) == "1.200 unidades"
    assert compare_names("El Corte Inglés, S.A.", "El Corte Ingles, S.A.") is NameMatch.SAME


def test_spanish_grounds_are_read_and_a_company_introducing_itself_argues_nothing():
    assert "purchase_invoice" in spanish_classes("compramos 1.200 unidades a solara europe s.l. el 15/10/2026, factura n.º 2026-4471")
    assert spanish_classes("we bought 300 pieces, invoice attached") == set()
    # A design or model said to differ, and goods said to come from a wholesaler, in the words Spanish sellers use.
    assert "different_product" in spanish_classes("además, nuestra linterna tiene un diseño distinto al de su denuncia")
    assert "different_product" in spanish_classes("el modelo que vendemos es diferente del suyo")
    assert "different_product" not in spanish_classes("lo enviamos de forma distinta por la tienda")
    assert "purchase_invoice" in spanish_classes("las linternas que vendemos son originales y proceden de un mayorista de valencia")
    assert introduces_only("We are Guangzhou Linhai Trading Co., Ltd.")
    assert introduces_only("Jinhua Ciyun E-commerce Co., Ltd.")
    assert not introduces_only("Guangzhou Linhai Trading Co., Ltd. is an authorised dealer of the brand.")


def test_a_patent_is_named_by_its_number_however_written_not_as_a_brand():
    from assistant.domain.appeals.right_standards import names_patent

    assert names_patent("a licence under US 11,234,567 B2 to make lamps", "US11234567B2", "LED lamp with finned heat sink")
    assert names_patent("专利号：ZL202321234567.8", "ZL202321234567.8", "Folding umbrella rib joint")
    assert not names_patent("专利号：ZL202321234576.8", "ZL202321234567.8", "Folding umbrella rib joint")
