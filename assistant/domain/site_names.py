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

# Names on their own that the sentence patterns leave out.
_ALSO = {"tmallhk": Site.TMALL, "lazada.com": Site.LAZADA, "taobao.com": Site.TAOBAO, "miravia.es": Site.MIRAVIA}


def site_words(site: Site) -> str:
    """The pattern of one site's names (for a reader that matches an answer against each site in turn)."""
    return dict(SITE_PATTERNS)[site]


class SiteMention(NamedTuple):
    start: int  # where the name starts in the text
    site: Site
    words: str  # the name as written


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
