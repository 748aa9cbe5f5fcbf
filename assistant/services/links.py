"""Checking listing links: the one road from every front end (the `check-urls` command, the chat's tools and guided
mode, the Slack command and message shortcut) to the checker in assistant/domain/listings.

The text goes in as the person gave it (links with or without a scheme, words around them): no front end picks the
links out first, so a look-alike link written without a scheme is reported wherever it is pasted. Listings already in
one of the team's active complaints are flagged whenever the team has a store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pydantic import BaseModel, Field

from assistant.domain.listing_urls import UrlReport, check_listing_urls
from assistant.domain.models import Site

ActiveListings = Callable[[Iterable[str]], set[str]]
"""Given canonical listing links, those already held by an active complaint of the team."""


class LinkCheckRequest(BaseModel):
    """What a person pasted, and the site the complaint is for (links from other sites are then flagged)."""

    text: str = Field(description="The pasted text as given: one or more links, with or without https://, words around them.")
    site: Site | None = Field(default=None, description="The complaint's site, when known.")


def check_links(request: LinkCheckRequest, *, active_listings: ActiveListings | None = None) -> UrlReport:
    """Every link's site, kind, id, canonical form and problems, and the notices to file (at most 300 links each)."""
    return check_listing_urls(request.text, request.site, active_listings=active_listings)
