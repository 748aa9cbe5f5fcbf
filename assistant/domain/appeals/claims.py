"""What the seller *claims* about its documents, read from the counter-notice's own words.

A claim is never evidence: it is what the seller says ("valid until 2027-12-31", "120 pieces", "granted by the
owner"). The checks use claims only to avoid contradicting the seller silently: when a document does not show what
the seller says it shows, or cannot be read, the finding says what the seller claimed and what the document shows.
Each claim keeps the seller's sentence it came from (untrusted text, escaped wherever it is shown).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePath

from pydantic import Field

from assistant.domain.appeals.evidence import (
    AUTHORIZATION_KINDS,
    PURCHASE_KINDS,
    AppealAttachment,
    AttachmentKind,
    find_dates,
    names_in,
    normalize_text,
    signature_state,
    stated_quantity,
    validity_period,
)
from assistant.domain.appeals.parties import PartyRole, seller_parties
from assistant.domain.models import Model

# Sentence ends in English and Chinese; a file name's dot is not one (it has no space after it).
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？；;])|\n+")
_PURCHASE_WORDS_RE = re.compile(r"invoice|receipt|purchase|contract|order|bought|发票|合同|采购|进货|收据")
_AUTHORISATION_WORDS_RE = re.compile(r"licen[cs]|authori[sz]|许可|授权")
_GRANT_WORDS_RE = re.compile(r"from|by|granted|issued|signed|licensor|owner|由|来自|签发|授予")


class Claim(Model):
    """One thing the seller says about a document (or about its case), in our words, with the words it came from."""

    about: str = Field(description="What it concerns: validity, date, quantity, grantor, supplier, owner or signature.")
    attachment: int | None = Field(default=None, description="The attachment it is about (1-based), when the seller names it.")
    value: str = Field(description="The claim in our words, e.g. 'valid until 2027-12-31'.")
    valid_from: date | None = Field(default=None, description="For a validity claim: the first day the seller says it is valid.")
    valid_until: date | None = Field(default=None, description="For a validity claim: the last day the seller says it is valid.")
    day: date | None = Field(default=None, description="For a date claim: the date the seller gives the document.")
    quantity: int | None = Field(default=None, description="For a quantity claim: the pieces the seller says it covers.")
    party: str | None = Field(
        default=None, description="For a grantor, supplier or owner claim: the company the seller names, as written. Untrusted text."
    )
    says_owner: bool = Field(default=False, description="For a party claim: the seller also calls that company the brand owner.")
    words: str = Field(description="The seller's sentence it was read from. Untrusted text.")


def sentences(text: str) -> list[str]:
    """The counter-notice cut into sentences (English and Chinese punctuation, and line breaks)."""
    return [s.strip() for s in _SENTENCE_END_RE.split(text or "") if s and s.strip()]


def _stem(name: str) -> str:
    return normalize_text(PurePath(name).stem)


def _attachment_named(sentence: str, attachments: list[tuple[int, AppealAttachment, AttachmentKind]]) -> int | None:
    """The attachment a sentence is about: named by file name, else the only attachment of the kind it mentions."""
    norm = normalize_text(sentence)
    for index, attachment, _ in attachments:
        stem = _stem(attachment.name)
        if len(stem) >= 3 and (normalize_text(attachment.name) in norm or stem in norm):
            return index
    for words, kinds in ((_AUTHORISATION_WORDS_RE, AUTHORIZATION_KINDS), (_PURCHASE_WORDS_RE, PURCHASE_KINDS)):
        if words.search(norm):
            of_kind = [index for index, _, kind in attachments if kind in kinds]
            if len(of_kind) == 1:
                return of_kind[0]
    return None


def read_claims(
    counter_notice: str, attachments: list[tuple[int, AppealAttachment, AttachmentKind]], owners: list[str]
) -> list[Claim]:
    """What the seller says its documents show: validity, dates, quantities, who granted a licence or sold the goods
    and who owns the brand (each company as the seller writes it), signatures."""
    claims: list[Claim] = []
    parties = party_claims(counter_notice, attachments)
    named_in = {c.words for c in parties if c.about == "grantor"}
    for sentence in sentences(counter_notice):
        norm = normalize_text(sentence)
        about = _attachment_named(sentence, attachments)
        authorisation = bool(_AUTHORISATION_WORDS_RE.search(norm))
        purchase = bool(_PURCHASE_WORDS_RE.search(norm))
        if authorisation:
            start, end = validity_period(sentence)
            if start or end:
                value = " ".join(p for p in (f"valid from {start}" if start else "", f"valid until {end}" if end else "") if p)
                claims.append(Claim(about="validity", attachment=about, value=value, valid_from=start, valid_until=end, words=sentence))
            for owner in owners:
                # The name is matched without its legal form, so the claim names the owner as our records do and
                # never puts that spelling in the seller's mouth (the seller's own words stay in `words`). A sentence
                # that names its licensor as a company is read as written instead (party_claims).
                if sentence not in named_in and names_in(sentence, owner) and _GRANT_WORDS_RE.search(norm):
                    claims.append(Claim(about="grantor", attachment=about, value=f"granted by the rights owner ({owner} in our records)", words=sentence))
                    break
        if purchase and not authorisation:
            dates = find_dates(sentence)
            if dates:
                claims.append(Claim(about="date", attachment=about, value=f"dated {dates[0].value}", day=dates[0].value, words=sentence))
        # A count of goods is about the purchase, even in a sentence that also speaks of a licence.
        quantity = stated_quantity(sentence) if purchase else None
        if quantity:
            bought = _only_of(attachments, PURCHASE_KINDS) if authorisation else about
            claims.append(Claim(about="quantity", attachment=bought, value=f"for {quantity} pieces", quantity=quantity, words=sentence))
        if (authorisation or purchase) and signature_state(sentence, needs_both_parties=False):
            claims.append(Claim(about="signature", attachment=about, value="signed or sealed", words=sentence))
    return claims + parties


def _only_of(attachments: list[tuple[int, AppealAttachment, AttachmentKind]], kinds) -> int | None:
    of_kind = [index for index, _, kind in attachments if kind in kinds]
    return of_kind[0] if len(of_kind) == 1 else None


# What a party claim says, in our words around the company's name as the seller writes it.
_PARTY_CLAIMS = {
    PartyRole.LICENSOR: ("grantor", "granted by '{name}'"),
    PartyRole.SUPPLIER: ("supplier", "supplied by '{name}'"),
    PartyRole.OWNER: ("owner", "'{name}' owns the brand"),
}


def party_claims(counter_notice: str, attachments: list[tuple[int, AppealAttachment, AttachmentKind]]) -> list[Claim]:
    """The companies the seller names as licensor, supplier or brand owner, each with the sentence it is named in."""
    spans, at = [], 0
    for sentence in sentences(counter_notice):
        start = counter_notice.find(sentence, at)
        spans.append((start, start + len(sentence), sentence))
        at = max(at, start + len(sentence)) if start >= 0 else at
    claims = []
    for party in seller_parties(counter_notice):
        sentence = next((s for start, end, s in spans if start <= party.start < end), party.name)
        about, value = _PARTY_CLAIMS[party.role]
        owner = " (called the brand owner)" if party.says_owner and party.role is not PartyRole.OWNER else ""
        claims.append(Claim(about=about, attachment=_attachment_named(sentence, attachments), value=value.format(name=party.name) + owner,
                            party=party.name, says_owner=party.says_owner, words=sentence))
    return claims


def claims_about(claims: list[Claim], about: str, index: int, kinds_match: bool) -> list[Claim]:
    """The seller's claims of one sort about attachment ``index`` (or about no named attachment, when its kind fits)."""
    return [c for c in claims if c.about == about and (c.attachment == index or (c.attachment is None and kinds_match))]


__all__ = ["Claim", "claims_about", "party_claims", "read_claims", "sentences"]
