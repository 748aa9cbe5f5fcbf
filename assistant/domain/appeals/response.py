"""The response to the platform, drafted in the complainant's name: each ground the seller raised, answered with
what the documents show and the evidence we hold (the complaint and the right as recorded in our registry).

It is a draft for a person to check and send: it says so at the top, it states only what a document shows or our
record holds, and what nobody could read is asked for, never asserted. It never quotes the seller's text.

Every sentence that answers a point is written from what the point rests on (``reply_line``): what a document shows
or our record holds is stated; what nobody has verified is put to the reviewer between brackets ("[To confirm after
comparing ...: ...]"), unless its reply only asks for what is missing or says what a document shows and what the
seller did not show. A new kind of unverified point is a placeholder until it is listed as one that asserts nothing.
"""

from __future__ import annotations

import re

from pydantic import Field

from assistant.domain.appeals.arguments import beside_arguments
from assistant.domain.appeals.admitted_listings import LISTING_CONCEDED
from assistant.domain.appeals.contested_listings import PART_REMOVED, PARTIAL_CONCESSION, PARTIAL_CONTEST
from assistant.domain.appeals.checks import Basis, Finding, GroundStatus, Severity
from assistant.domain.appeals.grounds import AppealGround, ground_label
from assistant.domain.appeals.held_replies import being_checked
from assistant.domain.appeals.our_evidence import attach_again
from assistant.domain.appeals.our_word import denies_document
from assistant.domain.appeals.registry_rights import REGISTRY_HOLDS
from assistant.domain.appeals.right_standards import licence_from_us, own_paper_differences, owner_sale
from assistant.domain.appeals.triage import AppealTriage, Recommendation, usual_evidence
from assistant.domain.models import Complaint, Model

DRAFT_MARK = "DRAFT - for a person to check before it is sent. Nothing has been sent."


class ResponseDraft(Model):
    """A reply to the platform about a seller's counter-notice, in the complainant's name, marked as a draft."""

    draft: bool = Field(default=True, description="Always true: a person checks and sends it.")
    complainant: str = Field(description="Whose name the reply is written in.")
    text: str = Field(description="The reply, ready to edit and paste into IPP.")
    answered_grounds: list[AppealGround] = Field(default_factory=list, description="The grounds the reply answers, in order.")


# Points nobody could verify whose reply asserts nothing that rests on them: it asks for what is missing (a legible
# copy, a file that did not reach us, the office's notice), says what is being checked, or says only what a document
# shows and what the seller did not show. These are stated as they are.
ASKS_OR_SHOWS_ONLY = frozenset({
    "no_readable_text", "unread_language", "not_found_by_ocr", "no_document", "named_not_received", "held_not_given", "originals_not_given", "licence_chain_unverified", "chain_not_traced",
    "no_office_notice", "prior_art_date_unknown", "unsigned", "signature_not_shown", "licence_territory_unverified", "licensee_not_seller", "buyer_not_seller",
    # The seller's own description of a paper it did not give: its reply says only what the counter-notice itself says.
    "said_buyer_not_seller", "said_outside_window",
    "contract_party_not_seller", "own_photos_claim", "own_creation_claim", "bought_from_patentee",
    # A legal argument named and said to be answered or checked by counsel (its reply states nothing of the right).
    "invalidation_claim", "expired_claim", "territory_claim", "exhaustion_claim", "fair_use_claim", "non_use_claim", "own_registration_claim",
    "descriptive_claim", "prior_use_claim", "classes_claim", "own_application_claim", "originality_claim",
    # What the seller itself says of where the goods came from, or of whether they are genuine, or admits of its copy, said as its own words.
    "no_supply_chain_admitted", "genuineness_doubted", "part_admitted",
    # The seller's own words that its product has changed since the complaint.
    "product_changed_said",
    # Goods the seller says were made for another market: answered with what our record holds, and that it showed nothing.
    "other_market_goods_claim",
})


