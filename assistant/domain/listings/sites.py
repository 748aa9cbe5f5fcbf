"""The marketplaces' link formats (knowledge/rules/sites.yaml), compiled once, and what a host name is.

A host is classified once and remembered: a pasted list repeats a handful of hosts thousands of times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any

from assistant.domain.listings.lookalikes import LookalikeFinder
from assistant.domain.models import Site
from assistant.domain.rules import load_rules
from assistant.errors import ConfigurationError

# Remembered hosts; the table is emptied when full so that a hostile paste cannot grow it without bound.
_HOST_TABLE_LIMIT = 50_000


class HostRole(Enum):
    LISTING_HOST = "listing_host"  # on a site, with shapes that may match the path
    SITE_PAGE = "site_page"  # on a site, but no listing can live here (home, search, login hosts)
    SHORT_LINK = "short_link"
    GROUP_DOMAIN = "group_domain"  # Alibaba Group, but not a marketplace (images, cloud, payments)
    LOOKALIKE = "lookalike"
    UNKNOWN = "unknown"
    INVALID = "invalid"  # not a host name at all


# Host names: labels of letters (any alphabet), digits, hyphens and underscores; or a bracketed IPv6 address.
_HOST_SYNTAX = re.compile(r"(?:[\w-]+\.)*[\w-]+|\[[0-9a-f:.]+\]")


@dataclass(frozen=True, slots=True)
class Shape:
    """One link format of a site, as applied to one host (the host's named groups already taken)."""

    site: Site
    kind: str  # "product", "shop" or "short_link"
    path: re.Pattern[str] | None
    query_id: re.Pattern[str] | None
    normalized: str
    host_groups: dict[str, str]
    # When the canonical link needs only the id: the text before and after it (joining is faster than format).
    around_id: tuple[str, str] | None = None

    def read(self, path: str, query: str | None) -> tuple[str, str] | None:
        """(listing id, canonical link) when `path` and `query` have this shape, else None.

        Short links have neither: they give ("", "").
        """
        matched = None
        if self.path is not None:
            matched = self.path.match(path)
            if matched is None:
                return None
        if self.query_id is not None:
            found = self.query_id.search(query) if query else None
            if found is None:
                return None
            listing_id = found.group("id")
        elif matched is not None and "id" in self.path.groupindex:
            listing_id = matched.group("id")
        else:
            listing_id = self.host_groups.get("id", "")
        if self.kind == "short_link":
            return "", ""
        listing_id = listing_id.lower()
        if self.around_id is not None:
            return listing_id, self.around_id[0] + listing_id + self.around_id[1]
        values = {**self.host_groups, **(matched.groupdict() if matched is not None else {}), "id": listing_id}
        return listing_id, self.normalized.format_map(values)


@dataclass(frozen=True, slots=True)
class HostVerdict:
    role: HostRole
    site: Site | None = None
    shapes: tuple[Shape, ...] = ()
    brand: str | None = None  # for look-alikes: the brand imitated
    detail: str | None = None  # look-alike reason, or what a group domain is


@dataclass(frozen=True, slots=True)
class _ShapeRule:
    site: Site
    kind: str
    host: re.Pattern[str]
    except_hosts: frozenset[str]
    path: re.Pattern[str] | None
    query_id: re.Pattern[str] | None
    normalized: str


@dataclass
class SiteCatalog:
    """Every covered site's domains, link shapes and short-link hosts."""

    labels: dict[Site, str]
    basis: dict[Site, str]
    domains: dict[str, Site]
    short_link_hosts: dict[str, Site]
    group_domains: dict[str, str]
    tracking_parameters: tuple[str, ...]
    rules: tuple[_ShapeRule, ...]
    lookalikes: LookalikeFinder
    general_short_link_hosts: frozenset[str] = frozenset()  # bit.ly and the like: no site known
    _hosts: dict[str, HostVerdict] = field(default_factory=dict)

    def label(self, site: Site | None) -> str:
        return self.labels.get(site, "an unknown site") if site else "an unknown site"

    def brand_label(self, brand: str) -> str:
        """How people name the site a brand word ('aliexpress', '1688') stands for."""
        for domain, site in self.domains.items():
            if domain.split(".")[0] == brand:
                return self.labels[site]
        return brand

    def site_names(self) -> str:
        return ", ".join(self.labels.values())

    def site_of_domain(self, host: str) -> tuple[Site, str] | tuple[None, None]:
        """The site whose registrable domain `host` is or ends in, and that domain."""
        labels = host.split(".")
        for start in range(len(labels) - 1):
            candidate = ".".join(labels[start:])
            if candidate in self.domains:
                return self.domains[candidate], candidate
        return None, None

    def classify_host(self, host: str) -> HostVerdict:
        """What `host` (lower case, no port) is: a listing host of a site, a short-link host, a look-alike..."""
        verdict = self._hosts.get(host)
        if verdict is None:
            if len(self._hosts) >= _HOST_TABLE_LIMIT:
                self._hosts.clear()
            verdict = self._hosts[host] = self._classify(host)
        return verdict

    def _classify(self, host: str) -> HostVerdict:
        if not _HOST_SYNTAX.fullmatch(host):
            return HostVerdict(HostRole.INVALID, detail="the site name has characters a web address cannot have")
        ending = host.rpartition(".")[2]
        if ending in self.lookalikes.brands:  # "aliexpress", "www.aliexpress": cut short
            return HostVerdict(HostRole.INVALID, detail="the site name is incomplete")
        if host in self.short_link_hosts:
            return HostVerdict(HostRole.SHORT_LINK, site=self.short_link_hosts[host])
        if host.removeprefix("www.") in self.general_short_link_hosts:
            return HostVerdict(HostRole.SHORT_LINK)  # where it leads is unknown until opened
        site, _ = self.site_of_domain(host)
        if site is not None:
            shapes = []
            for rule in self.rules:
                if rule.site is not site or host in rule.except_hosts:
                    continue
                match = rule.host.match(host)
                if match:
                    groups = {k: v for k, v in match.groupdict().items() if v is not None}
                    around_id = None
                    if not groups and rule.normalized.count("{") == 1 and "{id}" in rule.normalized:
                        before, _, after = rule.normalized.partition("{id}")
                        around_id = (before, after)
                    shapes.append(Shape(site, rule.kind, rule.path, rule.query_id, rule.normalized, groups, around_id))
            role = HostRole.LISTING_HOST if shapes else HostRole.SITE_PAGE
            return HostVerdict(role, site=site, shapes=tuple(shapes))
        for domain, description in self.group_domains.items():
            if host == domain or host.endswith("." + domain):
                return HostVerdict(HostRole.GROUP_DOMAIN, detail=description)
        found = self.lookalikes.find(host)
        if found:
            brand, reason = found
            return HostVerdict(HostRole.LOOKALIKE, brand=brand, detail=reason)
        return HostVerdict(HostRole.UNKNOWN)


def _compile_query_id(names: list[str] | None) -> re.Pattern[str] | None:
    if not names:
        return None
    # `;` also separates parameters in older links.
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?:^|[&;])(?:{alternatives})=(?P<id>\d+)")


