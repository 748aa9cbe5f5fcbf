"""Listing links: reading pasted links, recognising the marketplace and listing, and the checks before filing."""

from assistant.domain.listings.checker import check_listing_urls, coerce_site
from assistant.domain.listings.problems import ProblemCode
from assistant.domain.listings.report import UrlProblem, UrlReport, UrlResult, UrlSummary

__all__ = ["ProblemCode", "UrlProblem", "UrlReport", "UrlResult", "UrlSummary", "check_listing_urls", "coerce_site"]
