"""A contest of some listings only, the seller's shop before its signer, an own design made first, another model named in
words, and the seller's doubt that its goods are genuine, in the sellers' languages."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.accessories import accessory_finding
from assistant.domain.appeals.admissions import doubts_genuineness
from assistant.domain.appeals.contested_listings import first_run, partial_contest
from assistant.domain.appeals.grounds import AppealGround, legal_kinds
from assistant.domain.appeals.model_codes import other_named_product
from assistant.domain.appeals.parties import seller_names
from assistant.domain.untrusted_text import normalize_text


@pytest.mark.parametrize("text, places", [
    ("Untuk 2 produk pertama (jersi KORVA dan seluar bib), kami sudah turunkan listing", {1, 2}),
    ("We have removed the first two listings and will not sell them again.", {1, 2}),
    ("前两个链接我们已经下架了。", {1, 2}),
    ("Hemos retirado los dos primeros anuncios.", {1, 2}),
    ("We have removed the second listing already.", set()),
])
def test_the_first_listings_named_as_a_run(text, places):
    assert first_run(text)[0] == places


def test_a_contest_of_the_third_listing_with_the_first_two_down_names_both():
    urls = ["https://a.example/1", "https://a.example/2", "https://a.example/3"]
    found = partial_contest(urls, urls[:2], [urls[2]])
    assert found is not None and found.names == [urls[2]]
    assert "contests only https://a.example/3" in found.message and "taken down https://a.example/1, https://a.example/2" in found.message
    assert partial_contest(urls, urls[:2], urls[:2]) is None  # nothing left contested


@pytest.mark.parametrize("text, first", [
    ('Salam,\nKami dari kedai Lazada "GearPacu MY" (Syarikat Gear Pacu Enterprise). Jersi kami original.\nHafiz Rahman', "GearPacu MY"),
    ('We are the AliExpress store "PedalPoint UK" (PedalPoint Trading Ltd). Our jerseys are genuine.\nJames Whitfield', "PedalPoint UK"),
])
def test_the_seller_is_the_shop_it_names_not_the_person_who_signs(text, first):
    assert seller_names(text)[0] == first


@pytest.mark.parametrize("sentence", [
    "Also this helmet model NX-12 is our own design, we designed it in 2019 before your design registration.",
    "这款头盔NX-12是我们2019年自己设计的，早于贵司外观设计的注册，不存在侵权。",
    "这款头盔是我们2019年自己设计的。",
    "Este casco NX-12 lo diseñamos nosotros en 2019, antes de que ustedes registraran su diseño.",
])
def test_an_own_design_made_before_our_right_is_a_prior_art_claim(sentence):
    assert "prior_art" in legal_kinds(sentence)


def test_an_own_brand_designed_before_a_trademark_is_no_prior_art():
    assert "prior_art" not in legal_kinds("We designed our own brand logo in 2019, before your trademark was registered.")


@pytest.mark.parametrize("sentence, doubted", [
    ('Mungkin kata "Original" di judul kurang tepat, kami tidak yakin apakah semua stok dari supplier kami asli atau tidak.', True),
    ("To be honest we are not sure whether all the stock from our supplier is genuine.", True),
    ("说实话我们也不确定供应商的货是不是都是正品。", True),
    ("No estamos seguros de que todos sean originales.", True),
    ("There is no doubt that all our stock is genuine.", False),
    ("We are not sure why you say they are fake.", False),
    ("We did not know they were fake.", False),
])
def test_the_sellers_doubt_that_its_goods_are_genuine(sentence, doubted):
    assert doubts_genuineness(normalize_text(sentence)) is doubted


def test_another_model_named_in_words_after_the_brand():
    invoice = "Item: KORVA Corsa Jersey (short sleeve), sizes S-XL   Qty: 40"
    assert other_named_product("Produk KORVA Jersey Pro kami adalah original.", invoice, "KORVA") == ("KORVA Jersey Pro", "KORVA Corsa Jersey")
    assert other_named_product("Our KORVA Corsa Jersey is genuine.", invoice, "KORVA") is None
    assert other_named_product("Jersi KORVA kami original.", invoice, "KORVA") is None


def test_a_word_between_brackets_after_the_goods_is_no_accessory():
    invoice = "Item: KORVA Corsa Jersey (short sleeve), sizes S-XL   Qty: 40   Unit SGD 45.00"
    assert accessory_finding("KORVA cycling jerseys", invoice, "KORVA", 1, AppealGround.PURCHASE_INVOICE) is None
    bracket = "Item: KORVA Corsa Jersey mounting bracket   Qty: 40   Unit SGD 5.00"
    assert accessory_finding("KORVA cycling jerseys", bracket, "KORVA", 1, AppealGround.PURCHASE_INVOICE) is not None
