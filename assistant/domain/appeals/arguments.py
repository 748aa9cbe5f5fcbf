"""Each legal argument of a counter-notice on its own: its status, its points and the seller's words it rests on.

A seller often argues several things only a lawyer answers in one appeal: its product lacks a feature of our claims, the
design was public before our filing date, a request to invalidate the right is pending. They are one ground ('other':
the evidence standard does not measure them) but never one point: each is read from its own sentences
(``grounds.NAMED_KINDS``), judged on its own points, shown as a row of its own and answered under its own heading in the
draft reply. A legal argument of no named kind is 'another legal argument'.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import Finding, GroundAssessment, GroundStatus, LegalArgument
from assistant.domain.appeals.grounds import CLASSES, INVALIDATION_RESERVED, NAMED_KINDS, NON_INFRINGEMENT, GroundReading
from assistant.domain.appeals.ground_standards import PENDING_RE, case_numbers
from assistant.domain.appeals.prior_art import settles_prior_art
from assistant.domain.models import Complaint, IPType
from assistant.domain.untrusted_text import escape_untrusted

OTHER_LEGAL = "legal"
# The order the rows are shown in: the named kinds, then the rest.
ORDER = (*NAMED_KINDS, NON_INFRINGEMENT, OTHER_LEGAL)

LABELS = {
    "prior_art": "Prior art (public before our right was filed)",
    "prior_use": "Prior use (the seller said to have used it before our right was filed)",
    "invalidation": "Invalidity",
    INVALIDATION_RESERVED: "An invalidation request the seller says it may file (none is pending)",
    "expired": "Expiry (the right said to have lapsed)",
    "territory": "Territory (no effect where the listing is sold)",
    "exhaustion": "Exhaustion (the goods first sold by the owner)",
    "fair_use": "Fair use (the mark named only to say what the goods are)",
    "non_use": "Non-use (the mark said not to be used by its owner)",
    "own_registration": "The seller's own registration of the mark",
    "own_application": "The seller's own application to register a mark (an application, not a registration)",
    "descriptive": "Validity: the mark said to be descriptive or a common word",
    "originality": "Originality (the work said to be no work copyright protects)",
    "evaluation_report": "Validity: the office's evaluation report requested",
    CLASSES: "Goods outside the mark's classes (the registration said not to cover them)",
    NON_INFRINGEMENT: "Non-infringement (the product said to lack features of our claims)",
    OTHER_LEGAL: "Another legal argument",
}
_DESIGN_LABEL = "Non-infringement (the product said to look different from our design)"

# What settles each, said beside its status for legal to answer.
_NEXT = {
    "prior_art": "compare the document's date with our filing or priority date",
    "prior_use": "ask for dated evidence of the seller's use before our filing date: none is shown by its word alone",
    "expired": "check the office's register against the expiry in our record",
    INVALIDATION_RESERVED: "nothing to answer now: our right stands; legal may note it",
    "territory": "check where our right is registered",
    "exhaustion": "check who first sold these goods, and where",
    "fair_use": "check how the listing shows the mark",
    "non_use": "check our use of the mark where and when the seller says it was not used",
    "own_registration": "compare its goods or classes, place and dates with our registration's",
    "own_application": "an application gives no right to use the mark: compare its goods, classes and filing date with our registration's",
    "descriptive": "a registered mark stands until the office cancels it; legal checks whether to answer on its distinctiveness",
    "originality": "compare what our work adds (its layout, drawings, wording, selection) with a standard one",
    "evaluation_report": "ask legal whether we hold, or should request, the office's evaluation report (专利权评价报告) for the right",
    CLASSES: "compare the goods our certificate lists in each class with the listed goods",
    NON_INFRINGEMENT: "compare the product with our claims, claim by claim",
}
_DESIGN_NEXT = "compare the product with our design's views"
# The seller's own application against a patent: for a patent or design, not a mark.
_PATENT_APPLICATION_LABEL = "The seller's own patent or design application (an application, not a grant)"
_PATENT_APPLICATION_NEXT = "an application is not a grant, and a right of the seller's own is no defence: our patent stands as granted"

# Points that belong to an argument by their code (the rest by the seller's words they quote).
_CODE_KINDS = {"no_office_notice": "invalidation", "case_number_differs": "invalidation", "notice_other_right": "invalidation", "territory_contradicted": "territory",
               "classes_contradicted": CLASSES, "registry_territory": "territory", "registry_expiry": "expired", "registry_classes": CLASSES}
_QUOTED_RE = re.compile(r"'([^']{2,})'")


def _kind_of(finding: Finding, words: dict[str, list[str]]) -> str | None:
    """The argument a point belongs to: by its code ('prior_art_claim', 'prior_art_after_filing', 'no_office_notice'), else
    the argument whose sentences hold the seller's words it quotes; None when neither tells."""
    code = finding.code
    for kind in words:
        if code == f"{kind}_claim" or (kind == "prior_art" and code.startswith("prior_art_")):
            return kind
    if _CODE_KINDS.get(code) in words:
        return _CODE_KINDS[code]
    for quoted in _QUOTED_RE.findall(finding.message):
        said = escape_untrusted(quoted)
        found = next((kind for kind, sentences in words.items() if any(quoted in s or said in s for s in sentences)), None)
        if found:
            return found
    return None


