"""The complaint's listing rules: the listing-URL checker's findings, turned into complaint-level errors and warnings.

URL parsing lives in the checker (assistant.domain.listing_urls); this module only decides what each finding means
for one complaint: one site, one kind of link, at most 300 distinct listings, none already under review.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.domain.listing_urls import check_listing_urls
from assistant.domain.models import Complaint, Confidence
from assistant.domain.rules import load_rules, max_listings_per_complaint

if TYPE_CHECKING:
    from assistant.domain.validation import Findings

# Which limits.yaml entry is the source of each complaint-level code.
_LIMIT_OF = {
    "site_mismatch": "link_site_must_match_selected_site",
    "already_in_active_complaint": "link_already_under_review_rejected",
    "mixed_kinds": "mixed_product_and_shop_links",
    "too_many_listings": "max_listings_per_complaint",
    # The same help page sets the other link rules (one URL per line, Alibaba-platform links only).
    "invalid_listing": "link_site_must_match_selected_site",
    "no_listings": "link_site_must_match_selected_site",
}


def limit_source(key: str) -> dict[str, Any]:
    """The first source and the confidence of an entry in limits.yaml, as ValidationIssue fields."""
    entry = load_rules("limits")[key]
    return {"source": entry["sources"][0]["url"], "confidence": Confidence(entry["confidence"])}


def check_complaint_listings(complaint: Complaint, findings: Findings, *, active_listings: Any = None):
    """Add the listing errors and warnings of a complaint to `findings`; returns the checker's report (None without listings)."""
    if not complaint.listings:
        findings.error(
            "no_listings",
            "The complaint lists no infringing listings. Give the product or shop links, one per line.",
            "listings",
            **limit_source(_LIMIT_OF["no_listings"]),
        )
        return None
    # One line per listing, so a result's line number points back at the listing it came from.
    report = check_listing_urls([listing.url for listing in complaint.listings], complaint.site, active_listings=active_listings)
    for index in sorted(set(range(len(complaint.listings))) - {result.line - 1 for result in report.results}):
        findings.error(
            "invalid_listing",
            f"No link was found in {complaint.listings[index].url!r}. Give the product or shop address, starting with https://.",
            f"listings[{index}]",
            detail="not_a_url",
            **limit_source(_LIMIT_OF["invalid_listing"]),
        )
    duplicates, mixed_fields = _each_listing(report, findings)
    if duplicates:
        findings.warning(
            "duplicate_listings",
            f"{len(duplicates)} listing(s) repeat an earlier one and will be filed once: {', '.join(duplicates[:10])}"
            + (" ..." if len(duplicates) > 10 else ""),
            "listings",
            source="",
            confidence=Confidence.NOT_PUBLISHED,
        )
    if mixed_fields:
        kinds = [result.kind for result in report.results if result.kind is not None]
        findings.error(
            "mixed_kinds",
            f"The complaint mixes product links ({kinds.count('product')}) and shop links ({kinds.count('shop')}); a "
            "complaint takes one or the other. Split them into two complaints.",
            ", ".join(mixed_fields[:10]),
            **limit_source(_LIMIT_OF["mixed_kinds"]),
        )
    distinct = sum(1 for result in report.results if not any(problem.code == "duplicate" for problem in result.problems))
    limit = max_listings_per_complaint()
    if distinct > limit:
        findings.error(
            "too_many_listings",
            f"The complaint has {distinct} distinct listings; one complaint takes at most {limit}. Split it into several "
            f"complaints of up to {limit} links each.",
            "listings",
            **limit_source(_LIMIT_OF["too_many_listings"]),
        )
    return report


def _each_listing(report, findings: Findings) -> tuple[list[str], list[str]]:
    """Each listing's problems as errors; (the repeated listings, the fields of the mixed kind) for the whole-list findings."""
    duplicates: list[str] = []
    mixed_fields: list[str] = []
    for result in report.results:
        field = f"listings[{result.line - 1}]"
        for problem in result.problems:
            if problem.code == "duplicate":
                duplicates.append(f"{field} ({result.input})")
            elif problem.code == "mixed_kinds":
                mixed_fields.append(field)
            else:
                code = problem.code if problem.code in ("site_mismatch", "already_in_active_complaint") else "invalid_listing"
                findings.error(
                    code, f"{result.input}: {problem.message}", field, detail=problem.code, **limit_source(_LIMIT_OF[code])
                )
    return duplicates, mixed_fields
