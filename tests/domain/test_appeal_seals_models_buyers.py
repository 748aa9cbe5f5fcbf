"""A seller's purchase papers as the triage reads them: the seal or stamp of one side (a Chinese invoice seal, a Spanish
'sello de la empresa', a German 'Firmenstempel'), another model than the reported one, the buyer under a '名称' label,
the German 'Firma' (a company, never a signature), and the seller's lines joined with a mark of the break."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.evidence import one_side_only, signature_state, signing_sides, stated_quantity, years_alone
from assistant.domain.appeals.grounds import unwrapped
from assistant.domain.appeals.model_codes import other_brand_model, other_model_named, same_model_named
from assistant.domain.appeals.parties import PartyRole, document_parties, leading_company, seller_names, seller_parties


@pytest.mark.parametrize(
    ("text", "side", "line"),
    [
        ("增值税专用发票\n购买方：杭州某某电子商务有限公司\n销售方：深圳市某某照明贸易有限公司\n货物名称：台灯\n"
         "销售方（章）：深圳市某某照明贸易有限公司 发票专用章", "seller", "销售方（章）：深圳市某某照明贸易有限公司 发票专用章"),
        ("FACTURA\nVendedor: Distribuciones Turia S.L.\nCliente: Hogar Valencia S.L.\nSello de la empresa: [sello Distribuciones Turia S.L.]",
         "seller", "Sello de la empresa: [sello Distribuciones Turia S.L.]"),
        ("Lichthaus Vertrieb GmbH\nRechnung Nr. 12\nKunde: Wohnideen Berger e.K.\nFirmenstempel: Lichthaus Vertrieb GmbH",
         "seller", "Firmenstempel: Lichthaus Vertrieb GmbH"),
        ("INVOICE\nSeller: Acme Trading Ltd\nBuyer: Harbor Goods Ltd\nBuyer's company stamp: [stamp: Harbor Goods Ltd]",
         "buyer", "Buyer's company stamp: [stamp: Harbor Goods Ltd]"),
    ],
)
def test_one_side_seal_counts_as_that_sides_and_no_more(text, side, line):
    assert one_side_only(text)[0] == side and one_side_only(text)[2] == line
    assert signature_state(text, needs_both_parties=True) is None  # one side: not both, never 'unsigned'
    assert signature_state(text, needs_both_parties=False) is True


def test_both_sides_sealed_and_a_place_left_for_a_seal():
    both = "购销合同\n甲方（供方）：杭州某某有限公司\n乙方（需方）：宁波某某有限公司\n甲方（盖章）：杭州某某有限公司 合同专用章\n乙方（盖章）：宁波某某有限公司 合同专用章"
    assert signature_state(both, needs_both_parties=True) is True and one_side_only(both) is None
    place = "销售方：深圳市某某有限公司\n购买方：杭州某某有限公司\n销售方（章）：\n购买方（章）："
    assert signing_sides(place) == {} and signature_state(place, needs_both_parties=True) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "1) Die Ware wurde ordnungsgemäß bei der Firma Licht & Wohnen Handels GmbH gekauft, die Rechnung liegt bei.",
        "Wir haben die Pfannen von der Firma Kochwelt Handels GmbH bezogen, die Rechnung liegt im Anhang.",
    ],
)
def test_german_firma_is_a_company_not_a_signature(sentence):
    assert signature_state(sentence, needs_both_parties=False) is None


def test_firma_still_signs_in_spanish_and_italian_and_german_says_unsigned():
    assert signature_state("Adjuntamos la factura con la firma del proveedor.", needs_both_parties=False) is True
    assert signature_state("Diese Rechnung wurde maschinell erstellt und ist ohne Unterschrift gültig.", needs_both_parties=False) is False


@pytest.mark.parametrize(
    ("reported", "document", "expected"),
    [
        ("The listed floor lamps are counterfeit LUMORA Aurora Pro LM-350 lamps.", "货物名称：LUMORA 极光 台灯 LM-200（桌面款）", ("LM-200", "LM-350")),
        ("Lámpara de pie LUMORA Aurora Pro LM-350", "Descripción: Lámpara de mesa LUMORA Nova LM-120", ("LM-120", "LM-350")),
        ("KORVA Bratpfanne KP-28 Antihaft 28 cm", "Artikel: KORVA Bratpfanne KP-24 (24 cm)", ("KP-24", "KP-28")),
        ("LUMORA Aurora Pro LM-350", "货物名称：LUMORA极光Pro落地灯LM350", None),  # the same model, written without its hyphen
        ("LUMORA Aurora Pro LM-350", "LM-350 x 10, LM-200 x 5", None),  # the reported model is among them
        ("LUMORA Aurora Pro LM-350", "Rechnung Nr. RE-2026-1182, Artikel XR-200", None),  # another line of codes, an invoice number
        ("LUMORA floor lamp", "LM-200 desk lamp", None),  # the complaint names no model
    ],
)
def test_another_model_of_the_reported_line(reported, document, expected):
    assert other_model_named(reported, document) == expected


def test_buyer_and_seller_under_a_name_label_of_a_vat_invoice():
    text = "购买方名称：东莞市佳美贸易有限公司\n销售方名称：上海光源照明有限公司"
    assert document_parties(text, PartyRole.BUYER) == ["东莞市佳美贸易有限公司"]
    block = "购买方  名称：宁波海曙优品贸易有限公司  纳税人识别号：91330203MA2H7K3X9L"
    assert document_parties(block, PartyRole.BUYER) == ["宁波海曙优品贸易有限公司"]


def test_the_seller_names_itself_and_its_supplier_in_chinese():
    assert "宁波优品家居用品有限公司" in seller_names("您好：\n本店是宁波优品家居用品有限公司，这批落地灯是九月进的货。")
    assert not any(name.startswith("从") for name in seller_names("我们是从杭州某某灯饰有限公司进货的。"))  # its supplier, not itself
    supplier = [p.name for p in seller_parties("所售落地灯均从授权经销商上海光源照明有限公司采购") if p.role is PartyRole.SUPPLIER]
    assert supplier == ["上海光源照明有限公司"]


def test_two_lines_of_chinese_are_never_glued_together():
    assert unwrapped("您好，有进货发票\n杭州明悦电子商务有限公司") == "您好，有进货发票 杭州明悦电子商务有限公司"


def test_the_reported_model_on_a_chinese_invoice_is_the_reported_product():
    assert same_model_named("LUMORA Aurora Pro LM-350 floor lamps", "货物名称：LUMORA极光Pro落地灯LM-350")
    assert same_model_named("LUMORA Aurora Pro LM-350", "Stehleuchte LM350")
    assert not same_model_named("LUMORA Aurora Pro LM-350", "货物名称：LUMORA 极光 台灯 LM-200（桌面款）")


def test_a_signature_with_a_comma_in_its_legal_form_is_one_name_and_at_is_no_legal_form():
    assert seller_names("Best regards,\nBrightpeak Trading Co., Ltd.\n") == ["Brightpeak Trading Co., Ltd."]
    assert leading_company("Outdoor Haus at Pavilion Kuala Lumpur, receipt attached") is None
    assert leading_company("Nordkapp Sport AS, Storgata 15") == "Nordkapp Sport AS"


def test_a_model_named_in_words_after_the_brand_is_compared_by_its_number():
    assert other_brand_model("HALDEN Lumo 400 Rechargeable Camping Lantern", "HALDEN Lumo 250 Headlamp  200", "HALDEN") == ("Lumo 250", "Lumo 400")
    assert other_brand_model("HALDEN Fjellgard 3 Trekkingzelt", "HALDEN Fjellgard 3 Trekkingzelt, 120 Stück", "HALDEN") is None


def test_a_count_of_goods_is_never_a_year():
    assert stated_quantity("wir haben 2000 Zelte direkt bei Halden gekauft") == 2000 and not years_alone("wir haben 2000 Zelte gekauft")
    assert stated_quantity("Compramos 2.000 mochilas directamente") == 2000
    assert years_alone("Seit 2019 Händler") and stated_quantity("Seit 2019 Händler") is None
