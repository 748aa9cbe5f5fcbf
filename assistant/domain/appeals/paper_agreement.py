"""A purchase paper that agrees with what the seller says of it, said in so many words.

When nothing on the paper falls short, the points on which it bears out the seller (its number, its day, its quantity,
its issuer, its buyer being the seller that signs) are stated, so that a reviewer sees that the paper matches and
what is left to decide it: who its issuer is (one of our own distributors or retailers sells genuine goods). A paper
that disagrees with the seller is said elsewhere (claim_differs_from_document, buyer_not_seller); this one only speaks
when the two agree.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.domain.appeals.checks import CheckContext, Finding, Severity
from assistant.domain.appeals.evidence import AppealAttachment, names_in
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.parties import (
    NameMatch, PartyRole, compare_names, document_parties, is_role_word, one_business, seller_names,
)
from assistant.domain.untrusted_text import escape_untrusted

# A paper's own number as sellers quote it ('n. 2026-4471', 'invoice PS-70215', 'factura n.º 2026/0932'): letters or digits
# joined by a dash or a slash, never part of a day ('2026-10-09').
_PAPER_NUMBER_RE = re.compile(r"(?<![\w/-])(?:[A-Z]{1,5}-\d{3,}|\d{2,}[-/]\d{2,})(?![\w/-]|[-/]\d)")


def _agrees(claims, shown, field: str) -> bool:
    values = [getattr(c, field) for c in claims if getattr(c, field) is not None]
    return bool(values) and shown is not None and all(v == shown for v in values)


def _gives_number(text: str, number: str) -> bool:
    """Whether a paper gives ``number`` as a number of its own, not inside a longer one ('92026-0117', where a scan's OCR
    read a raised 'º' as a 9, is not '2026-0117')."""
    return re.search(rf"(?<![\w/-]){re.escape(number)}(?![\w/-]|[-/]\d)", text) is not None


def _name(name: str) -> str:
    return escape_untrusted(name)[:80]


def _same(a: str, b: str) -> bool:
    return compare_names(a, b) is NameMatch.SAME or names_in(a, b) or names_in(b, a)


def _supplier_agrees(ctx: CheckContext, issuer: str | None) -> str | None:
    said = [c.party or c.value for c in ctx.claims if c.about == "supplier" and (c.party or c.value)]
    return issuer if issuer and said and any(_same(s, issuer) for s in said) else None


def _buyer_is_seller(ctx: CheckContext, doc: AppealAttachment) -> str | None:
    """The buyer the paper names, said as the seller: 'its buyer, the seller itself (...)', or, when the two names are one
    business's with and without a word for a shop ('Rimba Gear Enterprise', 'Kedai Rimba Gear'), presumably the seller."""
    buyer = next((n for n in document_parties(doc.text or "", PartyRole.BUYER) if not is_role_word(n)), None)
    sellers = seller_names(ctx.counter_notice)
    if buyer and any(compare_names(buyer, s) is NameMatch.SAME for s in sellers):
        return f"its buyer, the seller itself ('{_name(buyer)}')"
    alike = next((s for s in sellers if compare_names(buyer, s) is NameMatch.OTHER and one_business(buyer, s)), None) if buyer else None
    return f"its buyer ('{_name(buyer)}'), presumably the seller ('{_name(alike)}': to check)" if alike else None


# The sentence of the point that asks who the issuer is: left out where another point asks it (one question per fact).
ISSUER_QUESTION = " What decides this ground is who"


def without_issuer_question(finding: Finding) -> Finding:
    """The point without its question about the issuer, when another point asks it (the owner's letter to that company)."""
    return finding.model_copy(update={"message": finding.message.split(ISSUER_QUESTION)[0]})


def agreement_finding(
    ctx: CheckContext, index: int, doc: AppealAttachment, issued: date | None, quantity: int | None, issuer: str | None,
) -> Finding | None:
    """The points on which attachment ``index`` bears out the seller's own description of it, when at least two agree
    and none differs; and what decides the ground then (who the issuer is: without_issuer_question when another point
    on the paper asks it)."""
    text = doc.text or ""
    agreed = [f"its number ('{_name(n)}')" for n in dict.fromkeys(_PAPER_NUMBER_RE.findall(ctx.counter_notice)) if _gives_number(text, n)][:1]
    if _agrees(ctx.claimed("date", index), issued, "day"):
        agreed.append(f"its date ({issued.isoformat()})")
    if _agrees(ctx.claimed("quantity", index), quantity, "quantity"):
        agreed.append(f"its quantity ({quantity})")
    supplier = _supplier_agrees(ctx, issuer)
    if supplier:
        agreed.append(f"its issuer ('{_name(supplier)}')")
    buyer = _buyer_is_seller(ctx, doc)
    if buyer:
        agreed.append(buyer)
    if len(agreed) < 2:
        return None
    listed = agreed[0] if len(agreed) == 1 else ", ".join(agreed[:-1]) + " and " + agreed[-1]
    decides = (f"{ISSUER_QUESTION} '{_name(issuer)}' is: if it sells goods it had from us (one of our distributors "
               "or retailers), the goods are genuine and the complaint should be withdrawn." if issuer else "")
    return Finding(
        code="document_agrees", severity=Severity.INFO, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
        message=f"Attachment #{index} agrees with what the seller says of it: {listed}.{decides}",
    )


__all__ = ["ISSUER_QUESTION", "agreement_finding", "without_issuer_question"]
