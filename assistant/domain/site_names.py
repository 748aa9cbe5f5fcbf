"""Marketplace names as people write them: one table, read two ways.

- ``site_named``/``parse_site``: a name given on its own (a ``--site`` flag, a form field, a word of a Slack command):
  'AliExpress', 'alibaba.com', 'Tmall.hk', '1688'.
- ``sites_mentioned``: the names in a sentence ("our listings are on Taobao, not Tmall"), with where each stands,
  so the reader can skip the negated ones by its own rule.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.domain.models import Site
from assistant.errors import BadInput

# The marketplaces' names as people write them (the case reader, the drafting dialogue and the flags read this table).
SITE_PATTERNS: list[tuple[Site, str]] = [
    (Site.ALIEXPRESS, r"\bali\s?express\b|\baliexpress\.com\b"),
    (Site.ALIBABA, r"\balibaba\.com\b|\balibaba\b(?!\s+group)(?![.\w])"),
    # Written inside Chinese ("被1688商家盗用") there is no word boundary; a price ("1688元") is not the site.
    (Site.S1688, r"\b1688(?:\.com)?\b|(?<=[\u4e00-\u9fff])1688(?![0-9元块]|\.\d)"),
    (Site.TAOBAO, r"\btaobao\b|淘宝"),
    (Site.TMALL, r"\bt-?mall(?:\.hk)?\b|天猫"),
    (Site.LAZADA, r"\blazada\b"),
    (Site.MIRAVIA, r"\bmiravia\b"),
]
_COMPILED = [(site, re.compile(pattern, re.I)) for site, pattern in SITE_PATTERNS]

# Marketplaces outside Alibaba Group's IP Protection Platform, by the name the guide would write (English) and the names
# people use: the scope reader declines questions about them, and the appeal triage says when a counter-notice is
# addressed to one of them.
OTHER_MARKETPLACE_NAMES: dict[str, str] = {
    "amazon": r"\bamazon\b|亚马逊",
    "ebay": r"\bebay\b",
    "etsy": r"\betsy\b",
    "shopee": r"\bshopee\b|虾皮",
    "temu": r"\btemu\b",
    "tiktok": r"\btiktok\b",
    "douyin": r"\bdouyin\b|抖音",
    "mercado libre": r"\bmercado\s*libre\b",
    "walmart": r"\bwalmart\b",
    "wish.com": r"\bwish\.com\b",
    "shein": r"\bshein\b|希音",
    "pinduoduo": r"\bpinduoduo\b|拼多多",
    "jd.com": r"\bjd\.com\b|京东",
    "rakuten": r"\brakuten\b|楽天",
    "zalando": r"\bzalando\b",
    "allegro": r"\ballegro\b",
    "flipkart": r"\bflipkart\b",
    "kaufland": r"\bkaufland\b",
    "otto.de": r"\botto\.de\b",
    "bol.com": r"\bbol\.com\b",
    "xianyu": r"\b(?:xianyu|goofish)\b|闲鱼",
}
# How each of them is written in a reply.
OTHER_MARKETPLACE_LABELS: dict[str, str] = {
    "amazon": "Amazon", "ebay": "eBay", "etsy": "Etsy", "shopee": "Shopee", "temu": "Temu", "tiktok": "TikTok Shop",
    "douyin": "Douyin", "mercado libre": "Mercado Libre", "walmart": "Walmart", "wish.com": "Wish", "shein": "Shein",
    "pinduoduo": "Pinduoduo", "jd.com": "JD.com", "rakuten": "Rakuten", "zalando": "Zalando", "allegro": "Allegro",
    "flipkart": "Flipkart", "kaufland": "Kaufland", "otto.de": "Otto", "bol.com": "bol.com", "xianyu": "Xianyu",
}

# Names on their own that the sentence patterns leave out.
_ALSO = {"tmallhk": Site.TMALL, "lazada.com": Site.LAZADA, "taobao.com": Site.TAOBAO, "miravia.es": Site.MIRAVIA}


def site_words(site: Site) -> str:
    """The pattern of one site's names (for a reader that matches an answer against each site in turn)."""
    return dict(SITE_PATTERNS)[site]


class SiteMention(NamedTuple):
    start: int  # where the name starts in the text
    site: Site
    words: str  # the name as written


def other_marketplaces_mentioned(text: str) -> list[str]:
    """The marketplaces outside the IP Protection Platform that the text names, as a reply writes them, in the table's order."""
    return [OTHER_MARKETPLACE_LABELS[name] for name, pattern in OTHER_MARKETPLACE_NAMES.items() if re.search(pattern, text, re.I)]


def site_named(value: Site | str | None) -> Site | None:
    """The site a name given on its own stands for ('Taobao', 'alibaba.com', Site.TMALL), or None."""
    if value is None or isinstance(value, Site):
        return value
    key = str(value).strip().lower().removeprefix("www.")
    if key in _ALSO:
        return _ALSO[key]
    for site, pattern in _COMPILED:
        if key == site.value or pattern.fullmatch(key):
            return site
    return None


def parse_site(value: Site | str | None) -> Site | None:
    """The site a name given on its own stands for; None for no name; BadInput naming the choices for an unknown one."""
    if value is None:
        return None
    site = site_named(value)
    if site is None:
        choices = ", ".join(s.value for s in Site)
        raise BadInput(f"Unknown site {str(value)[:60]!r}. Choose one of: {choices}.", hint=f"Allowed sites: {choices}.")
    return site


def sites_mentioned(text: str) -> list[SiteMention]:
    """Every marketplace name in the text, in the order written."""
    found = [SiteMention(m.start(), site, m.group(0)) for site, pattern in _COMPILED for m in pattern.finditer(text)]
    return sorted(found, key=lambda mention: mention.start)
