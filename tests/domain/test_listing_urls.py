"""The listing-URL checker, one link at a time: each site's link shapes and their canonical form,
and every problem code with links that must produce it and links that must not."""

from __future__ import annotations

import pytest

from assistant.domain.listing_urls import ProblemCode, check_listing_urls
from assistant.domain.models import ListingKind, Site
from assistant.errors import BadInput

P, S = ListingKind.PRODUCT, ListingKind.SHOP

# (pasted link, site, kind, id, canonical link)
SITE_LINKS = [
    # AliExpress: regional and mobile hosts, .us/.ru, every item shape, stores
    ("https://www.aliexpress.com/item/1005006367324382.html", Site.ALIEXPRESS, P, "1005006367324382", "https://www.aliexpress.com/item/1005006367324382.html"),
    ("https://www.aliexpress.com/item/1005006367324382.html?spm=a2g0o.productlist.main.1&algo_pvid=3f1c&aff_fcid=9a8b&gatewayAdapt=glo2esp",
     Site.ALIEXPRESS, P, "1005006367324382", "https://www.aliexpress.com/item/1005006367324382.html"),
    ("https://es.aliexpress.com/item/1005004787627817.html", Site.ALIEXPRESS, P, "1005004787627817", "https://www.aliexpress.com/item/1005004787627817.html"),
    ("https://he.aliexpress.com/i/1005004787627817.html?spm=a2g0o.detail", Site.ALIEXPRESS, P, "1005004787627817", "https://www.aliexpress.com/item/1005004787627817.html"),
    ("http://fr.aliexpress.com/item/Fake-Leather-Bag/32812345678.html", Site.ALIEXPRESS, P, "32812345678", "https://www.aliexpress.com/item/32812345678.html"),
    ("https://m.aliexpress.com/item/32456521124.html?spm=a2g0n.home-amp.alsolike.32456521124", Site.ALIEXPRESS, P, "32456521124", "https://www.aliexpress.com/item/32456521124.html"),
    ("https://www.aliexpress.us/item/3256805123456789.html", Site.ALIEXPRESS, P, "3256805123456789", "https://www.aliexpress.com/item/3256805123456789.html"),
    ("https://aliexpress.ru/item/1005006367324382.html?sku_id=12000036", Site.ALIEXPRESS, P, "1005006367324382", "https://www.aliexpress.com/item/1005006367324382.html"),
    ("https://aliexpress.com/item/1005006367324382", Site.ALIEXPRESS, P, "1005006367324382", "https://www.aliexpress.com/item/1005006367324382.html"),
    ("https://www.aliexpress.com/store/product/Cheap-Bags/912345_32798765432.html", Site.ALIEXPRESS, P, "32798765432", "https://www.aliexpress.com/item/32798765432.html"),
    ("https://www.aliexpress.com/store/1101234567", Site.ALIEXPRESS, S, "1101234567", "https://www.aliexpress.com/store/1101234567"),
    ("https://pt.aliexpress.com/store/912345/pages/all-items.html?spm=a2g0o", Site.ALIEXPRESS, S, "912345", "https://www.aliexpress.com/store/912345"),
    ("https://www.aliexpress.com/store/all-wholesale-products/912345.html", Site.ALIEXPRESS, S, "912345", "https://www.aliexpress.com/store/912345"),
    # Alibaba.com
    ("https://www.alibaba.com/product-detail/Women-Leather-Handbag-Wholesale_1600123456789.html?spm=a2700.galleryofferlist",
     Site.ALIBABA, P, "1600123456789", "https://www.alibaba.com/product-detail/_1600123456789.html"),
    ("https://spanish.alibaba.com/product-detail/bolso_de_cuero_1601175379813.html", Site.ALIBABA, P, "1601175379813", "https://www.alibaba.com/product-detail/_1601175379813.html"),
    ("https://m.alibaba.com/product/60339405074/18650-li-ion-battery.html?s=p", Site.ALIBABA, P, "60339405074", "https://www.alibaba.com/product-detail/_60339405074.html"),
    ("https://acmeleather.en.alibaba.com/productlist.html?spm=a2700.shop_index", Site.ALIBABA, S, "acmeleather", "https://acmeleather.en.alibaba.com/"),
    ("https://AcmeLeather.en.alibaba.com", Site.ALIBABA, S, "acmeleather", "https://acmeleather.en.alibaba.com/"),
    # 1688
    ("https://detail.1688.com/offer/612345678901.html?spm=a26352.13672862", Site.S1688, P, "612345678901", "https://detail.1688.com/offer/612345678901.html"),
    ("https://m.1688.com/offer/612345678901.html", Site.S1688, P, "612345678901", "https://detail.1688.com/offer/612345678901.html"),
    ("https://detail.m.1688.com/page/index.html?offerId=612345678901", Site.S1688, P, "612345678901", "https://detail.1688.com/offer/612345678901.html"),
    ("https://shop1234567890abc.1688.com/page/offerlist.htm", Site.S1688, S, "shop1234567890abc", "https://shop1234567890abc.1688.com/"),
    # Taobao: the help page's shapes (id or item_id, any subdomain), mobile, world, shops
    ("https://item.taobao.com/item.htm?spm=a230r.1.14.1&id=612345678901&ns=1&abbucket=1", Site.TAOBAO, P, "612345678901", "https://item.taobao.com/item.htm?id=612345678901"),
    ("https://item.taobao.com/item.htm?item_id=612345678901", Site.TAOBAO, P, "612345678901", "https://item.taobao.com/item.htm?id=612345678901"),
    ("https://shop123.taobao.com/item.htm?id=612345678901", Site.TAOBAO, P, "612345678901", "https://item.taobao.com/item.htm?id=612345678901"),
    ("https://h5.m.taobao.com/awp/core/detail.htm?id=612345678901", Site.TAOBAO, P, "612345678901", "https://item.taobao.com/item.htm?id=612345678901"),
    ("https://world.taobao.com/item/612345678901.htm", Site.TAOBAO, P, "612345678901", "https://item.taobao.com/item.htm?id=612345678901"),
    ("https://shop57301234.taobao.com/?spm=a230r.7195193", Site.TAOBAO, S, "57301234", "https://shop57301234.taobao.com/"),
    ("https://fakebrandstore.taobao.com/index.htm", Site.TAOBAO, S, "fakebrandstore", "https://fakebrandstore.taobao.com/"),
    ("https://bagsoutlet.mall.taobao.com/", Site.TAOBAO, S, "bagsoutlet", "https://bagsoutlet.mall.taobao.com/"),
    # Tmall and Tmall.hk
    ("https://detail.tmall.com/item.htm?id=61234567890&skuId=4987654321&spm=a1z10", Site.TMALL, P, "61234567890", "https://detail.tmall.com/item.htm?id=61234567890"),
    ("https://chaoshi.detail.tmall.com/item.htm?id=61234567890", Site.TMALL, P, "61234567890", "https://detail.tmall.com/item.htm?id=61234567890"),
    ("https://detail.m.tmall.com/item.htm?item_id=61234567890", Site.TMALL, P, "61234567890", "https://detail.tmall.com/item.htm?id=61234567890"),
    ("https://detail.tmall.hk/hk/item.htm?id=61234567890", Site.TMALL, P, "61234567890", "https://detail.tmall.hk/hk/item.htm?id=61234567890"),
    ("https://nike.tmall.com/shop/view_shop.htm?spm=a1z10", Site.TMALL, S, "nike", "https://nike.tmall.com/"),
    ("https://somebrand.tmall.hk/", Site.TMALL, S, "somebrand", "https://somebrand.tmall.hk/"),
    # Lazada's six country sites
    ("https://www.lazada.sg/products/fake-bag-i123456789-s987654321.html?spm=a2o42.searchlist", Site.LAZADA, P, "123456789", "https://www.lazada.sg/products/i123456789.html"),
    ("https://www.lazada.com.my/products/redmi-note-11-i2804862797-s13429928234.html", Site.LAZADA, P, "2804862797", "https://www.lazada.com.my/products/i2804862797.html"),
    ("https://www.lazada.co.th/products/i5910320702.html", Site.LAZADA, P, "5910320702", "https://www.lazada.co.th/products/i5910320702.html"),
    ("https://www.lazada.co.id/products/sabun-mandi-cair-i8369824175-s14798968238.html", Site.LAZADA, P, "8369824175", "https://www.lazada.co.id/products/i8369824175.html"),
    ("https://www.lazada.com.ph/products/pdp-i2345678-s6789.html", Site.LAZADA, P, "2345678", "https://www.lazada.com.ph/products/i2345678.html"),
    ("https://m.lazada.vn/products/ao-thun-i1234567-s7654321.html", Site.LAZADA, P, "1234567", "https://www.lazada.vn/products/i1234567.html"),
    ("https://www.lazada.sg/shop/Fake-Bags-Official/?path=index.htm", Site.LAZADA, S, "fake-bags-official", "https://www.lazada.sg/shop/fake-bags-official"),
    # Miravia
    ("https://www.miravia.es/p/bolso-de-piel-i1361106617267911.html?spm=euspain", Site.MIRAVIA, P, "1361106617267911", "https://www.miravia.es/p/i1361106617267911.html"),
    ("https://www.miravia.es/p/i1373294636273528-s1234.html", Site.MIRAVIA, P, "1373294636273528", "https://www.miravia.es/p/i1373294636273528.html"),
]  # fmt: skip


