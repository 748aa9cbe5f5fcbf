"""What a document shows that disagrees with the seller's words or our record reaches the report: an invoice's issuer
that is not the owner (a look-alike name said to be one), and the seller's dates against its documents' dates."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, document_facts, document_issuer, yearless_days
from assistant.domain.appeals.event_dates import bought_dates, disagreements, says_bought_on, start_dates
from assistant.domain.appeals.parties import looks_like
from assistant.domain.appeals.response import draft_response
from assistant.domain.appeals.triage import triage_appeal
from assistant.domain.appeals.view import point_groups
from tests.sample_complaints import sample_complaint

INVOICE = "{issuer}\nRoom 5, Guangzhou, China\nINVOICE No. GZ-7\nDate: 10 January 2026\nBuyer: Happy Feet Store\nItem: ACME boots   Quantity: 60 pairs"


def _triage(text: str, attachment_text: str, name: str = "invoice.pdf"):
    complaint = sample_complaint()  # owner 'ACME GmbH'
    attachment = AppealAttachment(name=name, text=attachment_text, read_with="pdf text layer")
    return triage_appeal(complaint, text, [attachment], filed_on=date(2026, 3, 1), received_on=date(2026, 3, 3), today=date(2026, 3, 4))


def _points(triage) -> list[tuple[str, str]]:
    return [(group.kind, point) for group in point_groups(triage) for point in group.points]


@pytest.mark.parametrize("issuer", ["ACME Outdoor Trading Ltd", "Peak Wholesale Co., Ltd.", "ACMEE GmbH"])
def test_every_issuer_that_is_not_the_owner_reaches_the_report(issuer):
    triage = _triage("We bought 60 pairs of ACME boots from our supplier; invoice attached.", INVOICE.format(issuer=issuer))
    parties = [f for s in triage.attachments for f in s.facts if f.what == "party" and f.owner_match and f.owner_match != "same"]
    assert parties, "the issuer is read and compared with our owner"
    for fact in parties:
        name = fact.value.split(":", 1)[1].strip()
        assert any(name in point and "ACME GmbH" in point for _, point in _points(triage)), (name, _points(triage))


def test_an_issuer_made_like_the_owner_is_suspicious_when_the_seller_says_it_bought_from_the_brand():
    triage = _triage("We bought 60 pairs in January 2026 from the official ACME factory, invoice attached.",
                     INVOICE.format(issuer="ACME Outdoor Trading Ltd"))
    suspicious = [f for f in triage.suspicious if f.code == "issued_by_another"]
    assert suspicious and "'ACME Outdoor Trading Ltd'" in suspicious[0].message and "'ACME GmbH'" in suspicious[0].message
    assert "'from the official ACME factory'" in suspicious[0].message
    assert "ACME Outdoor Trading Ltd" in draft_response(triage, sample_complaint()).text


def test_an_issuer_unlike_the_owner_is_a_point_to_check_not_a_look_alike():
    triage = _triage("We bought 60 pairs from Peak Wholesale, invoice attached.", INVOICE.format(issuer="Peak Wholesale Co., Ltd."))
    found = [f for f in triage.to_check if f.code == "issued_by_another"]
    assert found and "made like the owner's" not in found[0].message
    assert not [f for f in triage.suspicious if f.code == "issued_by_another"]


def test_the_owner_itself_is_no_issuer_point():
    triage = _triage("We bought 60 pairs from ACME GmbH, invoice attached.", INVOICE.format(issuer="ACME GmbH"))
    assert not [f for f in [*triage.suspicious, *triage.to_check] if f.code == "issued_by_another"]


def test_a_person_signing_for_a_party_is_not_the_party():
    text = "LICENCE\nLicensor: ACME GmbH\nLicensee: Peak Co., Ltd.\nSigned for the licensor: Daniel Hughes, Director"
    facts = document_facts(AppealAttachment(name="l.pdf", text=text), AttachmentKind.LICENCE, "ACME", ["ACME GmbH"])
    assert [f.value for f in facts if f.what == "party"] == ["licensor: ACME GmbH", "licensee: Peak Co., Ltd."]
    assert document_issuer(AppealAttachment(name="l.pdf", text=text)) == "ACME GmbH"


@pytest.mark.parametrize(
    "name, owner, alike",
    [("Bergmann Outdoor Trading Ltd", "Bergmann Outdoor GmbH", True), ("杭州云岚服饰贸易有限公司", "杭州云岚服饰有限公司", True),
     ("Harbor Lane Supplies Co.", "Tidewater Gear Inc.", False), ("Bergmann Outdoor Ltd", "Bergmann Outdoor GmbH", False)],
)
def test_a_look_alike_name_contains_the_owners_name_with_words_added(name, owner, alike):
    assert looks_like(name, owner) is alike


def test_the_month_of_purchase_the_seller_gives_is_set_against_the_invoices_day():
    triage = _triage("We bought 60 pairs of ACME boots in June 2026, invoice attached.", INVOICE.format(issuer="Peak Wholesale Co., Ltd."))
    found = [f for f in triage.suspicious if f.code == "said_date_differs"]
    assert found and "'June 2026'" in found[0].message and "'10 January 2026' (2026-01-10)" in found[0].message


# Our own company's invoice for the reported goods (the listing sells ACME shoes).
OUR_INVOICE = INVOICE.format(issuer="ACME GmbH").replace("ACME boots", "ACME shoes")


def test_our_own_invoice_whose_day_differs_is_checked_in_our_sales_records_not_held_against_the_seller():
    triage = _triage("We bought 60 pairs of ACME shoes in June 2026, invoice attached.", OUR_INVOICE)
    assert not [f for f in triage.suspicious if f.code == "said_date_differs"]
    [found] = [f for f in triage.to_check if f.code == "said_date_differs"]
    assert "'June 2026'" in found.message and "'10 January 2026' (2026-01-10)" in found.message and "sales records" in found.message
    assert triage.recommendation.value == "accept" and "sales records" in triage.recommendation_label
    assert "'June 2026'" in triage.recommendation_reason
    draft = draft_response(triage, sample_complaint()).text
    assert "maintains the complaint" not in draft and "'June 2026'" in draft.split("Re:")[0]


def test_our_own_invoice_whose_quantity_differs_is_checked_in_our_sales_records():
    triage = _triage("We bought 90 pairs of ACME shoes from ACME GmbH, invoice attached.", OUR_INVOICE)
    assert not triage.suspicious
    assert [f for f in triage.to_check if f.code == "claim_differs_from_document" and "'90 pairs'" in f.message and "'60 pairs'" in f.message]
    assert triage.recommendation.value == "accept"


def test_a_month_that_holds_the_invoices_day_agrees():
    triage = _triage("We bought 60 pairs of ACME boots in January 2026, invoice attached.", INVOICE.format(issuer="ACME GmbH"))
    assert not [f for f in triage.suspicious if f.code == "said_date_differs"]


@pytest.mark.parametrize(
    "said, shown, differs",
    [("We have sold it since March 2021; catalogue attached.", "2023 Catalogue\nAL-88 lamp, launched 2023.", True),
     ("我们自2019年3月起销售这款台灯，见附件目录。", "2022年产品目录\nTL-5 台灯，2022年上市。", True),
     ("We have sold it since 2021; catalogue attached.", "AL-88 lamp, first sold in 2020.", False),
     ("We have sold it since March 2021; catalogue attached.", "AL-88 lamp, launched 2021.", False)],
)
def test_a_start_the_seller_gives_is_set_against_a_later_start_in_its_document(said, shown, differs):
    attachments = [(1, AppealAttachment(name="catalogue.txt", text=shown, read_with="text"), AttachmentKind.OTHER)]
    assert bool(disagreements(said, attachments)) is differs


def test_dates_are_quoted_with_their_words_as_written():
    assert [d.quoted for d in start_dates("Ever since May 2020 we offer it")] == ["Ever since May 2020"]
    assert [d.quoted for d in start_dates("TL-5，2022年上市")] == ["2022年上市"]
    assert [d.written for d in bought_dates("2026年9月从工厂进货200件。")] == ["2026年9月"]
    assert bought_dates("Licence valid from 2024 until 2027; we bought them in 2025 and 2026.") == []


def test_a_day_said_without_its_year_is_the_latest_such_day_up_to_the_message():
    by = date(2026, 10, 22)
    assert [d.value for d in yearless_days("We bought 500 pieces on 5 September from them", by)] == [date(2026, 9, 5)]
    assert [d.value for d in yearless_days("我们9月5日采购了500件", by)] == [date(2026, 9, 5)]
    assert [d.value for d in yearless_days("compramos 500 unidades el 5 de septiembre", by)] == [date(2026, 9, 5)]
    assert [d.value for d in yearless_days("bought on 25 December", by)] == [date(2025, 12, 25)]  # never after the message
    assert yearless_days("on 5 September 2026, 2026年9月5日", by) == []  # a day with its year is find_dates'
    assert yearless_days("we may 20 pieces", by) == [] and yearless_days("on 31 November", by) == []
    assert [d.written for d in bought_dates("On 5 September we purchased 500 units.", by)] == ["5 September"]
    assert bought_dates("On 5 September we purchased 500 units.") == []  # no message day: no year to give it
    # The day the seller says it bought on is said as that, never as the paper's own date.
    assert says_bought_on("We bought 500 pieces on 5 September from Northway Trading Co., Ltd.")
    assert not says_bought_on("We purchased them from the maker, invoice HO-2026-1182 dated 2026-08-20.")


def test_a_name_ocr_may_have_misread_is_for_the_eye_not_suspicious():
    complaint = sample_complaint()
    scan = AppealAttachment(name="invoice.png", text=INVOICE.format(issuer="ACMF GmbH"), read_with="ocr")
    triage = triage_appeal(complaint, "We bought 60 pairs from the official ACME factory, invoice attached.", [scan],
                           filed_on=date(2026, 3, 1), received_on=date(2026, 3, 3), today=date(2026, 3, 4))
    found = [f for f in [*triage.suspicious, *triage.to_check] if f.code == "issued_by_another"]
    assert found and all(f.severity.value == "info" for f in found) and "OCR may have misread" in found[0].message


def test_the_same_name_with_forms_of_two_countries_is_a_point_to_check_with_both_names():
    complaint = sample_complaint()
    letter = AppealAttachment(name="cert.txt", read_with="text", text="CERTIFICATE\nThis certifies that Rumah Dapur Makmur Sdn Bhd "
                              "is an authorised distributor of ACME goods in Malaysia.\nIssued by: ACME GmbH")
    triage = triage_appeal(complaint, "Kami beli dari distributor resmi, PT Rumah Dapur Makmur. Sertifikat terlampir.", [letter],
                           filed_on=date(2026, 3, 1), received_on=date(2026, 3, 3), today=date(2026, 3, 4))
    found = [f for f in triage.to_check if f.code == "party_form_differs"]
    assert found and "'PT Rumah Dapur Makmur'" in found[0].message and "'Rumah Dapur Makmur Sdn Bhd'" in found[0].message
    assert "different countries" in found[0].message and "Indonesia" in found[0].message and "Malaysia" in found[0].message
    assert not [f for f in triage.suspicious if f.code == "party_form_differs"]


def test_companies_are_read_with_their_legal_forms_before_or_after_the_name():
    from assistant.domain.appeals.parties import companies_in

    assert companies_in("kami beli dari distributor resmi di Malaysia, PT Dapur Sejahtera. Terima kasih") == ["PT Dapur Sejahtera"]
    assert companies_in("This certifies that Lumo Trading Sdn. Bhd. is appointed by Nordvik Lighting AB.") == [
        "Lumo Trading Sdn. Bhd.", "Nordvik Lighting AB"]


@pytest.mark.parametrize(
    "text, named",
    [("2026年10月8日采购500件，发票附后。", ["发票"]), ("进货发票见附件。", ["进货发票"]), ("Compramos 80 pares; adjunto la factura.", ["factura"]),
     ("Kami membeli 120 unit, faktur terlampir.", ["faktur"]), ("In allegato la fattura.", ["fattura"]),
     ("Nuestra factura es de 2026.", [])],
)
def test_files_said_to_be_attached_are_named_in_several_languages(text, named):
    from assistant.domain.appeals.named_files import named_documents

    assert [d.words for d in named_documents(text)] == named


@pytest.mark.parametrize(
    "reported, document, matches",
    [("The listed lamps are counterfeit lamps. Las lámparas anunciadas son falsas.", "INVOICE\nDescripción: Lámpara de mesa modelo Arco\nCantidad: 30 unidades", True),
     ("NORDLYS lampade da tavolo LED", "INVOICE No. 8\nDescrizione: Lampada da tavolo NORDLYS   Quantità: 60 pezzi", True),
     ("NORDLYS floor lamp arc black", "INVOICE No. 77\nItem: NORDLYS velvet cushion covers, assorted   Quantity: 100 pcs", False)],
)
def test_goods_are_compared_across_accents_and_a_words_other_forms(reported, document, matches):
    from assistant.domain.appeals.evidence import product_matches

    assert product_matches(reported, document, brand="NORDLYS") is matches


def test_a_publication_month_is_read_once_as_written():
    from assistant.domain.appeals.prior_art import publication, publication_date

    found = publication("产品目录 2024\n型号 KX-5\n上市时间：2023年6月\nKX-5 - launched June 2023")
    assert (found.written, found.precision, found.value) == ("2023年6月", "month", date(2023, 6, 1))
    assert publication_date("上市时间：2023年6月") is None  # a month is no day
    assert publication("Brochure 2024\nModel OC-12 lounge chair, introduced 2024.").written == "2024"


@pytest.mark.parametrize(
    "text, quantity",
    [("Description | Qty | Amount (AUD)\nSUNBAY sand toy set 8 pcs (SB-208) | 500 | 6,250.00", 500),
     ("品名 | 数量 | 金额\n折叠伞 6件套 | 1,200 | 30000", 1200),
     ("Item: boots   Quantity: 10 pairs", 10)],
)
def test_a_tables_quantity_column_is_the_quantity_not_a_count_in_the_description(text, quantity):
    from assistant.domain.appeals.evidence import document_quantity

    assert document_quantity(text) == quantity


def test_a_printed_paper_s_day_of_printing_or_issue_is_its_publication():
    from assistant.domain.appeals.prior_art import publication

    assert publication("义乌市锐达五金工具厂产品目录\n2023年9月版\n第12页  RD-8钳子双色手柄\n印刷日期：2023年9月15日").written == "2023年9月15日"
    assert publication("Huamei Cosmetics Packaging\nCatalogue issued: March 2018\nLC-88 round lipstick tube").written == "March 2018"
