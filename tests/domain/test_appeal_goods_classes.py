"""The seller's argument that our registration does not cover its goods (another class), and its own application to
register a mark: each a legal argument of its own, compared with our record, never territory."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.goods_classes import against_record, argues_classes, classes_said
from assistant.domain.appeals.grounds import legal_kinds


@pytest.mark.parametrize("sentence", [
    "贵方注册商标第52345678号仅核定使用在第25类商品（服装、鞋、帽），并不包括第18类的背包。",
    "我店销售的是双肩背包，属于第18类，不在贵方商标的保护范围之内。",
    "我们卖的是背包，跟贵方商标核定使用的商品类别不同。",
    "我们店卖的是双肩包，不在贵方商标的保护范围内。",
    "Your mark is only registered for clothing, not bags.",
    "Backpacks belong to Nice class 18, which your registration does not cover.",
    "La clase 25 no cubre mochilas, que pertenecen a la clase 18.",
    "Rucksäcke gehören zu Klasse 18 und sind von Ihrer Marke nicht erfasst.",
])
def test_the_classes_argument_is_read_in_every_language_and_never_as_territory(sentence):
    assert argues_classes(sentence)
    kinds = legal_kinds(sentence)
    assert "classes" in kinds and "territory" not in kinds


@pytest.mark.parametrize("sentence", [
    "We only sell first-class goods of class A quality.",
    "We also applied to register FJELLRO in class 18 ourselves.",
    "我司已于2026年5月10日在第18类申请注册“FJELLRO”商标。",
    "Your trademark is not registered in Malaysia.",
])
def test_no_classes_argument_where_none_is_made(sentence):
    assert not argues_classes(sentence)


def test_the_class_the_right_is_limited_to_is_told_from_the_goods_class():
    said = classes_said(["贵方注册商标第52345678号仅核定使用在第25类商品（服装、鞋、帽），并不包括第18类的背包。"])
    assert said.limited_to == (25,) and said.of_goods == (18,) and said.goods == {18: "背包"}
    said = classes_said(["Your registration is approved for goods in class 25 (clothing, footwear, headgear) only and does not include backpacks in class 18."])
    assert said.limited_to == (25,) and said.of_goods == (18,) and said.goods == {18: "backpacks"}


def test_the_sellers_classes_are_set_against_our_record():
    words = ["Trademark 018555123 is registered in Nice class 25 only.", "Backpacks belong to Nice class 18, which your registration does not cover."]
    agrees = against_record(words, [25])
    assert agrees.agrees and not agrees.disagrees
    assert agrees.text.startswith("Our record lists class 25 only: the seller's point that 'Backpacks' (class 18) are not covered agrees with our record")
    disagrees = against_record(words, [18, 25])
    assert disagrees.disagrees and "disagrees with our record, which lists class 18" in disagrees.text
    unknown = against_record(words, [])
    assert not unknown.agrees and not unknown.disagrees and "our record does not list the classes" in unknown.text.lower()


@pytest.mark.parametrize("sentence", [
    "We have applied to register FJELLRO for bags ourselves.",
    "We have filed our own trademark application for FJELLRO in class 18.",
    "我司已经向商标局提交了自己的商标注册申请，请撤销投诉。",
    "Hemos solicitado el registro de la marca FJELLRO para mochilas.",
    "Wir haben die Marke FJELLRO für Rucksäcke zur Eintragung angemeldet.",
])
def test_the_sellers_own_application_is_its_own_argument_not_a_registration(sentence):
    kinds = legal_kinds(sentence)
    assert "own_application" in kinds and "own_registration" not in kinds


@pytest.mark.parametrize("sentence", [
    'The second listing sells our own brand "HALDA", which is not the same mark and is not registered by us.',
    "The brand HALDA isn't registered by us, it is just a name we use.",
])
def test_a_mark_the_seller_says_is_not_registered_by_it_is_no_registration_of_its_own(sentence):
    assert "own_registration" not in legal_kinds(sentence)


def test_a_mark_the_seller_says_is_registered_by_it_is_its_own_registration():
    assert "own_registration" in legal_kinds("The brand HALDA is registered by us.")


@pytest.mark.parametrize("sentence, ours, goods", [
    ("Your NORDVIK trademark only covers bags (class 18), it does not cover tents.", (18,), ()),
    ("Your NORDVIK trademark is registered for bags (class 18).", (18,), ()),
    ("Your mark only protects bags (class 18), while our tents are in class 22.", (18,), (22,)),
    ("Your EU trademark does not cover clothing (class 25).", (), (25,)),
])
def test_a_class_the_seller_gives_for_our_mark_is_not_one_of_its_goods(sentence, ours, goods):
    said = classes_said([sentence])
    assert said.limited_to == ours and said.of_goods == goods


def test_the_reply_names_the_classes_the_seller_limits_our_mark_to():
    compared = against_record(["Your NORDVIK trademark only covers bags (class 18), it does not cover tents."], [18, 22])
    assert compared.disagrees and compared.limited_to == (18,) and "not only class 18" in compared.text
