"""Where a listing sells, set against where our record registers the right: what a territory argument ('your trademark
is not registered in Malaysia') turns on first.

The country a listing sells in is the site's own, where the site tells (licence_scope.listing_country: a Lazada site's
country, Taobao's mainland China, Miravia's Spain); a site that sells across borders names none. Our record's places are
read as countries (licence_scope.places_named); an EU registration covers every member state. The record's places are
quoted exactly as recorded.

When our record shows no registration where the listing sells, our own record agrees with the seller on that point until
legal finds a right of ours there: the reply to the platform is held (response.py), never 'we maintain the complaint'.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.appeals.licence_scope import country_name, listing_country, places_named
from assistant.domain.models import Complaint
from assistant.domain.untrusted_text import normalize_text

# The member states of the European Union (ISO 3166 codes): an EU trade mark or design has effect in each of them.
EU_CODES = frozenset({"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
                      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"})
_EU_NAMES = frozenset({"eu", "european union", "euipo", "emea eu", "欧盟"})


@dataclass(frozen=True)
class SiteTerritory:
    """The country a listing's site sells in, and the place in our record that registers the right there (None: none)."""

    country: str  # its English name
    covered_by: str | None  # the place as our record writes it


def recorded_place_covering(places: list[str], code: str) -> str | None:
    """The place, as our record writes it, that registers the right in the country ``code``; None when none does."""
    for place in places:
        if normalize_text(place) in _EU_NAMES and code in EU_CODES:
            return place
        if any(found == code for _, _, found in places_named(place)):
            return place
    return None


def site_territory(complaint: Complaint) -> SiteTerritory | None:
    """Where the listing's site sells, against our record's places; None when the site names no one country."""
    code = listing_country(complaint)
    if not code:
        return None
    return SiteTerritory(country_name(code), recorded_place_covering(list(complaint.ip_right.places_of_registration), code))


def quoted_places(complaint: Complaint) -> str:
    """Our record's places of registration, each quoted as recorded ("'EU', 'Mainland China'")."""
    return ", ".join(f"'{p}'" for p in complaint.ip_right.places_of_registration) or "none recorded"


def record_against_site(complaint: Complaint) -> str:
    """What our record says of the site's country, for the territory point: a registration there (the place quoted), or
    none (the reply then held until legal answers); or only our places when the site names no one country."""
    places = quoted_places(complaint)
    where = site_territory(complaint)
    if where is None:
        return f"Our record gives the right's places of registration as {places}."
    if where.covered_by:
        return (f"The listing's site sells in {where.country}; our record gives the right's places of registration as {places}: it shows "
                f"a registration in {where.country} ('{where.covered_by}').")
    return (f"The listing's site sells in {where.country}; our record gives the right's places of registration as {places}: it shows "
            f"no registration in {where.country}, so our own record agrees with the seller on this point unless legal finds a right of "
            f"ours there (a national registration, or an international one designating {where.country}). The reply is held until legal "
            "has answered.")


def unregistered_where_sold(complaint: Complaint) -> str | None:
    """The country the listing sells in when our record shows no registration there; None otherwise."""
    where = site_territory(complaint)
    return where.country if where and not where.covered_by else None


__all__ = ["EU_CODES", "SiteTerritory", "quoted_places", "record_against_site", "recorded_place_covering", "site_territory",
           "unregistered_where_sold"]