def _compile_rule(site: Site, raw: dict[str, Any]) -> _ShapeRule:
    kind = raw["kind"]
    if kind not in {"product", "shop", "short_link"}:
        raise ConfigurationError(f"sites.yaml: {site.value} has a shape of unknown kind {kind!r}.")
    if kind != "short_link" and not raw.get("normalized"):
        raise ConfigurationError(f"sites.yaml: a {site.value} {kind} shape has no `normalized` link.")
    if kind != "short_link" and not raw.get("query_id") and "(?P<id>" not in raw["host"] + (raw.get("path") or ""):
        raise ConfigurationError(f"sites.yaml: a {site.value} {kind} shape does not say where the id is.")
    return _ShapeRule(
        site=site,
        kind=kind,
        host=re.compile(raw["host"]),
        except_hosts=frozenset(raw.get("except_hosts") or ()),
        path=re.compile(raw["path"], re.IGNORECASE) if raw.get("path") else None,
        query_id=_compile_query_id(raw.get("query_id")),
        normalized=raw.get("normalized") or "",
    )


def build_catalog(data: dict[str, Any]) -> SiteCatalog:
    """Compile the parsed sites.yaml into a catalog (raises ConfigurationError when it is malformed)."""
    try:
        labels, basis, domains, short_hosts, rules = {}, {}, {}, {}, []
        for key, entry in data["sites"].items():
            site = Site(str(key))
            labels[site] = entry["label"]
            basis[site] = entry.get("basis", "")
            for domain in entry["domains"]:
                domains[domain] = site
            for host in entry.get("short_link_hosts") or ():
                short_hosts[host] = site
            rules.extend(_compile_rule(site, raw) for raw in entry["shapes"])
        brands = sorted({domain.split(".")[0] for domain in domains})
        return SiteCatalog(
            labels=labels,
            basis=basis,
            domains=domains,
            short_link_hosts=short_hosts,
            group_domains=dict(data.get("group_domains") or {}),
            tracking_parameters=tuple(data.get("tracking_parameters") or ()),
            rules=tuple(rules),
            lookalikes=LookalikeFinder(brands=brands),
            general_short_link_hosts=frozenset(data.get("general_short_link_hosts") or ()),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ConfigurationError(f"knowledge/rules/sites.yaml is malformed: {exc!r}") from exc


@lru_cache(maxsize=1)
def site_catalog() -> SiteCatalog:
    """The catalog built from knowledge/rules/sites.yaml (read once per process)."""
    return build_catalog(load_rules("sites"))