def only(text: str, site: Site | str | None = None):
    """The single result for one pasted link."""
    report = check_listing_urls(text, site)
    assert len(report.results) == 1, [r.input for r in report.results]
    return report.results[0]


def codes(result) -> set[str]:
    return {problem.code.value for problem in result.problems}


@pytest.mark.parametrize(("link", "site", "kind", "listing_id", "normalized"), SITE_LINKS, ids=[row[0][:70] for row in SITE_LINKS])
def test_each_site_link_shape_is_recognised_and_normalised(link, site, kind, listing_id, normalized):
    result = only(link)
    assert (result.ok, result.site, result.kind, result.listing_id, result.normalized) == (True, site, kind, listing_id, normalized)
    assert result.problems == []
    again = only(normalized)  # the canonical link is a fixed point
    assert (again.ok, again.normalized, again.listing_id, again.kind) == (True, normalized, listing_id, kind)


def test_every_site_has_rows_in_the_table():
    assert {row[1] for row in SITE_LINKS} == set(Site)
    assert {(row[1], row[2]) for row in SITE_LINKS} >= {(site, P) for site in Site}


def test_scheme_less_links_on_a_known_host_are_read_as_https():
    result = only("www.aliexpress.com/item/1.html")
    assert result.ok and result.normalized == "https://www.aliexpress.com/item/1.html"
    assert only("item.taobao.com/item.htm?id=42").normalized == "https://item.taobao.com/item.htm?id=42"


