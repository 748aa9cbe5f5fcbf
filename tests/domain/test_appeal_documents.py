"""What a seller's documents show against its words: dates tied to a claim, contract clauses, parties on one line."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.checks import shoot_dates_said
from assistant.domain.appeals.claims import read_claims, sentences
from assistant.domain.appeals.evidence import (
    AppealAttachment,
    AttachmentKind,
    attachment_kind,
    contract_subject,
    days_and_months,
    rights_clause,
    subject_matches,
)
from assistant.domain.appeals.parties import PartyRole, document_parties, seller_names, seller_parties


def test_a_month_without_a_day_is_kept_as_a_month():
    found = days_and_months("本店于2023年9月自己拍的, then in March 2024, and on 15 March 2024")
    assert [(d.written, d.month_only) for d in found] == [("2023年9月", True), ("March 2024", True), ("15 March 2024", False)]
    assert found[0].agrees_with(date(2023, 9, 30)) and not found[0].agrees_with(date(2023, 10, 1))
    assert found[2].agrees_with(date(2024, 3, 15)) and not found[2].agrees_with(date(2024, 3, 16))


def test_the_letters_own_date_is_not_the_day_the_photos_were_taken():
    text = "页面中的图片都是本店于2023年9月自己拍的，合同附后。投诉方的拍摄时间晚于我们。\n\n木语生活馆\n2026年10月14日"
    assert [(d.written, d.month_only) for d in shoot_dates_said(text)] == [("2023年9月", True)]
    assert shoot_dates_said("Please restore the listing. We reply on 3 May 2026, the photos being ours.") == []


def test_a_title_before_a_name_does_not_end_the_sentence():
    said = shoot_dates_said("They were shot by our photographer, Ms. Noor Aziz, on 14 May 2025 in our studio.")
    assert [d.value for d in said] == [date(2025, 5, 14)]
    assert len(sentences("发票号码 No. 31002611，开票日期2026年9月18日。")) == 1


def test_a_photography_contract_is_read_whatever_its_name():
    assert attachment_kind(AppealAttachment(name="摄影服务协议.txt")) is AttachmentKind.PHOTOGRAPHER_STATEMENT
    assert attachment_kind(AppealAttachment(name="photography-services-contract.pdf")) is AttachmentKind.PHOTOGRAPHER_STATEMENT


def test_who_keeps_the_copyright_is_read_in_english_and_chinese():
    zh = rights_clause("乙方（摄影方）：宁波光合影像工作室\n版权归属：全部图片的著作权归乙方所有，甲方仅可在其网店中使用。")
    assert (zh.holder, zh.party, zh.maker_side) == ("乙方", "宁波光合影像工作室", True)
    assert zh.words == "版权归属：全部图片的著作权归乙方所有"
    kept = rights_clause("Photographer: Jun Park\nAll copyright in the photographs remains with the Photographer. The Client may use them.")
    assert (kept.holder, kept.party, kept.maker_side) == ("Photographer", "Jun Park", True)
    assert rights_clause("Copyright in all photographs passes to the Client on full payment.").maker_side is False
    assert rights_clause("甲方（委托方）：某店\n本合同项下图片的著作权归甲方所有。").maker_side is False
    assert rights_clause("Shoot date: 4 May 2025") is None


def test_a_contracts_subject_is_compared_without_the_words_for_photos():
    subject = contract_subject("拍摄内容：竹制砧板产品图片 15张\n拍摄日期：2024年11月5日")
    assert subject == "竹制砧板产品图片 15张"
    assert subject_matches("HARLOW 手工陶瓷马克杯 350ml", subject, brand="HARLOW") is False
    assert subject_matches("Natural Linen Table Runner 180cm", "linen table runners, 18 images") is True


def test_parties_written_on_one_line_are_read_each_with_its_label():
    line = "江苏增值税专用发票 No. 52007731 开票日期：2025年4月9日 销售方：苏州明澜商贸有限公司 购买方：无锡晨光电器店 货物名称：加湿器 数量：8 台"
    assert document_parties(line, PartyRole.SUPPLIER) == ["苏州明澜商贸有限公司"]
    assert document_parties(line, PartyRole.BUYER) == ["无锡晨光电器店"]
    assert document_parties("INVOICE\nBill to: Harborline Trading\nQty: 30 pcs", PartyRole.BUYER) == ["Harborline Trading"]


def test_the_seller_is_read_from_how_it_introduces_and_signs_itself():
    assert seller_names("We are Harbor Lane Goods (AliExpress store 3301187). We bought ...")[0] == "Harbor Lane Goods"
    assert seller_names("Hello,\nOur shop Glowtech Official Store is an authorised reseller.\nThank you.\n\nGlowtech Official Store") == [
        "Glowtech Official Store"]
    assert seller_names("Dear Sir,\nWe have authorization.\nRegards, Bright Star Trading") == ["Bright Star Trading"]
    assert seller_names("亲，你好 Hello,\n我们的货是从1688进货的。\nPlease 撤诉, thank you 谢谢!") == []


def test_a_supplier_in_quotation_marks_after_a_description_is_read_as_written():
    parties = seller_parties("从品牌方授权经销商“上海某某贸易有限公司”进货，进货数量120台")
    assert [(p.role, p.name) for p in parties] == [(PartyRole.SUPPLIER, "上海某某贸易有限公司")]


def test_a_purchase_date_is_read_beside_an_authorised_distributor():
    invoice = (1, AppealAttachment(name="发票.pdf", kind="invoice"), AttachmentKind.INVOICE)
    letter = (2, AppealAttachment(name="授权书.pdf", kind="authorization_letter"), AttachmentKind.AUTHORIZATION_LETTER)
    claims = read_claims("从品牌方授权经销商“上海某某贸易有限公司”进货，进货数量120台，发票号码 No. 31002611，开票日期2026年9月18日。",
                         [invoice, letter], ["某某照明有限公司"])
    dated = [c for c in claims if c.about == "date"]
    assert [(c.day, c.attachment, c.quote) for c in dated] == [(date(2026, 9, 18), 1, "2026年9月18日")]
    assert [c.attachment for c in claims if c.about == "supplier"] == [1]


def test_the_owners_name_is_left_out_only_as_a_company_name():
    from assistant.domain.appeals.evidence import names_in, without_names

    text = "Licensor: Fenmore Leather Ltd\nLicensed products: FENMORE leather backpacks"
    assert names_in(without_names(text, ["Fenmore Leather Ltd"], brand="FENMORE"), "FENMORE")
    assert not names_in(without_names("Licensor: Fenmore Leather Ltd", ["Fenmore Leather Ltd"], brand="FENMORE"), "FENMORE")


def test_a_licensor_after_yihuode_is_read_whole():
    parties = seller_parties("本店已获得杭州云栖皮具有限公司的正式授权，授权书见附件。")
    assert [(p.role, p.name) for p in parties] == [(PartyRole.LICENSOR, "杭州云栖皮具有限公司")]


def test_a_subject_for_other_goods_of_the_same_material_is_not_the_reported_product():
    assert subject_matches("FENMORE Leather Backpack 20L", "FENMORE leather wallets and card holders", brand="FENMORE") is False
    assert subject_matches("FENMORE Leather Backpack 20L", "FENMORE leather backpacks and rucksacks, all colours", brand="FENMORE") is True


@pytest.mark.parametrize("text, company", [
    ("Nous sommes la société Outillage Dupont SARL (Lyon). Merci.\nPierre Dupont, gérant", "Outillage Dupont SARL"),
    ("Somos la empresa Herramientas Sur S.L. y vendemos alicates.\nJuan Pérez, gerente", "Herramientas Sur S.L."),
])
def test_the_company_after_its_word_is_the_seller_beside_its_signing_manager(text, company):
    from assistant.domain.appeals.parties import seller_names

    assert company in seller_names(text)
