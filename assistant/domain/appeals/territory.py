"""Where a listing sells, set against where our record registers the right: what a territory argument ('your trademark
is not registered in Malaysia') turns on first.

The country a listing sells in is the site's own, where the site tells (licence_scope.listing_country: a Lazada site's
country, Taobao's mainland China, Miravia's Spain); a site that sells across borders names none. Our record's places are
read as countries, whatever else an entry says: the names it gives (licence_scope.places_named), the ISO codes it lists
('EP (validated in ES, DE, FR, SE)', 'WIPO IR 1567890, designating ID, MY, SG'), and an EU right however it is written
('EU', 'EU (EUTM)', 'EUIPO', 'Community design'), which covers every member state. The record's places are quoted
exactly as recorded.

When our record shows no registration where the listing sells, and the seller names that country (or none), our own
record agrees with the seller on that point until legal finds a right of ours there: the reply to the platform is held (response.py), never 'we maintain the complaint'. An
entry that names no country we can read ('EP 3456789 B1', 'International registration') is said as such: we cannot tell
from it whether it covers the country, never that our record agrees with the seller; so is a seller that names only other
countries. A copyright needs no registration at all (copyright_territory.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.appeals.eu_places import ANY_MEMBER_STATE, member_state
from assistant.domain.appeals.licence_scope import country_name, listing_country, places_named
from assistant.domain.models import Complaint, IPType
from assistant.domain.untrusted_text import normalize_text

# The member states of the European Union (ISO 3166 codes): an EU trade mark or design has effect in each of them.
EU_CODES = frozenset({"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
                      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"})
_EU_NAMES = frozenset({"eu", "european union", "euipo", "emea eu", "欧盟"})
# An EU-wide right as a record's entry writes it, alone or with more words ('EU (EUTM)', 'EUTM 018876543', 'Community design').
_EU_ENTRY_RE = re.compile(r"(?<![^\W_])(?:eu|eutm|euipo|ohim|ctm|rcd|european union|community (?:trade ?mark|design)|emea eu)(?![^\W_])|欧盟")
# Two capitals in an entry: an ISO country code ('validated in ES, DE'), except the offices' and rights' own abbreviations,
# some of which ISO gives a country ('IR' an international registration, not Iran; 'TM' a trade mark, not Turkmenistan).
_CODE_RE = re.compile(r"(?<![^\W\d_])[A-Z]{2}(?![^\W\d_])")
_NOT_COUNTRIES = frozenset({"EP", "EU", "WO", "IR", "TM", "EM", "OA", "AP", "EA", "GC", "IB", "PC", "DM"})
# A word of three or more capitals that is not an office's or a right's abbreviation: the entry is written in capitals,
# where 'IN' and 'DE' may be words ('VALIDATED IN', 'REGISTRO DE'), so its two-capital words are not read as codes.
_SHOUTED_RE = re.compile(r"(?<![^\W\d_])(?!(?:EUTM|EUIPO|OHIM|WIPO|PCT|CTM|RCD|USPTO|CNIPA|DJKI|MYIPO|UKIPO|DPMA|OEPM|UIBM|INPI|EPO)\b)[A-Z]{3,}(?![^\W\d_])")


@dataclass(frozen=True)
class SiteTerritory:
    """The country a listing's site sells in, and the place in our record that registers the right there (None: none)."""

    country: str  # its English name
    covered_by: str | None  # the place as our record writes it


def place_codes(place: str) -> frozenset[str] | None:
    """The countries (ISO codes) an entry of our record registers the right in: the countries it names, the codes it lists,
    every member state for an EU right; None when it names no country we can read."""
    codes = {code for _, _, code in places_named(place)}
    if is_eu_entry(place):
        codes |= EU_CODES
    if not _SHOUTED_RE.search(place):
        codes |= {code for code in _CODE_RE.findall(place) if code not in _NOT_COUNTRIES and _is_country(code)}
    return frozenset(codes) or None


def is_eu_entry(place: str) -> bool:
    """Whether an entry of our record is an EU-wide right ('EU', 'EU (EUTM)', 'EUIPO 018876543')."""
    return normalize_text(place) in _EU_NAMES or bool(_EU_ENTRY_RE.search(normalize_text(place)))


