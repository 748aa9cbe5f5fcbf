"""How sure a cited passage is, by where its facts come from: the platform's own pages, third-party pages (law firms,
vendors, associations, government guidance, copies of platform pages), or nothing but public code.

Every citation carries its passage's basis, and every front end shows it beside the source (`ask`, the chat, Slack).
A passage whose only sources are code repositories (what some program does with links, not a rule of the platform's)
is low confidence, and the answer says so in words, not only in its list of sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

PLATFORM = "platform"
THIRD_PARTY = "third_party"
CODE_REPOSITORY = "code_repository"

# The platforms' own domains: Alibaba Group's sites and IPP, and the other marketplaces whose programmes the corpus
# compares (their own rules pages are the platform's word for their programme).
PLATFORM_DOMAINS = (
    "alibabagroup.com", "alibaba.com", "alibaba-inc.com", "aliexpress.com", "1688.com", "taobao.com", "tmall.com",
    "lazada.com", "lazada.co.id", "lazada.com.my", "lazada.sg", "lazada.co.th", "lazada.vn", "lazada.com.ph",
    "miravia.es", "amazon.com", "ebay.com", "ebay.co.uk", "etsy.com", "temu.com", "shopee.com", "tiktok.com",
)
CODE_DOMAINS = ("github.com", "gitlab.com", "bitbucket.org", "gitee.com", "sourceforge.net")
# What each basis is called where a source is listed.
SHOWN = {
    PLATFORM: "the platform's own page",
    THIRD_PARTY: "third-party source, not the platform's own rules",
    CODE_REPOSITORY: "public code only, not the platform's rules: low confidence",
}


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _under(host: str, domains: Sequence[str]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def basis_of(urls: Sequence[str]) -> str | None:
    """The passage's basis from the addresses its facts come from; None when it names none."""
    hosts = [_host(url) for url in urls if url]
    if not hosts:
        return None
    if any(_under(host, PLATFORM_DOMAINS) for host in hosts):
        return PLATFORM
    if all(_under(host, CODE_DOMAINS) for host in hosts):
        return CODE_REPOSITORY
    return THIRD_PARTY


def low_confidence_note(citations: Sequence) -> str | None:
    """The sentence an answer ends with when some of its sources are public code only (by their numbers)."""
    weak = [str(c.n) for c in citations if c.basis == CODE_REPOSITORY]
    if not weak:
        return None
    which = f"source {weak[0]} rests" if len(weak) == 1 else f"sources {', '.join(weak[:-1])} and {weak[-1]} rest"
    return f"Low confidence: {which} only on public code in a code repository, not on the platform's own rules; check it in IPP."


def shown(basis: str | None) -> str | None:
    """What a list of sources says beside a citation not from the platform's own pages (None beside one that is)."""
    return None if basis in (None, PLATFORM) else SHOWN.get(basis)