def test_upper_case_scheme_and_host_and_a_port_are_accepted():
    result = only("HTTPS://WWW.ALIEXPRESS.COM:443/ITEM/1005.HTML")
    assert result.ok and result.normalized == "https://www.aliexpress.com/item/1005.html"


# --- one problem code at a time: links that produce it, and links that must not -----------------

PRODUCES = {
    ProblemCode.NOT_A_URL: [
        "https://", "htps://www.aliexpress.com/item/1.html", "https//www.aliexpress.com/item/1.html",
        "https:/www.aliexpress.com/item/1.html", "hxxps://www.aliexpress.com/item/1.html", "www.aliexpress",
        "1005006367324382", "https://www.aliexpress.com%/item/1.html",
    ],
    ProblemCode.UNSUPPORTED_SCHEME: [
        "ftp://www.aliexpress.com/item/1.html", "javascript:alert(1)", "data:text/html;base64,PGgxPg==",
        "file:///C:/links.txt", "mailto:seller@example.com",
    ],
    ProblemCode.UNKNOWN_SITE: [
        "https://www.amazon.com/dp/B0B5LM8XG9", "https://shop.example.com/item/1.html", "https://192.168.1.10/item/1.html",
        "https://xn--fiqs8s.com/item/1.html", "www.etsy.com/listing/12345",
    ],
    ProblemCode.LOOKALIKE_DOMAIN: [
        "https://аliexpress.com/item/1.html",  # Cyrillic 'а'
        "https://xn--liexpress-zyh.com/item/1.html",  # the same, in punycode
        "https://aliexpress.com.example.net/item/1.html", "https://www.aliexpress-deals.shop/item/1.html",
        "aliexpres.com/item/1.html", "https://a1iexpress.com/item/1.html", "https://www.taobaoo.com/item.htm?id=1",
        "https://tma1l.com/shop", "https://www.aliexpress.com@evil.example/item/1.html", "https://www.lazada.sg.evil.io/products/i1.html",
        "https://xn--tobao-4ve.com/item.htm?id=1",
    ],
    ProblemCode.NOT_A_LISTING: [
        "https://www.aliexpress.com/", "https://www.aliexpress.com/w/wholesale-leather-bag.html?SearchText=bag",
        "https://www.aliexpress.com/category/100003109/women-clothing.html", "https://shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm",
        "https://login.aliexpress.com/", "https://s.taobao.com/search?q=bag", "https://www.taobao.com", "https://item.taobao.com/item.htm",
        "https://list.tmall.com/search_product.htm?q=bag", "https://www.lazada.sg/catalog/?q=bag", "https://www.miravia.es/",
        "https://s.1688.com/selloffer/offer_search.htm?keywords=bag", "https://ae01.alicdn.com/kf/Sabc.jpg",
        "https://ipp.alibabagroup.com/", "https://www.alibaba.com/trade/search?SearchText=bag",
    ],
    ProblemCode.SHORT_LINK: [
        "https://s.click.aliexpress.com/e/_DmXyz12", "https://a.aliexpress.com/_mKjL9Cq", "https://m.tb.cn/h.5abcDEF?tk=xyz",
        "https://e.tb.cn/h.gAbC", "https://s.lazada.sg/s.abcd", "https://c.lazada.co.th/t/c.2Kyzso", "https://ali.ski/v47nz5",
        "https://www.alibaba.com/x/1l9vXz?ck=pdp", "s.click.aliexpress.com/e/_DmXyz12",
    ],
    ProblemCode.REDIRECT_LINK: [
        "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005.html&data=05",
        "https://www.google.com/url?q=https://item.taobao.com/item.htm?id=42&sa=D",
    ],
}  # fmt: skip

