"""What a purchase paper says of its goods' brand and of its issuer's standing (paper_brands.py), in its own words."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.evidence import names_in
from assistant.domain.appeals.paper_brands import distributor_clause, issuer_denial, other_brands


def _ours(words: str) -> bool:
    return names_in(words, "LUMORA")


@pytest.mark.parametrize("text, found", [
    ("1 | Lampu Meja LED LM-D20 (merek CAHAYA) | 50 pcs | Rp 185.000", [("CAHAYA", "Lampu Meja LED LM-D20 (merek CAHAYA)")]),
    ("Item: LED desk lamp, brand: BRIGHTO   Qty: 80 pcs", [("BRIGHTO", "Item: LED desk lamp, brand: BRIGHTO")]),
    ("Pos. 1  LED-Schreibtischleuchte Marke HELLUX, Modell H-300", [("HELLUX", "Pos. 1 LED-Schreibtischleuchte Marke HELLUX, Modell H-300")]),
    ("品名：LED护眼台灯 品牌：光影 型号：GY-30 数量：60台", [("光影", "品名：LED护眼台灯 品牌：光影 型号：GY-30 数量：60台")]),
    # our own brand, a label's own word, and an ordinary word after 'merek' name no other brand
    ("1 | Lampu Meja LED Flex D30 (merek LUMORA) | 50 pcs", []),
    ("Item: Lumora Flex D30 desk lamp, Brand: Lumora   Qty: 30", []),
    ("Brand Owner: Lumora Lighting B.V.", []),
    ("Catatan: PT Cahaya bukan agen atau distributor merek asing mana pun.", []),
])
def test_a_paper_naming_another_brand_for_its_goods_is_read_with_its_words(text, found):
    assert other_brands(text, _ours) == found


@pytest.mark.parametrize("text, denial", [
    ("Total: Rp 9.250.000\nCatatan: PT Cahaya Lumora Indonesia bukan agen atau distributor merek asing mana pun.\nHormat kami",
     "PT Cahaya Lumora Indonesia bukan agen atau distributor merek asing mana pun."),
    ("Remarks: Brightway Ltd is not an authorised distributor or agent of any brand. Goods are sold as own-brand products.",
     "Brightway Ltd is not an authorised distributor or agent of any brand."),
    ("Hinweis: Wir sind kein Vertriebspartner einer Marke.", "Wir sind kein Vertriebspartner einer Marke."),
    # a distributor that says so, and one that excepts our brand, deny nothing
    ("Catatan: PT Lumora Distribusi Indonesia adalah distributor resmi merek LUMORA di Indonesia.", None),
    ("Note: we do not act as agent for any other brand than Lumora.", None),
])
def test_an_issuer_that_says_it_is_no_distributor_is_quoted(text, denial):
    assert issuer_denial(text) == denial


def test_the_sellers_distributor_claim_is_its_clause_and_never_a_negated_one():
    said = "Semua lampu meja Lumora Flex D30 kami beli dari distributor resmi Lumora di Indonesia, PT Cahaya Lumora Indonesia."
    assert distributor_clause(said) == "beli dari distributor resmi Lumora di Indonesia"
    assert distributor_clause("我们都是从品牌授权经销商进的货。") == "品牌授权经销商进的货"
    assert distributor_clause("We did not buy from a distributor, we make them ourselves.") is None
