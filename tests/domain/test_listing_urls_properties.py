"""Properties of the listing-URL checker over generated input: it never raises, canonical links are
fixed points, and which links duplicate which does not depend on their order."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.domain.listing_urls import check_listing_urls
from assistant.domain.listings.sites import site_catalog

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

digits = st.text("0123456789", min_size=1, max_size=16)
slug = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20).filter(lambda s: not s.startswith("-"))
shop_name = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=3, max_size=12).filter(
    lambda s: not s.startswith(("shop", "www")) and s not in {"detail", "item", "login", "list", "m", "s"}
)
region = st.sampled_from(["www", "es", "fr", "pt", "ru", "de", "it", "nl", "ja", "ko", "ar", "he", "pl", "th", "tr", "vi", "m"])
country = st.sampled_from(["sg", "com.my", "co.th", "co.id", "com.ph", "vn"])
tracking = st.lists(
    st.sampled_from(site_catalog().tracking_parameters).flatmap(lambda key: digits.map(lambda value: f"{key}={value}")),
    max_size=3,
).map(lambda pairs: ("?" + "&".join(pairs)) if pairs else "")
scheme = st.sampled_from(["https://", "http://", "HTTPS://", "//", ""])


@st.composite
def listing_links(draw) -> str:
    """A link to a listing or shop on one of the sites, in one of its shapes, with tracking noise."""
    n, s = draw(digits), draw(slug)
    shapes = [
        lambda: f"{draw(region)}.aliexpress.com/item/{n}.html{draw(tracking)}",
        lambda: f"www.aliexpress.us/item/{s}/{n}.html",
        lambda: f"aliexpress.ru/i/{n}.html{draw(tracking)}",
        lambda: f"www.aliexpress.com/store/product/{s}/{draw(digits)}_{n}.html",
        lambda: f"www.aliexpress.com/store/{n}{draw(tracking)}",
        lambda: f"www.alibaba.com/product-detail/{s}_{n}.html{draw(tracking)}",
        lambda: f"{draw(shop_name)}.en.alibaba.com/productlist.html",
        lambda: f"detail.1688.com/offer/{n}.html{draw(tracking)}",
        lambda: f"{draw(shop_name)}.1688.com/",
        lambda: f"item.taobao.com/item.htm?spm=a1z10&id={n}",
        lambda: f"item.taobao.com/item.htm?item_id={n}&ns=1",
        lambda: f"shop{n}.taobao.com/",
        lambda: f"{draw(shop_name)}.taobao.com/index.htm",
        lambda: f"detail.tmall.com/item.htm?id={n}&skuId={draw(digits)}",
        lambda: f"detail.tmall.hk/hk/item.htm?id={n}",
        lambda: f"{draw(shop_name)}.tmall.com/{draw(tracking)}",
        lambda: f"www.lazada.{draw(country)}/products/{s}-i{n}-s{draw(digits)}.html{draw(tracking)}",
        lambda: f"www.lazada.{draw(country)}/shop/{s}/",
        lambda: f"www.miravia.es/p/{s}-i{n}.html{draw(tracking)}",
    ]
    link = shapes[draw(st.integers(0, len(shapes) - 1))]()
    prefix = draw(scheme)
    if prefix == "" and not link.startswith("www."):
        prefix = "https://"
    return prefix + link


url_pieces = st.sampled_from(
    ["https://", "http://", "//", "www.", "aliexpress.com", "xn--", "а", "taobao", ".com", "/item/", "?id=", "&", "=", "#",
     "@", ":", "1005", ".html", "[", "](", ")", "<", ">", "\"", "'", "，", "。", "\n", " ", "\ufffd", "\u200b", "javascript:",
     "s.click.aliexpress.com/e/", "%2F", "..", "-", "\x00", "\\", "【", "】"]
)  # fmt: skip
url_like_text = st.lists(st.one_of(url_pieces, st.text(max_size=5), digits), max_size=30).map("".join)


@SETTINGS
@given(st.text())
def test_never_raises_on_any_text(text):
    report = check_listing_urls(text)
    assert report.summary.total == len(report.results)
    assert report.summary.ok + report.summary.problems == report.summary.total


@SETTINGS
@given(url_like_text)
def test_never_raises_on_text_made_of_link_pieces(text):
    report = check_listing_urls(text, "aliexpress")
    for result in report.results:
        assert result.ok == (not result.problems)
        assert (result.normalized is None) or result.normalized.startswith("https://")


@SETTINGS
@given(st.lists(st.one_of(st.text(max_size=40), url_like_text), max_size=10))
def test_never_raises_on_a_sequence_of_lines(lines):
    report = check_listing_urls(lines)
    assert report.summary.total == len(report.results)
    assert report.summary.ok == sum(result.ok for result in report.results)
    for position, result in enumerate(report.results, start=1):
        assert result.position == position and 1 <= result.line <= len(lines)
        assert result.ok == (not result.problems)


@SETTINGS
@given(listing_links())
def test_a_listing_link_is_recognised_and_its_canonical_form_is_a_fixed_point(link):
    first = check_listing_urls(link).results
    assert len(first) == 1 and first[0].ok, (link, [p.message for p in first[0].problems])
    normalized = first[0].normalized
    assert normalized.startswith("https://") and "?" not in normalized.replace("item.htm?id=", "")
    again = check_listing_urls(normalized).results[0]
    assert again.ok and again.normalized == normalized
    assert (again.site, again.kind, again.listing_id) == (first[0].site, first[0].kind, first[0].listing_id)


@SETTINGS
@given(url_like_text)
def test_any_canonical_link_the_checker_produces_is_a_fixed_point(text):
    for result in check_listing_urls(text).results:
        if result.normalized is not None:
            again = check_listing_urls(result.normalized).results[0]
            assert again.ok and again.normalized == result.normalized


def duplicate_groups(links: list[str]) -> set[frozenset]:
    """Groups of pasted links that are one listing (as multisets of the pasted text), for groups of two or more."""
    members: dict[str, Counter] = {}
    for result in check_listing_urls(links).results:
        if result.normalized is not None:
            members.setdefault(result.normalized, Counter())[result.input] += 1
    return {frozenset(group.items()) for group in members.values() if sum(group.values()) > 1}


@SETTINGS
@given(st.lists(listing_links(), min_size=1, max_size=6).flatmap(lambda pool: st.lists(st.sampled_from(pool), max_size=12)), st.randoms())
def test_reordering_does_not_change_which_links_duplicate_which(links, random):
    shuffled = list(links)
    random.shuffle(shuffled)
    assert duplicate_groups(shuffled) == duplicate_groups(links)


@SETTINGS
@given(st.lists(listing_links(), min_size=1, max_size=5).flatmap(lambda pool: st.lists(st.sampled_from(pool), max_size=12)))
def test_every_duplicate_points_at_the_first_occurrence_of_its_listing(links):
    results = check_listing_urls(links).results
    first_of: dict[str, int] = {}
    for result in results:
        first = first_of.setdefault(result.normalized, result.position)
        if first == result.position:
            assert result.duplicate_of is None
        else:
            assert result.duplicate_of == first and "duplicate" in {p.code.value for p in result.problems}
