"""The seller's own right, safety papers and a dropshipper's words against a trademark complaint, in the sellers' languages."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, attachment_kind
from assistant.domain.appeals.goods_kinds import other_kinds
from assistant.domain.appeals.grounds import SIMILAR_SIGN, AppealGround, ground_label, removal_said
from assistant.domain.appeals.own_rights import own_right_paper, own_right_said
from assistant.domain.appeals.safety_papers import dropshipper_said, paper_proves_genuine_said, safety_paper

DESIGN = ("证书号第7712345号\n外观设计专利证书\n外观设计名称：吸顶灯（圆形）\n专利号：ZL 2025 3 0345678.9\n专利申请日：2025年06月18日\n"
          "专利权人：中山市古镇华艺照明厂\n国家知识产权局\n")


def test_a_design_patent_certificate_is_read_with_its_number_filing_day_holder_and_product():
    paper = own_right_paper(DESIGN)
    assert (paper.kind, paper.number, paper.holder, paper.subject) == ("design patent", "ZL 2025 3 0345678.9", "中山市古镇华艺照明厂", "吸顶灯（圆形）")
    assert paper.filed[0] == date(2025, 6, 18)
    assert attachment_kind(AppealAttachment(name="证书.txt", text=DESIGN)) is AttachmentKind.REGISTRATION_CERTIFICATE


def test_a_trademark_certificate_names_its_mark_and_registrant():
    paper = own_right_paper("商标注册证\n第61234567号\n商标：LUMIVO\n注册人：义乌市明亮灯具有限公司\n")
    assert (paper.kind, paper.number, paper.subject, paper.holder) == ("trademark registration", "61234567", "LUMIVO", "义乌市明亮灯具有限公司")
    assert own_right_paper("INVOICE No. 1\nQty: 20 pcs") is None


@pytest.mark.parametrize("sentence", ["这款灯是我们自己设计的，有外观专利，专利证书已上传。", "We hold our own design patent for it.",
                                      "Tenemos la patente de diseño industrial de esta lámpara.", "有商标注册证，证书已经上传了"])
def test_a_right_of_the_sellers_own_is_said_in_several_languages(sentence):
    assert own_right_said(sentence)


def test_a_ceiling_lamp_is_another_product_than_a_pendant_lamp():
    assert other_kinds("吸顶灯（圆形）", "The listed pendant lamps bear the NORVIK mark")
    assert other_kinds("Pendant lamp (dome)", "The listed pendant lamps bear the NORVIK mark") is None


@pytest.mark.parametrize("text, kind, maker, model", [
    ("EU DECLARATION OF CONFORMITY\nManufacturer: Zhongshan Guzhen Huayi Lighting Factory, Guzhen Town, Zhongshan, Guangdong, China\n"
     "Product: LED pendant lamp, model HY-P3021\n", "EU declaration of conformity", "Zhongshan Guzhen Huayi Lighting Factory", "HY-P3021"),
    ("SGS TEST REPORT\nApplicant: Ningbo Lumen Electric Appliance Co., Ltd., Ningbo, Zhejiang, China\nSample description: LED pendant lamp, "
     "model LP-4020\n", "test report", "Ningbo Lumen Electric Appliance Co., Ltd.", "LP-4020"),
    ("中国国家强制性产品认证证书\n认证委托人名称：中山市古镇华艺照明厂\n产品名称和系列、规格、型号：LED吊灯 HY-P3021\n", "CCC certificate",
     "中山市古镇华艺照明厂", "HY-P3021"),
])
def test_a_safety_paper_is_read_with_its_maker_and_model(text, kind, maker, model):
    paper = safety_paper(text)
    assert (paper.kind, paper.maker, paper.model) == (kind, maker, model)


def test_a_dropshipper_and_a_paper_offered_as_proof_of_genuine_goods_are_read():
    assert dropshipper_said("we are just a dropshipping store, we dont keep any stock, so we are not responsible for the product.")
    assert dropshipper_said("Somos una tienda de dropshipping, así que no somos responsables del producto.")
    assert paper_proves_genuine_said("the attached certificate proves the lamps are genuine and safe.")
    assert not paper_proves_genuine_said("We bought them from the distributor.")
    assert removal_said("second link we already deleted.")


def test_a_sign_a_letter_from_ours_is_named_as_another_brand():
    assert ground_label(AppealGround.DIFFERENT_PRODUCT, {SIMILAR_SIGN}) == "A different brand (the seller's own sign)"
    assert ground_label(AppealGround.DIFFERENT_PRODUCT, set()) == "A different product"
