"""A licence's territory and channels, read from its own words, against the country a listing sells in."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.licence_scope import channel_exclusion, listing_country, territory_clause
from assistant.domain.models import Complaint, Site


@pytest.mark.parametrize(("text", "country", "covers"), [
    ("Territory: Malaysia only", "SG", False),
    ("授权区域：中国香港", "CN", False),  # 'China' beside Hong Kong qualifies it: not the mainland
    ("授权区域：中国大陆", "CN", True),
    ("Territorio: solo España", "ES", True),
    ("Territory: People's Republic of China (excluding Hong Kong, Macau and Taiwan)", "CN", True),
    ("Territory: People's Republic of China (excluding Hong Kong, Macau and Taiwan)", "HK", False),
    ("Territory: worldwide", "TH", True),
])
def test_a_territory_clause_is_read_with_the_places_it_names(text, country, covers):
    clause = territory_clause(f"LICENCE\nLicensor: Acme Ltd\n{text}\nValid until 2027-12-31")
    assert clause is not None and clause.words == text and clause.covers(country) is covers


def test_a_licence_that_names_no_place_has_no_territory_clause():
    assert territory_clause("LICENCE\nLicensor: Acme Ltd\nLicensed products: ACME shoes\nValid until 2027-12-31") is None


@pytest.mark.parametrize(("text", "excluded"), [
    ("Channels: retail stores only, excluding online marketplaces", True),
    ("Online marketplace sales are not licensed.", True),
    ("被授权方不得在电商平台销售授权商品。", True),
    ("The Licensor grants the Licensee a licence to sell the Licensed products online.", False),
    ("No sublicensing without consent.", False),
])
def test_a_clause_that_keeps_the_licence_off_online_sales_is_quoted_as_written(text, excluded):
    assert (channel_exclusion(f"LICENCE\n{text}", Site.TMALL) == text) is excluded


@pytest.mark.parametrize(("site", "url", "country"), [
    ("taobao", "https://item.taobao.com/item.htm?id=1", "CN"), ("miravia", "https://www.miravia.es/p/i1.html", "ES"),
    ("lazada", "https://www.lazada.co.th/products/x-i1.html", "TH"), ("aliexpress", "https://www.aliexpress.com/item/1.html", None),
])
def test_the_country_a_listing_sells_in_is_the_site_s_or_its_address(site, url, country):
    complaint = Complaint.model_validate({
        "site": site, "complainant": {"name": "Acme Ltd", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "trademark", "name": "ACME"}, "reason": "counterfeit_features", "listings": [{"url": url}],
        "statement": "Counterfeit ACME goods."})
    assert listing_country(complaint) == country


@pytest.mark.parametrize("text, country", [
    ("This authorisation is for sale in West Java only.", "ID"),
    ("Wilayah: Jawa Barat", "ID"),
    ("授权区域：仅限上海市", "CN"),
    ("Territory: Guangdong province only", "CN"),
    ("Vertriebsgebiet: nur Bayern", "DE"),
])
def test_a_part_of_the_listing_s_country_does_not_cover_a_listing_sold_across_it(text, country):
    clause = territory_clause(text, country)
    assert clause is not None and country in clause.parts and not clause.covers(country)


def test_a_place_in_a_company_s_name_is_no_territory():
    line = "We, PT Halden Outdoor Indonesia, hereby authorise CV Sinar Rimba to sell HALDEN products in West Java only."
    clause = territory_clause(line, "ID")
    assert clause is not None and clause.named == frozenset() and not clause.covers("ID")
    assert territory_clause("Territory: Indonesia only", "ID").covers("ID")


def test_a_clause_is_whole_across_a_legal_form_and_a_number_s_no_is_no_exclusion():
    licence = ("We, Shenzhen Guangming Zhaoming Co., Ltd., owner of the trademark (Reg. No. 45678902), hereby authorize Luxora Lights B.V. "
               "to sell GUANGMING LED panel lights online in Europe.")
    assert channel_exclusion(licence, Site.ALIEXPRESS) is None
    shops = "Brisa Calzados S.L. authorises Jinjiang Hengfeng Footwear Co., Ltd to sell BRISA espadrilles in physical retail stores in Spain only."
    assert channel_exclusion(shops, Site.ALIBABA) == shops


@pytest.mark.parametrize("text, country, covers", [
    # The licensor's address beside the country named whole: the whole country.
    ("We, Aurelia Home Trading Sdn Bhd, Johor Bahru, authorise KedaiDapur Murah Enterprise to sell our knife blocks in Malaysia only.", "MY", True),
    # A part that qualifies the country's name, before or after it: only that part.
    ("Territory: Guangdong Province, China only", "CN", False),
    ("仅限中国广东省销售", "CN", False),
    ("Malaysia (Selangor) only", "MY", False),
])
def test_a_part_named_elsewhere_in_the_clause_does_not_narrow_the_country_named_whole(text, country, covers):
    clause = territory_clause(text, country)
    assert clause is not None and clause.covers(country) is covers
