"""What a seller's papers say, read line by line: a till receipt's 'N x price' lines, a company named with a place in
brackets and its chop line, a licence headed as one whoever grants it, goods named in other Chinese words, an office's
notice for another right, a catalogue's title year, the day an authorisation is said to be signed, an Italian supplier,
a licence that does not extend to marketplaces."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.event_dates import granted_dates
from assistant.domain.appeals.evidence import (
    AppealAttachment,
    AttachmentKind,
    attachment_kind,
    document_quantity,
    product_matches,
    quantity_lines,
    signing_sides,
)
from assistant.domain.appeals.licence_scope import channel_exclusion
from assistant.domain.appeals.other_product import goods_named
from assistant.domain.appeals.parties import PartyRole, leading_company, seller_parties
from assistant.domain.appeals.prior_art import publication
from assistant.domain.models import Site

RECEIPT = ("NORDVIK OUTLET STORE - La Roca Village\nFecha: 14/10/2026\nBotas NORDVIK Hiker GTX T42   1 x 89,90\n"
           "Botas NORDVIK Hiker GTX T43   2 x 89,90\nTOTAL: 269,70 EUR")


def test_receipt_lines_whose_goods_end_in_a_size_are_counted_and_quoted():
    assert document_quantity(RECEIPT) == 3
    assert quantity_lines(RECEIPT) == ["Botas NORDVIK Hiker GTX T42   1 x 89,90", "Botas NORDVIK Hiker GTX T43   2 x 89,90"]
    assert quantity_lines("INVOICE\nItem: wallets  Qty: 120 pcs") == []


@pytest.mark.parametrize(("line", "name"), [
    ("ALPENLINK TRADING (HK) LIMITED", "ALPENLINK TRADING (HK) LIMITED"),
    ("Meridian Outdoor (Asia) Pte. Ltd. sold them", "Meridian Outdoor (Asia) Pte. Ltd."),
])
def test_a_place_in_brackets_stays_in_a_companys_name(line, name):
    assert leading_company(line) == name


def test_each_sides_chop_and_signature_line_counts_for_that_side():
    text = ("ALPENLINK TRADING (HK) LIMITED\nCommercial Invoice No. ALP-26-0812      Date: 12 August 2026\n"
            "Sold to: Guangzhou Peak Sports Co., Ltd.\n"
            "For and on behalf of Alpenlink Trading (HK) Limited: [company chop] signed: K. Wong, Sales Manager\n"
            "Received by Guangzhou Peak Sports Co., Ltd.: [company chop] signed: Chen Hui")
    assert set(signing_sides(text)) == {"gives", "gets"}


def test_a_document_headed_as_a_licence_is_one_whoever_grants_it():
    text = "PHOTO USAGE LICENCE\nLicensor: Jonas Becker, freelance photographer, Munich\nLicensee: Happy Camp Store"
    assert attachment_kind(AppealAttachment(name="photo_licence.txt", text=text)) is AttachmentKind.LICENCE
    shoot = "Photography services agreement\nPhotographer: Jonas Becker\nThe photographer assigns all rights to the client."
    assert attachment_kind(AppealAttachment(name="contract.txt", text=shoot)) is AttachmentKind.PHOTOGRAPHER_STATEMENT


def test_the_brands_goods_in_other_chinese_words_are_not_another_product():
    contract = "采购合同\n一、产品：NORDVIK 登山包 NV-Trail 35L  数量：10个  单价：￥420"
    assert goods_named(contract) == ["NORDVIK 登山包 NV-Trail 35L"]
    assert product_matches("该商品为假冒NORDVIK背包：标志刺绣字体、拉链品牌及吊牌均与正品不同。", contract, brand="NORDVIK") is None
    thermos = "增值税普通发票\n货物名称：304不锈钢保温杯 500ml\n数量：300"
    assert product_matches("青柠夏日 插画 抱枕套 45x45 沙发靠垫", thermos, brand="青柠夏日") is False


@pytest.mark.parametrize(("text", "year"), [
    ("Ningbo Happy Leisure Co. 2020 Spring Catalogue\nPage 14: Item HL-208 Folding beach chair", 2020),
    ("台州悠然户外用品有限公司 2018秋季产品目录\n第9页：YR-15 折叠露营椅", 2018),
])
def test_a_catalogues_title_year_is_its_publication_year(text, year):
    found = publication(text)
    assert found.precision == "year" and found.value.year == year


def test_a_title_without_a_publication_word_gives_no_year():
    assert publication("Order 2020 confirmation\nItem: chair") is None


def test_the_day_an_authorisation_is_said_to_be_signed():
    said = granted_dates("Adjuntamos la carta de autorización escaneada, firmada por su director general el 5 de mayo de 2026.")
    assert [d.value for d in said] == [date(2026, 5, 5)]
    assert granted_dates("The licence is valid until 31 December 2027.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("abbiamo acquistato le scarpe dal nostro distributore autorizzato Euro Sport Italia S.p.A. nel settembre 2026", "Euro Sport Italia S.p.A."),
    ("le borse le abbiamo comprate presso il grossista ufficiale Alpi Moda S.r.l. a ottobre 2026", "Alpi Moda S.r.l."),
])
def test_the_supplier_an_italian_seller_names(text, name):
    assert [(p.role, p.name) for p in seller_parties(text)] == [(PartyRole.SUPPLIER, name)]


def test_a_licence_that_does_not_extend_to_marketplaces_excludes_them():
    text = "Nordvik Outdoor GmbH authorises Deportes Sierra Norte S.L.\nThis authorisation does not extend to marketplaces\n"
    assert "does not extend to marketplaces" in (channel_exclusion(text, Site.MIRAVIA) or "")
