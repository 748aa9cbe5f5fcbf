"""The one reader of marketplace names: on their own (flags, form fields, command words) and inside sentences."""

from __future__ import annotations

import pytest

from assistant.domain.models import Site
from assistant.domain.site_names import parse_site, site_named, sites_mentioned
from assistant.errors import BadInput


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("aliexpress", Site.ALIEXPRESS), ("AliExpress", Site.ALIEXPRESS), ("Ali Express", Site.ALIEXPRESS),
        ("aliexpress.com", Site.ALIEXPRESS), ("Alibaba.com", Site.ALIBABA), ("alibaba", Site.ALIBABA),
        ("1688", Site.S1688), ("1688.com", Site.S1688), (" Taobao ", Site.TAOBAO), ("淘宝", Site.TAOBAO),
        ("Tmall.hk", Site.TMALL), ("tmallhk", Site.TMALL), ("T-mall", Site.TMALL), ("lazada.com", Site.LAZADA),
        ("www.miravia.es", Site.MIRAVIA), (Site.LAZADA, Site.LAZADA),
    ],
)
def test_a_name_on_its_own(name, site):
    assert site_named(name) is site and parse_site(name) is site


@pytest.mark.parametrize("name", ["ebay", "Alibaba Group", "aliexpress deals", "", "amazon.com"])
def test_other_names_are_not_sites(name):
    assert site_named(name) is None
    with pytest.raises(BadInput) as raised:
        parse_site(name)
    assert "Unknown site" in raised.value.message and "aliexpress, alibaba, 1688" in raised.value.message


def test_no_name_is_no_site():
    assert parse_site(None) is None and site_named(None) is None


def test_names_in_a_sentence_in_the_order_written():
    mentions = sites_mentioned("We sell on Tmall.hk and Taobao, not on AliExpress; Alibaba Group owns them all.")
    assert [(m.site, m.words) for m in mentions] == [(Site.TMALL, "Tmall.hk"), (Site.TAOBAO, "Taobao"), (Site.ALIEXPRESS, "AliExpress")]
    text = "We sell on Tmall.hk and Taobao"
    assert all(text[m.start : m.start + len(m.words)] == m.words for m in sites_mentioned(text))


def test_the_flag_the_chat_and_the_case_reader_agree():
    from assistant.agent.guided.case_words import find_site
    from assistant.domain.case_reading import read_case
    from assistant.retrieval.answer import check_site

    assert check_site("Tmall.hk") == "tmall"
    assert find_site("the fakes are on Taobao, not Tmall") is Site.TAOBAO
    assert read_case("we are the brand owner, fakes on Taobao, not Tmall").get("site") is Site.TAOBAO
