"""The listing-URL checker: every pasted link read on its own, then the rules that look at the whole
list (site chosen, duplicates, links already in an open complaint, product and shop links mixed), then
the usable links split into notices of at most 300.

Choices made where the platform publishes nothing:
- A link is usable when it is a recognised listing, the first occurrence of it, on the chosen site (if
  one was chosen) and not already in an open complaint. Only usable links go into notices.
- Product and shop links mixed: per site, the links of the less common kind are flagged (on a tie, the
  kind that appears later). They stay usable: the notices already keep kinds apart, and the problem tells
  the person to file them in a complaint of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from assistant.domain.listings import problems as say
from assistant.domain.listings.parsing import ParsedLink, parse_link_parts, parse_word
from assistant.domain.listings.pasted_text import CLEAN_LINK_LINE, numbered_lines, words
from assistant.domain.listings.problems import ProblemCode
from assistant.domain.listings.report import UrlProblem, UrlReport, UrlSummary, trusted_problem, trusted_result
from assistant.domain.listings.sites import SiteCatalog, site_catalog
from assistant.domain.models import ListingKind, Site
from assistant.domain.site_names import parse_site
from assistant.domain.rules import load_rules, max_listings_per_complaint

# Given canonical links: those an open complaint holds, as a set, or as a mapping to the name of the complaint holding each.
ActiveListings = Callable[[list[str]], set[str] | Mapping[str, str]]


def coerce_site(site: Site | str | None) -> Site | None:
    """The Site a person named ('Taobao', 'alibaba.com', Site.TMALL), or BadInput listing the choices."""
    return parse_site(site)


def check_listing_urls(
    text_or_lines: str | Iterable[str],
    site: Site | str | None = None,
    *,
    active_listings: ActiveListings | None = None,
) -> UrlReport:
    """Check pasted listing links: site, kind, id and canonical link of each, problems, and the notices to file.

    `active_listings` receives the canonical links of the usable listings and returns those already in an
    open complaint.
    """
    chosen = coerce_site(site)
    catalog = site_catalog()
    links, lines, skipped = _read_links(text_or_lines, catalog)
    results, report_results = _each_link(links, lines, chosen, catalog)

    usable = [r for r in results if r["normalized"] is not None and not r["problems"]]
    if active_listings is not None and usable:
        _mark_active(results, active_listings([r["normalized"] for r in usable]))
        usable = [r for r in usable if not r["problems"]]
    _mark_mixed_kinds(usable, catalog)
    notices = _notices(usable, max_listings_per_complaint(), catalog)
    summary = _settle(results, skipped)
    return UrlReport.model_construct(site=chosen, results=report_results, notices=notices, summary=summary)


def _each_link(links: list[ParsedLink], lines: list[int], chosen: Site | None, catalog: SiteCatalog) -> tuple[list[dict], list]:
    """Each link's own problems, a site other than the chosen one, and repeats: the results' values (each dict is
    also the __dict__ of the UrlResult beside it, so later rules mark both at once)."""
    results: list[dict] = []
    report_results = []
    first_position: dict[str, int] = {}
    # Problems found while reading repeat (the same short-link host, the same search page): built once each.
    shared_problems: dict[tuple[ProblemCode, str], UrlProblem] = {}
    for index, link in enumerate(links):
        if link.problem is None:
            problems = []
        else:
            problem = shared_problems.get(link.problem)
            if problem is None:
                problem = shared_problems[link.problem] = trusted_problem(*link.problem)
            problems = [problem]
        duplicate_of = None
        normalized = link.normalized
        if normalized is not None:
            if chosen is not None and link.site is not chosen:
                problems.append(_site_mismatch(link.site, chosen, catalog))
            first = first_position.setdefault(normalized, index + 1)
            if first != index + 1:
                duplicate_of = first
                problems.append(trusted_problem(ProblemCode.DUPLICATE, say.duplicate(first, normalized)))
        # Keys in the order of UrlResult's fields; `ok` is settled once every rule has run.
        values = {
            "input": link.text,
            "ok": False,
            "site": link.site,
            "kind": link.kind,
            "listing_id": link.listing_id,
            "normalized": normalized,
            "problems": problems,
            "position": index + 1,
            "line": lines[index],
            "duplicate_of": duplicate_of,
        }
        results.append(values)
        report_results.append(trusted_result(values))
    return results, report_results


def _settle(results: list[dict], skipped: int) -> UrlSummary:
    """Every result without a problem marked ok, and the counts over the paste."""
    with_problems = 0
    duplicates = 0
    for result in results:
        if result["problems"]:
            with_problems += 1
            duplicates += result["duplicate_of"] is not None
        else:
            result["ok"] = True
    return UrlSummary(
        total=len(results),
        ok=len(results) - with_problems,
        problems=with_problems,
        duplicates=duplicates,
        skipped_words=skipped,
    )


def _read_links(text_or_lines: str | Iterable[str], catalog: SiteCatalog) -> tuple[list[ParsedLink], list[int], int]:
    links: list[ParsedLink] = []
    lines: list[int] = []
    skipped = 0
    for number, line in numbered_lines(text_or_lines):
        clean = CLEAN_LINK_LINE.fullmatch(line)
        if clean is not None:  # the usual line: one link, already split by the match
            links.append(parse_link_parts(line, *clean.groups(), catalog))
            lines.append(number)
            continue
        found = words(line)
        # A lone number on a line was probably meant as a listing; inside a sentence it is just a number.
        alone = len(found) == 1 or (len(found) == 2 and found[0].isdigit() and len(found[0]) <= 3)
        for word in found:
            link = parse_word(word, catalog, alone_on_line=alone)
            if link is None:
                skipped += 1
            else:
                links.append(link)
                lines.append(number)
    return links, lines, skipped


@lru_cache(maxsize=None)
def _rule_source(rule: str) -> str | None:
    """Where a platform rule in limits.yaml is published, and how sure it is, as one line."""
    entry = load_rules("limits").get(rule) or {}
    sources = entry.get("sources") or []
    if not sources:
        return None
    cited = "; ".join(f"{s['url']} ({s.get('date', 'undated')})" for s in sources)
    confidence = str(entry.get("confidence", "")).replace("_", " ")
    return f"{cited}; {confidence}" if confidence else cited


def _site_mismatch(link_site: Site | None, chosen: Site, catalog: SiteCatalog) -> UrlProblem:
    return UrlProblem(
        code=ProblemCode.SITE_MISMATCH,
        message=say.site_mismatch(catalog.label(link_site), catalog.label(chosen)),
        source=_rule_source("link_site_must_match_selected_site"),
    )


def _mark_active(results: list[dict], active: set[str] | Mapping[str, str]) -> None:
    if not active:
        return
    holders = active if isinstance(active, Mapping) else {}
    for result in results:
        if result["normalized"] in active:
            result["problems"].append(UrlProblem(
                code=ProblemCode.ALREADY_IN_ACTIVE_COMPLAINT,
                message=say.already_in_active_complaint(holders.get(result["normalized"])),
                source=_rule_source("link_already_under_review_rejected"),
            ))


def _mark_mixed_kinds(usable: list[dict], catalog: SiteCatalog) -> None:
    """Per site, flag the links of the less common kind (on a tie, the kind that appears later)."""
    by_site: dict[Site, dict[ListingKind, list[dict]]] = {}
    for result in usable:
        by_site.setdefault(result["site"], {}).setdefault(result["kind"], []).append(result)
    for site, kinds in by_site.items():
        if len(kinds) < 2:
            continue
        products, shops = kinds[ListingKind.PRODUCT], kinds[ListingKind.SHOP]
        if len(products) != len(shops):
            minority = ListingKind.PRODUCT if len(products) < len(shops) else ListingKind.SHOP
        else:
            minority = ListingKind.PRODUCT if products[0]["position"] > shops[0]["position"] else ListingKind.SHOP
        problem = UrlProblem(
            code=ProblemCode.MIXED_KINDS,
            message=say.mixed_kinds(catalog.label(site), len(products), len(shops), minority.value),
            source=_rule_source("mixed_product_and_shop_links"),
        )
        for result in kinds[minority]:
            result["problems"].append(problem)


def _notices(usable: list[dict], batch_size: int, catalog: SiteCatalog) -> list[list[str]]:
    """Usable links grouped by site, storefront and kind (in order of first appearance), cut into batches.

    Storefront = the registrable domain of the canonical link: Tmall.hk apart from Tmall, and each Lazada
    country apart. The platform lists Tmall.hk as a site of its own; for Lazada's countries it publishes
    nothing, and a smaller batch is never wrong.
    """
    storefronts: dict[str, str | None] = {}
    groups: dict[tuple, list[str]] = {}
    for result in usable:
        normalized = result["normalized"]
        host = normalized.split("/", 3)[2]
        storefront = storefronts.get(host)
        if storefront is None:
            storefront = storefronts[host] = catalog.site_of_domain(host)[1] or host
        groups.setdefault((result["site"], storefront, result["kind"]), []).append(normalized)
    return [links[i : i + batch_size] for links in groups.values() for i in range(0, len(links), batch_size)]
