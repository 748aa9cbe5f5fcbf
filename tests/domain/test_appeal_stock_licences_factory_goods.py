"""A stock-photo licence bought for a listing's photos, and goods said to be the owner's factory's overruns."""

from __future__ import annotations

from assistant.domain.appeals.evidence import names_in, normalize_text
from assistant.domain.appeals.factory_goods import factory_goods_said, made_for, maker_named, maker_paper_only, maker_sale_statement
from assistant.domain.appeals.grounds import keyword_classes, legal_kinds
from assistant.domain.appeals.stock_licences import (
    commercial_said,
    contributor,
    is_stock_licence,
    licence_bought,
    licensed_quantity,
    our_photo_count,
    private_person,
    use_restriction,
)

RECEIPT = (
    "StockFoto Pro - Licence receipt\nLicence no.: SFP-2026-884213\nDate: 19 July 2026\nLicensee: María López Ruiz (private account)\n"
    "Image ID: 55810234\nContributor: user \"pixelwander88\"\n"
    "Licence type: Standard - EDITORIAL USE ONLY. Not for commercial, advertising or promotional use.\nQuantity: 1 image\n"
)


def test_a_licence_bought_for_photos_is_a_licence_not_a_purchase_of_goods():
    for sentence in ("Las compramos en un banco de imágenes (StockFoto Pro) con licencia comercial.",
                     "The product shots on our page were bought from Shutterstock with a royalty-free licence.",
                     "主图是在图库网站花钱购买的正版图片，有商用授权。"):
        assert licence_bought(normalize_text(sentence))
        found = keyword_classes(sentence, works=True)
        assert "licence" in found and "purchase_invoice" not in found, sentence
    # goods bought are still a purchase, and so is a licence word beside a purchase of goods against a trademark
    assert not licence_bought(normalize_text("We bought the bottles from the wholesale market, invoice attached."))
    assert "purchase_invoice" in keyword_classes("We bought the goods from the brand's distributor, see the invoice.", works=True)


def test_a_stock_receipt_is_read_for_its_bounds():
    assert is_stock_licence(RECEIPT)
    assert use_restriction(RECEIPT).startswith("Licence type: Standard - EDITORIAL USE ONLY")
    assert licensed_quantity(RECEIPT) == ("Quantity: 1 image", 1)
    assert licensed_quantity("授权数量：1张") == ("授权数量：1张", 1)
    assert contributor(RECEIPT) == 'user "pixelwander88"'
    assert private_person(RECEIPT, "María López Ruiz")
    assert not is_stock_licence("LICENCE AGREEMENT\nLicensor: Acme GmbH\nLicensee: Beta Ltd\nValid until 2027-12-31")
    assert commercial_said("Las compramos con licencia comercial, adjuntamos la factura.") == "licencia comercial"
    assert commercial_said("有商用授权，授权书已附上。") == "商用授权"


def test_how_many_of_our_photos_the_complaint_names():
    assert our_photo_count("The listing uses six of our product photographs of the HALCYON Flask 750.") == ("six", 6)
    assert our_photo_count("The listing uses our 12 product photographs of the KESTREL Trailpack 28.") == ("12", 12)
    assert our_photo_count("The listing copies our photograph of the bottle.") is None


def test_exhaustion_said_as_a_right_used_up():
    assert "exhaustion" in legal_kinds("专利产品由专利权人许可的工厂制造并售出后，专利权已经用尽，贵公司无权再以外观设计专利投诉我们。")
    assert "exhaustion" in legal_kinds("专利权在工厂第一次卖出的时候就用尽了。")
    assert "exhaustion" in legal_kinds("Once your factory sold them, your patent rights in those lamps were used up.")
    assert "exhaustion" not in legal_kinds("We used up our stock of the old model last year.")


def test_goods_from_the_owners_factory_are_claimed_genuine():
    for sentence in ("我们销售的保温杯是贵公司代工厂（东莞市恒泰五金制品厂）生产的尾货，和贵公司自己卖的是同一批产品，属于正品。",
                     "The lamps we sell are surplus units from Lumina's own contract manufacturer."):
        assert factory_goods_said(normalize_text(sentence))
        assert "purchase_invoice" in keyword_classes(sentence)
    assert not factory_goods_said(normalize_text("Our factory designed this lamp itself."))
    assert maker_paper_only(normalize_text("The factory's letter is attached."))
    assert not maker_paper_only(normalize_text("The factory's authorisation letter is attached."))


def test_a_factorys_statement_of_sale():
    text = ("证  明\n兹证明我厂自2024年起为Halcyon Outdoor Ltd（海翠户外）代工生产不锈钢保温杯。2026年9月，我厂将该订单剩余的尾货800只销售给"
            "义乌市聚鑫贸易商行。\n东莞市恒泰五金制品厂（盖章）\n2026年10月10日\n")
    assert maker_sale_statement(text)
    assert made_for(text, ["Halcyon Outdoor Ltd"], names_in)
    assert maker_named(text, ["Halcyon Outdoor Ltd"], names_in) == "东莞市恒泰五金制品厂"
    english = ("STATEMENT\nNingbo Brightway Lighting Factory has manufactured folding desk lamps for Lumina Design Ltd under an OEM "
               "agreement since 2023.\nIn August 2026 we sold 300 surplus lamps to Harbour Lights Trading.\n")
    assert maker_named(english, ["Lumina Design Ltd"], names_in) == "Ningbo Brightway Lighting Factory"
    assert not made_for(english, ["Kestrel Outdoor Ltd"], names_in)