def _label(kind: str, sentences: list[str], complaint: Complaint) -> str:
    right = complaint.ip_right
    if kind == NON_INFRINGEMENT and right.patent_kind == "design":
        return _DESIGN_LABEL
    if kind == "own_application" and right.ip_type is IPType.PATENT:
        return _PATENT_APPLICATION_LABEL
    if kind == "invalidation":
        numbers = case_numbers(" ".join(sentences), besides=right.registration_number)
        return LABELS[kind] + (f" (case '{escape_untrusted(numbers[0])}', as the seller gives it)" if numbers else "")
    return LABELS[kind]


def _to_settle(kind: str, sentences: list[str], complaint: Complaint, found: list[Finding]) -> str | None:
    """What settles an argument for legal to answer, in a few words: for an invalidation, a request pending when the seller
    says so or its own paper shows only a request accepted."""
    if kind == "invalidation":
        if PENDING_RE.search(" ".join(sentences).lower()) or any(f.code == "request_not_decision" for f in found):
            return "a request pending: our right stands until the office decides"
        return "legal checks the office's decision in its register"
    if kind == NON_INFRINGEMENT and complaint.ip_right.patent_kind == "design":
        return _DESIGN_NEXT
    if kind == "own_application" and complaint.ip_right.ip_type is IPType.PATENT:
        return _PATENT_APPLICATION_NEXT
    return _NEXT.get(kind)


def _status(kind: str, findings: list[Finding]) -> GroundStatus:
    if any(f.code == f"{kind}_contradicted" for f in findings):  # territory or classes our record answers
        return GroundStatus.CONTRADICTED
    if kind == "prior_art" and settles_prior_art([f for f in findings if f.code != "prior_art_claim"]):
        return GroundStatus.FALLS_SHORT
    return GroundStatus.NEEDS_LEGAL_REVIEW


def legal_arguments(assessment: GroundAssessment, reading: GroundReading, complaint: Complaint) -> list[LegalArgument]:
    """The legal arguments of the 'other' ground, each with its own points, status and words, in a fixed order (none when
    the seller makes no legal argument). Every point of the ground is in one argument, but the general 'the seller raises
    a legal argument', which each named argument says for itself."""
    if not reading.legal_argument or not assessment.findings:
        return []
    words: dict[str, list[str]] = {}
    for kind, sentences in reading.legal_kinds.items():
        if kind == NON_INFRINGEMENT and complaint.ip_right.ip_type is not IPType.PATENT:
            continue  # a patent's claims decide it; against another right it is a legal argument like any other
        words[kind] = list(sentences)
    named = {s for sentences in words.values() for s in sentences}
    rest = [s for s in reading.legal_words if s not in named]
    if rest or not words:
        words[OTHER_LEGAL] = rest
    points: dict[str, list[Finding]] = {kind: [] for kind in words}
    for finding in (f for f in assessment.findings if f.ground is not None):  # a point of the whole appeal is no argument's
        kind = _kind_of(finding, words)
        if kind is None and finding.code == "legal_argument":
            kind = OTHER_LEGAL if OTHER_LEGAL in words else None
        elif kind is None and (reading.own_photos_claim or reading.own_creation_claim):
            continue  # beside photos or a work claimed as the seller's own, a point that names no argument is that claim's (checks)
        elif kind is None:
            kind = OTHER_LEGAL if OTHER_LEGAL in words else next(iter(words))
        if kind is not None:
            points[kind].append(finding)
    out = []
    for kind in (k for k in ORDER if k in words):
        found = points[kind]
        status = assessment.status if kind == OTHER_LEGAL and len(words) == 1 else _status(kind, found)
        out.append(LegalArgument(
            kind=kind, label=_label(kind, words[kind], complaint), status=status,
            attachments=sorted({f.attachment for f in found if f.attachment}),
            findings=found, words=[escape_untrusted(s) for s in reading.shown(words[kind])], to_settle=_to_settle(kind, words[kind], complaint, found),
        ))
    return out


def beside_arguments(assessment: GroundAssessment) -> list[Finding]:
    """The points of a ground with legal arguments that are no argument's (the photos claimed as the seller's own, left
    out of them above), besides the general 'the seller raises a legal argument' and the points of the whole appeal."""
    if not assessment.arguments:
        return []
    in_rows = [f for argument in assessment.arguments for f in argument.findings]
    return [f for f in assessment.findings if f.ground is not None and f.code != "legal_argument" and f not in in_rows]


__all__ = ["LABELS", "ORDER", "OTHER_LEGAL", "beside_arguments", "legal_arguments"]
