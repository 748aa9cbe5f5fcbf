"""A change only promised is no change made; a side's blank signature line speaks of that side; a seal's mark beside a name."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.evidence import seal_marked, signature_state
from assistant.domain.appeals.listing_changes import pictures_change_said, title_change_promised, title_change_said


@pytest.mark.parametrize("sentence", [
    "Anyway to avoid trouble we will change the title within 24 hours.",
    "We are going to edit the product title tomorrow.",
    "Cambiaremos el título del anuncio en 24 horas.",
    "我们将在24小时内修改商品标题。",
])
def test_a_promised_title_change_is_no_change_made(sentence):
    assert title_change_said([sentence]) is None
    assert title_change_promised([sentence]) == sentence


def test_a_title_changed_is_still_said():
    assert title_change_said(["We have already changed the title of the listing."])
    assert title_change_promised(["We have already changed the title of the listing."]) is None


def test_a_promised_photo_change_is_no_change_made():
    assert pictures_change_said(["Anyway we will replace the photos within 24 hours."]) is None
    assert pictures_change_said(["We have replaced the photos."])


def test_a_buyer_line_left_unsigned_speaks_of_the_buyer_only():
    text = "Seller: A Co.\nBuyer: B Co.\nSigned for the seller: J. Ferrer (signature)\nBuyer signature: ______ (not signed)\n"
    assert signature_state(text, needs_both_parties=False) is True
    assert signature_state(text, needs_both_parties=True) is None
    assert signature_state("Invoice\nNot signed.\n", needs_both_parties=False) is False


def test_a_seal_mark_beside_a_name_is_read_an_empty_place_is_not():
    assert seal_marked("授权方：东莞某某鞋业有限公司（盖章）\n日期：2026年1月1日") == "授权方：东莞某某鞋业有限公司（盖章）"
    assert seal_marked("授权方（印章）：东莞某某鞋业有限公司")
    assert seal_marked("甲方（盖章）：\n乙方（盖章）：") is None