def _is_country(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None


def recorded_place_covering(places: list[str], code: str) -> str | None:
    """The place, as our record writes it, that registers the right in the country ``code``; None when none does."""
    return next((place for place in places if code in (place_codes(place) or ())), None)


def unread_places(places: list[str]) -> list[str]:
    """Our record's entries that name no country we can read ('EP 3456789 B1'), as recorded."""
    return [place for place in places if place_codes(place) is None]


_MEMBER_STATE_RE = re.compile(rf"(?<!\w)(?:{ANY_MEMBER_STATE})(?!\w)")


def countries_in(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of each country a normalised sentence names: ISO's names (English, Chinese, Spanish) and the
    member states' names in the other languages sellers write them ('Spanien', 'Spagna')."""
    found = places_named(norm)
    for match in _MEMBER_STATE_RE.finditer(norm):
        if any(s < match.end() and match.start() < e for s, e, _ in found):
            continue
        code = _member_code(member_state(match.group(0)))
        if code:
            found.append((match.start(), match.end(), code))
    return sorted(found)


def _member_code(name: str | None) -> str | None:
    import pycountry

    country = pycountry.countries.get(name=name) if name else None
    return country.alpha_2 if country else ("CZ" if name == "Czechia" else None)


def site_territory(complaint: Complaint) -> SiteTerritory | None:
    """Where the listing's site sells, against our record's places; None when the site names no one country."""
    code = listing_country(complaint)
    if not code:
        return None
    return SiteTerritory(country_name(code), recorded_place_covering(list(complaint.ip_right.places_of_registration), code))


def quoted_places(complaint: Complaint) -> str:
    """Our record's places of registration, each quoted as recorded ("'EU', 'Mainland China'")."""
    return ", ".join(f"'{p}'" for p in complaint.ip_right.places_of_registration) or "none recorded"


def record_against_site(complaint: Complaint, said: tuple[str, ...] = ()) -> str:
    """What our record says of the site's country, for the territory point: a registration there (the place quoted), or
    none (the reply then held until legal answers); or only our places when the site names no one country. Our record
    'agrees with the seller' only where it shows no registration in the country the seller names (``said``: its territory
    sentences), or the seller names none: a seller that names only other countries is not agreed with on the site's."""
    if complaint.ip_right.ip_type is IPType.COPYRIGHT:
        # A copyright is complained of without any registration (copyright_territory.py answers the argument).
        return "The complaint rests on a copyright: IPP accepts one that was never registered, so no place of registration decides it."
    places = quoted_places(complaint)
    where = site_territory(complaint)
    named = {code for sentence in said for _, _, code in countries_in(normalize_text(sentence))}
    site_code = listing_country(complaint)
    if where is not None and not where.covered_by and named and site_code not in named:
        return _other_countries_named(complaint, where.country, sorted(named))
    if where is None:
        return f"Our record gives the right's places of registration as {places}."
    if where.covered_by:
        return (f"The listing's site sells in {where.country}; our record gives the right's places of registration as {places}: it shows "
                f"a registration in {where.country} ('{where.covered_by}').")
    unread = unread_places(list(complaint.ip_right.places_of_registration))
    if unread:
        named = " or ".join(f"'{p}'" for p in unread)
        return (f"The listing's site sells in {where.country}; our record gives the right's places of registration as {places}: we cannot "
                f"tell from {named} whether it covers {where.country} (no country we can read is named in it). Check the register or our "
                f"certificate (for a European patent, the states it was validated in) before answering this point. The reply is held "
                "until then.")
    return (f"The listing's site sells in {where.country}; our record gives the right's places of registration as {places}: it shows "
            f"no registration in {where.country}, so our own record agrees with the seller on this point unless legal finds a right of "
            f"ours there (a national registration, or an international one designating {where.country}). The reply is held until legal "
            "has answered.")


def _other_countries_named(complaint: Complaint, country: str, codes: list[str]) -> str:
    """The territory point where the seller names other countries than the one the listing's site sells in: our record on
    each country it names, then on the site's, which legal answers (the reply held until then); never 'agrees with the seller'."""
    recorded = list(complaint.ip_right.places_of_registration)
    each = []
    for code in codes:
        place = recorded_place_covering(recorded, code)
        each.append(f"a registration in {country_name(code)} ('{place}')" if place else f"no registration in {country_name(code)}")
    return (f"The seller names {', '.join(country_name(c) for c in codes)}, not {country}, where the listing's site sells; our record "
            f"gives the right's places of registration as {quoted_places(complaint)}: it shows {'; '.join(each)}, and no registration in "
            f"{country}. Whether our right has effect in {country} is for legal (a national registration, or an international one "
            f"designating {country}). The reply is held until legal has answered.")


def unregistered_where_sold(complaint: Complaint) -> str | None:
    """The country the listing sells in when our record shows no registration there; None otherwise, and always for a
    copyright, which is complained of without any registration."""
    if complaint.ip_right.ip_type is IPType.COPYRIGHT:
        return None
    where = site_territory(complaint)
    return where.country if where and not where.covered_by else None


# The point raised from our record alone, when the seller does not argue where our right has effect.
RIGHT_NOT_REGISTERED_WHERE_SOLD = "right_not_registered_where_sold"


def unargued_territory_risk(complaint: Complaint, argued: bool, registry=None, today=None):
    """Our record's places against the country the listing's site sells in, when the seller does not argue it (``argued``:
    a territory argument is read, and answered on its own): where our record shows no registration of the complaint's right
    there, a risk for legal, said from our record and the site's published rule, never from the seller's words. None for a
    copyright (complained of without a registration), a site that sells across borders (it names no one country), or a
    record that covers the country."""
    from assistant.domain.appeals.checks import Basis, Finding, Severity, evidence_standard
    from assistant.domain.deadlines import SITE_NAMES

    where = site_territory(complaint)
    if argued or complaint.ip_right.ip_type is IPType.COPYRIGHT or where is None or where.covered_by:
        return None
    right = complaint.ip_right
    number = f" no. {right.registration_number}" if right.registration_number else ""
    unread = unread_places(list(right.places_of_registration))
    shown = (f"we cannot tell from {' or '.join(repr(p) for p in unread)} whether it covers {where.country} (no country we can read is named in it)"
             if unread else f"our record shows no registration of it there")
    rule = ((evidence_standard().get("legal_arguments") or {}).get("territory") or {}).get("by_site") or {}
    accepts = rule.get(complaint.site.value) or (f"Nothing is published on which registrations {SITE_NAMES[complaint.site]} accepts; that a "
                                                 "right counts where it is registered is our assumption (rights are territorial).")
    held = _registry_there(complaint, registry, today)
    return Finding(
        code=RIGHT_NOT_REGISTERED_WHERE_SOLD, severity=Severity.INFO, basis=Basis.OUR_RECORD,
        message=f"Our complaint rests on our {right.ip_type.value} {right.name}{number}, which our record registers in {quoted_places(complaint)}; "
        f"the listing's site ({SITE_NAMES[complaint.site]}) sells in {where.country}, and {shown}. The seller does not raise it, but it is a risk for legal: whether we "
        f"hold a right that has effect in {where.country} (a national registration, or an international one designating {where.country}) "
        f"before the reply maintains the complaint. {accepts}{held}",
    )


def _registry_there(complaint: Complaint, registry, today) -> str:
    """What the team's rights registry holds of ours in the site's country, when it was read (registry_rights.py)."""
    from assistant.domain.appeals.registry_rights import territory_point

    if registry is None or today is None:
        return ""
    point = territory_point((), complaint, registry, today)
    return f" {point.message}" if point else ""


__all__ = ["EU_CODES", "RIGHT_NOT_REGISTERED_WHERE_SOLD", "SiteTerritory", "countries_in", "is_eu_entry", "place_codes", "quoted_places", "record_against_site", "recorded_place_covering",
           "site_territory", "unargued_territory_risk", "unread_places", "unregistered_where_sold"]
