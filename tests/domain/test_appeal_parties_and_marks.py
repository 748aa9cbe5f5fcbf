"""Papers' parties and marks: names read apart only in spacing, a shop's and a firm's names of one business, the store a
licence is for, the kind of goods a grant covers, and an invoice signed or stamped by its issuer alone."""

from __future__ import annotations

from assistant.domain.appeals.evidence import granted_goods, grant_parties, issuer_signature, licensed_products
from assistant.domain.appeals.goods_kinds import goods_kinds, other_kinds
from assistant.domain.appeals.parties import (
    NameMatch, PartyRole, compare_names, document_parties, heading_issuer, one_business, seller_names, seller_parties, store_named,
)
from assistant.domain.appeals.signature_words import marked

MALAY_INVOICE = (
    "OUTDOOR HUB SDN BHD (1234567-X)\nINVOIS CUKAI / TAX INVOICE No. OH-26-0533   Tarikh: 14/05/2026\nKepada: Rimba Gear Enterprise\n"
    "Perihal: KIRRA TRAIL 28L beg galas - 40 unit\nJumlah: RM 7,960.00\nDisahkan oleh: (tandatangan) Lim Wei Ming, Pengurus   [cop syarikat]\n"
)
CHINESE_LETTER = ("授权书\n兹授权苏州悦途户外用品有限公司（店铺：悦途箱包旗舰店）\n在天猫/淘宝平台销售KIRRA品牌箱包类产品。\n"
                  "授权期限：2026年1月1日至2026年12月31日\n授权方：KirraOutdoorGmbH（盖章）\n")


def test_a_name_read_without_its_spaces_or_in_capitals_is_the_same_name():
    assert compare_names("KirraOutdoorGmbH", "Kirra Outdoor GmbH") is NameMatch.SAME
    assert compare_names("KIRRA-OUTDOOR GMBH", "Kirra Outdoor GmbH") is NameMatch.SAME
    assert compare_names("Kirra Outdoor AG", "Kirra Outdoor GmbH") is NameMatch.LEGAL_FORM
    assert compare_names("KirraOutdoorTradingGmbH", "Kirra Outdoor GmbH") is NameMatch.OTHER


def test_a_shop_and_its_registered_name_are_presumably_one_business():
    assert one_business("Kedai Rimba Gear", "Rimba Gear Enterprise")
    assert one_business("Tienda Montaña Viva", "Montaña Viva S.L.")
    assert not one_business("Kedai Rimba Gear", "Rimba Outdoor Enterprise")
    assert not one_business("Rimba Gear", "Rimba Gear")  # the same name is no difference to check


def test_the_seller_signs_under_a_store_label_or_after_a_closing_on_one_line():
    assert seller_names("您好，我店是KIRRA品牌授权的经销商。\n店铺：苏州悦途户外专营店\n") == ["苏州悦途户外专营店"]
    assert "Kedai Rimba Gear" in seller_names("Salam, kami bukan jual barang tiruan. Invois dilampirkan. Terima kasih. Kedai Rimba Gear")


def test_malay_and_indonesian_suppliers_and_invoice_parties_are_read():
    said = seller_parties("Beg kami dibeli daripada pengedar KIRRA di Malaysia, Outdoor Hub Sdn Bhd, sebanyak 40 unit.")
    assert [(p.role, p.name) for p in said] == [(PartyRole.SUPPLIER, "Outdoor Hub Sdn Bhd")]
    assert document_parties(MALAY_INVOICE, PartyRole.BUYER) == ["Rimba Gear Enterprise"]
    assert heading_issuer(MALAY_INVOICE) == "OUTDOOR HUB SDN BHD"


def test_an_invoice_signed_and_stamped_by_its_issuer_alone_shows_it():
    line = issuer_signature(MALAY_INVOICE)
    assert line and line.startswith("Disahkan oleh")
    assert marked(line) == "signed and sealed"
    assert issuer_signature("FACTURA 12\nConforme: (firma) Marta Gil, gerente [sello de la empresa]\n")
    assert issuer_signature("INVOICE 12\nSignature: ________\n") is None  # a place to sign is none
    assert issuer_signature("FAKTUR 12\nFaktur ini tidak ditandatangani.\n") is None  # it says it is unsigned
    assert issuer_signature("INVOICE 12\nBuyer signature: Ahmad Faiz\n") is None  # only its buyer signs


def test_a_licence_names_its_grantee_store_and_goods_in_its_grant():
    assert grant_parties(CHINESE_LETTER) == (None, "苏州悦途户外用品有限公司")
    assert store_named(CHINESE_LETTER, "苏州悦途户外用品有限公司") == "悦途箱包旗舰店"
    assert licensed_products(CHINESE_LETTER) is None  # no labelled line
    assert granted_goods(CHINESE_LETTER) == "KIRRA品牌箱包类产品"
    english = "KIRRA Outdoor GmbH hereby authorises Peakway Co., Ltd. (store: Peakway Bags) to sell KIRRA bags and backpacks on AliExpress."
    assert granted_goods(english) == "KIRRA bags and backpacks"
    assert store_named(english, "Peakway Co., Ltd.") == "Peakway Bags"


def test_goods_of_another_kind_are_told_apart_and_unknown_kinds_are_left_alone():
    assert set(goods_kinds("KIRRA冲锋衣")) == {"clothing"}
    assert other_kinds("KIRRA品牌箱包类产品", "链接中的KIRRA冲锋衣为假冒商品。") is not None
    assert other_kinds("mochilas KIRRA", "KIRRA TRAIL backpack") is None  # both bags
    assert other_kinds("NORDFIX branded power tools", "NORDFIX cordless drill") is None  # kinds this table does not know
