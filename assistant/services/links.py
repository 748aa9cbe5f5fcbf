"""Checking listing links: the one road from every front end (the `check-urls` command, the chat's tools and guided
mode, the Slack command and message shortcut) to the checker in assistant/domain/listings.

The text goes in as the person gave it (links with or without a scheme, words around them): no front end picks the
links out first, so a look-alike link written without a scheme is reported wherever it is pasted. Listings already in
one of the team's active complaints are flagged whenever the team has a store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from pydantic import BaseModel, Field

from assistant.domain.listing_urls import UrlReport, check_listing_urls
from assistant.domain.models import Site

ActiveListings = Callable[[Iterable[str]], set[str] | Mapping[str, str]]
"""Given canonical listing links, those already held by an active complaint of the team (with the complaint's name)."""


class ListingHolder(BaseModel):
    """The active complaint that holds a listing."""

    number: str = Field(description="The complaint's number in the team's records.")
    reference: str | None = Field(default=None, description="The team's own reference for it, if it has one.")

    @property
    def name(self) -> str:
        return f"complaint {self.number}" + (f" ({self.reference})" if self.reference and self.reference != self.number else "")

    def is_complaint(self, complaint_id: str | None) -> bool:
        """Whether `complaint_id` (a complaint's number, or the team's reference its file carries) names this holder."""
        return complaint_id is not None and complaint_id.strip() in (self.number, self.reference)


def held_elsewhere(holders: Callable[[Iterable[str]], Mapping[str, ListingHolder]], own: str | None = None) -> ActiveListings:
    """The active-listings check for a complaint named `own` (its number or the team's reference; None for links
    pasted on their own): the listings other complaints hold, each with the name of the complaint holding it. A
    complaint's own listings are its own record, never a clash with itself."""

    def check(normalized_urls: Iterable[str]) -> dict[str, str]:
        return {url: holder.name for url, holder in holders(normalized_urls).items() if not holder.is_complaint(own)}

    return check


class LinkCheckRequest(BaseModel):
    """What a person pasted, and the site the complaint is for (links from other sites are then flagged)."""

    text: str = Field(description="The pasted text as given: one or more links, with or without https://, words around them.")
    site: Site | None = Field(default=None, description="The complaint's site, when known.")


def check_links(request: LinkCheckRequest, *, active_listings: ActiveListings | None = None) -> UrlReport:
    """Every link's site, kind, id, canonical form and problems, and the notices to file (at most 300 links each)."""
    return check_listing_urls(request.text, request.site, active_listings=active_listings)