VALID = [row[0] for row in SITE_LINKS]


@pytest.mark.parametrize(("code", "link"), [(code, link) for code, links in PRODUCES.items() for link in links])
def test_link_produces_its_problem(code, link):
    result = only(link)
    assert not result.ok
    assert code.value in codes(result), [p.message for p in result.problems]
    assert result.normalized is None
    for problem in result.problems:
        assert problem.message.endswith(".") and len(problem.message) > 40


@pytest.mark.parametrize("code", list(PRODUCES))
def test_valid_links_never_produce_a_reading_problem(code):
    for link in VALID:
        assert code.value not in codes(only(link)), link


def test_short_links_are_named_with_their_site_and_never_fetched(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the checker tried to open a connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    result = only("https://s.click.aliexpress.com/e/_DmXyz12")
    assert result.site is Site.ALIEXPRESS and result.kind is None and result.listing_id is None
    assert "never opens links" in result.problems[0].message


def test_lookalike_messages_name_the_imitated_site():
    assert "AliExpress" in only("https://аliexpress.com/item/1.html").problems[0].message
    assert "Taobao" in only("https://xn--tobao-4ve.com/item.htm?id=1").problems[0].message
    assert "example.net" in only("https://aliexpress.com.example.net/item/1.html").problems[0].message


def test_genuine_hosts_and_ordinary_words_are_not_lookalikes():
    for link in ["https://www.small.com/shop", "https://www.lazarus.org/item/1", "https://www.mirage.es/p/1"]:
        assert codes(only(link)) == {"unknown_site"}, link


def test_not_a_listing_says_which_kind_of_page():
    assert "search results page" in only("https://s.taobao.com/search?q=bag").problems[0].message
    assert "home page" in only("https://www.aliexpress.com/").problems[0].message
    assert "image and file servers" in only("https://ae01.alicdn.com/kf/Sabc.jpg").problems[0].message


def test_redirect_link_names_the_listing_it_leads_to():
    result = only(PRODUCES[ProblemCode.REDIRECT_LINK][0])
    assert "https://www.aliexpress.com/item/1005.html" in result.problems[0].message


# --- problems that depend on the whole list ------------------------------------------------------


def test_site_mismatch_flags_links_from_another_site_than_the_chosen_one():
    report = check_listing_urls(
        ["https://item.taobao.com/item.htm?id=1", "https://detail.tmall.com/item.htm?id=2"], Site.TAOBAO
    )
    taobao, tmall = report.results
    assert taobao.ok and codes(tmall) == {"site_mismatch"}
    assert "Tmall" in tmall.problems[0].message and "Taobao" in tmall.problems[0].message
    assert tmall.problems[0].source and "chaoxiangtao" in tmall.problems[0].source
    assert report.notices == [["https://item.taobao.com/item.htm?id=1"]]
    assert report.site is Site.TAOBAO


def test_no_site_mismatch_without_a_chosen_site_or_for_the_chosen_site():
    links = ["https://item.taobao.com/item.htm?id=1", "https://detail.tmall.com/item.htm?id=2"]
    assert check_listing_urls(links).summary.problems == 0
    assert check_listing_urls(links[1:], "tmall").summary.problems == 0
    assert check_listing_urls(["https://detail.tmall.hk/hk/item.htm?id=3"], "Tmall.hk").summary.problems == 0


def test_the_site_can_be_named_in_words_and_unknown_names_list_the_choices():
    assert check_listing_urls("https://detail.1688.com/offer/1.html", " 1688 ").site is Site.S1688
    assert check_listing_urls("https://www.alibaba.com/product-detail/_1.html", "Alibaba.com").site is Site.ALIBABA
    with pytest.raises(BadInput) as error:
        check_listing_urls("https://www.aliexpress.com/item/1.html", "ebay")
    assert "aliexpress, alibaba, 1688, taobao, tmall, lazada, miravia" in error.value.message


def test_duplicate_points_at_the_first_occurrence_which_stays_ok():
    report = check_listing_urls(
        "https://www.aliexpress.com/item/77.html\n"
        "https://es.aliexpress.com/item/77.html?spm=x\n"
        "https://www.aliexpress.com/item/78.html\n"
        "https://m.aliexpress.com/i/77.html\n"
    )
    first, second, other, third = report.results
    assert first.ok and other.ok
    assert codes(second) == codes(third) == {"duplicate"}
    assert second.duplicate_of == third.duplicate_of == 1
    assert "input 1" in second.problems[0].message
    assert report.summary.duplicates == 2
    assert report.notices == [["https://www.aliexpress.com/item/77.html", "https://www.aliexpress.com/item/78.html"]]


def test_different_listings_and_product_versus_shop_are_not_duplicates():
    report = check_listing_urls(
        ["https://www.aliexpress.com/item/912345.html", "https://www.aliexpress.com/store/912345", "https://detail.tmall.com/item.htm?id=5",
         "https://detail.tmall.hk/hk/item.htm?id=5", "https://item.taobao.com/item.htm?id=5"]
    )  # fmt: skip
    assert report.summary.duplicates == 0


def test_mixed_kinds_flags_the_minority_kind():
    report = check_listing_urls(
        ["https://www.aliexpress.com/store/1", "https://www.aliexpress.com/item/2.html", "https://www.aliexpress.com/item/3.html"]
    )
    shop, product_a, product_b = report.results
    assert codes(shop) == {"mixed_kinds"} and product_a.ok and product_b.ok
    assert "1 shop link(s)" in shop.problems[0].message and shop.problems[0].source
    # the flagged link still goes into a notice of its own kind
    assert report.notices == [
        ["https://www.aliexpress.com/store/1"],
        ["https://www.aliexpress.com/item/2.html", "https://www.aliexpress.com/item/3.html"],
    ]


def test_mixed_kinds_on_a_tie_flags_the_kind_that_appears_later():
    report = check_listing_urls(["https://www.aliexpress.com/item/2.html", "https://www.aliexpress.com/store/1"])
    assert report.results[0].ok and codes(report.results[1]) == {"mixed_kinds"}
    report = check_listing_urls(["https://www.aliexpress.com/store/1", "https://www.aliexpress.com/item/2.html"])
    assert report.results[0].ok and codes(report.results[1]) == {"mixed_kinds"}


def test_no_mixed_kinds_for_one_kind_or_across_sites():
    same_kind = check_listing_urls(["https://www.aliexpress.com/store/1", "https://www.aliexpress.com/store/2"])
    across_sites = check_listing_urls(["https://www.aliexpress.com/item/2.html", "https://nike.tmall.com/"])
    assert same_kind.summary.problems == 0 and across_sites.summary.problems == 0


def test_already_in_active_complaint_uses_the_store_answer():
    seen: list[list[str]] = []

    def active(normalized: list[str]) -> set[str]:
        seen.append(normalized)
        return {"https://www.aliexpress.com/item/2.html"}

    report = check_listing_urls(
        ["https://es.aliexpress.com/item/2.html?spm=1", "https://www.aliexpress.com/item/3.html", "https://bad.example/x"],
        active_listings=active,
    )
    in_complaint, fresh, _ = report.results
    assert seen == [["https://www.aliexpress.com/item/2.html", "https://www.aliexpress.com/item/3.html"]]
    assert codes(in_complaint) == {"already_in_active_complaint"} and fresh.ok
    assert report.notices == [["https://www.aliexpress.com/item/3.html"]]


def test_no_active_complaint_problem_without_a_store_or_when_none_match():
    links = ["https://www.aliexpress.com/item/2.html"]
    assert check_listing_urls(links).results[0].ok
    assert check_listing_urls(links, active_listings=lambda urls: set()).results[0].ok
    assert check_listing_urls(links, active_listings=lambda urls: {"https://www.aliexpress.com/item/9.html"}).results[0].ok
