"""The listing-URL checker's public face; the parts live in assistant/domain/listings/."""

from assistant.domain.listings import (
    ProblemCode,
    UrlProblem,
    UrlReport,
    UrlResult,
    UrlSummary,
    check_listing_urls,
    coerce_site,
)

__all__ = ["ProblemCode", "UrlProblem", "UrlReport", "UrlResult", "UrlSummary", "check_listing_urls", "coerce_site"]
