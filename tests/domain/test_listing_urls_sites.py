"""knowledge/rules/sites.yaml: every site is there, every shape's canonical link reads back as itself,
tracking parameters never survive, and a malformed file is a clear configuration error."""

from __future__ import annotations

import copy
import re

import pytest

from assistant.domain.listing_urls import check_listing_urls
from assistant.domain.listings.sites import HostRole, build_catalog, site_catalog
from assistant.domain.models import Site
from assistant.domain.rules import load_rules
from assistant.errors import ConfigurationError

RAW = load_rules("sites")


def sample_values(template: str) -> dict[str, str]:
    """Plausible values for the named fields of a canonical-link template."""
    values = {"id": "123456789", "country": "com.my"}
    return {name: values.get(name, "sample") for name in re.findall(r"{(\w+)}", template)}


def test_every_site_is_described_with_where_its_shapes_come_from():
    assert set(RAW["sites"]) == {site.value for site in Site}
    for key, entry in RAW["sites"].items():
        assert entry["label"] and entry["domains"] and entry["basis"], key
        if key not in {"taobao", "tmall"}:  # only these two have a platform help page behind them
            assert "public code" in entry["basis"], key


CANONICAL_SHAPES = [
    (key, shape) for key, entry in RAW["sites"].items() for shape in entry["shapes"] if shape["kind"] != "short_link"
]


@pytest.mark.parametrize(("site", "shape"), CANONICAL_SHAPES, ids=[f"{k}:{s['normalized']}" for k, s in CANONICAL_SHAPES])
def test_each_shapes_canonical_link_reads_back_as_itself(site, shape):
    link = shape["normalized"].format(**sample_values(shape["normalized"]))
    result = check_listing_urls(link).results[0]
    assert result.ok, [p.message for p in result.problems]
    assert (result.site.value, result.kind.value, result.normalized) == (site, shape["kind"], link)


@pytest.mark.parametrize(("site", "shape"), CANONICAL_SHAPES, ids=[f"{k}:{s['normalized']}" for k, s in CANONICAL_SHAPES])
def test_tracking_parameters_never_survive_normalisation(site, shape):
    link = shape["normalized"].format(**sample_values(shape["normalized"]))
    noise = "&".join(f"{name}=x1" for name in RAW["tracking_parameters"])
    noisy = link + ("&" if "?" in link else "?") + noise
    result = check_listing_urls(noisy).results[0]
    assert result.ok and result.normalized == link
    assert not any(f"{name}=" in result.normalized for name in RAW["tracking_parameters"])


def test_short_link_hosts_are_short_links_and_group_domains_are_not_lookalikes():
    catalog = site_catalog()
    for host, site in catalog.short_link_hosts.items():
        verdict = catalog.classify_host(host)
        assert verdict.role is HostRole.SHORT_LINK and verdict.site is site
    for domain in catalog.group_domains:
        assert catalog.classify_host("www." + domain).role is HostRole.GROUP_DOMAIN


def test_reserved_subdomains_are_never_shops():
    for link in ["https://www.taobao.com/", "https://login.tmall.com/", "https://s.1688.com/", "https://www.en.alibaba.com/"]:
        result = check_listing_urls(link).results[0]
        assert result.kind is None and result.problems[0].code.value == "not_a_listing", link


@pytest.mark.parametrize(
    "breakage",
    [
        lambda data: data["sites"].pop("aliexpress") and data["sites"].update({"ebay": {"label": "eBay"}}),
        lambda data: data["sites"]["taobao"]["shapes"][0].update(kind="listing"),
        lambda data: data["sites"]["tmall"]["shapes"][0].pop("normalized"),
        lambda data: data["sites"]["lazada"]["shapes"][0].update(host="(unclosed"),
    ],
)
def test_a_malformed_sites_file_is_a_configuration_error(breakage):
    data = copy.deepcopy(RAW)
    breakage(data)
    with pytest.raises(ConfigurationError) as error:
        build_catalog(data)
    assert "sites.yaml" in error.value.message


def test_general_shorteners_are_short_links_of_no_known_site():
    """bit.ly and the like hide where they lead: open and copy the address, never 'report it to that website'."""
    for link in ["http://bit.ly/3abcd", "https://tinyurl.com/y4x8k2", "bit.ly/xyz", "https://www.bit.ly/q"]:
        result = check_listing_urls(link).results[0]
        problem = result.problems[0]
        assert problem.code.value == "short_link" and result.site is None, link
        assert "a shortened link" in problem.message and "directly" not in problem.message, link
    # A look-alike of a shortener is not a shortener.
    assert check_listing_urls("https://bit.ly.example.com/x").results[0].problems[0].code.value != "short_link"
