"""An authorisation from the owner to the seller's supplier: a link of the seller's supply chain, not the seller's licence.

A seller that bought from a distributor often attaches, beside the distributor's invoice, the distributor's own
appointment by the owner ('Brisa Calzados S.L. appoints Brisa Asia Distribution Ltd as authorised distributor'). That
letter is addressed to the distributor: it lets the distributor sell, and says where the seller's goods come from, but
it gives the seller no licence of its own. Read as the seller's licence, its limits (a territory, a term) would be put
to the seller as if they bound its listing ('ask the seller where the listing sells'), and the licence checks would
judge a letter nobody offered as one.

So a letter from the owner granted to a company that is not the seller but issued a purchase paper the seller gives is
read with the purchase ground: it raises no licence ground (unless the seller claims a licence of its own besides),
and the purchase ground says what it is, for us to confirm in our own records that we appointed that company.
"""

from __future__ import annotations

from assistant.domain.appeals.checks import (
    Basis, CheckContext, Finding, GroundAssessment, Severity, letter_from_owner, letter_grantee, letter_grantor,
)
from assistant.domain.appeals.evidence import (
    AUTHORIZATION_KINDS, PURCHASE_KINDS, AppealAttachment, date_as_written, document_date, document_issuer, names_in, validity_period,
)
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.parties import NameMatch, compare_names, seller_names
from assistant.domain.untrusted_text import escape_untrusted

CODE = "supplier_authorised"


def _same(a: str, b: str) -> bool:
    return compare_names(a, b) is not NameMatch.OTHER or names_in(a, b) or names_in(b, a)


def supplier_of(ctx: CheckContext, doc: AppealAttachment) -> tuple[str, int] | None:
    """(the company, as the letter writes it; the purchase paper it issued) when ``doc`` is an authorisation from the owner
    granted to a company that is none of the seller's names but issued one of the seller's purchase papers; None otherwise."""
    grantee = letter_grantee(doc)
    if not grantee or not letter_from_owner(ctx, doc):
        return None
    if any(_same(seller, grantee) for seller in seller_names(ctx.counter_notice)):
        return None
    issued = next((index for index, paper in ctx.of_kinds(PURCHASE_KINDS) if (issuer := document_issuer(paper)) and _same(issuer, grantee)), None)
    return (grantee, issued) if issued else None


def flag_supplier_letters(ctx: CheckContext, grounds: list[GroundAssessment]) -> None:
    """Each letter to the seller's supplier said on the purchase ground: what it is, and what our own records settle."""
    purchase = next((g for g in grounds if g.ground is AppealGround.PURCHASE_INVOICE), None)
    if purchase is None or any(g.ground in (AppealGround.LICENCE, AppealGround.AUTHORIZATION_CHAIN) for g in grounds):
        return
    for index, doc in ctx.of_kinds(AUTHORIZATION_KINDS):
        found = supplier_of(ctx, doc)
        if not found:
            continue
        grantee, paper = (escape_untrusted(found[0])[:80], found[1])
        grantor = escape_untrusted(letter_grantor(doc) or ctx.owners[0])[:80]
        issuer = document_issuer(dict(ctx.of_kinds(PURCHASE_KINDS))[paper]) or found[0]  # as the paper writes it
        if issuer.strip(" .").casefold() == found[0].strip(" .").casefold():
            grantee, written = escape_untrusted(issuer)[:80], ""  # one name, a stop apart: as the paper writes it
        else:
            written = f" (written there '{escape_untrusted(issuer)[:80]}')"
        purchase.findings = _asked_here(purchase.findings, paper)
        purchase.findings.append(Finding(
            code=CODE, severity=Severity.INFO, ground=AppealGround.PURCHASE_INVOICE, attachment=index, basis=Basis.NOT_VERIFIED,
            names=[issuer],
            message=f"Attachment #{index} is an authorisation from '{grantor}' to '{grantee}', the company that issued "
            f"{'the purchase paper in the same file' if paper == index else f'attachment #{paper}'}{written}, "
            f"not to the seller: it is no licence of the seller's, and its terms do not bind the seller's listing. It says the seller's "
            f"supplier is one the owner appointed: check in our own records (our distributors and their agreements) that we appointed "
            f"'{grantee}' and that attachment #{index} is ours.",
        ))
        purchase.findings.extend(letter_terms(ctx, index, doc, grantee, paper))



