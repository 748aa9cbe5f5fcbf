"""One pasted word: is it a link, which site, which listing, and its canonical form.

This is the hot path (a pasted list can hold hundreds of thousands of links): plain string tests
first, precompiled expressions, and host classification remembered per host by the catalog.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from urllib.parse import unquote

from assistant.domain.listings import problems as say
from assistant.domain.listings.problems import ProblemCode
from assistant.domain.listings.sites import HostRole, SiteCatalog
from assistant.domain.models import ListingKind, Site

_WEB = re.compile(r"(?:https?:)?//([^/?#\\]*)([^?#]*)(?:\?([^#]*))?", re.IGNORECASE)
_LETTERS = frozenset(string.ascii_letters)
_SCHEME_CHARS = _LETTERS | frozenset(string.digits + "+.-")
_OTHER_SCHEME = re.compile(
    r"(javascript|data|file|ftp|ftps|mailto|tel|sms|vbscript|about|blob|chrome|intent|magnet|ws|wss|ssh|git|market"
    r"|itms-apps|taobao|tbopen|aliexpress|lazada):",
    re.IGNORECASE,
)
# A host name without a scheme (www.aliexpress.com/item/1.html): labels, then a top-level domain of letters.
_BARE_HOST = re.compile(r"((?:[\w-]+\.)+(?:[^\W\d_]{2,}|xn--[\w-]+))(?::\d+)?(?=[/?#]|$)")
_BRAND_WORD = re.compile(r"aliexpress|alibaba|1688|taobao|tmall|lazada|miravia|tb\.cn", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"\d{6,}")
# Chinese, Japanese, Korean and full-width characters: pasted text often runs straight on after a link.
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_EMBEDDED_LINK = re.compile(r"https?://[^\s&\"'<>]+", re.IGNORECASE)
_HTTP_TYPOS = frozenset({"htp", "htps", "htt", "htts", "httpss", "hhttp", "hhttps", "ttp", "ttps"})

_PAGE_KINDS = (
    (re.compile(r"search|wholesale|/w/|[?&](?:q|keywords?|searchtext)=", re.IGNORECASE), "a search results page"),
    (re.compile(r"categor|/c/|catalog", re.IGNORECASE), "a category page"),
    (re.compile(r"cart|basket", re.IGNORECASE), "a shopping-cart page"),
    (re.compile(r"login|signin|sign-in|passport|register", re.IGNORECASE), "a sign-in page"),
)
_HOME_PATHS = frozenset({"", "/", "/index.htm", "/index.html", "/home", "/home.htm", "/home.html"})
_KINDS = {"product": ListingKind.PRODUCT, "shop": ListingKind.SHOP}


@dataclass(slots=True)
class ParsedLink:
    """What one pasted link is: its site, kind, id and canonical form, or the one reason it is unusable."""

    text: str
    site: Site | None = None
    kind: ListingKind | None = None
    listing_id: str | None = None
    normalized: str | None = None
    problem: tuple[ProblemCode, str] | None = None


def parse_word(word: str, catalog: SiteCatalog, *, alone_on_line: bool = False) -> ParsedLink | None:
    """Read one pasted word; None when it is ordinary text rather than an attempt at a link."""
    head = word[:8].lower()
    if head.startswith(("https://", "http://")) or word.startswith("//"):
        return parse_web_link(word, word, catalog)
    if "://" in word:
        start = _scheme_start(word, word.index("://"))
        if start is not None:
            link = word[start:]  # drops a label glued in front, as in "Link:https://..."
            scheme = link[: link.index("://")].lower()
            if scheme in ("http", "https"):
                return parse_web_link(link, link, catalog)
            if scheme in ("hxxp", "hxxps"):
                return ParsedLink(word, problem=(ProblemCode.NOT_A_URL, say.defanged_link()))
            if scheme in _HTTP_TYPOS:
                return ParsedLink(word, problem=(ProblemCode.NOT_A_URL, say.not_a_url(f"'{scheme}' is not 'https'")))
            return ParsedLink(word, problem=(ProblemCode.UNSUPPORTED_SCHEME, say.unsupported_scheme(scheme)))
    other = _OTHER_SCHEME.match(word)
    if other is not None:
        return ParsedLink(word, problem=(ProblemCode.UNSUPPORTED_SCHEME, say.unsupported_scheme(other.group(1).lower())))
    bare = _BARE_HOST.match(word)
    if bare is not None and (bare.end() < len(word) or head.startswith("www.")):
        return parse_web_link(word, "//" + word, catalog)
    if "www." in head or "//" in word or ("/" in word and _BRAND_WORD.search(word)) or head.startswith(("http:", "https:")):
        return ParsedLink(word, problem=(ProblemCode.NOT_A_URL, say.not_a_url()))
    if alone_on_line and _LONG_NUMBER.fullmatch(word):
        return ParsedLink(word, problem=(ProblemCode.NOT_A_URL, say.not_a_url("it is only a number, not the listing's link")))
    return None


def _scheme_start(word: str, colon: int) -> int | None:
    """Where the scheme before `word[colon:]` == '://...' begins (it starts with a letter), or None."""
    start = colon
    while start > 0 and word[start - 1] in _SCHEME_CHARS:
        start -= 1
    while start < colon and word[start] not in _LETTERS:
        start += 1
    return start if start < colon else None


def parse_web_link(text: str, link: str, catalog: SiteCatalog) -> ParsedLink:
    """Classify an http(s) or scheme-less link (`link` starts with the scheme or with //)."""
    if not link.isascii():
        if "\ufffd" in link:
            return ParsedLink(text, problem=(ProblemCode.NOT_A_URL, say.unreadable_characters()))
        link, text = _cut_trailing_cjk(link, text)
    netloc, path, query = _WEB.match(link).groups()
    return parse_link_parts(text, netloc, path, query, catalog)


def parse_link_parts(text: str, netloc: str, path: str, query: str | None, catalog: SiteCatalog) -> ParsedLink:
    """Classify a web link already split into its host part, path and query."""
    host = netloc
    userinfo = None
    if "@" in host:
        userinfo, host = host.rsplit("@", 1)
    if ":" in host and not host.startswith("["):
        host = host.split(":", 1)[0]
    host = host.lower().rstrip(".")
    if not host:
        return ParsedLink(text, problem=(ProblemCode.NOT_A_URL, say.not_a_url("it has no site name")))
    verdict = catalog.classify_host(host)
    role = verdict.role
    if role is HostRole.LISTING_HOST:
        for shape in verdict.shapes:
            found = shape.read(path, query)
            if found is None:
                continue
            if shape.kind == "short_link":
                return _short_link(text, host, shape.site, catalog)
            return ParsedLink(text, shape.site, _KINDS[shape.kind], *found)
        return ParsedLink(text, site=verdict.site, problem=_not_a_listing(path, query, verdict.site, catalog))
    if role is HostRole.SITE_PAGE:
        return ParsedLink(text, site=verdict.site, problem=_not_a_listing(path, query, verdict.site, catalog))
    if role is HostRole.SHORT_LINK:
        return _short_link(text, host, verdict.site, catalog)
    if role is HostRole.GROUP_DOMAIN:
        return ParsedLink(text, problem=(ProblemCode.NOT_A_LISTING, say.group_domain(host, verdict.detail or "")))
    if role is HostRole.LOOKALIKE:
        message = say.lookalike_domain(host, catalog.brand_label(verdict.brand or ""), verdict.detail or "")
        return ParsedLink(text, problem=(ProblemCode.LOOKALIKE_DOMAIN, message))
    if role is HostRole.INVALID:
        return ParsedLink(text, problem=(ProblemCode.NOT_A_URL, say.not_a_url(verdict.detail or "")))
    if userinfo and _BRAND_WORD.search(userinfo):
        reason = "the part before '@' only looks like the address; the link really goes to " + host
        return ParsedLink(text, problem=(ProblemCode.LOOKALIKE_DOMAIN, say.lookalike_domain(host, userinfo, reason)))
    target = _embedded_listing(query, catalog) if query else None
    if target is not None:
        return ParsedLink(text, problem=(ProblemCode.REDIRECT_LINK, say.redirect_link(host, target)))
    return ParsedLink(text, problem=(ProblemCode.UNKNOWN_SITE, say.unknown_site(host, catalog.site_names())))


def _short_link(text: str, host: str, site: Site | None, catalog: SiteCatalog) -> ParsedLink:
    return ParsedLink(text, site=site, problem=(ProblemCode.SHORT_LINK, say.short_link(host, catalog.label(site) if site else None)))


def _cut_trailing_cjk(link: str, text: str) -> tuple[str, str]:
    """Cut the link where Chinese (or other full-width) text runs on after its path, as in '...?id=1谢谢'."""
    start = link.find("/", link.find("//") + 2)
    if start < 0:
        return link, text
    found = _CJK.search(link, start)
    if found is None:
        return link, text
    cut = len(link) - found.start()
    return link[: found.start()], text[: len(text) - cut]


def _not_a_listing(path: str, query: str | None, site: Site | None, catalog: SiteCatalog) -> tuple[ProblemCode, str]:
    if path in _HOME_PATHS and not query:
        page = "the site's home page"
    else:
        where = f"{path}?{query}" if query else path
        page = next((name for pattern, name in _PAGE_KINDS if pattern.search(where)), "a page")
    return ProblemCode.NOT_A_LISTING, say.not_a_listing(page, catalog.label(site))


def _embedded_listing(query: str, catalog: SiteCatalog) -> str | None:
    """The marketplace listing a redirect link (e-mail safety link, search engine) leads to, if any."""
    if "http" not in query.lower():
        return None
    for candidate in _EMBEDDED_LINK.findall(unquote(query)):
        inner = parse_web_link(candidate, candidate, catalog)
        if inner.normalized is not None:
            return inner.normalized
    return None
