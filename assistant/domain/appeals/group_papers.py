"""A purchase paper the seller says comes from a company of our own group ('acquistati da Lumora Italia S.r.l., la filiale
italiana del vostro gruppo', 'Korva Trading UK Ltd, your own UK subsidiary', 'einer Tochtergesellschaft Ihres Konzerns',
'贵司的子公司'), issued by a company whose name carries our own (our record's owner or our mark): whether it is ours and
made this sale is in our own group's sales records, not in the paper's form.

So its points of form (the pieces it covers, its signature or seal, its age) are not argued against the seller: they are
points those records settle, as for a paper issued by the owner itself (right_standards.FORMALITIES). The triage sends it
to legal with the check to make, and the reply says what is being checked (response.py). This is the product's reading,
not a published rule.

The words for 'a company of your group' are a closed vocabulary in each language the product reads; a sentence says it
of the paper's issuer when it names the issuer, or names no other company.

The same holds for a paper from a company the seller calls our official or authorised distributor ('el distribuidor
oficial en España', 'your authorised dealer', 'il vostro distributore ufficiale', '官方经销商'), whose name carries ours
('Norvik Iberia S.L.' for Norvik Lighting AB), when the one point against the paper is that it names another buyer than
the seller: whether it is our distributor and made this sale is in our own records, and it decides the case (a paper that
meets the standard, or falls short on another point, is judged as any other). If it is, and the paper is genuine, the goods were put on the market with our consent: the complaint
should be withdrawn for them (legal answers exhaustion). So that check comes first: what the paper bears out of the
seller's words is said, and a buyer it names other than the seller is a question to put to the seller (how are they
linked?), never a finding told to the platform that the seller did not buy the goods.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import Basis, CheckContext, Finding, GroundAssessment, GroundStatus, Severity
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AppealAttachment, document_date, document_issuer, document_quantity
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.parties import NameMatch, compare_names
from assistant.domain.legal_forms import company_parts, end_sentence
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# 'A company of your group', in the languages the product reads.
_GROUP_RE = re.compile(
    r"\b(?:subsidiar(?:y|ies)|sister compan(?:y|ies)|affiliated? compan(?:y|ies)|group compan(?:y|ies)|daughter compan(?:y|ies)"
    r"|(?:your|the brand'?s|the owner'?s)\s+(?:own\s+)?(?:\w+\s+){0,2}(?:group|branch|office|affiliate)|part of your group"
    # Italian, Spanish
    r"|filiale|consociata|controllata|succursale|societ[aà] del (?:vostro )?gruppo|(?:vostro|del vostro|su|vuestro|de su) grupo?"
    r"|filial|subsidiaria|sucursal|empresa del grupo"
    # German
    r"|tochter(?:gesellschaft|firma|unternehmen)|schwestergesellschaft|konzerngesellschaft|niederlassung"
    r"|(?:ihres|ihrem|ihren|ihr) (?:eigenen? )?(?:konzerns?|gruppe|unternehmensgruppe)"
    # Malay / Indonesian
    r"|anak (?:syarikat|perusahaan)|cawangan|syarikat (?:berkaitan|bersekutu)|(?:kumpulan|grup) (?:anda|tuan|pengadu)"
    r")\b"
    r"|子公司|分公司|关联公司|集团(?:旗下|公司|内)|(?:贵司|贵公司|你们|你司|品牌方)(?:的)?(?:旗下|集团)"
)


# 'Our official (or authorised) distributor', in the languages the product reads: the seller says the paper's issuer is
# one of ours. A distributor the seller names as its own supplier without 'official' or 'your' is any supplier.
_DISTRIBUTOR_RE = re.compile(
    r"\b(?:official|authori[sz]ed|exclusive|appointed|your(?:\s+own)?|the brand'?s)\s+(?:\w+\s+){0,2}?(?:distributor|dealer|reseller|importer|retailer|partner)s?\b"
    r"|\b(?:distributor|dealer|importer)s?\s+(?:of|for)\s+(?:the\s+)?(?:brand|you)\b"
    r"|\b(?:distribuidor|importador|revendedor|concesionario)(?:es|a)?\s+(?:oficial|autorizad[oa]|exclusiv[oa])(?:es)?\b"
    r"|\b(?:su|vuestro|de ustedes)\s+distribuidor\b"
    r"|\b(?:distributore|importatore|rivenditore|concessionario)\s+(?:ufficiale|autorizzato|esclusivo)\b|\b(?:vostro|il vostro)\s+distributore\b"
    r"|\b(?:offizielle[rn]?|autorisierte[rn]?|ihre[rn]?)\s+(?:vertriebspartner|händler|distributor|importeur|generalimporteur)\b|\bvertragshändler\b"
    r"|\bdistributeur\s+(?:officiel|agréé|exclusif)\b|\b(?:distributor|pengedar|agen|penjual)\s+(?:resmi|rasmi|sah)\b"
    r"|官方(?:授权)?(?:经销商|代理商?|分销商)|授权(?:经销商|代理商?|分销商)|(?:总|独家)(?:代理|经销)"
)


def _ours_in_name(ctx: CheckContext, issuer: str) -> bool:
    """Whether the issuer's name carries our own: the first word of our record's owner, or our mark, as a word of it."""
    words = set(re.findall(r"\w+", normalize_text(issuer)))
    ours = {normalize_text(ctx.brand)} | {normalize_text(company_parts(owner)[0]).split(" ")[0] for owner in ctx.owners if owner}
    return any(len(w) >= 3 and w in words for w in ours)


def group_words(counter_notice: str, issuer: str) -> str | None:
    """The seller's sentence that says the paper's issuer is a company of our group, as written; None when none does."""
    name = normalize_text(company_parts(issuer)[0])
    for sentence in sentences(counter_notice or ""):
        norm = normalize_text(sentence)
        if _GROUP_RE.search(norm) and (name in norm or not re.search(r"\b(?:ltd|gmbh|s\.?r\.?l|s\.?a|inc|llc|co)\b|有限公司", norm)):
            return sentence.strip()
    return None


def distributor_words(counter_notice: str, issuer: str) -> str | None:
    """The seller's sentence that says the paper's issuer is our official or authorised distributor, as written; None when
    none does. The sentence names the issuer, or names no other company."""
    name = normalize_text(company_parts(issuer)[0])
    for sentence in sentences(counter_notice or ""):
        norm = normalize_text(sentence)
        if _DISTRIBUTOR_RE.search(norm) and (name in norm or not re.search(r"\b(?:ltd|gmbh|s\.?r\.?l|s\.?a|s\.?l|b\.?v|inc|llc|co)\b|有限公司", norm)):
            return sentence.strip()
    return None


def group_paper_finding(ctx: CheckContext, index: int, doc: AppealAttachment, ground: AppealGround) -> Finding | None:
    """The point to check when the seller says the paper's issuer is of our group, or our official distributor, and its
    name carries ours; else None."""
    issuer = document_issuer(doc)
    if not issuer or not ctx.owners or not _ours_in_name(ctx, issuer):
        return None
    if any(compare_names(issuer, owner) is not NameMatch.OTHER for owner in ctx.owners):
        return None  # the owner itself: its own sale (right_standards.sold_by_owner)
    if not group_words(ctx.counter_notice, issuer):
        return _distributor_finding(ctx, index, doc, ground, issuer) if distributor_words(ctx.counter_notice, issuer) else None
    written, owner = escape_untrusted(issuer)[:80], ctx.owners[0]
    return Finding(
        code="group_paper_said", severity=Severity.INFO, ground=ground, attachment=index, basis=Basis.NOT_VERIFIED,
        message=f"The seller says '{written}', which issued attachment #{index}, is a company of our own group (its words are "
        f"quoted with its grounds), and its name carries ours (our record names the owner '{owner}'). Whether it is ours and made "
        "this sale is in our own group's sales records: look the sale up there (the invoice number, the day, the quantity and the "
        "buyer) before answering. If it did, the goods are genuine; a paper of our own group is not argued against on its form.",
        reply=f"The seller's invoice (attachment #{index}) from {written} is being checked against our group's own sales records.",
        names=[written, owner],
    )


# A paper's own number under its label ('FACTURA N.º NI-2026-0457', 'Invoice No. KB-2026-3310', 'FATTURA N. NIT-2026-0912').
_PAPER_NUMBER_RE = re.compile(
    r"\b(?:invoice|factura|fattura|rechnung|facture|faktur|nota)\b[^\n\d]{0,12}?(?:n[.º°o]*|no\.?|nr\.?|#|number|nummer|num\.?)\s*[:.]?\s*"
    r"(?P<number>[A-Z0-9][A-Z0-9/\-.]{3,20}[A-Z0-9])", re.IGNORECASE)


def _distributor_finding(ctx: CheckContext, index: int, doc: AppealAttachment, ground: AppealGround, issuer: str) -> Finding:
    written, owner = escape_untrusted(issuer)[:80], ctx.owners[0]
    number = _PAPER_NUMBER_RE.search(doc.text or "")
    paper = f"its invoice '{escape_untrusted(number.group('number'))}'" if number else f"attachment #{index}"
    return Finding(
        code="distributor_paper_said", severity=Severity.INFO, ground=ground, attachment=index, basis=Basis.NOT_VERIFIED,
        message=f"Attachment #{index} was issued by '{written}', which the counter-notice calls our official distributor (its words are "
        f"quoted with its grounds), and that name carries ours (our record names the owner '{owner}'). Check this first, in our own records: is "
        f"'{written}' one of our distributors, and is {paper} genuine (a sale it made: the day, the quantity and the buyer)? If both "
        "hold, the goods are genuine, put on the market with our consent: consider withdrawing the complaint for these goods (legal "
        "answers any argument on exhaustion). A paper of our own distributor is not argued against on its form.",
        reply=f"The seller's invoice (attachment #{index}) from {written} is being checked against our own records of our distributors "
        "and their sales.",
        names=[written, owner],
    )


# A shortfall's verdict at the end of its point ('...: unless the seller shows one, it falls short'): no verdict for our own paper.
_FALLS_SHORT_RE = re.compile(r"[:;,]\s*(?:unless the seller shows one, )?it falls short\.?$")

# Points a paper can lack while the sale it records is ours: its form, its pieces, its age.
GROUP_FORM_POINTS = frozenset({"unsigned", "signature_not_shown", "signature_in_picture", "quantity_too_low", "quantity_missing",
                               "outside_window"})


def as_group_paper(assessment: GroundAssessment, index: int, ctx: CheckContext | None = None) -> None:
    """The ground relying on a paper of our own group (or of our distributor): its points of form become points our own
    records settle, never reasons to maintain the complaint; a buyer other than the seller becomes a question to the
    seller; what the paper bears out of the seller's words is said; the ground is not verified until those records are
    checked."""
    assessment.findings = [_buyer_question(f) if f.code == "buyer_not_seller" and f.attachment == index else f for f in assessment.findings]
    if ctx is not None and not any(f.code == "document_agrees" and f.attachment == index for f in assessment.findings):
        doc = next((d for i, d, _ in ctx.attachments if i == index), None)
        agreed = _agreement(ctx, index, doc) if doc is not None else None
        if agreed:
            assessment.findings.append(agreed)
    assessment.findings = [
        f.model_copy(update={"severity": Severity.INFO, "basis": Basis.NOT_VERIFIED, "reply": None, "message": end_sentence(
            f"{_FALLS_SHORT_RE.sub('', f.message).rstrip('.')}: a point of form, which our own group's sales records settle for a "
            "paper the seller says comes from our group, not one to argue against it")})
        if f.attachment == index and f.code in GROUP_FORM_POINTS else f
        for f in assessment.findings
    ]
    # The check that decides comes first, then what the paper bears out, then the rest.
    first = [f for f in assessment.findings if f.code in _OWN_PAPER_CODES and f.attachment == index]
    agrees = [f for f in assessment.findings if f.code == "document_agrees" and f.attachment == index]
    assessment.findings = first + agrees + [f for f in assessment.findings if f not in first and f not in agrees]
    if not any(f.severity in (Severity.MISSING, Severity.SUSPICIOUS) for f in assessment.findings):
        assessment.status = GroundStatus.UNVERIFIED


def only_the_buyer_differs(assessment: GroundAssessment, index: int) -> bool:
    """Whether the one point against attachment ``index`` is that it names another buyer than the seller: the paper from our
    distributor then stands or falls by our own records (and the seller's answer on its buyer); a paper that meets the
    standard, or falls short on another point, is judged as any other."""
    against = [f for f in assessment.findings if f.attachment == index and f.severity in (Severity.MISSING, Severity.SUSPICIOUS)
               and f.basis is not Basis.NOT_VERIFIED]  # what could not be read is asked for, not held against the paper
    return bool(against) and all(f.code == "buyer_not_seller" for f in against)


def _buyer_question(found: Finding) -> Finding:
    """'Made out to another buyer than the seller', for a paper our own records settle: a question to put to the seller."""
    buyer, seller = (found.names + [None, None])[:2] if found.names else (None, None)
    if not buyer:
        quoted = re.findall(r"'([^']+)'", found.message)
        buyer, seller = (quoted + [None, None])[:2]
    return found.model_copy(update={
        "code": "buyer_link_to_ask", "severity": Severity.INFO, "basis": Basis.NOT_VERIFIED, "reply": None,
        "message": f"Attachment #{found.attachment} is made out to '{buyer}', not to the seller" + (f" ('{seller}', as it names itself)" if seller else "")
        + f": ask the seller how its store is linked to '{buyer}' (its own company, or the one it bought from). Until it says, the "
        "paper shows that company's purchase.",
    })


def _agreement(ctx: CheckContext, index: int, doc: AppealAttachment) -> Finding | None:
    """What the paper bears out of the seller's own words (its issuer, its date, its quantity, the reported product), when
    at least two points agree and none of them differs."""
    from assistant.domain.appeals.evidence import product_matches, reported_product_text
    from assistant.domain.appeals.event_dates import bought_dates

    text, issuer = doc.text or "", document_issuer(doc)
    agreed, differs = [], False
    said = [c.party or c.value for c in ctx.claims if c.about == "supplier" and (c.party or c.value)]
    if issuer and said:
        same = any(compare_names(s, issuer) is NameMatch.SAME for s in said)
        agreed += [f"its issuer ('{escape_untrusted(issuer)[:80]}')"] if same else []
    issued = doc.date or document_date(text)
    months = bought_dates(ctx.counter_notice, ctx.message_day) if issued else []
    if issued and months:
        differs |= not months[0].holds(issued)
        agreed += [f"its date ({issued.isoformat()}, in '{escape_untrusted(months[0].written)}' as the seller says)"] if months[0].holds(issued) else []
    quantity = doc.quantity if doc.quantity is not None else document_quantity(text)
    counts = [c.quantity for c in ctx.claimed("quantity", index) if c.quantity is not None]
    if quantity is not None and counts:
        differs |= any(c != quantity for c in counts)
        agreed += [f"its quantity ({quantity})"] if all(c == quantity for c in counts) else []
    reported = reported_product_text(ctx.complaint)
    if reported and text and product_matches(reported, text, brand=ctx.brand):
        agreed.append("the reported product")
    if differs or len(agreed) < 2:
        return None
    listed = ", ".join(agreed[:-1]) + " and " + agreed[-1]
    return Finding(code="document_agrees", severity=Severity.INFO, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
                   message=f"Attachment #{index} agrees with what the seller says of it: {listed}.")


_OWN_PAPER_CODES = frozenset({"group_paper_said", "distributor_paper_said"})


def group_paper(grounds: list[GroundAssessment]) -> Finding | None:
    """The 'a paper of our own group (or distributor)' point of a triage, if it has one."""
    return next((f for g in grounds for f in g.findings if f.code in _OWN_PAPER_CODES), None)


__all__ = ["GROUP_FORM_POINTS", "as_group_paper", "distributor_words", "only_the_buyer_differs", "group_paper", "group_paper_finding", "group_words"]