def _page(text: str, words: str) -> str:
    """' (page N)' for the page of a paper of several pages that holds ``words``; '' for a paper of one page."""
    pages = text.split("\f")
    found = next((n for n, page in enumerate(pages, 1) if words[:60] in page), None) if len(pages) > 1 else None
    return f" (page {found})" if found else ""


def letter_terms(ctx: CheckContext, index: int, doc: AppealAttachment, grantee: str, paper: int) -> list[Finding]:
    """What the supplier's appointment itself says of where and when it holds, against the listing: a territory the
    listing's site does not sell in, and a period that had ended before the complaint date (with whether the purchase
    paper falls within it, which is what the goods' origin rests on). Each quoted as the letter writes it, with its page."""
    from assistant.domain.appeals import licence_scope as scope

    text, out = doc.text or "", []
    country = scope.listing_country(ctx.complaint)
    clause = scope.territory_clause(text, country)
    if clause and country and not clause.covers(country):
        words = escape_untrusted(clause.words)
        out.append(Finding(
            code="supplier_territory_not_covered", severity=Severity.MISSING, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
            about="territory",
            message=f"Attachment #{index} appoints '{grantee}' for '{words}'{_page(text, clause.words)}; the listing is on "
            f"{ctx.complaint.site.label}, which sells in {scope.country_name(country)}: the letter gives no right to sell there, to "
            "its distributor or to anyone buying from it. Whether goods bought within that territory may be resold there is a "
            "question for legal.",
            reply=f"The distributor's appointment the seller relies on (attachment #{index}) is limited to '{words}', while the listing "
            f"is on {ctx.complaint.site.label}, which sells in {scope.country_name(country)}.",
        ))
    _, until = validity_period(text)
    if until and until < ctx.complaint_date:
        written = date_as_written(text, until) or until.isoformat()
        shown = f"'{escape_untrusted(written)}'" + (f" ({until})" if written != until.isoformat() else "")
        bought = dict(ctx.of_kinds(PURCHASE_KINDS)).get(paper)
        day = document_date(bought.text) if bought is not None and bought.text else None
        within = (f"; the purchase paper (attachment #{paper}, dated {day}) falls within it" if day and day <= until
                  else f"; the purchase paper (attachment #{paper}, dated {day}) is later" if day else "")
        out.append(Finding(
            code="supplier_appointment_ended", severity=Severity.MISSING, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
            about="valid_until",
            message=f"Attachment #{index} is valid until {shown}{_page(text, written)}, before {ctx.judged_against}: it does not show "
            f"that '{grantee}' is our distributor now{within}.",
            reply=f"The distributor's appointment the seller relies on (attachment #{index}) ended on {shown}, before "
            + ("the complaint was filed." if ctx.complaint_date_basis == "filed_on" else f"{ctx.complaint_date}."),
        ))
    return out


def _asked_here(findings: list[Finding], paper: int) -> list[Finding]:
    """The purchase ground's points on the supplier's paper once the letter's point asks who the supplier is (that we
    appointed it): the same question is not asked again in other words (one point per fact). The paper's issuer said
    to be another company than the owner is dropped (the letter's point names it as the paper's issuer), and the
    question is taken out of the point saying what the paper bears out."""
    from assistant.domain.appeals.paper_agreement import without_issuer_question

    kept = [f for f in findings if not (f.code == "issued_by_another" and f.severity is Severity.INFO and f.attachment == paper)]
    return [without_issuer_question(f) if f.code == "document_agrees" and f.attachment == paper else f for f in kept]


__all__ = ["CODE", "flag_supplier_letters", "letter_terms", "supplier_of"]
