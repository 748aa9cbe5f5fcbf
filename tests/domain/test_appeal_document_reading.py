"""What the triage reads in a seller's documents: a Chinese company's name in pinyin or English, the quantity of sets
(never the pieces in each set added to it), each party's signature line, a legal form given twice, and what is said of
a scan OCR read."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.evidence import document_quantity, pieces_each, signature_state
from assistant.domain.appeals.parties import NameMatch, PartyRole, compare_names, document_parties
from assistant.domain.legal_forms import legal_form_differences, names_as_written
from assistant.domain.romanised_names import romanised_as


@pytest.mark.parametrize(
    ("latin", "chinese", "how"),
    [
        ("Shenzhen Guangming Zhaoming Co., Ltd.", "深圳市光明照明有限公司", "pinyin"),
        ("SHENZHEN GUANGMING ZHAOMING CO.,LTD", "深圳市光明照明有限公司", "pinyin"),
        ("Shenzhen Guangming Lighting Co., Ltd.", "深圳市光明照明有限公司", "pinyin and English"),
        ("Shenzhen Guangming Lighting", "深圳市光明照明有限公司", "pinyin and English"),  # written without its legal form
        ("Guang Ming Zhao Ming", "光明照明", "pinyin"),  # syllables apart
        ("Chongqing Changan Co., Ltd.", "重庆长安有限公司", "pinyin"),  # 长 read chang here, zhang elsewhere
        ("Ningbo Youjia Kitchenware Co., Ltd.", "宁波优佳厨具有限公司", "pinyin and English"),
    ],
)
def test_a_chinese_name_written_in_latin_letters_is_read_as_that_name(latin, chinese, how):
    assert romanised_as(latin, chinese) == how
    assert compare_names(latin, chinese) is NameMatch.SAME
    assert compare_names(chinese, latin) is NameMatch.SAME


@pytest.mark.parametrize(
    ("latin", "chinese"),
    [
        ("Dongguan Guangming Lighting Co., Ltd.", "深圳市光明照明有限公司"),  # another city
        ("Shenzhen Guangmin Lighting Co., Ltd.", "深圳市光明照明有限公司"),  # a syllable short
        ("Shenzhen Guangming Zhaoming GmbH", "深圳市光明照明有限公司"),  # a legal form that is not 有限公司 in English
        ("Lumina Co., Ltd.", "深圳市光明照明有限公司"),
        ("Aoba Toubou Co., Ltd.", "株式会社アオバ陶房"),  # Japanese in kana: not pinyin
    ],
)
def test_another_name_is_never_read_as_the_chinese_one(latin, chinese):
    assert romanised_as(latin, chinese) is None
    assert compare_names(latin, chinese) is NameMatch.OTHER


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("商品：锋利不锈钢刀具（套装8个） 数量：30 单价：¥85.00", 30),
        ("品名：锋利刀具套装 数量：30套（每套8个） 单价：85.00元", 30),
        ("KORVA saucepan set 3 pcs/set x 20", 20),
        ("KORVA knife block set\nQty 30 (8 pcs per set)", 30),
        ("BRÜCKNER wrench set 12 pcs  Qty: 25 sets  EUR 1,125.00", 25),
        ("3 pcs/set, 20 sets", 20),
        ("刀具（套装8个） 30套", 30),
        ("20 pcs red, 30 pcs blue", 50),  # two counts of goods on one line, neither a set's pieces: both bought
        ("Quantity: 20 pcs\nQuantity: 30 pcs", 50),
        ("Rose Serum 30ml x 80", 80),
    ],
)
def test_a_set_is_counted_as_one_never_with_its_pieces_added(text, quantity):
    assert document_quantity(text) == quantity


def test_the_pieces_in_each_set_beside_the_quantity_are_said_not_counted():
    assert pieces_each("KORVA saucepan set 3 pcs/set x 20") == "3 pcs"
    assert pieces_each("商品：锋利不锈钢刀具（套装8个） 数量：30") == "8个"
    assert pieces_each("Qty: 50 pcs") is None


@pytest.mark.parametrize(
    "text",
    [
        "Signed for the Seller: J. Moore, Sales Manager\nSigned for the Buyer: L. Russo, Owner",
        "Verkäufer – Unterschrift und Firmenstempel: S. Krüger [Stempel]\nKäufer – Unterschrift und Firmenstempel: T. Yilmaz [Stempel]",
        "甲方（盖章）：某某公司 合同专用章\n乙方（盖章）：某某店 合同专用章",
    ],
)
def test_each_party_signing_on_its_own_line_is_signed_by_both(text):
    assert signature_state(text, needs_both_parties=True) is True


@pytest.mark.parametrize(
    "text",
    [
        "Seller signature: ______\nBuyer signature: ______",  # places to sign, nothing signed
        "甲方（盖章）：\n乙方（盖章）：",
        "Signed for the Seller: J. Moore",  # one side only
        "Seller: Acme Ltd\nBuyer: Bright Store\nSigned: A. Li",  # who signed is not said
    ],
)
def test_places_to_sign_or_one_side_are_not_both_parties(text):
    assert signature_state(text, needs_both_parties=True) is not True


def test_a_german_signature_and_company_stamp_is_a_signature_not_a_party():
    text = "Lizenzgeber: Hoffmann Küchentechnik GmbH\nFür den Lizenzgeber: Unterschrift und Firmenstempel\nDr. K. Hoffmann"
    assert signature_state(text, needs_both_parties=False) is True
    assert document_parties(text, PartyRole.LICENSOR) == ["Hoffmann Küchentechnik GmbH"]
    assert signature_state("Unterschrift: ________", needs_both_parties=False) is None


def test_a_contracts_supplier_and_customer_labels_name_its_parties():
    text = "购销合同\n供方：佛山鑫达五金贸易有限公司\n需方：广州厨乐家居店"
    assert document_parties(text, PartyRole.SUPPLIER) == ["佛山鑫达五金贸易有限公司"]
    assert document_parties(text, PartyRole.BUYER) == ["广州厨乐家居店"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Licensor: Sakura Kogyo Co., Ltd. (Sakura Kogyo K.K.), 2-3-1 Honmachi", "Sakura Kogyo Co., Ltd."),
        ("Seller: Brückner Werkzeuge GmbH (Brückner Werkzeuge Limited Liability Company), Solingen", "Brückner Werkzeuge GmbH"),
        ("Licensor: Aoba Toubou Co., Ltd. (Kabushiki Kaisha Aoba Toubou), Gifu", "Aoba Toubou Co., Ltd."),
    ],
)
def test_a_legal_form_restated_in_brackets_is_one_company(text, owner):
    assert names_as_written(text, owner) == [owner]
    assert legal_form_differences(text, owner) == []


def test_two_mentions_with_other_forms_are_still_two():
    assert legal_form_differences("Acme Ltd sold it; Acme GmbH (Germany) made it.", "Acme Ltd") == ["Acme GmbH"]


def test_a_letter_that_says_we_authorise_names_its_grantor():
    text = ("We, Shenzhen Guangming Zhaoming Co., Ltd., owner of the trademark GUANGMING (Reg. No. 45678902), hereby authorize "
            "Luxora Lights B.V. to sell GUANGMING panel lights.")
    assert document_parties(text, PartyRole.LICENSOR) == ["Shenzhen Guangming Zhaoming Co., Ltd."]
    assert document_parties("The Licensee may not license the mark to others.", PartyRole.LICENSOR) == []


def test_a_company_named_like_a_signature_is_still_a_party():
    assert document_parties("Seller: Signature Homes Ltd\nBuyer: Bright Store", PartyRole.SUPPLIER) == ["Signature Homes Ltd"]
    assert document_parties("Verkäufer: Firma Müller GmbH", PartyRole.SUPPLIER) == ["Firma Müller GmbH"]