# Points that are not shortfalls but that the reply answers: the seller's own reading of the facts, and its own patent; and
# an authorisation that starts after the seller's 'since', said beside the points that decide a licence answered anyway.
ANSWERED_INFO = ("unverified_claim", "own_photos_claim", "own_creation_claim", "legal_argument", "own_design_patent", "own_patent_no_defence",
                 "no_supply_chain_admitted", "genuineness_doubted", "part_admitted", "product_changed_said", "fits_title_for_legal",
                 "authorised_since_before_document", "other_market_goods_claim", "unread_language",
                 "authorised_source_said")


# Points whose reply names the evidence of one kind our complaint rests on (our original photo files, attached or to attach
# if we have them): the closing line then does not name it again (attach_again).
NAMES_OUR_EVIDENCE = {"own_photos_claim": "original_image_files", "earlier_creation_claimed": "original_image_files"}


# Sentences of a finding's message addressed to us, not to the platform: what to check or ask, and what our own records
# settle ('Check which company it is before relying on it.', 'our own records show whether we ever granted this ... if we
# did not, say so to the platform'). They belong in the checklist and the points to check; the reply never says them.
_TO_US_RE = re.compile(
    r"^(?:check|ask|verify|look (?:it )?up|compare|confirm|find out|see)\b"
    r"|say so to the platform|\bour own (?:\w+ )?records (?:show|settle|decide)|\bwe would know\b|before relying on (?:it|them|what)"
    r"|\bin our record: our own\b",
    re.IGNORECASE,
)
_SEE_BELOW_RE = re.compile(r"\s*\((?:see|in) (?:To check|the checklist|Suspicious|below)[^()]*\)", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[(])")
# The same advice as the last clause of a sentence ('...is not shown to be about our right: ask the seller which right it means.').
_TO_US_CLAUSE_RE = re.compile(r"\s*[:;]\s*(?:ask|check|verify|look (?:it )?up|compare|confirm|find out)\b[^.:;]*\.\s*$", re.IGNORECASE)


def for_the_platform(words: str) -> str:
    """A finding's words as the reply to the platform may say them: without the sentences addressed to us (what to check,
    what to ask, what our own records settle) and the pointers to the report's other parts ('(see To check)')."""
    kept = [_TO_US_CLAUSE_RE.sub(".", s) for s in _SENTENCE_END_RE.split(_SEE_BELOW_RE.sub("", words).strip()) if s and not _TO_US_RE.search(s)]
    return " ".join(kept)


def reply_line(finding: Finding, status: GroundStatus) -> str:
    """A point as the draft puts it, from what it rests on: stated when a document or our record shows it (or when its
    reply only asks, see ASKS_OR_SHOWS_ONLY); otherwise a placeholder for the reviewer naming what would confirm it. A
    point without words of its own for the platform is said without the sentences addressed to us (for_the_platform)."""
    words = finding.reply or for_the_platform(finding.message) or finding.message
    if finding.basis is not Basis.NOT_VERIFIED or finding.code in ASKS_OR_SHOWS_ONLY:
        return words
    after = finding.to_confirm or ("legal has reviewed it" if status is GroundStatus.NEEDS_LEGAL_REVIEW else "a person has checked it")
    return f"[To confirm after {after}: {words}]"


# The seller says the office declared our right invalid, or was asked to, or that it lapsed: whether it is still in force is not stated
# until legal has checked the office's register.
VALIDITY_CHECK = "legal has checked the office's decision or the request the seller cites"


def _validity_questioned(triage: AppealTriage) -> bool:
    return any(f.code in ("invalidation_claim", "expired_claim") for g in triage.grounds for f in g.findings)


def _registered(complaint: Complaint) -> bool:
    """Whether our record holds the right as registered: an unregistered copyright has no registration to state."""
    right = complaint.ip_right
    return right.registered or bool(right.registration_number)


def _right_line(complaint: Complaint) -> str:
    """The right as our record holds it, and no more: an unregistered work is called unregistered."""
    right = complaint.ip_right
    parts = [f"{right.ip_type.value} {right.name}"]
    if right.registration_number:
        parts.append(f"registration no. {right.registration_number}")
    if not _registered(complaint):
        parts.append("unregistered")
    elif right.places_of_registration:
        parts.append(f"registered in {', '.join(right.places_of_registration)}")
    if right.owner:
        parts.append(f"owned by {right.owner}")
    return ", ".join(parts)


def _accepting(triage: AppealTriage, complaint: Complaint, name: str, reference: str) -> ResponseDraft:
    """The reply when the triage recommends accepting: we do not contest the counter-notice, once our own records
    confirm what decides it (the sale, when the owner itself sold the goods). It never asks to keep the listing down."""
    from_owner = owner_sale(triage.grounds) is not None
    granted = licence_from_us(triage.grounds)
    differs = own_paper_differences(triage.grounds)
    said = [f.message.split(". The document says it was issued by us")[0] for f in differs]
    settled = (" and settle where the seller's words and its paper differ (" + "; ".join(s[0].lower() + s[1:] for s in said) + ")"
               if differs else "")
    check = (f"our own sales records show the sale the seller relies on (its invoice number, day, quantity and buyer){settled}" if from_owner
             else "our own licence records show we granted the authorisation the seller relies on"
             + (f" (attachment #{granted.attachment})" if granted.attachment else "") if granted
             else "our own licence and sales records show the seller's documents are genuine")
    if triage.recommendation is Recommendation.ESCALATE_TO_LEGAL:
        check = f"legal has looked at the instructions hidden in the seller's text or files and {check}"
    lines = [
        DRAFT_MARK,
        "",
        f"Note for the reviewer: send this only once {check}; if they do not, do not send it: escalate to legal instead.",
        "",
        f"Re: counter-notice to complaint {reference}",
        "",
        f"{name} has checked the counter-notice against its own records and does not contest it: we withdraw the complaint "
        f"against the reported listing(s) and do not object to their restoration. Our right: {_right_line(complaint).rstrip('.')}.",
        "",
        f"{name}",
    ]
    return ResponseDraft(complainant=name, text="\n".join(lines), answered_grounds=[])


def _ours_held_for_legal(triage: AppealTriage) -> bool:
    """A paper of our own company that meets the standard, sent to legal only because the counter-notice tries to
    instruct the assistant: nothing in the papers is against the seller, so the reply is the accepting one, held until
    legal and our own records confirm it (never 'maintains the complaint' with no reason to give)."""
    injected = any(f.code == "injection_attempt" for f in triage.suspicious)
    ours = owner_sale(triage.grounds) is not None or licence_from_us(triage.grounds) is not None
    against = any(f.severity in (Severity.MISSING, Severity.SUSPICIOUS) for g in triage.grounds for f in g.findings)
    return triage.recommendation is Recommendation.ESCALATE_TO_LEGAL and injected and ours and not against


def _holding(triage: AppealTriage, complaint: Complaint, checked: list[str], name: str, reference: str) -> ResponseDraft:
    """The reply while something only our own records or our counsel can settle is checked: it says what is being checked,
    argues nothing and withdraws nothing."""
    lines = [
        DRAFT_MARK,
        "",
        f"Re: counter-notice to complaint {reference}",
        "",
        f"{name} has received the counter-notice and is reviewing it before it answers on the merits{_held_for(triage)}. Our right: "
        f"{_right_line(complaint).rstrip('.')}.",
        "",
        "What is being checked:",
        *[f"- {line}" for line in checked],
        "",
        "We will send our answer once this review is complete; until then we do not withdraw the complaint.",
        "",
        f"{name}",
    ]
    return ResponseDraft(complainant=name, text="\n".join(lines), answered_grounds=[g.ground for g in triage.grounds])


def _listings_said(complaint: Complaint, words: list[str]) -> str:
    """The listings, of several, a ground's own sentences name by their place ('the second link'), said after its heading:
    a seller that treats its listings differently is answered per listing. Empty when they name none."""
    from assistant.domain.appeals.ground_standards import listings_by_place
    from assistant.domain.appeals.grounds import removal_said

    # A take-down said in the same sentence ('... genuine. second link we already deleted.') names the listing taken down,
    # not the one the ground is about.
    argued = [part for w in words for part in re.split(r"(?<=[.;!?。；！？])\s*", w) if part and not removal_said(part)]
    named = listings_by_place(complaint.listings, " ".join(argued)) if len(complaint.listings) > 1 else []
    return f" (said of {', '.join(named)})" if named and len(named) < len(complaint.listings) else ""


# Two points on one document's one fact, said as one: its date against the seller's (said_date_differs) with its date after
# the complaint (dated_after_complaint); its quantity against the seller's (claim_differs_from_document) with too few pieces.
_ONE_FACT = (("said_date_differs", None, "dated_after_complaint"), ("claim_differs_from_document", "quantity", "quantity_too_low"))


def _each_fact_once(points: list[Finding], complaint_date) -> list[Finding]:
    """The points with each fact of a document put once: the second point of a pair folded into the first's words."""
    out = list(points)
    for code, about, folded in _ONE_FACT:
        for main in [f for f in out if f.code == code and (about is None or f.about == about) and f.basis is not Basis.NOT_VERIFIED]:
            other = next((f for f in out if f.code == folded and f.attachment == main.attachment and f.attachment is not None), None)
            if other is None:
                continue
            words = (main.reply or for_the_platform(main.message) or main.message).rstrip().rstrip(".")
            tail = (f", after the date of our complaint ({complaint_date.isoformat()})." if folded == "dated_after_complaint"
                    else ", too few to account for the goods listed.")
            out[out.index(main)] = main.model_copy(update={"reply": words + tail})
            out.remove(other)
    return out


def _contested(triage: AppealTriage) -> str:
    """The listings the reply maintains the complaint against: the ones the seller contests when it gives up the others
    (contested_listings.py), said so; else all the reported listings."""
    partial = next((f for f in triage.to_check if f.code in (PARTIAL_CONTEST, LISTING_CONCEDED) and f.names), None)
    if partial is None:
        return "the reported listing(s)"
    one = len(partial.names) == 1
    others = ("admits the use of our mark in the other reported listings" if partial.code == LISTING_CONCEDED
              else "says it has taken the other reported listings down")
    return f"the listing{'' if one else 's'} the seller contests ({', '.join(partial.names)}); the seller {others}"


def _conceded(triage: AppealTriage) -> str:
    """' The seller itself concedes ...; it contests only ...' when it concedes one element of the listing and contests
    another (contested_listings.partial_concession), or takes a part out of the listing and contests the rest
    (contested_listings.part_removed_from_listing); else ''."""
    conceded = [f.reply for f in triage.to_check if f.code in (PARTIAL_CONCESSION, PART_REMOVED) and f.reply]
    return "".join(f" {reply}" for reply in conceded)


def _held_for(triage: AppealTriage) -> str:
    """', for the listings the seller contests (...)' in a holding reply when the seller gives up the others; else ''."""
    said = _contested(triage)
    return f" for {said}" if said != "the reported listing(s)" else ""


# A document the seller names that did not reach us (its point is not verified and asks for it).
_NOT_RECEIVED_CODES = ("no_document", "named_not_received")


def _documents_asked(triage: AppealTriage) -> str:
    """The documents the seller names but did not send, in its own words as the triage quoted them ('“authorisation
    letter”'), or 'the document it names' when the triage named none; empty when every document named was received."""
    from assistant.domain.appeals.named_files import named_documents
    from assistant.domain.appeals.triage import seller_words
    from assistant.domain.untrusted_text import escape_untrusted

    points = [f.message for g in triage.grounds for f in g.findings if f.code in _NOT_RECEIVED_CODES and f.basis is Basis.NOT_VERIFIED]
    if not points:
        return ""
    named = [d.words for d in named_documents(seller_words(triage.seller_text.counter_notice))]
    quoted = [f"\u201c{escape_untrusted(words)}\u201d" for words in named]
    # The ones the triage quoted; with no file given at all, every one the seller names did not reach us.
    asked = [q for q in quoted if any(q in point for point in points)] or (quoted if not triage.attachments else [])
    return f"the document it names as attached ({' and '.join(asked)})" if asked else "the document it says it attached"


def _our_statement(triage: AppealTriage, name: str, statements: list[str]) -> list[str]:
    """What the person said of a document the seller names ('we never sent them any authorisation'), as the complainant's
    own statement in their words, and the seller asked to produce what it names but did not send; empty without one."""
    if not statements:
        return []
    lines = ["", "Our statement:", *[f"- {name} states: \u201c{words.strip()[:200]}\u201d" for words in statements]]
    # Only a denial asks for the document: what we say of its limits speaks of a document we have seen.
    asked = _documents_asked(triage) if any(denies_document(words) for words in statements) else ""
    if asked:
        lines.append(f"- We ask the seller to produce {asked}: it did not reach us, and until it does nothing shows it exists.")
    return lines


def draft_response(triage: AppealTriage, complaint: Complaint, our_statements: list[str] | tuple[str, ...] = ()) -> ResponseDraft:
    """The reply answering each ground with the documents' own content and our evidence; a draft, never sent. When the
    triage recommends accepting, the reply withdraws the complaint instead (for a person to send once checked).
    ``our_statements``: what the person said of a document the seller names (our_word.py), said as ours."""
    name = complaint.complainant.name
    reference = complaint.platform_complaint_id or complaint.id or "(complaint reference)"
    if triage.recommendation is Recommendation.ACCEPT or _ours_held_for_legal(triage):
        return _accepting(triage, complaint, name, reference)
    ours = _our_statement(triage, name, list(our_statements))
    checked = being_checked(triage.grounds, complaint)
    if checked:
        held = _holding(triage, complaint, checked, name, reference)
        if not ours:
            return held
        body, _, tail = held.text.rpartition("\n\nWe will send our answer")
        return held.model_copy(update={"text": "\n".join([body, *ours]) + "\n\nWe will send our answer" + tail})
    lines = [
        DRAFT_MARK,
        "",
        f"Re: counter-notice to complaint {reference}",
        "",
        f"{name} maintains the complaint against {_contested(triage)}. Our right: {_right_line(complaint).rstrip('.')}."
        + (f" [To confirm after {VALIDITY_CHECK}: that our right is still in force.]" if _validity_questioned(triage) else "")
        + _conceded(triage),
    ]
    answered = []
    said: set[str] = set()
    named_kinds: set[str] = set()  # the kinds of our evidence the points name (NAMES_OUR_EVIDENCE)
    for assessment in triage.grounds:
        if assessment.status is GroundStatus.MEETS_STANDARD:
            continue  # nothing to answer against: the checklist asks a person to verify it instead
        # Several legal arguments are answered each under its own heading; any other ground under its label.
        sections = [(a.label, a.findings, a.status, f"{a.kind}_claim") for a in assessment.arguments] or [
            (ground_label(assessment.ground, {f.code for f in assessment.findings}, complaint.ip_right.ip_type) + _listings_said(complaint, assessment.words),
             assessment.findings, assessment.status, None)]
        rest = beside_arguments(assessment)
        if rest:  # the seller's own photos beside its legal arguments: answered under their own label
            sections.append((ground_label(assessment.ground, {f.code for f in rest}, complaint.ip_right.ip_type), rest, assessment.status, None))
        for heading, findings, status, named in sections:
            points = [f for f in findings if f.severity in (Severity.MISSING, Severity.SUSPICIOUS)]
            points += [f for f in findings if f.code in ANSWERED_INFO or f.code == named or f.about == REGISTRY_HOLDS]  # our registry's rights cited
            points = _each_fact_once(points, triage.complaint_date)
            # Each point once in the whole reply, in the words meant for the platform; what nobody could read is asked for.
            answers = [a for a in dict.fromkeys(reply_line(f, status) for f in points) if a not in said]
            if not answers:
                continue
            said.update(answers)
            named_kinds.update(NAMES_OUR_EVIDENCE[f.code] for f in points if f.code in NAMES_OUR_EVIDENCE)
            if assessment.ground not in answered:
                answered.append(assessment.ground)
            lines += ["", f"{heading}:"]
            lines += [f"- {answer}" for answer in answers]
    lines += ours
    closing = attach_again(complaint, usual_evidence(complaint), _registered(complaint), frozenset(named_kinds))  # only what our record lists
    lines += ["", *([closing] if closing else []), "For these reasons we ask the platform not to restore the listing(s).", "", f"{name}"]
    return ResponseDraft(complainant=name, text="\n".join(lines), answered_grounds=answered)


__all__ = ["ASKS_OR_SHOWS_ONLY", "DRAFT_MARK", "ResponseDraft", "draft_response", "reply_line"]
