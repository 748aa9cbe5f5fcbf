"""A counter-notice that admits the complaint for some of the reported listings and contests the others.

A seller answering a complaint on several listings often takes them one by one, each in a paragraph that opens by naming
it ('About the first one (...): yes you are right, our sales girl put your brand in the title by mistake ...', 'Sobre el
primer anuncio: tienen razón ...', '第一个链接：您说得对，是我们运营的失误 ...'), and then disputes another ('About the second
one ... we don't agree'). What it says of a listing stays with that listing: a paragraph that owns up to the use
(admissions.owns_up) concedes its listing, and none of its sentences is a ground against the complaint (the seller's own
model named there, its promise to change the title, are the story of the use it admits). The report says which listing is
conceded and which contested; the grounds, the recommendation and the reply are about the contested ones. A listing is
named by its place in the complaint (ground_standards.listings_by_place) in the paragraph's first sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.domain.appeals.checks import Basis, Finding, Severity
from assistant.domain.untrusted_text import normalize_text

LISTING_CONCEDED = "listing_conceded"

_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")


def _paragraphs(text: str) -> list[str]:
    """The seller's paragraphs (blank-line breaks); its lines when it wrote no blank line."""
    parts = [p for p in _PARAGRAPH_RE.split(text or "") if p.strip()]
    return parts if len(parts) > 1 else [line for line in (text or "").splitlines() if line.strip()]


def split_by_listing(listings: list, text: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(the listings the seller concedes, the ones it speaks of otherwise), each link with the sentences of its paragraph.
    Both empty unless the complaint has several listings and at least two paragraphs each name one of them."""
    from assistant.domain.appeals.admissions import owns_up
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.ground_standards import listings_by_place

    if len(listings) < 2:
        return {}, {}
    conceded: dict[str, list[str]] = {}
    argued: dict[str, list[str]] = {}
    for paragraph in _paragraphs(text):
        said = sentences(paragraph)
        named = listings_by_place(listings, said[0]) if said else []
        if len(named) != 1:
            continue
        admitted = any(owns_up(normalize_text(s)) for s in said)
        (conceded if admitted else argued).setdefault(named[0], []).extend(said)
    if not conceded or not argued or set(conceded) & set(argued):
        return {}, {}
    return conceded, argued


def reread(reading, text: str, complaint):
    """The reading without the sentences of the listings the seller concedes: no ground rests on an admission. A ground
    left with no words of the seller is no ground (an attachment that backs it keeps it)."""
    conceded, _ = split_by_listing(complaint.listings, text)
    if not conceded:
        return reading
    owned = [s.strip() for said in conceded.values() for s in said]

    def kept(words):
        return tuple(w for w in words if not any(w.strip() in s or s in w for s in owned))

    words = {g: kept(w) for g, w in reading.words.items()}
    emptied = {g for g, w in words.items() if reading.words[g] and not w and g in reading.claimed_in_text}
    words = {g: w for g, w in words.items() if g not in emptied}
    return replace(reading, grounds=tuple(g for g in reading.grounds if g not in emptied), words=words,
                   claimed_in_text=frozenset(g for g in reading.claimed_in_text if g not in emptied),
                   legal_words=kept(reading.legal_words), removed=kept(reading.removed), conceded_listings=tuple(conceded))


def conceded_point(complaint, reading) -> Finding | None:
    """Which listings the seller concedes and which it contests (its own words stay quoted in its text, never here)."""
    conceded = list(reading.conceded_listings)
    if not conceded:
        return None
    contested = [listing.url for listing in complaint.listings if listing.url not in conceded]
    one = len(contested) == 1
    return Finding(
        code=LISTING_CONCEDED, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED, names=contested,
        message=f"The seller concedes {', '.join(conceded)}: it admits the use of our mark there (see its text), which is no ground "
        f"against the complaint. It contests only {', '.join(contested)}: the grounds above, the recommendation and the draft reply "
        f"are about the contested listing{'' if one else 's'}. For the conceded listing, check on the site that our mark is gone "
        "from it (a change promised is not made yet); if not, the complaint stands for it too.",
        reply=f"The seller itself admits the use of our mark in {', '.join(conceded)}.",
    )


__all__ = ["LISTING_CONCEDED", "conceded_point", "reread", "split_by_listing"]
