"""Which seller (shop) a listing link names, when the link itself says: a shop link, an AliExpress product link under
/store/product/ (it carries the store id), or an Alibaba.com product page on a supplier's own subdomain."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pydantic import BaseModel

_ALIEXPRESS_STORE_PRODUCT = re.compile(r"^/store/product/[^/]+/(?P<store>\d+)_\d+\.html?$", re.I)
_ALIBABA_SUPPLIER = re.compile(r"^(?P<id>[a-z0-9][a-z0-9-]*)\.(?:m\.)?en\.alibaba\.com$", re.I)
_NOT_SUPPLIERS = {"www", "m"}
SHOP_URL = {
    "aliexpress": "https://www.aliexpress.com/store/{id}",
    "alibaba": "https://{id}.en.alibaba.com/",
}


class SellerRef(BaseModel):
    """A seller as the team's links identify it: the site and the shop's id there."""

    site: str
    seller_id: str
    shop_url: str | None = None


def seller_of(url: str, site: str | None, kind: str | None, listing_id: str | None, normalized: str | None = None) -> SellerRef | None:
    """The seller a link names, or None when the link does not say (most product links do not)."""
    if not site:
        return None
    if kind is None:  # a listing saved as given: the checker says what it is
        from assistant.domain.listing_urls import check_listing_urls

        result = check_listing_urls([url], site).results[0]
        kind, listing_id, normalized = result.kind, result.listing_id, result.normalized or normalized
    if kind == "shop" and listing_id:
        return SellerRef(site=site, seller_id=listing_id, shop_url=normalized)
    parts = urlsplit(url.strip() if "://" in url else f"https://{url.strip()}")
    host = (parts.hostname or "").lower()
    if site == "aliexpress" and (found := _ALIEXPRESS_STORE_PRODUCT.match(parts.path)):
        return SellerRef(site=site, seller_id=found.group("store"), shop_url=SHOP_URL["aliexpress"].format(id=found.group("store")))
    if site == "alibaba" and (found := _ALIBABA_SUPPLIER.match(host)) and found.group("id") not in _NOT_SUPPLIERS:
        return SellerRef(site=site, seller_id=found.group("id"), shop_url=SHOP_URL["alibaba"].format(id=found.group("id")))
    return None
