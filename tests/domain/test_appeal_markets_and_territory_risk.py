"""Where our right is registered against the country the listing's site sells in, raised from our record when the seller
does not argue it; and goods the seller says were made for another market, read as its claim (not a licence) and
answered from our record."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.other_market import OTHER_MARKET_GOODS, other_market_claim
from assistant.domain.appeals.territory import RIGHT_NOT_REGISTERED_WHERE_SOLD, unargued_territory_risk
from assistant.domain.models import Complaint, IPRight


def _complaint(site: str, url: str, places: list[str], ip_type: str = "trademark",
               statement: str = "Counterfeit SAFFIRA lipsticks: shade 'R7' does not exist.") -> Complaint:
    return Complaint.model_validate({
        "id": "C-1", "site": site, "reason": "counterfeit_features", "statement": statement,
        "complainant": {"name": "Saffira Beauty Sdn. Bhd.", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": ip_type, "name": "SAFFIRA", "registration_number": "TM2019012345", "registered": True,
                     "places_of_registration": places, "owner": "Saffira Beauty Sdn. Bhd.", "approval_status": "approved"},
        "listings": [{"url": url}]})


ID_URL = "https://www.lazada.co.id/products/saffira-i5123456789.html"


@pytest.mark.parametrize("site, url, places, country", [
    ("lazada", ID_URL, ["Malaysia"], "Indonesia"),
    ("lazada", "https://www.lazada.co.th/products/x-i1.html", ["Malaysia", "Singapore"], "Thailand"),
    ("taobao", "https://item.taobao.com/item.htm?id=1", ["EU"], "China"),
    ("miravia", "https://www.miravia.es/p/i4.html", ["Malaysia"], "Spain"),
])
def test_a_right_registered_only_elsewhere_than_the_site_sells_is_a_risk_said_from_our_record(site, url, places, country):
    point = unargued_territory_risk(_complaint(site, url, places), argued=False)
    assert point is not None and point.code == RIGHT_NOT_REGISTERED_WHERE_SOLD
    assert country in point.message and f"'{places[0]}'" in point.message and "legal" in point.message
    assert point.basis.value == "our_record"


@pytest.mark.parametrize("site, url, places, ip_type, argued", [
    ("lazada", "https://www.lazada.com.my/products/x-i1.html", ["Malaysia"], "trademark", False),  # covered
    ("aliexpress", "https://www.aliexpress.com/item/1.html", ["Malaysia"], "trademark", False),  # sells across borders
    ("lazada", ID_URL, ["Malaysia"], "copyright", False),  # no registration in question
    ("lazada", ID_URL, ["Malaysia"], "trademark", True),  # the seller's territory argument answers it
])
def test_no_risk_where_the_record_covers_the_country_or_the_site_names_none(site, url, places, ip_type, argued):
    assert unargued_territory_risk(_complaint(site, url, places, ip_type), argued=argued) is None


def test_the_registry_holding_our_right_in_the_country_is_said_with_the_risk():
    ours = IPRight.model_validate({"ip_type": "trademark", "name": "SAFFIRA", "registration_number": "IDM000987654", "registered": True,
                                   "places_of_registration": ["Indonesia"], "owner": "Saffira Beauty Sdn. Bhd.", "approval_status": "approved"})
    point = unargued_territory_risk(_complaint("lazada", ID_URL, ["Malaysia"]), argued=False, registry=[ours], today=date(2026, 12, 2))
    assert "IDM000987654" in point.message


@pytest.mark.parametrize("text", [
    "Shade R7 is special colour only for Thailand market, so you not see it in Malaysia.",
    "This model is only sold in Thailand, it is not your version.",
    "R7色号是泰国市场专供版，不是马来西亚版本。",
    "Warna R7 ini edisi khas untuk pasaran Thailand sahaja.",
    "Model ini khusus untuk pasar Thailand, bukan versi Malaysia.",
    "Es la versión para el mercado tailandés, solo se vende en Tailandia.",
    "R7 is the Thai version, made for Thai market only.",
    "我们卖的是港版VELARO骑行服，港版的吊牌和国行包装不一样。",
    "Es la versión japonesa, fabricada para el mercado japonés.",
])
def test_goods_said_to_be_made_for_another_market_are_the_sellers_claim_answered_from_our_record(text):
    point = other_market_claim(text, _complaint("lazada", ID_URL, ["Malaysia"]))
    assert point is not None and point.code == OTHER_MARKET_GOODS and point.basis.value == "not_verified"
    assert any(c in point.message for c in ("Thailand", "Hong Kong", "Japan")) and "not a licence" in point.message
    assert "Our complaint states" in point.reply and text not in point.message


@pytest.mark.parametrize("text", [
    "We are shop from Bangkok, sell on Lazada Indonesia.",
    "We are licensed to sell SAFFIRA in Thailand only.",
    "Your trademark is only registered in Malaysia, not in Indonesia market.",
    "Our SAFFIRA lipstick is original, shade R7 is made in Thailand.",
    "This version is only for the Indonesian market.",  # the listing's own country: no other market
    "Attached is the Chinese version of the invoice.",  # a paper's language, not the goods' market
    "Adjuntamos la versión española del contrato.",
])
def test_a_shop_location_a_licence_or_a_registration_is_no_claim_of_goods_for_another_market(text):
    assert other_market_claim(text, _complaint("lazada", ID_URL, ["Malaysia"])) is None


def test_the_variant_the_seller_names_is_answered_with_our_complaints_own_sentence_on_it():
    complaint = _complaint("lazada", ID_URL, ["Malaysia"], statement="Fake SAFFIRA lipsticks sold. Shade 'R7' does not exist in our range.")
    point = other_market_claim("Shade R7 is only for the Thai market, made in Thailand.", complaint)
    assert "('R7')" in point.message and "\"Shade 'R7' does not exist in our range.\"" in point.reply
