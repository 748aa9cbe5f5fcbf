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
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import Basis, CheckContext, Finding, GroundAssessment, GroundStatus, Severity
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AppealAttachment, document_issuer
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


def group_paper_finding(ctx: CheckContext, index: int, doc: AppealAttachment, ground: AppealGround) -> Finding | None:
    """The point to check when the seller says the paper's issuer is of our group and its name carries ours; else None."""
    issuer = document_issuer(doc)
    if not issuer or not ctx.owners or not _ours_in_name(ctx, issuer) or not group_words(ctx.counter_notice, issuer):
        return None
    if any(compare_names(issuer, owner) is not NameMatch.OTHER for owner in ctx.owners):
        return None  # the owner itself: its own sale (right_standards.sold_by_owner)
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


# A shortfall's verdict at the end of its point ('...: unless the seller shows one, it falls short'): no verdict for our own paper.
_FALLS_SHORT_RE = re.compile(r"[:;,]\s*(?:unless the seller shows one, )?it falls short\.?$")

# Points a paper can lack while the sale it records is ours: its form, its pieces, its age.
GROUP_FORM_POINTS = frozenset({"unsigned", "signature_not_shown", "signature_in_picture", "quantity_too_low", "quantity_missing",
                               "outside_window"})


def as_group_paper(assessment: GroundAssessment, index: int) -> None:
    """The ground relying on a paper of our own group: its points of form become points our group's sales records settle,
    never reasons to maintain the complaint; the ground is not verified until those records are checked."""
    assessment.findings = [
        f.model_copy(update={"severity": Severity.INFO, "basis": Basis.NOT_VERIFIED, "reply": None, "message": end_sentence(
            f"{_FALLS_SHORT_RE.sub('', f.message).rstrip('.')}: a point of form, which our own group's sales records settle for a "
            "paper the seller says comes from our group, not one to argue against it")})
        if f.attachment == index and f.code in GROUP_FORM_POINTS else f
        for f in assessment.findings
    ]
    if not any(f.severity in (Severity.MISSING, Severity.SUSPICIOUS) for f in assessment.findings):
        assessment.status = GroundStatus.UNVERIFIED


def group_paper(grounds: list[GroundAssessment]) -> Finding | None:
    """The 'a paper of our own group' point of a triage, if it has one."""
    return next((f for g in grounds for f in g.findings if f.code == "group_paper_said"), None)


__all__ = ["GROUP_FORM_POINTS", "as_group_paper", "group_paper", "group_paper_finding", "group_words"]
