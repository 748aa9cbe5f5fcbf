"""A counter-notice in a language no reader here reads (said so, never 'no ground'); a design drawing's own date set
against the seller's claimed design date; kinds of cosmetics told apart; a shade with its number is a colour."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.accessories import _accessory_in
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.response import draft_response
from assistant.domain.appeals.goods_kinds import goods_kinds, other_kinds
from assistant.domain.appeals.seller_language import unread_language
from assistant.domain.appeals.triage import triage_appeal
from assistant.domain.models import Complaint
from assistant.services.appeals import ground_reader

OWNER = {"name": "Marisol Cosméticos S.L.", "holder_type": "company", "role": "rights_holder"}
VIETNAMESE = ("Sản phẩm của chúng tôi là hàng chính hãng, nhập từ nhà phân phối ở Tây Ban Nha. "
              "Chúng tôi gửi kèm hóa đơn mua hàng để chứng minh.\nTrân trọng,\nHoa Mai Beauty")


@pytest.mark.parametrize(("text", "language", "whole"), [
    (VIETNAMESE, "Vietnamese", True),
    ("สินค้าของร้านเราเป็นของแท้ ซื้อมาจากตัวแทนจำหน่ายในประเทศสเปน", "Thai", True),
    ("저희 상품은 정품이며 스페인 공식 유통업체에서 구매했습니다.", "Korean", True),
    ("Мы купили этот товар у официального дистрибьютора в Испании.", "Russian (or another language in Cyrillic letters)", True),
    ("Chúng tôi là shop nhỏ ở Hà Nội và đã bán sản phẩm này hơn một năm nay.\n"
     "We bought these compact powders from an authorised distributor in Madrid.\nWe have the purchase invoice for all of them.", "Vietnamese", False),
])
def test_a_language_no_reader_reads_is_named_by_its_letters(text, language, whole):
    assert unread_language(sentences(text)) == (language, whole)


@pytest.mark.parametrize("text", [
    "We bought the goods from an authorised distributor in Madrid, invoice attached.",
    "Las adquirimos directamente a 有限会社ヒカリデザイン, factura HD-2026-0412 del 3 de septiembre de 2026.",  # a name in it
    "Die Ware stammt von einem Großhändler in München, die Rechnung liegt bei.",
    "该产品是正品，从西班牙经销商处购买。",
])
def test_languages_read_here_and_names_in_another_script_are_not_unread(text):
    assert unread_language(sentences(text)) is None


def _complaint(ip_right: dict, title: str, statement: str, reason: str = "counterfeit_features") -> Complaint:
    return Complaint.model_validate({
        "id": "MAR-2026-901", "site": "lazada", "complainant": OWNER, "ip_right": ip_right, "reason": reason,
        "listings": [{"url": "https://www.lazada.com.my/products/i5566778899.html", "title": title}], "statement": statement,
    })


MARK = {"id": "TM-MY", "ip_type": "trademark", "name": "MARISOL", "registration_number": "TM2021012345", "registered": True,
        "places_of_registration": ["MY"], "classes": [3], "owner": OWNER["name"]}


def _triage(complaint: Complaint, text: str, attachments: list[AppealAttachment]):
    return triage_appeal(complaint, text, attachments, received_on=date(2026, 11, 30), today=date(2026, 12, 2),
                         filed_on=date(2026, 11, 18), meaning=ground_reader())


def test_a_text_not_read_is_never_said_to_name_no_ground_and_the_draft_asks_for_a_translation():
    complaint = _complaint(MARK, "MARISOL compact powder", "Counterfeit MARISOL compact powder.")
    result = _triage(complaint, VIETNAMESE, [])
    said = " ".join(f.message for g in result.grounds for f in g.findings)
    assert "Vietnamese" in said and "no recognised ground" not in said
    draft = draft_response(result, complaint).text
    assert "translation" in draft and "names none" not in draft


def test_a_design_drawing_dated_after_the_sellers_year_contradicts_it():
    design = {"id": "PAT-CN", "ip_type": "patent", "patent_kind": "design", "name": "Compact powder case", "registration_number": "ZL202230123456.7",
              "registered": True, "places_of_registration": ["Mainland China"], "owner": OWNER["name"]}
    complaint = _complaint(design, "shell compact case", "The listed case copies our design patent, filed on 14 March 2022.", "patent_infringement")
    drawing = AppealAttachment(name="drawing.txt", text="Design drawing DWG-0815\nProduct: shell-shaped compact case\nDesigner: Chen Hao  Date: 2023-08-15")
    result = _triage(complaint, "Our designer created this compact in 2019, before your patent was filed, so it is prior art.", [drawing])
    found = {f.code: f.message for g in result.grounds for f in g.findings}
    assert "2023-08-15" in found["claim_differs_from_document"] and "2019" in found["claim_differs_from_document"]
    assert "drawn" in found["prior_art_made_after_filing"] and "2022-03-14" in found["prior_art_made_after_filing"]
    assert "no publication date that could be read" not in " ".join(found.values())


@pytest.mark.parametrize(("paper", "reported", "kinds"), [
    ("MARISOL Rouge Velvet Lipstick", "MARISOL compact powder", ({"lip make-up"}, {"face make-up"})),
    ("MARISOL Velvet Matte Compact Powder 10 g", "MARISOL Crema Hidratante face cream", ({"face make-up"}, {"skin care"})),
    ("粉饼 10g", "口红", ({"face make-up"}, {"lip make-up"})),
])
def test_kinds_of_cosmetics_are_told_apart(paper, reported, kinds):
    found = other_kinds(paper, reported)
    assert found is not None and (set(found[0]), set(found[1])) == kinds


def test_a_powder_case_is_no_powder_and_polvos_compactos_are_one():
    assert "face make-up" not in goods_kinds("shell compact powder case")
    assert other_kinds("MARISOL Polvos Compactos Velvet Matte", "MARISOL compact powder") is None


def test_a_shade_with_its_number_is_a_colour_not_an_accessory():
    assert _accessory_in("MARISOL Velvet Matte Compact Powder 10 g, shade 02", "MARISOL compact powder") is None
    assert _accessory_in("MARISOL Aurora lamp shade", "MARISOL Aurora table lamp") == "shade"
