"""What can be wrong with a pasted listing link, in words a lawyer reads without a glossary."""

from __future__ import annotations

from enum import StrEnum


class ProblemCode(StrEnum):
    """Why a link cannot go into a complaint as given."""

    NOT_A_URL = "not_a_url"
    UNSUPPORTED_SCHEME = "unsupported_scheme"
    UNKNOWN_SITE = "unknown_site"
    REDIRECT_LINK = "redirect_link"
    LOOKALIKE_DOMAIN = "lookalike_domain"
    SITE_MISMATCH = "site_mismatch"
    NOT_A_LISTING = "not_a_listing"
    SHORT_LINK = "short_link"
    DUPLICATE = "duplicate"
    MIXED_KINDS = "mixed_kinds"
    ALREADY_IN_ACTIVE_COMPLAINT = "already_in_active_complaint"


COPY_AGAIN = "Open the product or shop page in a browser and copy the address from the address bar."


def not_a_url(detail: str = "") -> str:
    reason = f" ({detail})" if detail else ""
    return f"This is not a complete web link{reason}. {COPY_AGAIN} It starts with https://."


def unreadable_characters() -> str:
    return (
        "This link contains characters that could not be read (the text was not valid UTF-8). "
        "Copy the link again from the browser."
    )


def defanged_link() -> str:
    return (
        "This link was made unclickable on purpose ('hxxp' instead of 'http'). "
        "Write it with 'http' or 'https' again, or copy it from the browser."
    )


def unsupported_scheme(scheme: str) -> str:
    return (
        f"This is a '{scheme}:' address, not a web page. Only web links (https://...) to a product or shop "
        f"can be reported. {COPY_AGAIN}"
    )


def unknown_site(host: str, site_names: str) -> str:
    return (
        f"This link is on {host}, which is not one of the marketplaces the IP Protection Platform covers "
        f"({site_names}). Report it to that website directly, or replace it with the marketplace listing."
    )


def group_domain(host: str, description: str) -> str:
    return (
        f"This link is on {host}: {description}, not a marketplace page. "
        f"Give the link of the product or shop page instead. {COPY_AGAIN}"
    )


def redirect_link(host: str, target: str) -> str:
    return (
        f"This is a redirect link from {host} (for example an e-mail safety link) that leads to {target}. "
        "Paste that marketplace address instead."
    )


def lookalike_domain(host: str, brand: str, reason: str) -> str:
    return (
        f"The address {host} imitates {brand} but is a different website: {reason}. "
        f"Do not open it. Copy the listing link again from the real marketplace."
    )


def site_mismatch(link_site: str, chosen_site: str) -> str:
    return (
        f"This is a {link_site} link, but the complaint is for {chosen_site}. The platform rejects links "
        f"from another site than the one selected; put it in a separate {link_site} complaint."
    )


def not_a_listing(page: str, site: str) -> str:
    return f"This is {page} on {site}, not a product listing or a shop. {COPY_AGAIN}"


def short_link(host: str, site: str | None) -> str:
    shortened = f"a shortened {site} link" if site else "a shortened link"
    return (
        f"This is {shortened} ({host}): it hides which listing it opens. Open it in a browser and "
        "copy the full listing address from the address bar. The assistant never opens links itself."
    )


def duplicate(position: int, normalized: str) -> str:
    return (
        f"This is the same listing as input {position} ({normalized}). Each listing is reported once; "
        "this copy is left out of the notices."
    )


def mixed_kinds(site: str, products: int, shops: int, flagged_kind: str) -> str:
    other = "product" if flagged_kind == "shop" else "shop"
    return (
        f"A complaint takes either product links or shop links, not both; this {site} list has {products} "
        f"product link(s) and {shops} shop link(s). This {flagged_kind} link is put in a separate notice: "
        f"file it in its own complaint, apart from the {other} links."
    )


def already_in_active_complaint(holder: str | None = None) -> str:
    """`holder` names the team's complaint that holds the listing ("complaint 7 (ACME-2026-014)"), when known."""
    where = f"already in {holder}, which is still open" if holder else "already in a complaint that is still open"
    return (
        f"This listing is {where}, and the platform rejects a link that is "
        "under review. Wait for that complaint's outcome before reporting it again."
    )
