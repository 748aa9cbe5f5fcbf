"""Each ground a seller raises, checked against the platform's evidence standard for appeals.

The standard (knowledge/rules/appeal_evidence.yaml, from Alibaba.com's guide for sellers): a contract or invoice
from about the last 6 months before the complaint, signed or sealed by both parties, for over 20 pieces, matching
the reported product; or a licence from the owner, signed or sealed, naming the brand, valid on the complaint
date; or an authorisation chain back to the owner. The figures are read from the YAML file.

Findings are written in our words. They refer to attachments by number and never quote the seller's text, except a
company's name (escaped), quoted as written wherever the seller, its documents and our record name a party differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import Field

from assistant.domain.appeals.agreement_with_us import granted_by_you, signed_with_us
from assistant.domain.appeals.goods_kinds import other_garments, other_kinds, same_kind
from assistant.domain.appeals.signature_words import marked
from assistant.domain.appeals.other_papers import email_point, sender_as_written
from assistant.domain.appeals.evidence import (
    AUTHORIZATION_KINDS,
    owner_named,
    IMAGE_OWNERSHIP_KINDS,
    PURCHASE_KINDS,
    AppealAttachment,
    AttachmentKind,
    document_date,
    document_quantity,
    as_written,
    grant_parties,
    listings_present_brand,
    listings_show_brand,
    months_before,
    normalize_text,
    names_in,
    date_as_written,
    quantity_as_written,
    quantity_lines,
    signing_sides,
    issuer_signature,
    granted_goods,
    owner_names,
    document_issuer,
    pieces_each,
    unread_date,
    validity_line,
    product_matches,
    reported_product_text,
    seal_in_pictures,
    seal_marked,
    is_typed,
    one_side_only,
    signature_shown,
    empty_signature_place,
    years_alone,
    validity_period,
    shoot_date,
    NAMED_NOT_GIVEN,
    unread_file,
    without_names,
    SaidDate,
    contract_subject,
    days_and_months,
    rights_clause,
    subject_matches,
    product_tokens,
    licensed_products,
)
from assistant.domain.appeals.admitted_use import admitted_use
from assistant.domain.appeals.changed_product import changed_product_point_text, changed_product_said
from assistant.domain.appeals.day_words import not_real_dates
from assistant.domain.appeals.claims import Claim, claims_about, kinds_spoken_of, read_claims, seller_says, sentences, until_as_written, until_differs
from assistant.domain.appeals.event_dates import says_bought_on
from assistant.domain.appeals.model_codes import other_brand_model, other_model_named, other_named_product, other_shade_named, same_model_named
from assistant.domain.appeals.parties import (
    NameMatch,
    PartyRole,
    characters_apart,
    companies_in,
    compare_names,
    document_parties,
    heading_issuer,
    is_role_word,
    looks_like,
    name_differences,
    near_name,
    near_spelling,
    ocr_lookalike,
    one_business,
    seller_names,
    store_named,
    written_as,
)
from assistant.domain.appeals.work_titles import names_work
from assistant.domain.appeals.grounds import DISTRIBUTOR_CLAIMED, SIMILAR_SIGN, AppealGround, GroundReading, ground_saying, names_company_paper
from assistant.domain.appeals.numbers import near_numbers
from assistant.domain.appeals import stock_licences as stock
from assistant.domain.legal_forms import end_sentence, form_countries, legal_form_differences, same_form_in_another_language, split_legal_form
from assistant.domain.romanised_names import romanised_pair
from assistant.domain.models import Complaint, IPRight, IPType, Model, Role
from assistant.domain.untrusted_text import escape_untrusted
from assistant.domain.rules import load_rules


class Severity(StrEnum):
    """How a finding weighs: ok (meets the standard), info, missing (falls short), suspicious (inconsistent or manipulative)."""

    OK = "ok"
    INFO = "info"
    MISSING = "missing"
    SUSPICIOUS = "suspicious"


class Basis(StrEnum):
    """Where a finding comes from; the three kinds of statement are never mixed in one finding's claim to truth.

    document_shows: read from the attachment's own text (or details a person gave for it); our_record: from the
    complaint as we recorded it; not_verified: nothing could be read to settle it (a person must look). What the
    seller merely claims is kept apart, in the triage's ``seller_claims``, and only quoted in a finding to say
    that a document does not bear it out.
    """

    DOCUMENT_SHOWS = "document_shows"
    OUR_RECORD = "our_record"
    NOT_VERIFIED = "not_verified"


UNREAD_LANGUAGE = "unread_language"


class GroundStatus(StrEnum):
    """Where a ground stands against the standard."""

    MEETS_STANDARD = "meets_standard"
    FALLS_SHORT = "falls_short"
    CONTRADICTED = "contradicted"  # our record shows the opposite
    UNVERIFIED = "unverified"  # the record cannot settle it: a person must look
    NEEDS_LEGAL_REVIEW = "needs_legal_review"


STATUS_LABELS = {
    GroundStatus.MEETS_STANDARD: "meets the standard",
    GroundStatus.FALLS_SHORT: "falls short",
    GroundStatus.CONTRADICTED: "contradicted by our record or the seller's own words",
    GroundStatus.UNVERIFIED: "not verified",
    GroundStatus.NEEDS_LEGAL_REVIEW: "for legal to answer",
}

# The guide's "about six months": the product's reading (an assumption, not a published figure) is up to one month
# more before a document is said to fall short; within that month it is a point to check.
ABOUT_GRACE_MONTHS = 1

# Codes that suggest a document was made after the fact: they send the case to legal whatever else holds.
FORGERY_SIGNS = frozenset({"dated_after_complaint", "dated_in_future", "validity_inconsistent"})
EVIDENCE_GROUNDS = (AppealGround.PURCHASE_INVOICE, AppealGround.LICENCE, AppealGround.AUTHORIZATION_CHAIN)


class Finding(Model):
    """One thing the triage noticed. Messages are ours; of the seller's text only a company's name is quoted here."""

    code: str = Field(description="Stable code, e.g. 'outside_window', 'quantity_too_low', 'chain_gap', 'injection_attempt'.")
    severity: Severity = Field(description="ok, info, missing (falls short of the standard) or suspicious.")
    ground: AppealGround | None = Field(default=None, description="The ground it concerns; empty for findings about the whole appeal.")
    attachment: int | None = Field(default=None, description="Number of the attachment it concerns (1-based), if any.")
    message: str = Field(description="What was found and why it matters, in plain words.")
    basis: Basis = Field(
        default=Basis.DOCUMENT_SHOWS, description="document_shows, our_record or not_verified: what the finding rests on."
    )
    reply: str | None = Field(
        default=None, description="How the draft reply to the platform puts this point, where that differs from the message."
    )
    about: str | None = Field(
        default=None,
        description="What of the attachment the point concerns when one document can differ in several ways (date, quantity, "
        "valid_until, shoot_date, subject, buyer): two findings of one code on one attachment are one point only when this is the same.",
    )
    names: list[str] = Field(
        default_factory=list,
        description="For a comparison of two companies' names: both, each as written (the seller's or its document's first, then "
        "the other, often our record's). Untrusted text for the first. For a contest of some listings only (partial_contest): the "
        "links of the listings contested.",
    )
    to_confirm: str | None = Field(
        default=None,
        description="For a point nobody has verified: what a person must do before the draft reply may state it ('comparing the "
        "listed product with our design's drawings or photos'); the draft puts it as a placeholder until then.",
    )


class LegalArgument(Model):
    """One legal argument of the 'other' ground, judged on its own: its status, its points and the seller's words for it."""

    kind: str = Field(description="prior_art, invalidation, expired, territory, non_infringement, exhaustion, fair_use, non_use, or legal "
                      "(another legal argument, none of those).")
    label: str = Field(description="The argument in words, for people.")
    status: GroundStatus = Field(description="Its own status: falls_short, contradicted or needs_legal_review.")
    attachments: list[int] = Field(default_factory=list, description="Numbers of the attachments its points concern (1-based).")
    findings: list[Finding] = Field(default_factory=list, description="Its points (the ground's findings hold them too).")
    words: list[str] = Field(default_factory=list, description="The seller's sentences it rests on (escaped). Untrusted text.")
    to_settle: str | None = Field(default=None, description="What settles it, in a few words, for legal to answer.")


class GroundAssessment(Model):
    """One ground the seller raises, with the attachments behind it and what the check found."""

    ground: AppealGround = Field(description="purchase_invoice, licence, authorization_chain, different_product, no_use_of_mark or other.")
    status: GroundStatus = Field(description="meets_standard, falls_short, contradicted, unverified or needs_legal_review.")
    attachments: list[int] = Field(default_factory=list, description="Numbers of the attachments offered for this ground (1-based).")
    findings: list[Finding] = Field(default_factory=list, description="What the check found, point by point.")
    words: list[str] = Field(default_factory=list, description="The seller's sentences this ground rests on (escaped). Untrusted text.")
    arguments: list[LegalArgument] = Field(
        default_factory=list, description="For 'other' when the seller makes legal arguments: each on its own (prior art, invalidity, "
        "non-infringement ...), with its status, points and words; the ground's own fields sum them up.")


def evidence_standard() -> dict[str, Any]:
    """The platform's evidence standard for appeals, as recorded in knowledge/rules/appeal_evidence.yaml."""
    return load_rules("appeal_evidence")


@dataclass(frozen=True)
class CheckContext:
    """What every check needs: the complaint, the dates that matter, the standard, and the classified attachments."""

    complaint: Complaint
    complaint_date: date
    today: date
    attachments: tuple[tuple[int, AppealAttachment, AttachmentKind], ...]
    claims: tuple[Claim, ...] = ()
    complaint_date_basis: str = "filed_on"  # 'filed_on', 'received_on' or 'today': which day complaint_date is
    counter_notice: str = ""  # the seller's text (untrusted): read for what it says, never quoted but for a name or a figure
    message_day: date | None = None  # the day of the seller's message: a day it gives without its year is the latest one up to it
    registry: tuple[IPRight, ...] | None = None  # the team's rights registry (None: not read, as for a complaint given as a file)

    @property
    def judged_against(self) -> str:
        """The day the documents are judged against, named as what it is: only a filing date is 'the complaint date'."""
        if self.complaint_date_basis == "filed_on":
            return f"the complaint date ({self.complaint_date})"
        day = "the day the counter-notice was received" if self.complaint_date_basis == "received_on" else "today"
        return f"{day} ({self.complaint_date}; the complaint's filing date was not given, judge against it when known)"

    @property
    def brand(self) -> str:
        return self.complaint.ip_right.name

    @property
    def owners(self) -> list[str]:
        return owner_names(self.complaint)

    def of_kinds(self, kinds: frozenset[AttachmentKind]) -> list[tuple[int, AppealAttachment]]:
        return [(index, a) for index, a, kind in self.attachments if kind in kinds]

    def claimed(self, about: str, index: int, doc: AppealAttachment | None = None) -> list[Claim]:
        """What the seller says about attachment ``index`` (or about an unnamed document of its kind). Of a file holding
        papers of several kinds (bundled_papers.py), what it says of one paper ('our authorisation letter signed by ...')
        is never said of the other: ``doc`` is the paper asked about; without it, only what names neither counts."""
        papers = [(a, k) for i, a, k in self.attachments if i == index]
        kind = next((k for a, k in papers if a is doc), papers[0][1])
        same_kind = [i for i, _, k in self.attachments if _family(k) == _family(kind)]
        found = claims_about(list(self.claims), about, index, kinds_match=len(same_kind) == 1)
        families = {next((f for f in (PURCHASE_KINDS, AUTHORIZATION_KINDS) if k in f), None) for _, k in papers}
        if len(families) < 2:
            return found
        asked = next((f for f in families if f is not None and kind in f), None) if any(a is doc for a, _ in papers) else None
        return [c for c in found if not (spoken := kinds_spoken_of(c.words)) or (asked is not None and asked in spoken)]


def _family(kind: AttachmentKind) -> str:
    return "purchase" if kind in PURCHASE_KINDS else "authorisation" if kind in AUTHORIZATION_KINDS else kind.value


def build_context(
    complaint: Complaint, attachments: list[AppealAttachment], complaint_date: date, today: date, counter_notice: str = "",
    complaint_date_basis: str = "filed_on", message_day: date | None = None, registry: tuple[IPRight, ...] | None = None,
) -> CheckContext:
    """Number and classify the attachments once, and read what the seller claims about them, for every check.
    ``message_day``: the day the seller's message was received (else today), which gives a day said without its year."""
    message_day = message_day or today
    from assistant.domain.appeals.bundled_papers import documents_in  # it classifies each part with this module's kinds

    # Each document a file holds is read as what it is, under the file's number (bundled_papers.py).
    classified = _documents_as_said(counter_notice, tuple((i, part, kind) for i, a in enumerate(attachments, start=1)
                                                          for part, kind in documents_in(a)))
    claims = tuple(read_claims(counter_notice, list(classified), owner_names(complaint), message_day, brand=complaint.ip_right.name))
    return CheckContext(complaint, complaint_date, today, classified, claims, complaint_date_basis, counter_notice, message_day, registry)


_SAYS_INVOICE_RE = re.compile(r"invoice|receipt|purchase (contract|order)|sales contract|发票|进货单|采购合同|购销合同|收据")
_SAYS_LICENCE_RE = re.compile(r"licen[cs]e|authori[sz]ation|letter of authori|授权书|许可")


def _documents_as_said(counter_notice: str, classified):
    """An unreadable picture is the document the seller says it sent, when no attachment is of that kind.

    'Invoice signed by both sides, photo attached' with one illegible photo: the photo is the invoice, and what it
    shows is not verified; it is not a product photo, and the seller did attach something.
    """
    norm = normalize_text(counter_notice)
    pictures = [(i, a) for i, a, kind in classified if not a.text and a.kind is None and kind in (AttachmentKind.PRODUCT_PHOTO, AttachmentKind.OTHER)
                and not (unread_file(a) or "").startswith("an archive")]
    if len(pictures) != 1:
        return classified
    index = pictures[0][0]
    for said, family, kind in ((_SAYS_INVOICE_RE, PURCHASE_KINDS, AttachmentKind.INVOICE), (_SAYS_LICENCE_RE, AUTHORIZATION_KINDS, AttachmentKind.LICENCE)):
        if said.search(norm) and not any(k in family for _, _, k in classified):
            return tuple((i, a, kind if i == index else k) for i, a, k in classified)
    return classified


def _seller_says(claims: list[Claim]) -> str:
    """'the seller writes “valid till end of 2027”' for the claims given (the seller's words, quoted), or nothing."""
    return seller_says(claims)


class _Findings:
    """The findings about one ground, collected as its checks run."""

    def __init__(self, ground: AppealGround):
        self.ground = ground
        self.items: list[Finding] = []

    def add(
        self, code: str, severity: Severity, message: str, attachment: int | None = None, basis: Basis = Basis.DOCUMENT_SHOWS,
        reply: str | None = None, about: str | None = None, names: tuple[str, ...] = (),
    ) -> None:
        self.items.append(
            Finding(code=code, severity=severity, ground=self.ground, attachment=attachment, message=message, basis=basis, reply=reply,
                    about=about, names=[escape_untrusted(n) for n in names])
        )

    def not_verified(self, ctx: CheckContext, index: int, points: list[str], abouts: tuple[str, ...]) -> None:
        """One finding for an attachment with nothing to read: what could not be checked, and what the seller says."""
        if not points:
            return
        doc = next(a for i, a, _ in ctx.attachments if i == index)
        if doc.text:  # a scan OCR read: what the seller says of the points it did not find, not of the rest ('200台' is no seal)
            abouts = tuple(about for about in abouts if any(_POINT_WORDS.get(about, about) in point for point in points))
        claims = [c for about in abouts for c in ctx.claimed(about, index)]
        says = _seller_says(claims)
        given = doc.unread != NAMED_NOT_GIVEN
        if doc.text:
            self._not_found_by_ocr(index, points, says)
            return
        why = "it has no readable text" if given else NAMED_NOT_GIVEN
        verb = "is" if len(points) == 1 else "are"
        message = (
            f"Attachment #{index}: {why}, so {_join(points)} {verb} not verified"
            + (f" ({says})" if says else "")
            + (": ask the seller for a legible copy, or read it and give its details." if given else ": add the file and triage again.")
        )
        reply = (
            f"Attachment #{index} cannot be read in full, so {_join(points)} cannot be checked"
            + (f" ({says})" if says else "")
            + ": we ask for a legible copy before it is relied on."
        )
        if not given:  # nothing to ask the seller for: the file is ours to add; the draft waits for it
            self.add("file_not_given", Severity.MISSING, message, index, Basis.NOT_VERIFIED,
                     reply=f"Answer this ground from what attachment #{index} shows.")
            self.items[-1].to_confirm = f"reading attachment #{index}, named but not given here"
            return
        self.add("no_readable_text", Severity.MISSING, message, index, Basis.NOT_VERIFIED, reply=reply)

    def _not_found_by_ocr(self, index: int, points: list[str], says: str) -> None:
        """A scan OCR read, on which some points were not found (a seal OCR cannot read, a faint date): the rest of its text
        was read and is used, so neither the report nor the draft calls it unreadable; what is missing from it is not
        verified, for a person to look for on the scan."""
        said = f" ({says})" if says else ""
        them = "it" if len(points) == 1 and not re.search(r"(?:signatures|seals|details)\b", points[0]) else "them"
        self.add(
            "not_found_by_ocr", Severity.MISSING,
            f"Attachment #{index} was read by OCR, but what OCR read of it does not show {_join(points)}: not verified{said}. Look for "
            f"{them} on the scan by eye, or ask the seller for a copy that shows {them}.",
            index, Basis.NOT_VERIFIED,
            reply=f"What we read of attachment #{index} does not show {_join(points)}{said}: we ask for a copy that shows "
            f"{them} before it is relied on.",
        )

    def missing(self, code: str, message: str, attachment: int | None = None, about: str | None = None) -> None:
        self.add(code, Severity.MISSING, message, attachment, about=about)

    def suspicious(self, code: str, message: str, attachment: int | None = None, about: str | None = None) -> None:
        self.add(code, Severity.SUSPICIOUS, message, attachment, about=about)

    def info(self, code: str, message: str, attachment: int | None = None, about: str | None = None, names: tuple[str, ...] = ()) -> None:
        self.add(code, Severity.INFO, message, attachment, about=about, names=names)

    def failing_since(self, start: int) -> bool:
        """Whether any finding added since position ``start`` falls short or looks wrong."""
        return any(f.severity in (Severity.MISSING, Severity.SUSPICIOUS) for f in self.items[start:])

    def assessment(self, status: GroundStatus, attachments: list[int] = ()) -> GroundAssessment:
        return GroundAssessment(ground=self.ground, status=settled_status(status, self.items), attachments=list(attachments), findings=self.items)


def shows_shortfall(findings) -> bool:
    """Whether a document or our record shows a point against the ground (not one nobody could read)."""
    return any(f.severity in (Severity.MISSING, Severity.SUSPICIOUS) and f.basis is not Basis.NOT_VERIFIED for f in findings)


def settled_status(status: GroundStatus, findings) -> GroundStatus:
    """The status the findings bear out: a ground 'falls short' only when a readable document or our record shows a
    shortfall; when every point against it is one nobody could read (a file without text, a file named but not given),
    it is not verified."""
    if status is GroundStatus.FALLS_SHORT and not shows_shortfall(findings):
        return GroundStatus.UNVERIFIED
    return status


def _join(points: list[str]) -> str:
    return points[0] if len(points) == 1 else ", ".join(points[:-1]) + " and " + points[-1]


# The word of an unverified point ('its date', 'when it is valid', 'its signatures or seals') that a claim's subject names.
_POINT_WORDS = {"validity": "valid", "grantor": "grant", "signature": "signature"}


def _but(ctx: CheckContext, about: str, index: int, message: str) -> str:
    """``message``, led by 'The seller says X, but ...' when the seller claims what the document does not show."""
    return _led_by(_seller_says(ctx.claimed(about, index)), message)


def _led_by(says: str, message: str, agrees: bool = False) -> str:
    """The seller's words, then what a document shows: joined by 'but' where they differ; where they agree (the seller naming
    the licensor its document names), said to agree, never set against each other."""
    if not says:
        return message
    joined = ", and its document agrees:" if agrees else ", but"
    return f"{says[0].upper()}{says[1:]}{joined} {message[0].lower()}{message[1:]}"


def _names_licensor(claims: list[Claim], written: str | None) -> bool:
    """Whether the seller's words name the licensor as its document writes it (legal form included, a place aside)."""
    return bool(written) and any(names_in(c.words, " ".join(split_legal_form(written))) for c in claims)


def _check_dates(out: _Findings, ctx: CheckContext, index: int, issued: date | None, what: str) -> None:
    if issued is None:
        return
    if issued > ctx.today:
        out.suspicious("dated_in_future", f"Attachment #{index} is dated {issued}, in the future.", index)
    elif issued > ctx.complaint_date:
        out.suspicious(
            "dated_after_complaint", f"Attachment #{index} ({what}) is dated {issued}, after {ctx.judged_against}.", index
        )


def _by_ocr(doc: AppealAttachment) -> bool:
    """Read by OCR: what OCR did not find may still be on the page (a seal, a rare character), so it is not verified."""
    return "ocr" in (doc.read_with or "")


def _check_brand(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment, what: str, unread: list[str]) -> None:
    if ctx.complaint.ip_right.ip_type is IPType.PATENT:
        from assistant.domain.appeals.right_standards import check_patent_named  # a patent is named by its number, not as a brand

        return check_patent_named(out, ctx, index, doc, what, unread)
    name, called = _right_named(ctx)
    # The owner's company name often contains the brand; naming the company is not naming the mark. A work is named in
    # the document's own language too ('Fotografien "KESTREL Katalog 2025"' names 'KESTREL catalogue 2025').
    named = bool(doc.text) and (names_in(without_names(doc.text, ctx.owners, brand=name), name)
                                or called == "work" and names_work(without_names(doc.text, ctx.owners, brand=name), name))
    if not doc.text:
        unread.append(f"that it names {name}")
    elif _by_ocr(doc) and not named:
        out.info("brand_not_checked", f"OCR did not find {name} in attachment #{index}: check by eye that it names it.", index)
    elif not named:
        out.missing("brand_not_named", end_sentence(f"Attachment #{index} ({what}) does not name the {called} {name}"), index)


def _right_named(ctx: CheckContext) -> tuple[str, str]:
    """The name a document gives our right by, and what it is: a mark's brand; a work's title without the descriptor our
    record adds ('Ollie the Owl (artwork)' is named by 'the Ollie the Owl plush toy'), called a work, never a brand."""
    right = ctx.complaint.ip_right
    title = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", right.name).strip() or right.name
    return (title, "work") if right.ip_type is IPType.COPYRIGHT else (right.name, "brand")


def _check_signature(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment, *, both_parties: bool, unread: list[str]) -> None:
    """Signed or sealed as the one reading of signatures says (signature_shown), for every kind of file: a place left for
    a seal is none; what a file's text cannot show (a scan's seal OCR missed, a seal stamped as a picture in a Word file or
    a PDF) is not verified, never missing."""
    signed = signature_shown(doc, needs_both_parties=both_parties)
    what = "its signatures or seals" if both_parties else "its signature or seal"
    granted_to = signing_sides(doc.text) if signed and not both_parties and doc.text else {}
    if set(granted_to) == {"gets"}:
        # Signed only on the line of the side it is given to ('Licensee signature: Ahmad Faiz', the licensor's left blank):
        # a licence or a letter is the grantor's word, so the signature that counts is not shown.
        out.missing("signature_not_shown", f"Attachment #{index} is signed only by the side it is granted to "
                    f"('{escape_untrusted(granted_to['gets'])}'), not by the one granting it.", index)
        return
    # One side's signature or seal shown ('销售方（章）：... 发票专用章', 'Sello de la empresa: [sello <the seller>]'): that side's
    # counts, and only the other side's is missing or not verified.
    one = one_side_only(doc.text) if both_parties and signed is None and doc.text else None
    if signed is None and (not doc.text or _by_ocr(doc)):
        unread.append(f"its {one[1]}'s signature or seal (it shows its {one[0]}'s: '{escape_untrusted(one[2])}')" if one else what)
        return
    if signed is None and seal_in_pictures(doc):
        count = f"{doc.pictures} picture{'s' if doc.pictures > 1 else ''}"
        out.add(
            "signature_in_picture", Severity.MISSING,
            _but(ctx, "signature", index, f"Attachment #{index}'s text does not show {what}, and the file holds {count}, where a stamped seal "
                 "or a signature would be: not verified. Look at the pictures and check by eye."),
            index, Basis.NOT_VERIFIED,
            reply=f"Whether attachment #{index} is signed or sealed cannot be checked from its text: we ask for the signed original before "
            "it is relied on.",
        )
        return
    marked_line = seal_marked(doc.text) if signed is None and not one else None
    if marked_line:
        # '授权方：... （盖章）' in a Word file or a PDF with no picture: marked as sealed, its text not showing the seal. Never said to
        # lack the seal it is marked with: not verified, for a person to see on the original.
        out.add(
            "signature_not_shown", Severity.MISSING,
            f"Attachment #{index} is marked as {_marked(marked_line)} ('{escape_untrusted(marked_line)}'), but its text does not show the "
            "seal itself, so it is not shown as signed or sealed: not verified. Look at the original for it.",
            index, Basis.NOT_VERIFIED,
            reply=f"Attachment #{index} is marked as {_marked(marked_line)}: we ask for the original to see the seal before it is relied on.",
        )
        return
    if signed is None and not one and _signed_with_another_paper(out, ctx, index, doc):
        return
    if signed is False:
        out.missing("unsigned", _but(ctx, "signature", index, f"Attachment #{index} is not signed or sealed."), index)
    elif signed is None and one:
        out.missing("signature_not_shown", f"Attachment #{index} is {_marked(one[2])} by its {one[0]} only ('{escape_untrusted(one[2])}'), "
                    f"not by its {one[1]}: it is not shown as signed or sealed by both parties.", index)
    elif signed is None:
        by = " by both parties" if both_parties else ""
        out.missing("signature_not_shown", _but(ctx, "signature", index, f"Attachment #{index} is not shown as signed or sealed{by}."), index)


def _signed_with_another_paper(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> bool:
    """Whether another paper of the same file (bundled_papers.py) shows the signature or seal this one does not show, said
    as not verified: a file holding several papers is often signed once, at its end, and which paper that signature
    closes cannot be told from the text, so none of them is said unsigned. A person looks at the original."""
    sibling = next((_KIND_WORDS.get(kind, "a document of another kind") for number, other, kind in ctx.attachments
                    if number == index and other is not doc and other.text and signature_shown(other, needs_both_parties=False)), None)
    if sibling is None:
        return False
    out.add(
        "signature_not_shown", Severity.MISSING,
        f"Attachment #{index} does not show a signature or seal of its own: the file holds more than one paper, and its text shows one "
        f"only with another of them ({sibling}); whether that one closes this paper too is not verified. Look at the original.",
        index, Basis.NOT_VERIFIED,
        reply=f"Attachment #{index} does not show which of its papers its signature belongs to: we ask for the signed originals "
        "before they are relied on.",
    )
    return True


def _invoice_unsigned(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment, unread: list[str]) -> None:
    """A commercial invoice is issued, not signed by both parties as a contract is: one whose text shows no signature or
    seal shows no defect, but nothing on it shows it genuine either; its issuer does. So it is not verified (never 'falls
    short' for it), and the reply says it is being confirmed with the issuer instead of faulting the paper (unless the
    seller says it is signed: then the claim is compared, in _check_signature)."""
    signed = signature_shown(doc, needs_both_parties=True)  # read as for a contract: a typed 'signed by both' is no signature
    if signed is True:
        return  # signed or sealed by both
    line = issuer_signature(doc.text or "")
    if line:  # a signature or a stamp no label gives to the buyer: its issuer's, all an invoice carries
        out.add("issuer_signed", Severity.OK, f"Attachment #{index} is {_marked(line)} by its issuer ('{escape_untrusted(line)}'), as an "
                "invoice is: its buyer does not sign one.", index)
        return
    if signed is None and (not doc.text or _by_ocr(doc) or seal_in_pictures(doc)):
        # A scan's seal OCR missed, or one stamped as a picture: what its text cannot show is not verified, as for any paper.
        _check_signature(out, ctx, index, doc, both_parties=True, unread=unread)
        return
    shows = f"Attachment #{index} is not signed or sealed" if signed is False else f"Attachment #{index}'s text shows no signature or seal"
    out.add("unsigned" if signed is False else "signature_not_shown", Severity.MISSING,
            f"{shows}: a commercial invoice usually is not, so this is no defect of its own (our yardstick's 'signed or sealed by both "
            "parties' fits a contract), but that the invoice is genuine is not verified; its issuer confirms it. Check who the issuer "
            "is before relying on it.",
            index, Basis.NOT_VERIFIED,
            reply=f"That the invoice (attachment #{index}) was issued as shown is being confirmed with its issuer before the listing is "
            "restored.")


def _name_the_paper(out: _Findings, start: int, ctx: CheckContext, index: int, doc: AppealAttachment, paper: str) -> None:
    """The signature points found since ``start`` on one paper of a file that holds several (bundled_papers.py) name that
    paper ('The invoice in attachment #1 shows no signature or seal'), never the whole file, whose other paper may be signed."""
    if not any(number == index and other is not doc for number, other, _ in ctx.attachments):
        return
    for number, finding in enumerate(out.items[start:], start):
        for whole in (f"Attachment #{index}'s text", f"Attachment #{index}"):
            if finding.attachment == index and finding.message.startswith(whole):
                named = f"The {paper} in attachment #{index}{finding.message[len(whole):]}"
                out.items[number] = finding.model_copy(update={"message": named})
                break


def _issuer_marked(doc: AppealAttachment) -> bool:
    """Whether an invoice shows its issuer's signature or seal: a seller saying 'the signed invoice' is borne out by it,
    as an invoice is signed by its issuer alone (its buyer does not sign one)."""
    one = one_side_only(doc.text or "")
    return bool(one and one[0] == "seller") or bool(issuer_signature(doc.text or ""))


def _issuer_seal_said(out: _Findings, index: int, doc: AppealAttachment, invoice) -> None:
    """A VAT invoice sealed by its issuer, as such an invoice is (its buyer never seals one): said, the seal's line as written."""
    one = one_side_only(doc.text or "") if invoice is not None else None
    if one and one[0] == "seller":
        out.add("issuer_sealed", Severity.OK, f"Attachment #{index} is sealed by its issuer ('{escape_untrusted(one[2])}'), as a VAT "
                "invoice is: its buyer never seals one.", index)


_marked = marked  # 'signed', 'sealed' or both, by the one table of signature and seal words


def _number_word(ctx: CheckContext) -> str:
    return "patent number" if ctx.complaint.ip_right.ip_type is IPType.PATENT else "registration number"


def _check_number(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A right's number in the document one or two digits away from ours ('ZL 2023 2 0465789.1' for 'ZL 2023 2
    0456789.1'): both numbers as written; a document under another number is not shown to be about our right."""
    ours = ctx.complaint.ip_right.registration_number
    for near in near_numbers(doc.text, ours):
        said = " (the seller's text gives the same number)" if near_numbers(ctx.counter_notice, ours) and any(
            n.digits == near.digits for n in near_numbers(ctx.counter_notice, ours)) else ""
        out.suspicious(
            "number_differs",
            f"Attachment #{index} gives the {_number_word(ctx)} '{escape_untrusted(near.written)}'; our record's is '{ours}': the "
            f"number differs from our record{said}. A document under another number is not shown to be about our right: ask the "
            "seller which right it means.",
            index, about=f"number {near.digits}",
        )


def _seller_numbers(ctx: CheckContext, assessments: list[GroundAssessment]) -> list[Finding]:
    """The numbers the seller's text gives one or two digits away from ours that no document's point already names,
    and those of documents no ground looked at: both numbers as written, to check."""
    ours = ctx.complaint.ip_right.registration_number
    flagged = {f.about for a in assessments for f in a.findings if f.code == "number_differs"}
    out = _Findings(assessments[0].ground if assessments else AppealGround.OTHER)
    checked = {f.attachment for a in assessments for f in a.findings if f.code == "number_differs"}
    for index, doc, kind in ctx.attachments:
        if kind not in PURCHASE_KINDS | AUTHORIZATION_KINDS and index not in checked:
            _check_number(out, ctx, index, doc)
    flagged |= {f.about for f in out.items}
    for near in near_numbers(ctx.counter_notice, ours):
        if f"number {near.digits}" in flagged:
            continue
        out.add(
            "number_differs", Severity.INFO,
            f"The seller gives the {_number_word(ctx)} '{escape_untrusted(near.written)}'; our record's is '{ours}': the number differs "
            "from our record. Ask the seller which right it means before relying on what it says of ours.",
            basis=Basis.OUR_RECORD, about=f"number {near.digits}",
        )
    return out.items


def _check_claims_match(
    out: _Findings, ctx: CheckContext, index: int, *, issued=None, quantity=None, valid_until=None, doc: AppealAttachment | None = None,
    ours: bool = False,
) -> None:
    """Where the document says something other than what the seller says it says: both values as each one writes them
    (a date also as YYYY-MM-DD when written otherwise), never summed, converted or reworded. ``ours``: the document
    says it was issued by our own company, so our own records settle which is right (OURS_TO_CHECK)."""
    text = doc.text if doc is not None and doc.text else ""
    for about, shown, field in (("date", issued, "day"), ("quantity", quantity, "quantity"), ("validity", valid_until, "valid_until")):
        if shown is None:
            continue
        for claim in ctx.claimed(about, index, doc):
            said = getattr(claim, field)
            if about == "validity" and until_differs(claim, shown):  # a year or a month alone is compared as the seller gave it
                written = until_as_written(claim) or _figure_as_written(claim.words, said)
            elif about != "validity" and said is not None and said != shown:
                written = _figure_as_written(claim.words, said)
            else:
                continue
            if not written:
                continue
            # The day the seller says it bought on is its words for the purchase, not for the paper's date.
            told = "bought" if about == "date" and says_bought_on(claim.words) else about
            differs = (f"{_DIFFER_LEADS[told].format(index=index, said=written)}; "
                       f"{_DIFFER_SHOWN[told].format(index=index, shown=_figure_as_written(text, shown, given=True))}.")
            if about == "validity" and shown >= ctx.complaint_date:
                # The document's own term still covers the complaint date: the seller's other end date does not decide
                # the ground; it is a point to mention, not a failure of the authorisation.
                out.add("claim_differs_from_document", Severity.INFO,
                        f"{differs} The difference does not decide the ground: the document is valid on {ctx.judged_against}; "
                        "a point to mention, not a failure.", index, about=about)
            elif ours and about != "validity":
                out.add("claim_differs_from_document", Severity.INFO, f"{differs} {OURS_TO_CHECK}", index, about=about)
            else:
                out.suspicious("claim_differs_from_document", differs, index, about=about)


def claim_differences(ctx: CheckContext, ground: AppealGround, index: int, doc: AppealAttachment, *, ours: bool = False) -> list[Finding]:
    """Where a purchase paper differs from the seller's words (its day, its quantity), whatever the right it is offered
    against: both as written, as _check_claims_match says them (``ours``: a paper of our own company)."""
    out = _Findings(ground)
    text = doc.text or ""
    issued = doc.date or (document_date(text) if text else None)
    quantity = doc.quantity if doc.quantity is not None else (document_quantity(text) if text else None)
    _check_claims_match(out, ctx, index, issued=issued, quantity=quantity, doc=doc, ours=ours)
    return out.items


# A document issued by our own company that differs from the seller's words (another day, another quantity): our own
# sales records hold the sale and settle which is right, so the difference is checked there first, never held against
# the seller as if the document were a third party's (a sale we made is genuine whatever the seller misremembers).
OURS_TO_CHECK = ("The document says it was issued by us: our own sales records settle which is right; a point to check there "
                 "before answering, not a failure.")


_DIFFER_LEADS = {"date": "The seller says attachment #{index} is dated {said}", "bought": "The seller says it bought the goods on {said}", "quantity": "The seller gives the quantity {said} for attachment #{index}",
                 "validity": "The seller says attachment #{index} is valid until {said}"}
_DIFFER_SHOWN = {"date": "the document itself is dated {shown}", "bought": "attachment #{index} is dated {shown}", "quantity": "the document itself shows {shown}",
                 "validity": "the document itself is valid until {shown}"}


def _figure_as_written(text: str, value, *, given: bool = False) -> str:
    """A date or a quantity quoted as ``text`` writes it ('14 May 2025' (2025-05-14), '250 daypacks'); when the text
    does not hold it (a detail a person gave), the value itself."""
    if isinstance(value, date):
        written = date_as_written(text, value)
        if written is None:
            return value.isoformat()
        quoted = f"'{escape_untrusted(written)}'"
        return quoted if written == value.isoformat() else f"{quoted} ({value.isoformat()})"
    written = quantity_as_written(text, value)
    lines = quantity_lines(text) if written is None else []
    if lines:  # a count its lines add up to ('1 x 89,90' and '2 x 89,90'): each line quoted, never one figure it does not write
        return f"{value} pieces, the sum of its lines " + "; ".join(f"'{escape_untrusted(line)}'" for line in lines)
    if written is None:
        return f"{value} pieces" + (" (as given in its details)" if given and text else "")
    return f"'{escape_untrusted(written)}'"


figure_as_written = _figure_as_written  # for the checks of other modules (prior art)


# The seller says a document comes with the counter-notice, in the languages sellers write in: "adjunto la factura",
# "faktur terlampir", "in allegato la fattura", "ci-joint la facture", "anbei die Rechnung" (English and Chinese below).
ATTACHED_ELSEWHERE_RE = re.compile(
    r"\badjunt\w*|\ben anexo\b|\banexamos\b|\ballegat[oaie]\b|\ballego\b|\balleghiamo\b|\bci-joint\w*|\bpi[eè]ces? jointes?"
    r"|\banbei\b|\bbeigef[uü]gt\b|\bim anhang\b|\b(?:liegt|liegen) (?:\w+ )?bei\b|\bbeiliegend\w*|\bterlampir\b|\blampiran\b|\b(?:di|me)?lampirkan\b"
    # Sent with it, in the seller's words: 'les enviamos ahora la carta nueva', 'wir senden Ihnen das Schreiben', 'vi inviamo la lettera'.
    r"|\b(?:les|le|os)\s+(?:enviamos|remitimos|mandamos)\b|\b(?:senden|schicken|übersenden|übermitteln)\s+(?:wir\s+)?ihnen\b|\bvi\s+inviamo\b"
    # Malay and Indonesian: sent again, or already sent ('kami sudah kirim ulang surat ...', 'telah menghantar semula surat ...').
    r"|\b(?:kirim|kirimkan|mengirim|mengirimkan|dikirim|hantar|menghantar|dihantar)\s+(?:ulang|semula|kembali)\b"
    r"|\b(?:sudah|telah)\s+(?:kami\s+)?(?:kirim|kirimkan|mengirim|mengirimkan|hantar|hantarkan|menghantar)\b"
    # Attached, in the other ways sellers say it: 'acompañamos', 'fügen wir bei', 'nous joignons', 'en annexe', 'accludiamo',
    # 'unita alla presente', 'kami sertakan', 'disertakan'.
    r"|\bacompa[ñn]a(?:mos|do|da)\b|\bse acompa[ñn]a\b|\bf[üu]ge?n?\s+(?:wir|ich)\b[^.;]{0,60}?\bbei\b|\bbeif[üu]g\w*|\banliegend\w*|\bin der anlage\b"
    r"|\b(?:nous|je)\s+(?:vous\s+)?(?:joignons|joins)\b|\ben annexe\b|\bacclu(?:diamo|do|s[oaie])\b|\bunit[oaie] alla presente\b"
    r"|\b(?:di|me|ter)?sertakan\b|\bmenyertakan\b"
)
# The seller says a document comes with the counter-notice ("see attached licence", "授权书见附件").
_SAYS_ATTACHED_RE = re.compile(
    r"attach|enclos|upload|see (the |our )?(file|document|letter|copy|pdf|scan)|please find|herewith"
    r"|附件|附上|附后|附了|随附|见附|附图|已上传|上传了|已提交|" + ATTACHED_ELSEWHERE_RE.pattern
)


def says_attached(sentences) -> bool:
    """Whether the seller's sentences for a ground say its document is attached."""
    return any(_SAYS_ATTACHED_RE.search(normalize_text(s)) for s in sentences)


# What a file of another kind than the one a ground rests on is, in words (a file given, not the document named).
_KIND_WORDS = {
    AttachmentKind.INVOICE: "a purchase paper", AttachmentKind.CONTRACT: "a contract", AttachmentKind.LICENCE: "a licence",
    AttachmentKind.AUTHORIZATION_LETTER: "an authorisation", AttachmentKind.PRODUCT_PHOTO: "a picture",
    AttachmentKind.ORIGINAL_IMAGE: "an original image file", AttachmentKind.PHOTOGRAPHER_STATEMENT: "a photographer's record",
    AttachmentKind.REGISTRATION_CERTIFICATE: "a registration certificate", AttachmentKind.APPLICATION_RECEIPT: "an office's receipt for an application",
}
OTHER_KIND_GIVEN = "other_kind_given"  # a no_document point's 'about' when files were given, none of them the document named


def _other_files(given) -> str:
    """'attachment #1, an e-mail or other document' for the files given: what each is, in words."""
    from assistant.domain.appeals.other_papers import email_sender

    def what(doc: AppealAttachment, kind: AttachmentKind) -> str:
        sender = email_sender(doc.text)
        if sender is None:
            return _KIND_WORDS.get(kind, "a document of another kind")
        name, address = (escape_untrusted(part) if part else part for part in sender)
        return "an e-mail" + (f" from '{name}'" if name else "") + (f" ({address})" if address and name else f" from {address}" if address else "")

    return "; ".join(f"attachment #{index}, {what(doc, kind)}" for index, doc, kind in given)


def _no_document(ground: AppealGround, message: str, *, said_attached: bool = False, what: str = "", given=(),
                 reply: str | None = None) -> GroundAssessment:
    """No document for a ground. When the seller says one is attached, that is what the seller says and no file was
    given to us: not verified, and asked for; never 'attached none'. When files were ``given`` (none of this kind), it
    says what they are and that none is the document named, never that no file was given."""
    out = _Findings(ground)
    if said_attached and what and given:
        noun = what.rsplit(" ", 1)[0]
        out.add(
            "no_document", Severity.MISSING,
            f"The seller says {what} attached, but no file given is one ({_other_files(given)}), so what it shows is not verified: "
            "ask the seller (or the platform) for it, or add the file and triage again.",
            basis=Basis.NOT_VERIFIED, about=OTHER_KIND_GIVEN,
            reply=f"The counter-notice refers to {noun}, but the documents attached do not include one: we ask to see it before the "
            "listing is restored.",
        )
        return out.assessment(GroundStatus.UNVERIFIED)
    if said_attached and what:
        out.add(
            "no_document", Severity.MISSING,
            f"The seller says {what} attached, but no file was given to us, so what it shows is not verified: ask the seller "
            "(or the platform) for it, or add the file and triage again.",
            basis=Basis.NOT_VERIFIED,
            reply=f"The counter-notice refers to {what.rsplit(' ', 1)[0]}, but none reached us: we ask to see it before the listing "
            "is restored.",
        )
        return out.assessment(GroundStatus.UNVERIFIED)  # a file nobody has read neither meets nor falls short
    out.add("no_document", Severity.MISSING, message, reply=reply)  # ``reply``: the point as the platform is told it
    return out.assessment(GroundStatus.FALLS_SHORT)


def check_purchase_proof(ctx: CheckContext, *, said_attached: bool = False) -> GroundAssessment:
    """Invoice or contract: recent enough, signed or sealed by both parties, over the minimum quantity, matching the product."""
    from assistant.domain.appeals import right_standards as per_right  # each kind of right and paper by its own standard
    from assistant.domain.appeals.paper_agreement import agreement_finding
    from assistant.domain.appeals.accessories import accessory_finding

    docs = ctx.of_kinds(PURCHASE_KINDS)
    if ctx.complaint.ip_right.ip_type is IPType.PATENT:
        return per_right.purchase_against_patent(ctx, docs)
    if not docs:
        assessment = _no_document(
            AppealGround.PURCHASE_INVOICE, "The seller claims to have bought the goods but attached no invoice or purchase contract.",
            said_attached=said_attached, what="an invoice or purchase contract is", given=ctx.attachments,
        )
        assessment.findings += _said_paper_points(ctx)
        return per_right.purchase_without_papers(ctx, assessment)
    rule = evidence_standard()["purchase_proof"]
    max_age, min_qty = int(rule["max_age_months"]), int(rule["min_quantity_exclusive"])
    window_start = months_before(ctx.complaint_date, max_age)
    reported = reported_product_text(ctx.complaint)
    out = _Findings(AppealGround.PURCHASE_INVOICE)
    passing = 0
    for index, doc in docs:
        start, text, unread = len(out.items), doc.text or "", []
        # Goods from the owner itself are checked in our own sales records, which settle whether the paper is genuine
        # better than both parties' seals; a paper is never faulted for what its kind of paper does not hold (a bank's
        # record, a till receipt).
        from_owner = per_right.sold_by_owner(ctx, doc)
        holds = {point: per_right.holds(doc, point) for point in ("quantity", "signature", "brand", "product")}
        if from_owner:
            out.items.append(per_right.owner_sale_finding(AppealGround.PURCHASE_INVOICE, index, *from_owner))
        elif per_right.paper_kind(doc) in per_right.RETAIL_PAPERS:
            out.items.append(per_right.retail_finding(AppealGround.PURCHASE_INVOICE, index, per_right.shop_name(doc), per_right.paper_kind(doc),
                                                      per_right.receipt_shows(doc, ctx.brand, quantity=False)))
        issued = doc.date or document_date(text)
        if issued is None and (not text or _by_ocr(doc)):
            unread.append("its date")
        elif issued is None and (unread_day := unread_date(text)):
            # A date is there but could not be read as a day: not verified, never 'shows no date'.
            unreal = not_real_dates(unread_day)
            why = f": not a real date, {unreal[0].why}" if unreal else ""  # '2026-02-30' is no day at all: said so, never moved
            out.add("date_not_read", Severity.MISSING,
                    f"Attachment #{index} gives a date that could not be read as a day ('{escape_untrusted(unread_day)}'{why}), so its date is "
                    "not verified: check it by eye, or ask the seller for a corrected copy.", index, Basis.NOT_VERIFIED,
                    reply=f"The date on attachment #{index} ('{escape_untrusted(unread_day)}') cannot be read as a day: we ask the seller "
                    "to confirm it before the document is relied on.")
        elif issued is None:
            out.missing("date_missing", _but(ctx, "date", index, f"Attachment #{index} shows no date."), index)
        elif issued < months_before(ctx.complaint_date, max_age + ABOUT_GRACE_MONTHS):
            out.add(
                "outside_window", Severity.MISSING,
                f"Attachment #{index} is dated {issued}, well over {max_age} months before {ctx.judged_against}; "
                f"{_yardstick(ctx)} asks for documents from about the last {max_age} months (from about {window_start}) or a reasonable "
                "period: unless the seller shows why it is reasonable, it falls short.",
                index, reply=_platform_words(ctx, f"Attachment #{index} is dated {issued}, well over {max_age} months before "
                                             f"{ctx.judged_against}: so old a purchase does not show where the goods listed now come from, "
                                             "and the seller gives no reason why it should."),
            )
        elif issued < window_start:
            out.info(
                "outside_window_near",
                f"Attachment #{index} is dated {issued}, a little over {max_age} months before {ctx.judged_against}. "
                f"The guide's 'about six months ... or within a reasonable period' is a guideline, not a hard limit: check it is reasonable.",
                index,
            )
        _check_dates(out, ctx, index, issued, "purchase document")
        quantity = doc.quantity if doc.quantity is not None else document_quantity(text)
        if quantity is None and not holds["quantity"]:
            pass
        elif quantity is None and (not text or _by_ocr(doc)):
            unread.append("its quantity")
        elif quantity is None:
            out.missing("quantity_missing", _but(ctx, "quantity", index, f"Attachment #{index} shows no quantity."), index)
        elif quantity <= min_qty and doc.quantity is None and (each := pieces_each(text)):
            # Sets of several pieces each ('3' of 'knife set 8 pcs'): the column counts sets, the guide pieces; the two are
            # never multiplied out here, so a person checks it.
            out.info(
                "quantity_in_sets",
                f"Attachment #{index} shows {quantity} in its quantity column, for goods sold as sets of '{escape_untrusted(each)}' "
                f"each: check that they come to more than {min_qty} pieces (the guide counts pieces).",
                index,
            )
        elif quantity <= min_qty:
            out.add(
                "quantity_too_low", Severity.MISSING,
                f"Attachment #{index} covers {quantity} piece(s); {_yardstick(ctx)} asks for more than {min_qty} pieces, except special cases: "
                "unless the seller shows one, it falls short.",
                index, reply=_platform_words(ctx, f"Attachment #{index} covers only {quantity} piece(s), too few to account for the "
                                             "goods listed."),
            )
        # Our own paper made out to another buyer shows no sale of ours to the seller: where it differs from the seller's words
        # (its quantity, its day), it is put to the platform as any paper's would be.
        _check_claims_match(out, ctx, index, issued=issued, quantity=quantity, doc=doc,
                            ours=bool(from_owner) and not _made_out_to_another(ctx, doc))
        _paper_of_its_own_kind(out, ctx, index, doc, issued, quantity)
        if len(docs) == 1:
            _sold_beyond(out, ctx, index, doc, quantity)
        if holds["signature"]:
            # A paper of our own company needs our own signature or seal, not the buyer's: and what its copy does not show
            # is a point of form our own sales records settle (we know whether we issued it), said, never passed over.
            mark = len(out.items)
            invoice = None if from_owner else per_right.invoice_mark(doc)
            if invoice is per_right.InvoiceMark.NONE and ctx.claimed("signature", index, doc) and not _issuer_marked(doc):
                invoice = None  # the seller says it is signed and no issuer's mark shows: its claim is compared below
            if invoice is per_right.InvoiceMark.NONE:
                _invoice_unsigned(out, ctx, index, doc, unread)
            else:  # a VAT invoice needs its issuer's seal only; a contract both parties'
                _check_signature(out, ctx, index, doc, both_parties=not from_owner and invoice is None, unread=unread)
                _issuer_seal_said(out, index, doc, invoice)
            _name_the_paper(out, mark, ctx, index, doc, "invoice")
            if from_owner:
                _as_form_points(out, mark, "sales")
        if holds["brand"]:
            _check_brand(out, ctx, index, doc, "purchase document", unread)
        _check_number(out, ctx, index, doc)
        match = product_matches(reported, text, brand=ctx.brand) if text and reported and holds["product"] else None
        other_model = (other_model_named(reported, text) or other_brand_model(reported, text, ctx.brand)
                       if text and reported and holds["product"] else None)
        shade = other_shade_named(reported, text) if text and reported and holds["product"] and not other_model else None
        if match is None and text and reported and same_model_named(reported, text):
            match = True  # the reported model named on the paper: compared by its model where words cannot be
        if match is False and _same_kind_other_words(text, reported):
            match = None  # the same kind of goods in other words ('frying pan' for a 'Bratpfanne'): a person compares them
        garments = other_garments(text, reported) if text and reported and holds["product"] and match is not False else None
        kinds = (_other_kind_of_goods(text, reported) if not garments and text and reported and holds["product"] and match is not False
                 else None)  # tents for backpacks: kinds of goods compare in any language
        if garments or kinds:
            match = False  # another garment or kind of goods, whatever words (a material, a model line) the two share
        accessory = accessory_finding(reported, text, ctx.brand, index, out.ground) if text and reported and holds["product"] else None
        named = other_named_product(ctx.counter_notice, text, ctx.brand) if text and holds["product"] and not other_model else None
        if other_model or shade:
            _another_model(out, ctx, index, text, *(other_model or shade), what="model" if other_model else "shade")
        elif named:
            _another_named_product(out, index, *named)
        elif accessory:
            out.items.append(accessory)  # a part or an add-on for the product, named with its words
        elif match is False:
            named = (f": it names '{escape_untrusted(garments[0])}'; the complaint names '{escape_untrusted(garments[1])}'" if garments
                     else f": {kinds[0]}, while the reported product is {kinds[1]}" if kinds else "")
            out.missing("product_mismatch", f"Attachment #{index} describes goods that do not match the reported listing(s){_goods_as_named(text)}"
                        f"{named}.", index)
        elif match is None and text and holds["product"]:
            out.info("product_not_checked", f"Check by eye that attachment #{index} is for the reported product{_goods_named_as(text)}.", index)
        _check_named_parties(out, ctx, [(index, doc)], ("supplier", "owner"))
        _issuer_against_owner(out, ctx, index, doc)
        _buyer_is_seller(out, ctx, index, doc)
        _resale_territory(out, ctx, index, doc)
        if unread and not doc.text and len(unread) == 1 and unread[0].startswith("that it names"):
            # Details were given for a scan by a person; only the brand is left to look at.
            out.info("brand_not_checked", end_sentence(f"Attachment #{index} has no readable text: check by eye that it names {ctx.brand}"), index)
        else:
            out.not_verified(ctx, index, unread, ("date", "quantity", "signature"))
        # A bank's record or a customs form backs an invoice up; alone it does not show what was bought from whom.
        if not out.failing_since(start) and (holds["brand"] or from_owner):
            passing += 1
            out.add("meets_standard", Severity.OK, _meets(out, start, index), index)
        if not from_owner and holds["brand"] and not shows_shortfall(out.items[start:]):
            # What the paper bears out of the seller's words, and who its issuer is, which decides it.
            out.items += [f for f in [agreement_finding(ctx, index, doc, issued, quantity, per_right.paper_seller(ctx, doc)[0])] if f]
    return per_right.purchase_without_papers(
        ctx, out.assessment(GroundStatus.MEETS_STANDARD if passing else GroundStatus.FALLS_SHORT, [i for i, _ in docs])
    )


def _sold_beyond(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment, quantity: int | None) -> None:
    """More goods the seller says it sold than its only purchase paper covers ('500 unit sudah dijual' beside an invoice for
    '50 pcs'): units sold are not units bought, so the paper is never said to be described otherwise; it cannot account for
    the goods sold beyond it. Both figures as written."""
    more = [c for c in ctx.claimed("sold", index, doc) if c.quantity and quantity is not None and c.quantity > quantity]
    if not more:
        return
    said, shown = f"'{escape_untrusted(more[0].quote)}'", _figure_as_written(doc.text or "", quantity, given=True)
    out.add("sold_more_than_bought", Severity.MISSING,
            f"The seller writes {said} of the goods it has sold; its only purchase paper (attachment #{index}) covers {shown}: it "
            "cannot account for the goods sold beyond that.", index,
            reply=f"The seller writes {said} of the goods it has sold, but the only purchase it shows (attachment #{index}) covers "
            f"{shown}: it cannot account for the goods sold beyond that.")


def _paper_of_its_own_kind(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment, issued: date | None,
                           quantity: int | None) -> None:
    """A customs declaration or a delivery note given as proof of purchase (other_papers.py): what it is and what it shows,
    its quantity set against a larger one the seller gives (at most the paper's is covered)."""
    from assistant.domain.appeals import right_standards as per_right
    from assistant.domain.appeals.other_papers import paper_point

    text = doc.text or ""
    if not text:
        return
    written = _figure_as_written(text, quantity) if quantity is not None else None
    more = [c for c in ctx.claimed("quantity", index) if c.quantity and quantity is not None and c.quantity > quantity]
    said = f"'{escape_untrusted(more[0].quote)}'" if more and more[0].quote else None
    point = paper_point(per_right.paper_kind(doc).value, index, text, ctx.owners, day=_figure_as_written(text, issued) if issued else None,
                        quantity=written, said_more=said, signed=signature_shown(doc, needs_both_parties=False))
    if point:
        out.add("paper_not_invoice", Severity.MISSING, point[0], index, reply=point[1])


def _another_model(out: _Findings, ctx: CheckContext, index: int, text: str, named: str, reported: str, what: str = "model") -> None:
    """A purchase paper for another model of the reported product's line ('LM-200' for the reported 'LM-350'): it covers
    none of the reported goods, whatever words the two share; both quoted as written (the paper's item line, the listing's
    title), in the report and the reply."""
    from assistant.domain.appeals.other_product import goods_named

    goods = next((g for g in goods_named(text) if named.upper() in g.upper()), None)
    # Else the cell of the paper's line that names it ('SAFFIRA Velvet Matte Lipstick shade 05 Coral   Qty: 12 pcs').
    goods = goods or next((cell.strip() for line in text.splitlines() for cell in re.split(r"\s{2,}|\t", line)
                           if re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", cell)), None)
    shown = f"'{escape_untrusted(goods)}'" if goods else f"the {what} '{escape_untrusted(named)}'"
    title = next((t for t in (listing.title for listing in ctx.complaint.listings) if t and reported.upper() in t.upper()), None)
    ours = (f"the reported listing ('{escape_untrusted(title)}') is for the {what} '{escape_untrusted(reported)}'" if title
            else f"our complaint reports the {what} '{escape_untrusted(reported)}'")
    out.add("product_mismatch", Severity.MISSING,
            f"Attachment #{index} is for another {what} than the reported product: it names {shown}, and {ours}. A paper for another "
            f"{what} covers none of the reported goods, so it supports nothing for the reported listing(s).", index,
            reply=f"The seller's document (attachment #{index}) is for another {what}: it names {shown}, and {ours}. It does not cover "
            "the goods in the reported listing(s).")


def _same_kind_other_words(text: str, reported: str) -> bool:
    """Whether a paper's item lines (else its text) name the reported product's kind of goods, whatever words they use."""
    from assistant.domain.appeals.other_product import goods_named

    return same_kind(" / ".join(goods_named(text)) or text, reported)


def _other_kind_of_goods(text: str, reported: str) -> tuple[str, str] | None:
    """(the kinds of goods a paper's item lines name, the kinds the reported product is), in our words ('tents', 'bags'),
    when both name kinds and share none ('Tienda de campaña' for a 'Mochila'); None otherwise. Only the paper's item lines
    are read: its other lines (an address, a note) name no goods it covers."""
    from assistant.domain.appeals.other_product import goods_named

    kinds = other_kinds(" / ".join(goods_named(text)) or None, reported)
    if not kinds:
        return None
    # The reported goods said in the words the complaint uses ('face make-up (compact powder)'); the paper's are quoted already.
    named = " and ".join(f"{kind} ({escape_untrusted(word)})" if word != kind else kind for kind, word in kinds[1].items())
    return " and ".join(kinds[0]), named


def _another_named_product(out: _Findings, index: int, said: str, paper: str) -> None:
    """A purchase paper for another model of the brand's goods than the one the seller defends ('KORVA Corsa Jersey' on the
    paper, 'KORVA Jersey Pro' in the seller's words): it shows no purchase of that product; both quoted as written."""
    said, paper = escape_untrusted(said), escape_untrusted(paper)
    out.add("product_mismatch", Severity.MISSING,
            f"Attachment #{index} is for '{paper}', and the seller names the goods it defends '{said}': another model of the brand's "
            "goods, so the paper shows no purchase of them.", index,
            reply=f"The seller's document (attachment #{index}) is for '{paper}', another model than the '{said}' the seller names "
            "as its goods: it shows no purchase of them.")


def _goods_named_as(text: str) -> str:
    """': it names '…'' (the goods of a paper's item line, quoted as written), or '' when it has no such line."""
    from assistant.domain.appeals.other_product import goods_named

    named = goods_named(text)
    return f": it names '{escape_untrusted(named[0])}'" if named else ""


def _goods_as_named(text: str) -> str:
    """' ('…', as it names them)': the goods a paper's item line names, quoted as written (with its page, on a paper of
    several), or '' when it has no such line."""
    from assistant.domain.appeals.other_product import goods_named, goods_page  # its module judges papers against a patent or a work

    named = goods_named(text)
    return f" ('{escape_untrusted(named[0])}', as it names them{goods_page(text, named[0])})" if named else ""


def _check_authorisation(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment, unread: list[str]) -> None:
    found_from, found_until = validity_period(doc.text) if doc.text else (None, None)
    valid_from, valid_until = doc.valid_from or found_from, doc.valid_until or found_until
    if valid_from and valid_until and valid_until < valid_from:
        out.suspicious("validity_inconsistent", f"Attachment #{index} ends before it starts.", index)
    if valid_until and valid_until < ctx.complaint_date:
        out.missing("licence_expired", f"Attachment #{index} expired on {valid_until}, before {ctx.judged_against}.", index)
    if valid_from and valid_from > ctx.complaint_date:
        out.missing(
            "licence_not_yet_valid", f"Attachment #{index} is valid only from {valid_from}, after {ctx.judged_against}.", index
        )
    unreal = not_real_dates(doc.text or "") if not valid_from and not valid_until else []
    if unreal:  # a validity written as a day that cannot be ('31/04/2027'): quoted as written, not verified, never 'no validity'
        out.add("date_not_real", Severity.MISSING, f"Attachment #{index} gives '{escape_untrusted(unreal[0].written)}', "
                f"which is not a real date ({unreal[0].why}), so when it is valid is not verified: ask the seller for a corrected copy.",
                index, Basis.NOT_VERIFIED, about="validity",
                reply=f"Attachment #{index} gives '{escape_untrusted(unreal[0].written)}' as a date, which is not a real date: we ask the seller "
                "for a corrected copy before the document is relied on.")
    elif not valid_from and not valid_until and stock.is_stock_licence(doc.text):
        pass  # a stock site's licence is issued online for good: no end date is no defect of it
    elif not valid_from and not valid_until and doc.text and (line := validity_line(doc.text)):
        out.add("validity_unread", Severity.MISSING, f"Attachment #{index} gives its validity as '{escape_untrusted(line)}', with no last day "
                f"that could be read, so whether it was valid on the complaint date is not verified: read that line before relying on it.",
                index, Basis.NOT_VERIFIED, about="validity",
                reply=f"Attachment #{index} gives its validity as '{escape_untrusted(line)}', with no end date: it does not show that it was "
                "valid on the complaint date.")
    elif not valid_from and not valid_until:
        if doc.text and not _by_ocr(doc):
            out.missing(
                "validity_missing",
                _but(ctx, "validity", index, f"Attachment #{index} does not say when it is valid, so it is not shown valid on the complaint date."),
                index,
            )
        else:
            unread.append("when it is valid")
    _check_claims_match(out, ctx, index, valid_until=valid_until, doc=doc)
    _check_dates(out, ctx, index, doc.date, "authorisation")
    if stock.is_stock_licence(doc.text):
        _stock_licence_points(out, ctx, index, doc)  # sold online and unsigned by nature: its bounds answer it, not its form
    else:
        mark = len(out.items)
        _check_signature(out, ctx, index, doc, both_parties=False, unread=unread)
        _name_the_paper(out, mark, ctx, index, doc, "authorisation")
    _check_brand(out, ctx, index, doc, "authorisation", unread)
    _check_number(out, ctx, index, doc)
    _check_scope(out, ctx, index, doc)
    from assistant.domain.appeals.licence_conditions import check_conditions  # it builds on this module's findings

    check_conditions(out, ctx, index, doc, valid_from)


def _stock_licence_points(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A stock site's licence against our photos: its use type (editorial only, where a listing is commercial use, against
    the seller's 'commercial licence'), how many images it covers against how many of ours the listing uses, and its day
    against our photos' days in our record; each clause quoted as the receipt writes it."""
    site = ctx.complaint.site.label
    restriction = stock.use_restriction(doc.text)
    if restriction:
        called = stock.commercial_said(ctx.counter_notice)
        quoted = escape_untrusted(restriction)
        lead = f"The seller calls its licence '{escape_untrusted(called)}', but attachment #{index} says" if called else f"Attachment #{index} says"
        out.add("licence_use_excluded", Severity.SUSPICIOUS if called else Severity.MISSING,
                f"{lead} '{quoted}': a product listing on {site} is commercial use, so the licence does not cover it.", index,
                reply=f"The licence the seller relies on (attachment #{index}) says '{quoted}'"
                + (f", though the seller calls it a '{escape_untrusted(called)}'" if called else "")
                + f": a product listing on {site} is commercial use, which it does not allow.", about="use")
    licensed, ours = stock.licensed_quantity(doc.text), stock.our_photo_count(ctx.complaint.statement)
    if licensed and ours and licensed[1] < ours[1]:
        line = escape_untrusted(licensed[0])
        out.add("licence_quantity_short", Severity.MISSING,
                f"Attachment #{index} covers '{line}'; the listing uses {ours[0]} of our photos (our complaint): the others are not "
                "covered by it at all.", index, Basis.DOCUMENT_SHOWS,
                reply=f"Attachment #{index} covers '{line}', while the listing uses {ours[0]} of our photographs.", about="quantity")
    _stock_licence_after_ours(out, ctx, index, doc)


def _stock_licence_after_ours(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A stock licence dated after the days our record gives for our photos (their shoot, their first publication)."""
    from assistant.domain.appeals.camera_dates import our_photo_days

    issued = doc.date or (document_date(doc.text) if doc.text else None)
    days = list({d.value: d for d in our_photo_days(ctx.complaint, sentences) if issued and d.value < issued}.values())
    if not days:
        return
    ours = ", ".join(d.said() for d in days)
    out.add("licence_after_our_photos", Severity.SUSPICIOUS,
            f"Attachment #{index} is dated {issued}, after the days our record gives for our photos ({ours}): the image was licensed "
            "there only after we had made and published ours.", index, Basis.OUR_RECORD,
            reply=f"Attachment #{index} is dated {issued}, after our photographs were made and first published ({ours}).", about="date")


def _check_scope(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """Where, how and for what the authorisation lets the seller sell, against the reported listing: its territory, its
    channels and its products, each clause quoted as the document writes it."""
    from assistant.domain.appeals import licence_scope as scope

    if not doc.text:
        return
    _granted_after_assignment(out, ctx, index, doc)
    site = ctx.complaint.site
    channel = scope.channel_exclusion(doc.text, site)
    if channel:
        out.missing("licence_channel_excluded", f"Attachment #{index} says '{escape_untrusted(channel)}'; the listing is on {site.label}, an "
                    "online marketplace, so the licence does not cover it.", index, about="channel")
    country = scope.listing_country(ctx.complaint)
    clause = scope.territory_clause(doc.text, country)
    if clause and country and not clause.covers(country):
        sells = (f"which sells across {scope.country_name(country)}: a licence for a part of the country does not cover it"
                 if country in clause.parts else f"which sells in {scope.country_name(country)}: the licence does not cover it")
        out.missing("licence_territory_not_covered", f"Attachment #{index} limits the licence to '{escape_untrusted(clause.words)}'; the "
                    f"listing is on {site.label}, {sells}.", index, about="territory")
    elif clause and not clause.worldwide and country is None and channel:
        # Online sales are excluded anyway: where the listing sells settles nothing more, so the territory is a plain fact.
        said = scope.worldwide_said(ctx.counter_notice)
        against = f", while the seller says it may sell '{escape_untrusted(said)}'" if said else ""
        out.add("licence_territory_unverified", Severity.MISSING,
                f"Attachment #{index} also limits the licence to '{escape_untrusted(clause.words)}'{against}; the listing is on {site.label}, "
                "which sells across borders, but the licence excludes it as an online sale in any case.", index, Basis.DOCUMENT_SHOWS,
                about="territory",
                reply=f"The licence the seller relies on (attachment #{index}) is also limited to '{escape_untrusted(clause.words)}'{against}.")
    elif clause and not clause.worldwide and country is None:
        out.add("licence_territory_unverified", Severity.MISSING,
                f"Attachment #{index} limits the licence to '{escape_untrusted(clause.words)}'; the listing is on {site.label}, which sells "
                "across borders, so that the seller's sales stay within it is not verified: ask the seller where the listing sells.",
                index, Basis.NOT_VERIFIED, about="territory",
                reply=f"The licence the seller relies on (attachment #{index}) is limited to '{escape_untrusted(clause.words)}': we ask the "
                "seller to show that the listing sells only there.")
    subject, reported = licensed_products(doc.text), reported_product_text(ctx.complaint)
    match = subject_matches(reported, subject, brand=ctx.brand, written_in=doc.text) if subject and reported else None
    named, wanted = product_tokens(subject or "", exclude=ctx.brand), product_tokens(reported or "", exclude=ctx.brand)
    if match is None and named and named <= wanted:
        match = True  # every word of the clause is in the listing's: too few words to compare, but nothing else
    elif match is False and named & wanted:
        match = None  # other goods by name, but a word in common ('leather'): words cannot settle it
    subject = subject or granted_goods(doc.text)  # goods named only in the grant: compared by their kind alone
    kinds = other_kinds(subject, reported) if subject and reported else None
    if kinds and match is None:
        # Another kind of goods than the reported product's (bags for a jacket): said with both kinds, whatever words they share.
        covered, wanted, reported_as = _kinds_said(kinds)
        out.add("product_not_covered", Severity.MISSING,
                f"Attachment #{index} licenses '{escape_untrusted(subject)}' ({covered}) only: not the reported product ('{reported_as}', "
                f"{wanted}).", index, about="subject",
                reply=f"The authorisation the seller relies on (attachment #{index}) covers only '{escape_untrusted(subject)}' ({covered}), "
                f"not the {wanted} in the reported listing(s).")
    elif match is False:
        out.missing("product_not_covered", f"Attachment #{index} licenses '{escape_untrusted(subject)}': not the reported product.", index,
                    about="subject")
    elif subject and match is None and licensed_products(doc.text):
        out.info("product_not_checked", f"Attachment #{index} licenses '{escape_untrusted(subject)}': product coverage not verified, "
                 "check by eye that this is the reported product.", index, about="subject")


def _kinds_said(kinds: tuple[dict[str, str], dict[str, str]]) -> tuple[str, str, str]:
    """(the kinds of goods a document names, the kinds the reported product is, the words our record names it by, as
    written) for goods_kinds.other_kinds's answer: 'tents', 'bags', 'backpack'."""
    covered, wanted = (", ".join(found) for found in kinds)
    return covered, wanted, "', '".join(escape_untrusted(word) for word in kinds[1].values())


def _granted_after_assignment(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A licence dated after its grantor assigned the right to us (our record's assignment): stated with both dates."""
    from assistant.domain.appeals.assignments import assignment_point

    point = assignment_point(ctx.complaint, index, doc)
    if point:
        out.add("licence_after_assignment", Severity.SUSPICIOUS, point[0], index, Basis.OUR_RECORD, reply=point[1], about="grantor")


def _grantor(doc: AppealAttachment) -> str | None:
    """Who grants an authorisation: as given, else its labelled licensor, else the name its grant line starts with
    (never a role word: 'The Licensor grants the Licensee ...' names nobody)."""
    by = grant_parties(doc.text or "")[0]
    return doc.issued_by or _labelled(doc, PartyRole.LICENSOR) or (None if is_role_word(by) else by) or sender_as_written(doc.text)


def _grant_line_grantor(doc: AppealAttachment) -> str | None:
    """The company a document's grant line starts with, as the document writes it; None when it names none (a role word)."""
    by = grant_parties(doc.text or "")[0]
    return as_written(doc.text or "", by) if by and not is_role_word(by) else None


def _grantee(doc: AppealAttachment) -> str | None:
    """Who receives an authorisation, the same way."""
    to = grant_parties(doc.text or "")[1]
    return doc.issued_to or _labelled(doc, PartyRole.LICENSEE) or (None if is_role_word(to) else to)


def _labelled(doc: AppealAttachment, role: PartyRole) -> str | None:
    return next((n for n in document_parties(doc.text or "", role) if not is_role_word(n)), None)


def _from_owner(ctx: CheckContext, doc: AppealAttachment) -> bool | None:
    """Whether an authorisation comes from the owner: by its stated grantor, else by naming the owner; None if unknown."""
    if not ctx.owners:
        return None
    grantor = _grantor(doc)
    if grantor:
        # A company's name is the owner's when it is the same name, perhaps with another legal form (to check): 'Acme GmbH'
        # is not 'Acme Sportswear GmbH', nor is 'PT Sinar Laut Abadi Jaya' 'PT Sinar Laut Abadi'. Other words ('the brand
        # owner Acme Sportswear GmbH') must name the owner.
        if any(compare_names(grantor, owner) is not NameMatch.OTHER for owner in ctx.owners):
            return True
        return not split_legal_form(grantor)[1] and any(names_in(grantor, owner) for owner in ctx.owners)
    return any(names_in(doc.text or "", owner) or _named_in_latin_letters(doc.text or "", owner) for owner in ctx.owners) if doc.text else None


def _named_in_latin_letters(text: str, owner: str) -> bool:
    """Whether a text names our Chinese company in pinyin or English ('Shenzhen Guangming Zhaoming Co., Ltd.')."""
    return bool(re.search(r"[\u4e00-\u9fff]", owner)) and any(romanised_pair(name, owner) for name in companies_in(text))


def letter_from_owner(ctx: CheckContext, doc: AppealAttachment) -> bool | None:
    """Whether an authorisation comes from the right's owner (None: cannot be told), as every check reads it."""
    return _from_owner(ctx, doc)


def letter_grantor(doc: AppealAttachment) -> str | None:
    """Who grants an authorisation, as every check reads it."""
    return _grantor(doc)


def letter_grantee(doc: AppealAttachment) -> str | None:
    """Who receives an authorisation, as every check reads it."""
    return _grantee(doc)


def _quoted(names: list[str]) -> str:
    return " or ".join(f"'{_as_written(name)}'" for name in names)


def _as_written(name: str) -> str:
    """A company's name from the seller's text or files, quoted as written (escaped: it is untrusted text)."""
    return escape_untrusted(name)[:80]


def _licensor_as_written(doc: AppealAttachment) -> str | None:
    """Who an authorisation says grants it, as written ('Licensor: Acme GmbH', 'Acme GmbH hereby licenses ...'; an e-mail's sender)."""
    return doc.issued_by or next(iter(document_parties(doc.text or "", PartyRole.LICENSOR)), None) or sender_as_written(doc.text)


# Which of a document's parties a seller's claim is about, and how the seller's claim is put.
_CLAIM_ROLES = {"grantor": (PartyRole.LICENSOR,), "supplier": (PartyRole.SUPPLIER,), "owner": (PartyRole.OWNER, PartyRole.LICENSOR)}
_DOCUMENT_ROLE_WORDS = {PartyRole.LICENSOR: "its licensor", PartyRole.SUPPLIER: "its seller", PartyRole.OWNER: "the brand owner"}
_SELLER_WORDS = {"grantor": "The seller names the licensor '{}'", "supplier": "The seller says it bought from '{}'",
                 "owner": "The seller names the brand owner '{}'"}
_HOW = {NameMatch.LEGAL_FORM: ": the same name with another legal form, which may be another company", NameMatch.OTHER: ", a different name"}


def _document_names(doc: AppealAttachment, role: PartyRole) -> list[str]:
    if role is PartyRole.LICENSOR and doc.issued_by:
        return [doc.issued_by]
    named = document_parties(doc.text or "", role)
    if not named and role is PartyRole.SUPPLIER and (issuer := document_issuer(doc)):
        return [issuer]  # who issued a purchase paper sold the goods, under whatever label ('Cedente: ...', its heading)
    return named


def _check_named_parties(out: _Findings, ctx: CheckContext, docs: list[tuple[int, AppealAttachment]], abouts: tuple[str, ...]) -> None:
    """Each company the seller names (licensor, supplier, brand owner), compared with the same party in its documents
    and, for a licensor or the owner, with the owner in our record; every disagreement stated with both names as
    written. A different name in the seller's own document is suspicious; another legal form, or a name only our record
    differs from, is to check."""
    numbers = [index for index, _ in docs]
    for about in abouts:
        if len(docs) == 1:
            claims = [c for c in ctx.claimed(about, numbers[0]) if c.party]
        else:
            claims = [c for c in ctx.claims if c.about == about and c.party and c.attachment in (None, *numbers)]
        for claim in {c.party: c for c in claims}.values():
            _compare_named_party(out, ctx, docs, about, claim)


def _same_party(ctx: CheckContext, a: str, b: str) -> NameMatch:
    """How two names compare, two spellings of the owner's Chinese name being one ('Ningbo Youjia Kitchenware Co., Ltd.' and
    'Ningbo Youjia Chuju Co., Ltd.' are both '宁波优佳厨具有限公司')."""
    match = compare_names(a, b)
    if match is NameMatch.OTHER and any(romanised_pair(a, o) and romanised_pair(b, o) for o in ctx.owners):
        return NameMatch.SAME
    return match


def _ocr_misread_name(out: _Findings, claim: Claim, attachment: int, role: PartyRole, written: str) -> None:
    """A name the seller gives and the one OCR read on its scan, a few look-alike characters apart: the difference may be
    OCR's own reading, so it is for a person to check on the scan, never a point against the seller."""
    name = claim.party or ""
    seller = _SELLER_WORDS[claim.about].format(_as_written(name))
    out.add("names_differ_ocr", Severity.INFO,
            f"{seller}; attachment #{attachment}, read by OCR, names {_DOCUMENT_ROLE_WORDS[role]} '{_as_written(written)}'. The two "
            "differ by a few characters only, which OCR may have misread (look-alike characters): check the name on the scan by eye "
            "before saying that the names differ.", attachment, Basis.NOT_VERIFIED, names=(name, written))


def _compare_named_party(out: _Findings, ctx: CheckContext, docs: list[tuple[int, AppealAttachment]], about: str, claim: Claim) -> None:
    name = claim.party or ""
    named = [(index, role, written, _same_party(ctx, name, written))
             for index, doc in docs for role in _CLAIM_ROLES[about] for written in _document_names(doc, role)]
    if any(match is NameMatch.SAME for *_, match in named):
        return  # the document names it as the seller does; how that name compares with our record is the document's check
    parts, severity, attachment = [], Severity.INFO, None
    if named:
        attachment, role, written, match = min(named, key=lambda n: n[3] is not NameMatch.LEGAL_FORM)
        if match is NameMatch.OTHER and (doc := dict(docs)[attachment]).read_with == "ocr" and ocr_lookalike(name, written, doc.text or ""):
            _ocr_misread_name(out, claim, attachment, role, written)
            return
        parts.append(f"attachment #{attachment} names {_DOCUMENT_ROLE_WORDS[role]} '{_as_written(written)}'{_HOW[match]}")
        severity = Severity.SUSPICIOUS if match is NameMatch.OTHER else Severity.INFO
    # A licensor or brand owner the seller names should be the owner in our record (a supplier only when the seller
    # calls it the owner).
    basis, reply = Basis.DOCUMENT_SHOWS, None
    if (about != "supplier" or claim.says_owner) and ctx.owners:
        against_owner = [compare_names(name, owner) for owner in ctx.owners]
        if NameMatch.SAME not in against_owner:
            how = _HOW[NameMatch.LEGAL_FORM if NameMatch.LEGAL_FORM in against_owner else NameMatch.OTHER]
            parts.append(f"our record names the rights owner {_quoted(ctx.owners)}" + ("" if parts else how))
        if not docs and about == "grantor" and out.ground is AppealGround.LICENCE and set(against_owner) == {NameMatch.OTHER}:
            # A licence the seller's own words say another company gave, file or no file (as a licence file naming it is read):
            # it does not come from the owner, and the reply says so in the seller's words.
            severity, basis = Severity.MISSING, Basis.OUR_RECORD
            reply = (f"The seller itself names its licensor '{_as_written(name)}', not the owner of our right ({_quoted(ctx.owners)}); "
                     "a licence must come from the owner or be backed by a chain back to it.")
    if not parts:
        return
    seller = _SELLER_WORDS[about].format(_as_written(name)) + (" (and presents it as the brand itself)" if claim.says_owner and about != "owner" else "")
    action = ("Ask the seller which company it dealt with, and point out that its document names another."
              if severity is Severity.SUSPICIOUS else "Check which company it is before relying on it.")
    # To the platform: what the seller says and what its own document shows, without our note to ourselves.
    reply = f"{seller}, but its own document (attachment #{attachment}) names {parts[0].split(' names ', 1)[1]}." if named else reply
    other = written if named else ctx.owners[0] if ctx.owners else ""
    out.add("party_names_differ", severity, f"{seller}; {'; '.join(parts)}. {action}", attachment, basis=basis, reply=reply, names=(name, other),
            about=None if docs else about)  # with no document, each role the seller names is a point of its own


# The companies the seller names for a ground (as _check_named_parties reads them): a licence's or a chain's licensor and
# brand owner, and a supplier presented as the brand itself (its own word that the goods come from the brand).
_NAMED_FOR = {AppealGround.LICENCE: ("grantor", "owner", "supplier"), AppealGround.AUTHORIZATION_CHAIN: ("grantor", "owner", "supplier"),
              AppealGround.PURCHASE_INVOICE: ("supplier",)}


def _named_in_text_only(ctx: CheckContext, assessments: list[GroundAssessment]) -> None:
    """Grounds with no document: each company the seller's own text names as its licensor, as the brand owner, or as a
    supplier it presents as the brand itself, that is not the owner in our record, said once with both names, as a file
    naming it would be ('Fjellro Outdoor Trading (Shenzhen) Co., Ltd., which is the brand company for mainland China')."""
    bare = [a for a in assessments if a.ground in _NAMED_FOR and not a.attachments]
    if not bare:
        return
    out = _Findings(bare[0].ground)
    _check_named_parties(out, ctx, [], tuple(dict.fromkeys(about for a in bare for about in _NAMED_FOR[a.ground])))
    bare[0].findings.extend(out.items)
    if bare[0].status is GroundStatus.UNVERIFIED and shows_shortfall(out.items):
        bare[0].status = GroundStatus.FALLS_SHORT  # a licensor the seller's own words name that is not the owner: our record shows it


def _licensee_is_seller(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A licence granted to a company the seller nowhere names as itself ('We, Lakeshore Living, ...' with a licence to
    'Northbay Retail Co., Ltd.'), or for a store that is not the seller's ('苏州悦途户外用品有限公司（店铺：悦途箱包旗舰店）' for
    the seller's '苏州悦途户外专营店'): not shown to cover the seller, with the names as written. Only when both are known. The
    licensee is called what the document shows it to be: a private person where it marks one ('(private account)'), a
    company where its name has a legal form, else neither."""
    grantee = _grantee(doc)
    sellers = seller_names(ctx.counter_notice)
    store = store_named(doc.text or "", _as_in_text(doc.text or "", grantee)) if grantee else None
    if not grantee or not sellers or _is_seller(ctx, sellers, grantee) and (not store or _is_seller(ctx, sellers, store)):
        return
    person = stock.private_person(doc.text, grantee)
    what = "a private person" if person else "a company" if split_legal_form(grantee)[1] else "a licensee"
    for_store = f" for its store '{_as_written(store)}'" if store else ""
    out.add(
        "licensee_not_seller", Severity.MISSING,
        f"Attachment #{index} is granted to '{_as_written(grantee)}'{' (a private person, as the document marks it)' if person else ''}"
        f"{for_store}; the seller calls itself '{_as_written(sellers[0])}': that the licence covers the seller is not verified. Ask the "
        f"seller how it is linked to {'that person' if person else 'that company' if what == 'a company' else 'that licensee'}"
        f"{' and that store' if store else ''}.",
        index, Basis.NOT_VERIFIED,
        reply=f"The authorisation the seller relies on (attachment #{index}) is granted to '{_as_written(grantee)}'{for_store}, {what} "
        f"{'and a store ' if store else ''}the seller does not show to be itself ('{_as_written(sellers[0])}').",
    )


def _is_seller(ctx: CheckContext, sellers: list[str], name: str) -> bool:
    """Whether a name a document gives is one the seller gives itself (or names in its own words)."""
    return names_in(ctx.counter_notice, name) or any(
        compare_names(s, name) is not NameMatch.OTHER or names_in(name, s) or names_in(s, name) for s in sellers)


def _as_in_text(text: str, name: str) -> str:
    """``name`` as ``text`` writes it (a grant line is read lower-cased): the text's own span, else the name."""
    at = text.casefold().find(name.casefold())
    return text[at:at + len(name)] if at >= 0 else name


def _said_supplier(ctx: CheckContext, name: str) -> bool:
    """Whether ``name`` is the company the seller says it bought from (its supplier claim)."""
    said = [c.value for c in ctx.claims if c.about == "supplier" and c.value]
    return any(compare_names(s, name) is not NameMatch.OTHER or names_in(s, name) or names_in(name, s) for s in said)


def _resale_territory(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A purchase document that supplies the goods for resale in a territory only ('for resale in Sweden, Norway, Denmark and
    Finland only'), against where the listing sells: outside it, or not shown within it on a site that sells across borders."""
    from assistant.domain.appeals import licence_scope as scope

    clause, country = scope.territory_clause(doc.text), scope.listing_country(ctx.complaint)
    if not clause or clause.worldwide or not clause.named:
        return
    site = ctx.complaint.site
    if country and not clause.covers(country):
        out.missing("resale_territory_not_covered", f"Attachment #{index} supplies the goods '{escape_untrusted(clause.words)}'; the listing "
                    f"is on {site.label}, which sells in {scope.country_name(country)}: outside it.", index, about="territory")
    elif country is None:
        out.add("resale_territory_unverified", Severity.MISSING,
                f"Attachment #{index} supplies the goods '{escape_untrusted(clause.words)}'; the listing is on {site.label}, which sells across "
                "borders, so that these goods are resold only there is not verified.",
                index, Basis.NOT_VERIFIED, about="territory",
                reply=f"The invoice the seller relies on (attachment #{index}) supplies the goods '{escape_untrusted(clause.words)}': a listing "
                f"on {site.label}, which sells across borders, is not shown to stay within it.")


def _names_seller(seller: str, buyer: str) -> bool:
    """Whether a paper's buyer is a name the seller gives itself: the same company, perhaps with another legal form, or one
    name inside the other."""
    return compare_names(seller, buyer) is not NameMatch.OTHER or names_in(buyer, seller) or names_in(seller, buyer)


def _made_out_to_another(ctx: CheckContext, doc: AppealAttachment) -> bool:
    """Whether a purchase paper names a buyer that none of the seller's names is (nor one business's other name), as
    _buyer_is_seller judges it: the company the seller says it bought from, or another."""
    buyer = next((n for n in document_parties(doc.text or "", PartyRole.BUYER) if not is_role_word(n)), None)
    if not buyer or names_in(ctx.counter_notice, buyer):
        return False
    sellers = seller_names(ctx.counter_notice)
    return _said_supplier(ctx, buyer) or bool(sellers) and not any(_names_seller(s, buyer) or one_business(s, buyer) for s in sellers)


def _said_paper_points(ctx: CheckContext) -> list[Finding]:
    """What the seller's own description of a purchase paper it did not give us shows ('Fecha 10/04/2022, ... Cliente Hogar
    Martínez S.L.'): a buyer that is another company than the one signing, and a date far outside the standard's window, each
    said as the seller's words (quoted; its claim, never a document), as the same points on a file are."""
    out = _Findings(AppealGround.PURCHASE_INVOICE)
    unsent = "its words, not a document: no file reached us"
    buyer = next((c.party for c in ctx.claims if c.about == "buyer" and c.attachment is None and c.party), None)
    sellers = seller_names(ctx.counter_notice)
    if buyer and sellers and not _said_supplier(ctx, buyer) and not any(_names_seller(s, buyer) or one_business(s, buyer) for s in sellers):
        out.add("said_buyer_not_seller", Severity.MISSING,
                f"As the seller itself describes the invoice it names ({unsent}), the invoice's buyer is “{_as_written(buyer)}”, not the "
                f"seller '{_as_written(sellers[0])}' that signs the counter-notice: even on the seller's own account it shows another "
                "company's purchase. Ask the seller how the two are linked.", basis=Basis.NOT_VERIFIED, about="buyer", names=(buyer, sellers[0]),
                reply=f"The counter-notice itself describes the invoice it relies on as made out to '{_as_written(buyer)}', not to the seller "
                f"'{_as_written(sellers[0])}': as the seller describes it, it shows no purchase by the seller.")
    said = next((c for c in ctx.claims if c.about == "date" and c.attachment is None and c.day), None)
    rule = evidence_standard()["purchase_proof"]
    max_age = int(rule["max_age_months"])
    if said and said.day < months_before(ctx.complaint_date, max_age + ABOUT_GRACE_MONTHS):
        quoted = f"“{escape_untrusted(said.quote)}”"
        day = f"{said.day}; " if said.quote != said.day.isoformat() else ""
        out.add("said_outside_window", Severity.MISSING,
                f"The seller dates the invoice it names {quoted} ({day}{unsent}): well over {max_age} months before {ctx.judged_against}. "
                f"{_yardstick(ctx)[0].upper()}{_yardstick(ctx)[1:].rstrip(',')} asks for documents from about the last {max_age} months "
                f"(from about {months_before(ctx.complaint_date, max_age)}) or a reasonable period: even on the seller's own account, the "
                "purchase is far older than that.", basis=Basis.NOT_VERIFIED, about="date",
                reply=f"The counter-notice itself dates the invoice it relies on {quoted}{f' ({said.day})' if day else ''}, well over {max_age} months before "
                f"{ctx.judged_against}: so old a purchase does not show where the goods listed now come from.")
    return out.items


def _buyer_is_seller(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """The buyer a purchase document names ('Bill to: ...', '购买方：...') against the names the seller gives itself (its
    signature included, above its date): when none of them is that buyer, the paper is made out to another than the seller,
    a suspicious point put to the platform with both names as written (a store and a company may be linked, but that is for
    the seller to show). When the seller names itself nowhere, the buyer is stated for a person to check."""
    buyer = next((n for n in document_parties(doc.text or "", PartyRole.BUYER) if not is_role_word(n)), None)
    if buyer and _said_supplier(ctx, buyer):
        # The company the seller says it bought from is the buyer here: the paper shows that company's purchase (from us,
        # or from another), not the seller's.
        out.add(
            "buyer_is_supplier", Severity.MISSING,
            f"Attachment #{index} is made out to '{_as_written(buyer)}', the company the seller says it bought from, not to the "
            "seller: it shows that company's purchase, not the seller's.",
            index, about="buyer",
            reply=f"The invoice the seller relies on (attachment #{index}) is made out to '{_as_written(buyer)}', the company it says it "
            "bought from, not to the seller: it shows that company's purchase, not the seller's.",
        )
        return
    if not buyer or names_in(ctx.counter_notice, buyer):
        return
    sellers = seller_names(ctx.counter_notice)
    if any(_names_seller(s, buyer) for s in sellers):
        return
    alike = next((s for s in sellers if one_business(s, buyer)), None)
    if alike:
        # One business's two names (a shop's and its registered one): presumably the seller, a point to check, never put to
        # the platform as another buyer.
        out.add("buyer_name_differs", Severity.INFO,
                f"Attachment #{index} is made out to '{_as_written(buyer)}'; the seller signs '{_as_written(alike)}': presumably one business "
                "(a shop's name and its registered name). Check that they are the same before relying on it.",
                index, Basis.NOT_VERIFIED, about="buyer", names=(buyer, alike))
        return
    if not sellers:
        out.add(
            "buyer_not_shown_seller", Severity.INFO,
            f"Attachment #{index} names its buyer '{_as_written(buyer)}'; the counter-notice does not say which store or company the "
            "seller is, so that the buyer is the seller is not verified.",
            index, Basis.NOT_VERIFIED, about="buyer",
        )
        return
    # The seller names itself (its signature, 'we are ...', '本店（...）') and the paper another buyer: what the paper shows
    # contradicts the seller's purchase, said to the platform; a link between the two is for the seller to show.
    out.add(
        "buyer_not_seller", Severity.SUSPICIOUS,
        f"Attachment #{index} is made out to '{_as_written(buyer)}', not to the seller, which names itself '{_as_written(sellers[0])}' in "
        "the counter-notice: the names differ, and a link between the seller's store and that buyer is not shown. Ask the seller how "
        "they are linked.",
        index,
        reply=f"The purchase document the seller relies on (attachment #{index}) is made out to '{_as_written(buyer)}', not to the seller "
        f"'{_as_written(sellers[0])}', the name it gives itself in the counter-notice: it does not show that the seller bought these goods.",
        about="buyer",
    )


def _client_is_seller(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """The party a photographer's contract is made out to against the names the seller gives itself: when none of
    them is that party, both names are stated as written (with how few characters they differ by, when a character
    or two), and that the contract is the seller's is not verified."""
    from assistant.domain.appeals.evidence import contract_client

    client = contract_client(doc.text)
    sellers = seller_names(ctx.counter_notice)
    if not client or not sellers or names_in(ctx.counter_notice, client[0]):
        return
    name, label = client
    if any(compare_names(s, name) is not NameMatch.OTHER or names_in(name, s) or names_in(s, name) for s in sellers):
        return
    apart = min(characters_apart(name, s) for s in sellers)
    near = f" (they differ in {apart} character{'s' if apart > 1 else ''})" if apart <= 2 else ""
    out.add(
        "contract_party_not_seller", Severity.MISSING,
        f"Attachment #{index} is made out to '{_as_written(name)}' ({_as_written(label)}); the seller calls itself "
        f"'{_as_written(sellers[0])}'{near}: that the contract is the seller's is not verified. Ask the seller how it is linked to that "
        "company.",
        index, Basis.NOT_VERIFIED, about="client", names=(name, sellers[0]),
        reply=f"The contract the seller relies on (attachment #{index}) is made out to '{_as_written(name)}', not to the seller "
        f"'{_as_written(sellers[0])}'.",
    )


def _how_near(name: str, owners: list[str], what: str = "") -> str:
    """' (the names differ in 1 character)' when a company's name is a character or two from the owner's, apart from legal
    form and a place, or how else it differs when its legal form is another (parties.near_spelling): a near name is worth a
    close look (a look-alike company), and it is said with both names."""
    near = near_spelling(name, owners)
    return f" ({escape_untrusted(near[1])}{what})" if near else ""


def _we_own_it(ctx: CheckContext, owner: str) -> bool:
    """Whether the owner in our record is the complainant itself: then we know whether we granted a licence."""
    complainant = ctx.complaint.complainant
    return complainant.role == Role.RIGHTS_HOLDER and compare_names(complainant.name, owner) is NameMatch.SAME


def _our_records_settle(ctx: CheckContext, owner: str) -> str:
    """What to add when a document names (nearly) our own company: our own records settle whether we granted it."""
    return (f" We are '{owner}' in our record: our own records show whether we ever granted this (we would know if we signed it);"
            " if we did not, say so to the platform." if _we_own_it(ctx, owner) else "")


# Points of a paper's form (a signature or seal its copy does not show), which for a paper issued by our own company our
# own records settle: we know whether we issued it (this product's reading, not a published rule).
_FORM_CODES = ("unsigned", "signature_not_shown", "signature_in_picture")


def _as_form_points(out: _Findings, start: int, records: str) -> None:
    """The form points found since ``start`` on a paper issued by us, turned into points to check in our own records."""
    out.items[start:] = [
        f.model_copy(update={"severity": Severity.INFO, "basis": Basis.NOT_VERIFIED, "reply": None, "message": end_sentence(
            f"{f.message.rstrip('.')}: a point of form, which our own {records} records settle for a paper issued by us")})
        if f.code in _FORM_CODES else f
        for f in out.items[start:]
    ]


def _has_form_point(out: _Findings, start: int, index: int) -> bool:
    return any(f.code in _FORM_CODES and f.attachment == index and f.severity is Severity.INFO for f in out.items[start:])


def _meets(out: _Findings, start: int, index: int, form_differs: tuple[str, str] | None = None) -> str:
    """'Attachment #1 meets every point of the standard', unless its form is a point left to our own records."""
    unless = f", if {_if_same(*form_differs)}" if form_differs else ""
    if _has_form_point(out, start, index):
        return f"Attachment #{index} meets the standard's other points{unless}; its signature or seal is a point of form (see To check)."
    return f"Attachment #{index} meets every point of the standard{unless}."


def _written_as_owner(ctx: CheckContext, doc: AppealAttachment) -> bool:
    """Whether the licensor is written as our record writes the owner (another legal form, perhaps of another country,
    is a company to check first: its form is then no point our own records settle)."""
    written = _licensor_as_written(doc)
    return bool(written) and any(compare_names(written, owner) is NameMatch.SAME for owner in ctx.owners)


def _owner_in_another_script(ctx: CheckContext, doc: AppealAttachment) -> tuple[str, str] | None:
    """(the licensor as written, the owner) when the licensor is written in Latin letters and our record's owner in
    Chinese or Japanese script (or the other way), with the same legal form in each language ('Aoba Toubou Co., Ltd.'
    for '株式会社アオバ陶房'): whether it is us cannot be told from the names."""
    written = _licensor_as_written(doc)
    if not written:
        return None
    name, form = split_legal_form(written)
    for owner in ctx.owners:
        base, owner_form = split_legal_form(owner)
        latin = [bool(re.fullmatch(r"[\W\d_A-Za-z\u00c0-\u024f]+", part)) for part in (name, base)]
        if form and owner_form and latin[0] != latin[1] and same_form_in_another_language(form, owner_form):
            return written, owner
    return None


def _maybe_granted_by_us(out: _Findings, ctx: CheckContext, index: int, written: str, owner: str) -> None:
    """A licensor that may be us, its name in another script: a point to check in our own licence records."""
    check = ("Check in our own licence records whether we granted it; if we did not, say so to the platform." if _we_own_it(ctx, owner)
             else "Check with the owner whether it granted it.")
    out.info(
        "owner_other_script",
        f"Attachment #{index} names its licensor '{_as_written(written)}', in another script than the owner in our record ('{owner}'), with "
        f"the same legal form: whether it is the owner cannot be told from the names, so it is not verified. {check}",
        index, names=(written, owner),
    )


CLAIMED_FROM_US = "claimed_from_us"
# The licence claimed from us is an agreement the seller says it signed with us and did not attach: the reply asks for it.
AGREEMENT_NOT_GIVEN = "agreement_not_given"


def _licence_without_document(ctx: CheckContext, said_attached: bool) -> GroundAssessment:
    """A licence relied on with no document of it given (named as attached, or not), and whether it is claimed from us."""
    assessment = _no_document(
        AppealGround.LICENCE, "The counter-notice relies on a licence or authorisation (our reading) but attached no licence or "
        "authorisation letter.",
        said_attached=said_attached, what="a licence or authorisation letter is", given=ctx.attachments,
        reply="The counter-notice relies on a licence or authorisation but attached no licence or authorisation letter.",
    )
    assessment.findings += _claimed_from_us(ctx)
    return assessment


def _claimed_from_us(ctx: CheckContext) -> list[Finding]:
    """A licence the seller says we gave, renewed or extended (the owner in our record is us), with no document of it read:
    claimed to come from us, which only our own licence records settle; never 'none was granted'."""
    for claim in ctx.claims:
        if claim.about != "grantor" or claim.attachment is not None:
            continue
        signed = signed_with_us(claim.words, ctx.owners, ctx.brand)  # 'the contract we signed with you' (or with us, named): us
        addressed = not claim.party and granted_by_you(claim.words)  # 'signed by your Mr. Keller': our own person
        owner = next((o for o in ctx.owners if _we_own_it(ctx, o) and (signed or addressed or owner_named(claim.party or claim.words, o, ctx.brand))), None)
        if owner:
            out = _Findings(AppealGround.LICENCE)
            out.add(CLAIMED_FROM_US, Severity.INFO, _agreement_with_us(ctx, owner) if signed else
                    f"The seller says its licence comes from us, our company '{owner}' (the owner in our record; its words are quoted with "
                    "its claims). Claimed to come from us, not shown: check our own licence records (contracts, e-mails, renewals): did we grant it? "
                    "If we did not, say so to the platform.", basis=Basis.NOT_VERIFIED, names=(claim.party, owner) if claim.party else (),
                    about=AGREEMENT_NOT_GIVEN if signed else None)
            return out.items
    return []


def _agreement_with_us(ctx: CheckContext, owner: str) -> str:
    """A contract the seller says it signed with us, without its file: its claim, not verified, and the step that settles
    it, in our own records under the name the seller gives itself; the seller asked for a copy."""
    sellers = [name for name in seller_names(ctx.counter_notice) if not owner_named(name, owner, ctx.brand)]
    who = f"'{escape_untrusted(sellers[0])}' (the seller, as it names itself)" if sellers else "the seller"
    return (f"The seller says it signed a contract or agreement with us, our company '{owner}' (the owner in our record; its words are "
            "quoted with its claims), and gave no copy of it: what it says the agreement allows is not verified. Check our own licence "
            f"records (our contracts and agreements) with {who}: did we sign it, is it still in force, and does it cover this use? "
            "Ask the seller for a copy of it.")


def _granted_by_us(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> bool:
    """An authorisation that says it comes from the owner, when the owner is us: whether we ever granted it is in our own
    licence records, whatever the document looks like. Whether it was said."""
    for owner in ctx.owners:
        if _we_own_it(ctx, owner):
            written = _licensor_as_written(doc) or next((n for n in companies_in(doc.text or "") if romanised_pair(n, owner)), owner)
            who = (f"us ('{owner}', the owner in our record)" if _as_written(written) == owner
                   else f"'{_as_written(written)}', which is us ('{owner}', the owner in our record{written_as(written, owner)})")
            out.info(
                "granted_by_us",
                f"Attachment #{index} says it is granted by {who}: check our own licence records: did we grant it? If we did not, say so to "
                "the platform.",
                index, names=(written, owner),
            )
            return True
    return False


def _issuer_against_owner(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A purchase document's seller written as the owner's name apart from its legal form, letter case or a place
    ('BrightWave Audio Co., Ltd., Shenzhen' for 'Brightwave Audio Limited'): perhaps the owner, perhaps another company,
    so a point to check with both names as written. Another name is no finding: anyone may sell genuine goods."""
    for name in document_parties(doc.text or "", PartyRole.SUPPLIER):
        for owner in ctx.owners:
            differences = name_differences(name, owner)
            if compare_names(name, owner) is NameMatch.OTHER or not any(d != "the letter case" for d in differences):
                continue
            out.info(
                "legal_form_differs",
                f"Attachment #{index} names its seller '{_as_written(name)}'; our record names the owner '{owner}': the same name apart "
                f"from {escape_untrusted(_join(differences))}. Check in our own records whether it is the owner or another company before relying on it."
                + _our_records_settle(ctx, owner),
                index, names=(name, owner),
            )
            return


# The seller says it bought from the brand itself: 'from the official Bergmann factory', 'directly from the Kestrel
# brand factory', '从云岚官方工厂进货': a source cue, the brand's name and a word for the maker itself, and no word for a
# middleman ('from Sable Ridge's distributor' is not the brand). Quoted as written, from the cue to the clause's end.
_FROM_CUE_RE = re.compile(r"\b(?:directly\s+)?from\b|\bdari\b|\bdesde\b|\b(?:al|del|dal|dalla|von|vom|de|du|chez)\b|从|向|自")
_CLAUSE_END_RE = re.compile(r"[,.;:!?()\n，。；：！？（）]|(?:进货|采购|购买|购进|进的|买的|买了|拿货)")
_MAKER_RE = re.compile(r"factory|manufacturer|maker|brand owner|\bowner|official|headquarters|\bhq\b|工厂|厂家|原厂|官方|品牌方|总部"
                       r"|f[aá]brica|fabricante|produttore|pabrik|resmi|hersteller|usine")
_MIDDLEMAN_RE = re.compile(r"distribut|dealer|reseller|agent|wholesal|supplier|经销|代理|批发|分销|供应商|distribuidor|rivenditor|grossist")
# The brand's name followed by a word for a company ('from the FJELLRO company in China', '从FJELLRO中国公司进货'): the seller
# calls its source the brand's own company, as good as saying it bought from the owner.
_COMPANY_WORD_RE = re.compile(r"\bcompany\b|\bcorporation\b|\bgroup\b|公司|集团|\bempresa\b|\bazienda\b|\bperusahaan\b|\bunternehmen\b")


def _said_from_brand(ctx: CheckContext) -> str | None:
    """The seller's own words when it says it bought from the owner or the brand itself, as written; else None."""
    from assistant.domain.appeals.right_standards import owner_said_as_supplier

    said = owner_said_as_supplier(ctx)
    if said:
        return f"from '{_as_written(said[0])}'"
    names = [n for n in [ctx.brand, *(split_legal_form(o)[0] for o in ctx.owners)] if n and len(n) >= 2]
    for sentence in sentences(ctx.counter_notice):
        for cue in _FROM_CUE_RE.finditer(sentence):
            rest = sentence[cue.start():]
            end = _CLAUSE_END_RE.search(rest, cue.end() - cue.start())
            clause = rest[: end.start() if end else len(rest)][:60].rstrip()
            plain = normalize_text(clause)
            if any(names_in(clause, name) for name in names) and _names_maker(plain, names) and not _MIDDLEMAN_RE.search(plain):
                return f"'{_as_written(clause)}'"
    return None


def _names_maker(plain: str, names: list[str]) -> bool:
    """Whether a clause naming the brand calls the source the maker itself: a word for it ('factory', 'official'), or a
    word for a company after the brand's name ('the FJELLRO company'; 'a company selling FJELLRO' is not the brand's)."""
    if _MAKER_RE.search(plain):
        return True
    first = min((at for name in names if (at := plain.find(normalize_text(name))) >= 0), default=-1)
    return first >= 0 and bool(_COMPANY_WORD_RE.search(plain, first))


def _issued_by_another(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A purchase document issued by a company that is not the owner in our record, said with both names as written:
    a point to check (anyone may resell genuine goods); a name made like the owner's is said to be one; and when the
    seller says it bought from the brand itself, its own paper disagrees with it: suspicious."""
    issuer = document_issuer(doc)
    if not issuer or not ctx.owners or is_role_word(issuer):
        return
    if any(compare_names(issuer, owner) is not NameMatch.OTHER for owner in ctx.owners):
        return  # the owner, perhaps with another legal form: sold_by_owner and legal_form_differs say so
    owner = next((o for o in ctx.owners if looks_like(issuer, o)), ctx.owners[0])
    alike = looks_like(issuer, owner)
    near = near_name(issuer, [owner])
    if near and _by_ocr(doc):  # a character or two OCR dropped or misread ('杭州云茶器' for '杭州云岫茶器'): for the eye to settle
        out.info(
            "issued_by_another",
            f"Attachment #{index}, read by OCR, names its seller '{_as_written(issuer)}'; our record names the owner '{owner}'{_how_near(issuer, [owner])}: "
            "OCR may have misread it. Check the scan by eye: is it the owner or another company?",
            index, about="issuer", names=(issuer, owner),
        )
        return
    shown = f"attachment #{index} was issued by '{_as_written(issuer)}', and our record names the owner '{owner}'"
    kind = (": another company, with a name made like the owner's (a distributor's, or one chosen to pass for the owner's: the "
            "document does not show which)" if alike else ": another company")
    said = _said_from_brand(ctx)
    named_already = any(f.code == "party_names_differ" and f.attachment == index for f in out.items)
    if said and not named_already:
        out.add(
            "issued_by_another", Severity.SUSPICIOUS,
            f"The seller says it bought the goods {said}, but {shown}{kind}. Ask the seller who '{_as_written(issuer)}' is, and check "
            "in our own records whether that company ever dealt with us.",
            index, reply=f"The seller says it bought the goods from the brand's own source, but its invoice (attachment #{index}) was "
            f"issued by '{_as_written(issuer)}', not by {owner}, the owner of the right.",
            about="issuer", names=(issuer, owner),
        )
        return
    if ctx.complaint.ip_right.ip_type is not IPType.TRADEMARK:
        # Genuine goods from a distributor of ours answer a mark's complaint only, never a patent's or a work's: the issuer
        # is said, and no more is made of it.
        out.info("issued_by_another", f"{shown[0].upper()}{shown[1:]}{kind}: the paper is not the owner's.", index, about="issuer",
                 names=(issuer, owner))
        return
    out.info(
        "issued_by_another",
        f"{shown[0].upper()}{shown[1:]}{kind}. Goods bought from another seller may be genuine: check who '{_as_written(issuer)}' is "
        "(a distributor of ours, or not) before relying on it.",
        index, about="issuer", names=(issuer, owner),
    )


def _legal_form_check(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> tuple[str, str] | None:
    """Where an authorisation names the owner with another legal form than our records ('Acme Sportswear Co., Ltd.'
    for 'Acme Sportswear Ltd'): a difference to check, neither a match nor a contradiction. The two names as written
    (the document's, our record's) when there is one."""
    if not doc.text:
        return None
    for owner in ctx.owners:
        written = legal_form_differences(doc.text, owner)
        if written:
            names = " and ".join(f"'{_as_written(w)}'" for w in written)
            differences = name_differences(written[0], owner)
            apart = escape_untrusted(_join(differences) if differences else "the legal form")
            out.info(
                "legal_form_differs",
                f"Attachment #{index} names {names}; our records name the owner '{owner}': the same name apart from {apart}. "
                "Check in our own records whether this is the owner or another company before relying on it.",
                index, names=(written[0], owner),
            )
            return written[0], owner
    return None


def _if_same(written: str, owner: str) -> str:
    """'Acme Inc.' (as the document writes it) is 'Acme LLC', the owner in our record: what must hold, both names as written."""
    return f"'{_as_written(written)}' (as the document writes it) is '{owner}', the owner in our record (the legal forms differ: to check)"


def _permission_by_email(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """An e-mail given as the permission the seller relies on: who sent it, and that only the owner can give it (other_papers)."""
    from assistant.domain.appeals.photo_works import photos_complained_of

    right = ctx.complaint.ip_right.ip_type
    what = ("our photographs" if photos_complained_of(ctx.complaint) else "our work") if right is IPType.COPYRIGHT else \
        "our mark" if right is IPType.TRADEMARK else "our right"
    point = email_point(index, doc.text, ctx.owners, what)
    if point:
        out.add("email_permission", Severity.MISSING, point[0], index, reply=point[1])


def check_licence(ctx: CheckContext, *, chained: bool = False, said_attached: bool = False) -> GroundAssessment:
    """Licence: from the owner, signed or sealed, naming the brand, valid on the complaint date.

    ``chained``: the seller also relies on an authorisation chain, so a letter from a middleman is a link of that
    chain (judged there), not a licence that failed to come from the owner.
    """
    docs = ctx.of_kinds(AUTHORIZATION_KINDS)
    if not docs:
        return _licence_without_document(ctx, said_attached)
    out = _Findings(AppealGround.LICENCE)
    owners = " or ".join(ctx.owners)
    passing = links = pending = 0
    for index, doc in docs:
        from_owner = _from_owner(ctx, doc)
        if from_owner is False and chained:
            links += 1
            grantor = _licensor_as_written(doc)
            named = f" ('{_as_written(grantor)}', not the owner our record names, {_quoted(ctx.owners)})" if grantor else ""
            out.info("chain_link", f"Attachment #{index} comes from a middleman{named}: it is judged as a link of the authorisation chain.", index)
            continue
        start, unread = len(out.items), []
        _check_authorisation(out, ctx, index, doc, unread)
        _permission_by_email(out, ctx, index, doc)
        other_script = _owner_in_another_script(ctx, doc) if from_owner is False else None
        if other_script:
            # Which company a name in another script is cannot be told from the names: never 'not the owner'.
            _maybe_granted_by_us(out, ctx, index, *other_script)
            _as_form_points(out, start, "licence")
        elif from_owner is False:
            # unlabelled: the company its grant line starts with ('Spielwaren Huber GmbH ... gestattet ...'), else its letterhead's
            written = _licensor_as_written(doc) or _grant_line_grantor(doc) or heading_issuer(doc.text or "")
            shown, settle = _licensor_not_owner(ctx, index, written)
            # When the seller names the licensor as a company, its name is compared with the document's on its own.
            said = [c for c in ctx.claimed("grantor", index) if not c.party]
            says = _seller_says(said)
            if stock.is_stock_licence(doc.text):
                _stock_not_owner(out, ctx, index, doc)
            else:
                out.missing("issuer_not_owner", _led_by(says, f"{shown}; a licence must come from the owner or be backed by a chain back to it.",
                                                        agrees=_names_licensor(said, written))
                            + settle, index)
        elif from_owner is None and ctx.owners and not doc.text:
            unread.append("who granted it")
        elif from_owner is None:
            out.info("owner_unknown", f"Who granted attachment #{index} could not be checked: the owner is not recorded on the complaint.", index)
        form_differs = _legal_form_check(out, ctx, index, doc) if from_owner else None
        if from_owner and _granted_by_us(out, ctx, index, doc) and _written_as_owner(ctx, doc):
            _as_form_points(out, start, "licence")
        _check_named_parties(out, ctx, [(index, doc)], ("grantor", "owner"))
        _licensee_is_seller(out, ctx, index, doc)
        out.not_verified(ctx, index, unread, ("validity", "grantor", "signature"))
        if not out.failing_since(start) and _has_form_point(out, start, index):
            pending += 1  # ours, all but its form: our own licence records decide, it does not 'meet the standard' on paper
        elif not out.failing_since(start):
            passing += 1
            out.add("meets_standard", Severity.OK, _meets(out, start, index, form_differs), index)
    if links == len(docs):
        out.missing("issuer_not_owner", f"None of the authorisations comes from the owner ({owners}).")
    status = GroundStatus.MEETS_STANDARD if passing else GroundStatus.UNVERIFIED if pending else GroundStatus.FALLS_SHORT
    return out.assessment(status, [i for i, _ in docs])


def _licensor_not_owner(ctx: CheckContext, index: int, written: str | None) -> tuple[str, str]:
    """What a licence not from the owner shows (its licensor as written, against the owner in our record) and the check to
    make: our own records, for a licence that may be ours; whether that company can authorise, for a company whose name
    carries the holder's ('PT Halden Outdoor Indonesia' for 'Halden Outdoor GmbH'), which is not the holder unless our
    record says so. A name a letter or two from the owner's is a look-alike, said with how near it is."""
    owners = " or ".join(ctx.owners)
    alike = next((o for o in ctx.owners if written and looks_like(written, o) and not near_name(written, [o])), None)
    if alike:
        return (f"Attachment #{index} comes from '{_as_written(written)}', another company with a similar name, not from the holder "
                f"our record names ('{alike}'): a company whose name is made like the holder's is not the holder unless our record says so",
                f" Confirm whether '{_as_written(written)}' can authorise sales of our goods (a company of our group, or one we "
                "appointed) before relying on it.")
    shown = (f"Attachment #{index} names its licensor '{_as_written(written)}', not the owner our record names ({_quoted(ctx.owners)})"
             + _how_near(written, ctx.owners, ": another company with a similar name") if written
             else f"Attachment #{index} is not shown to come from the owner ({owners})")
    return shown, next((_our_records_settle(ctx, o) for o in ctx.owners if written and _we_own_it(ctx, o)), "")


def _stock_not_owner(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """A stock site's licence: sold for an image its contributor uploaded, not granted by the owner of our photos."""
    owners = " or ".join(ctx.owners)
    by = stock.contributor(doc.text)
    whose = f"an image uploaded by its contributor '{_as_written(by)}'" if by else "an image uploaded by one of its contributors"
    out.add("issuer_not_owner", Severity.MISSING,
            f"Attachment #{index} is a stock site's licence for {whose}, not a licence from the owner ({owners}): a stock site can "
            "license only what its contributor owns. Check our licence records: if we never licensed these photos to that site or "
            "contributor, say so.", index,
            reply=f"Attachment #{index} is a stock site's licence for {whose}, not a licence from {owners}, the owner of these "
            "photographs: a stock site can license only what its contributor owns. [To confirm after our licence records are "
            "checked: we have granted no licence for these photographs to that site or its contributor.]", about="grantor")


def distributor_without_document(ctx: CheckContext) -> GroundAssessment:
    """'We are the authorised distributor', with nothing to show it: the owner's authorisation claimed, not shown; whether
    the owner appointed the seller is in our own records."""
    owners = " or ".join(ctx.owners) or "the owner"
    out = _Findings(AppealGround.LICENCE)
    out.missing("no_document", f"The seller says it is an authorised distributor of {ctx.brand} but gave no document that shows it: no "
                f"authorisation or distribution agreement from {owners}, and no purchase papers.")
    out.items[-1].reply = (f"The seller says it is an authorised distributor of {ctx.brand} but has shown no authorisation from {owners}: "
                           "we ask to see it before the listing is restored.")
    out.add(DISTRIBUTOR_CLAIMED, Severity.INFO, f"Whether {owners} appointed the seller as a distributor is in our own records (our list "
            "of authorised distributors and their agreements): check it there before answering.", basis=Basis.NOT_VERIFIED)
    return out.assessment(GroundStatus.FALLS_SHORT)


def _chain_gaps(ctx: CheckContext, docs: list[tuple[int, AppealAttachment]]) -> list[int] | None:
    """Attachments whose grantor neither is the owner nor received an authorisation in the chain (None: cannot tell)."""
    grantors = {index: _grantor(doc) for index, doc in docs}
    if not all(grantors.values()):
        return None
    recipients = [r for r in (_grantee(doc) for _, doc in docs) if r]
    return [
        index
        for index, doc in docs
        if not _from_owner(ctx, doc) and not any(names_in(grantors[index], r) or names_in(r, grantors[index]) for r in recipients)
    ]


def _grantors_unlinked(docs: list[tuple[int, AppealAttachment]], owners: str) -> str:
    """' Attachment #1 is granted by 'PT Sinar Alam Distribusi' (its letterhead), and no document links it to Halcyon Outdoor
    Ltd.': who grants the links of a chain that never reaches the owner, as written; '' when no grantor is read."""
    named = [(index, _licensor_as_written(doc) or heading_issuer(doc.text or "")) for index, doc in docs]
    named = [(index, who) for index, who in named if who]
    if not named:
        return ""
    granted = "; ".join(f"attachment #{index} is granted by '{_as_written(who)}'" for index, who in named)
    return f" {granted[0].upper()}{granted[1:]}, and no document links {'it' if len(named) == 1 else 'them'} to {owners}."


def check_authorization_chain(ctx: CheckContext, *, said_attached: bool = False) -> GroundAssessment:
    """Authorisation chain: every link valid, signed and naming the brand, and the chain reaches back to the owner."""
    docs = ctx.of_kinds(AUTHORIZATION_KINDS)
    if not docs:
        return _no_document(
            AppealGround.AUTHORIZATION_CHAIN, "The seller describes an authorisation chain but attached no authorisation documents.",
            said_attached=said_attached, what="the authorisation letters of the chain are", given=ctx.attachments,
        )
    numbers = [i for i, _ in docs]
    out = _Findings(AppealGround.AUTHORIZATION_CHAIN)
    for index, doc in docs:
        unread: list[str] = []
        _check_authorisation(out, ctx, index, doc, unread)
        out.not_verified(ctx, index, unread, ("validity", "grantor", "signature"))
    if not ctx.owners:
        out.info("owner_unknown", "The owner is not recorded on the complaint, so the chain could not be traced.")
        return out.assessment(GroundStatus.UNVERIFIED, numbers)
    owners = " or ".join(ctx.owners)
    gaps = _chain_gaps(ctx, docs)
    from_owner = [_from_owner(ctx, doc) for _, doc in docs]
    reaches_owner = any(from_owner)
    if not reaches_owner and None in from_owner:
        unread_docs = ", ".join(f"#{i}" for (i, _), known in zip(docs, from_owner) if known is None)
        says = _seller_says([c for i in numbers for c in ctx.claimed("grantor", i)])
        out.add(
            "chain_not_traced",
            Severity.MISSING,
            f"Whether the chain reaches the owner ({owners}) is not verified: attachment {unread_docs} has no readable text"
            + (f" ({says})" if says else "")
            + ".",
            basis=Basis.NOT_VERIFIED,
            reply="Not every authorisation of the chain could be read, so whether it reaches the owner cannot be checked: we ask "
            "for legible copies.",
        )
    elif not reaches_owner:
        says = _seller_says([c for i in numbers for c in ctx.claimed("grantor", i)])
        out.missing("chain_gap", _led_by(says, f"No document in the chain comes from the owner ({owners})." + _grantors_unlinked(docs, owners)))
    for index in gaps or []:
        out.missing("chain_gap", f"Attachment #{index} is granted by someone no other document authorises: the chain breaks there.", index)
    _link_breaks(out, docs)
    if gaps is None and reaches_owner:
        out.info("links_not_traced", "Check that each authorisation is granted by the holder of the one before it (grantors were not given).")
    form_differs = [(index, pair) for (index, doc), known in zip(docs, from_owner) if known
                    for pair in [_legal_form_check(out, ctx, index, doc)] if pair]
    for (index, doc), known in zip(docs, from_owner):
        if known:
            _granted_by_us(out, ctx, index, doc)
    _check_named_parties(out, ctx, docs, ("grantor", "owner"))
    if out.failing_since(0):
        return out.assessment(GroundStatus.FALLS_SHORT, numbers)
    if form_differs:
        index, pair = form_differs[0]
        out.add("meets_standard", Severity.OK, f"Every link meets the standard; the chain reaches the owner if attachment #{index}'s "
                f"grantor {_if_same(*pair)}.")
    else:
        out.add("meets_standard", Severity.OK, f"The chain reaches {owners} and every link meets the standard.")
    return out.assessment(GroundStatus.MEETS_STANDARD, numbers)


# Words by which an authorisation lets its holder authorise others in turn (sub-license), in the languages read.
_SUBLICENCE_RE = re.compile(
    r"sub-?licen[cs]|sub-?authori[sz]|further authori[sz]|authori[sz]e (?:others|third parties)|转授权|再授权|分授权|转授|再许可|"
    r"sublicenz|sub-?autorizz|unterlizenz|weiterlizenz|sublicencia|subautoriza|sub-?lesen", re.IGNORECASE)


def _link_breaks(out: _Findings, docs: list[tuple[int, AppealAttachment]]) -> None:
    """Where the chain breaks between two links: a link granted by the holder of another, on a day after that one had
    expired (its grantor held nothing to pass on then); and, to check, an upstream link that does not say its holder may
    authorise others. Each point names both attachments, who granted what to whom, and the days."""
    periods = {index: _period(doc) for index, doc in docs}
    for up, upper in docs:
        holder = _grantee(upper)
        if not holder:
            continue
        for down, lower in docs:
            grantor = _grantor(lower)
            if down == up or not grantor or not (names_in(grantor, holder) or names_in(holder, grantor)):
                continue
            until, start = periods[up][1], periods[down][0] or lower.date
            who = escape_untrusted(holder)
            if until and start and start > until:
                out.missing("chain_link_after_expiry", f"The chain breaks between attachment #{up} and attachment #{down}: #{down} "
                            f"({who} to {escape_untrusted(_grantee(lower) or 'the seller')}) starts on {start}, after #{up} "
                            f"({escape_untrusted(_grantor(upper) or 'its grantor')} to {who}) had expired on {until}, so {who} held no "
                            "authorisation to pass on.", down)
            if upper.text and not _SUBLICENCE_RE.search(upper.text):
                out.info("chain_no_sublicence_right", f"Attachment #{up} does not say that {who} may authorise others (no right to "
                         f"sub-license is written in it), yet #{down} is {who}'s authorisation of the next link: check that #{up} "
                         "allows it.", up)


def _period(doc: AppealAttachment) -> tuple[date | None, date | None]:
    found_from, found_until = validity_period(doc.text) if doc.text else (None, None)
    return doc.valid_from or found_from, doc.valid_until or found_until


def _where_chain_breaks(chain: GroundAssessment) -> str:
    """': ' and where the chain breaks, from its own points (a link after the one before expired, a link nobody
    authorises, an expired link), or '.' when none names it. Where only: the chain's own point says why."""
    order = ("chain_link_after_expiry", "chain_gap", "licence_expired", "licence_not_yet_valid")
    breaks = [f for code in order for f in chain.findings if f.code == code and f.severity is Severity.MISSING and f.attachment]
    if not breaks:
        return "."
    head = breaks[0].message.split(": ", 1)[0].rstrip(".")  # where, without the why (the chain's own point says it)
    return f": {head[0].lower()}{head[1:]}."


def check_dispute(ctx: CheckContext, ground: AppealGround, *, descriptive: bool = False, admitted: str | None = None) -> GroundAssessment:
    """'Different product' or 'no use of the mark': contradicted when a reported listing's title shows the brand.

    ``descriptive``: the seller says the word is used only to describe the product. Then the word in a title does not
    contradict it by itself; only a title that presents it as a brand does (a (R) or TM sign, 'official', the mark's
    own capitals). Otherwise whether the use is descriptive is a question for legal. A title that names the mark as what
    the goods fit or replace ('BRISA espadrilles replacement insoles', fits_titles.py) is a reference whatever its capitals:
    what it shows and what the seller says are stated, and whether it uses the mark as a brand is left to legal.

    ``admitted``: the seller's own words that the listing's photos showed the mark ('photos') or that the mark is on a part
    of its goods ('part', admitted_use.py): they contradict the dispute.
    """
    # Our reading of the seller's words, labelled as ours: never put in the seller's mouth as if it had said it.
    claim = "the product is different" if ground is AppealGround.DIFFERENT_PRODUCT else "the listing does not use the mark"
    read = f"Read as '{claim}' (our reading of the counter-notice, not its words)"
    photos = [i for i, _, kind in ctx.attachments if kind is AttachmentKind.PRODUCT_PHOTO]
    out = _Findings(ground)
    shown = [] if descriptive and ground is AppealGround.NO_USE_OF_MARK else _mark_in_own_picture(ctx, ground, out)
    first = _dispute_first(ctx, ground, out, read, photos, admitted, descriptive) or _fits_title(ctx, ground, out, read, photos, descriptive)
    if first is not None:
        return first
    if ground is AppealGround.DIFFERENT_PRODUCT and _model_said_point(ctx, out):
        shown = _other_model_point(ctx, out)
        return out.assessment(GroundStatus.CONTRADICTED, sorted({*photos, *([shown] if shown else [])}))
    if descriptive and ground is AppealGround.NO_USE_OF_MARK and listings_show_brand(ctx.complaint):
        if listings_present_brand(ctx.complaint):
            out.add(
                "contradicted_by_listing", Severity.SUSPICIOUS,
                "Read as 'the word only describes the product' (our reading of the counter-notice, not its words), but a reported "
                f"listing's title presents {ctx.brand} as a brand.",
                basis=Basis.OUR_RECORD,
            )
            return out.assessment(GroundStatus.CONTRADICTED, photos)
        out.add(
            "unverified_claim", Severity.INFO,
            "Read as 'the word only describes the product' (our reading of the counter-notice, not its words); a listing's title "
            "uses it, but not as a brand (no (R) or TM, "
            "no 'official', not in the mark's own form). Whether that is descriptive use is not verified: a question for legal.",
            basis=Basis.NOT_VERIFIED,
            reply=f"We maintain that the listing takes unfair advantage of our mark {ctx.brand}; the evidence attached below shows how "
            "the listing uses it.",
        )
        return out.assessment(GroundStatus.UNVERIFIED, photos)
    if listings_show_brand(ctx.complaint):
        out.add(
            "contradicted_by_listing", Severity.SUSPICIOUS, end_sentence(f"{read}, but a reported listing's title uses {ctx.brand}"),
            basis=Basis.OUR_RECORD,
        )
        return out.assessment(GroundStatus.CONTRADICTED, photos)
    if ground is AppealGround.DIFFERENT_PRODUCT and (index := _other_model_point(ctx, out)):
        return out.assessment(GroundStatus.CONTRADICTED, sorted({*photos, index}))
    return _dispute_unverified(ctx, out, read, photos, shown)


def _fits_title(ctx: CheckContext, ground: AppealGround, out: _Findings, read: str, photos: list[int], descriptive: bool) -> GroundAssessment | None:
    """'A different product' from a seller who says the mark only tells what its goods fit: a title that uses the mark but
    not as a brand ('Anti-slip goggle strap for Kestrel goggles') is what the seller says it is, and does not settle whose
    product it is (a title presenting the mark as a brand still contradicts it)."""
    if not (descriptive and ground is AppealGround.DIFFERENT_PRODUCT and listings_show_brand(ctx.complaint)) or listings_present_brand(ctx.complaint):
        return None
    out.add("unverified_claim", Severity.INFO,
            f"{read}; a listing's title uses {ctx.brand}, but not as a brand (no (R) or TM, no 'official', not in the mark's own form), "
            "as the seller says, to tell what its product fits. Whose product it is, the title does not settle: compare the listing's "
            "images and description with the genuine product.", basis=Basis.NOT_VERIFIED,
            reply="We maintain the complaint on the evidence attached below.")
    return out.assessment(GroundStatus.UNVERIFIED, photos)


def _dispute_unverified(ctx: CheckContext, out: _Findings, read: str, photos: list[int], shown: list[int]) -> GroundAssessment:
    """A dispute no listing title settles: contradicted by the seller's own picture of our mark (``shown``), else not verified."""
    if shown:
        return out.assessment(GroundStatus.CONTRADICTED, sorted({*photos, *shown}))
    out.add(
        "unverified_claim",
        Severity.INFO,
        f"{read}; " + _titles_compared(ctx) + ", so this is not verified: compare the listing's images and description with the genuine product.",
        basis=Basis.NOT_VERIFIED,
        reply="We maintain the complaint on the evidence attached below.",
    )
    return out.assessment(GroundStatus.UNVERIFIED, photos)


def _titles_compared(ctx: CheckContext) -> str:
    """What our record gives to compare with the seller's dispute: the listing titles it holds, else a title our complaint's
    own statement quotes (said as ours, not as the listing as it stands), else that there is none."""
    if any(ref.title for ref in ctx.complaint.listings):
        return f"the recorded listing titles do not show {ctx.brand}"
    quoted = next((q for q in _QUOTED_RE.findall(ctx.complaint.statement or "") if names_in(q, ctx.brand)), None)
    if quoted:
        return (f"our complaint's statement quotes the listing's title '{escape_untrusted(quoted)}', which uses {ctx.brand}; the listing "
                "as it stands is not recorded")
    return "no listing titles are recorded to compare"


_BRAND_WORDS_RE = re.compile(r"\b(?:brand|mark|trade ?mark|logo|marca|marke|marchio|merek|jenama|cap dagangan)s?\b|商标|品牌|牌子")
_SIGN_RE = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]{2,}(?![\w-])")


def _similar_sign_point(ctx: CheckContext, out: _Findings) -> bool:
    """A sign of the seller's own it calls another brand ('our mark is NORVIC, not NORVIK'), a character or two from our
    mark: on the same goods, so close a sign is confusingly similar (the point made from the seller's own words)."""
    from assistant.domain.appeals.parties import characters_apart

    if ctx.complaint.ip_right.ip_type is not IPType.TRADEMARK:
        return False
    brand = re.sub(r"\W", "", ctx.brand)
    if len(brand) < 4:
        return False
    # A sign the seller names as its brand or mark: in capitals or quoted, in a sentence about a brand or mark.
    signs = [w for s in sentences(ctx.counter_notice) if _BRAND_WORDS_RE.search(normalize_text(s))
             for w in _SIGN_RE.findall(s) if (w.isupper() or re.search(rf"[\"'“‘「]{re.escape(w)}[\"'”’」]", s))
             and w.casefold() != brand.casefold() + "s"]
    near = [(word, characters_apart(word.casefold(), brand.casefold())) for word in signs]
    sign, apart = next(((w, n) for w, n in near if 0 < n <= (1 if len(brand) < 6 else 2)), (None, 0))
    if sign is None:
        return False
    letters = "one letter" if apart == 1 else "two letters"
    sign = escape_untrusted(sign)
    out.add(SIMILAR_SIGN, Severity.MISSING,
            f"The seller says its sign '{sign}' is another brand than ours (its words are quoted with its grounds). '{sign}' differs from "
            f"our mark {ctx.brand} by {letters}, reads and sounds almost the same, and is used on the same goods: it is confusingly "
            "similar, and that is no defence.",
            reply=f"The seller's sign '{sign}' differs from our mark {ctx.brand} by {letters} only, reads and sounds almost the same and "
            "is used on the same goods: it is confusingly similar to our mark.")
    return True


_QUOTED_RE = re.compile(r"['‘\"“]([^'’\"”\n]{3,80})['’\"”]")


def _statement_title_point(ctx: CheckContext, out: _Findings) -> bool:
    """'The word only describes the product' against the name our complaint records the listing is sold under, when no
    title is recorded ('sold as 'NORVIK Aura pendant lamp''): our mark as the product's own name is no description of it."""
    complaint = ctx.complaint
    if any(ref.title for ref in complaint.listings):
        return False
    # The mark with the product's own words beside it ('NORVIK Aura pendant lamp'), not the mark alone ('NORVIK' in the title).
    named = next((q for q in _QUOTED_RE.findall(complaint.statement or "")
                  if names_in(q, ctx.brand) and len(re.findall(r"\w+", q)) > len(re.findall(r"\w+", ctx.brand)) + 1), None)
    if named is None:
        return False
    out.add("contradicted_by_listing", Severity.SUSPICIOUS,
            "Read as 'the word only describes the product' (our reading of the counter-notice, not its words), but our complaint "
            f"records that the listing offers the goods as '{escape_untrusted(named)}': there {ctx.brand} names the product itself, it "
            "does not describe what the product fits. Check the listing's title as it stands and keep a dated screenshot.",
            basis=Basis.OUR_RECORD,
            reply=f"The listing offers the goods as '{escape_untrusted(named)}': our mark {ctx.brand} is the product's name there, not a "
            "description of what it is compatible with.")
    return True


def _photos_whatever_product(ctx: CheckContext, ground: AppealGround, out: _Findings, read: str) -> bool:
    """Against a complaint about copied photos, a product said to be different, or a listing said not to use the mark,
    answers nothing: the complaint is about our photographs, whatever the product sold with them (said from our record,
    never left as a placeholder)."""
    from assistant.domain.appeals.photo_works import photos_complained_of

    if not photos_complained_of(ctx.complaint):
        return False
    product = ground is AppealGround.DIFFERENT_PRODUCT
    what = "the product: whatever the product is" if product else "the mark: whether or not the listing uses the mark"
    out.add("photos_whatever_product", Severity.MISSING,
            f"{read}; the complaint is about our photographs, not {what}, the listing's use of our photos is what the complaint "
            "concerns.", basis=Basis.OUR_RECORD, about="product" if product else "mark",
            reply="The complaint concerns our photographs, whatever the product sold with them: " + (
                "a different or unbranded product gives no right to use our photos." if product
                else "not using our mark gives no right to use our photos."))
    return True


def _mark_in_own_picture(ctx: CheckContext, ground: AppealGround, out: _Findings) -> list[int]:
    """The seller's own picture (a label, a tag) that shows our mark while it says its goods carry none (mark_pictures.py):
    a point quoting both; the pictures' numbers."""
    from assistant.domain.appeals.mark_pictures import point_words, shown_against_denial

    found = shown_against_denial(ctx.counter_notice, ctx.attachments, ctx.brand, ctx.owners)
    for sentence, index, line, by_ocr in found:
        message, reply = point_words(sentence, index, line, by_ocr, ctx.brand)
        out.add("denied_mark_shown", Severity.SUSPICIOUS, message, index, reply=reply)
    return [index for _, index, _, _ in found]


def _dispute_first(ctx: CheckContext, ground: AppealGround, out: _Findings, read: str, photos: list[int],
                   admitted: str | None, descriptive: bool = False) -> GroundAssessment | None:
    """What settles a dispute before the listing's titles are looked at: a product the seller says has changed (a point of
    its own), a patent (its features decide, not a name), or the seller's own words that the mark is shown or on its goods."""
    if _photos_whatever_product(ctx, ground, out, read):
        return out.assessment(GroundStatus.FALLS_SHORT, photos)
    if ground is AppealGround.DIFFERENT_PRODUCT and any(changed_product_said(s) for s in sentences(ctx.counter_notice)):
        message, reply = changed_product_point_text()
        out.add("product_changed_said", Severity.INFO, message, basis=Basis.NOT_VERIFIED, reply=reply)
    if ctx.complaint.ip_right.ip_type is IPType.PATENT:
        from assistant.domain.appeals.right_standards import patent_dispute  # a patent is infringed by features, not a name

        out.items.append(patent_dispute(ctx, ground, read))
        return out.assessment(GroundStatus.UNVERIFIED, photos)
    if admitted:
        out.items.append(_admitted_use_point(ctx, ground, admitted))
        return out.assessment(GroundStatus.CONTRADICTED, photos)
    if _similar_sign_point(ctx, out):  # 'NORVIC, not NORVIK': a sign like ours, not another product
        return out.assessment(GroundStatus.FALLS_SHORT, photos)
    if ground is AppealGround.NO_USE_OF_MARK and _fits_title_point(ctx, out, descriptive):
        return out.assessment(GroundStatus.UNVERIFIED, photos)
    if descriptive and ground is AppealGround.NO_USE_OF_MARK and _statement_title_point(ctx, out):
        return out.assessment(GroundStatus.CONTRADICTED, photos)
    return None


def _fits_title_point(ctx: CheckContext, out: _Findings, descriptive: bool) -> bool:
    """A title our record holds that names our mark as what the goods fit or replace ('BRISA espadrilles replacement insoles',
    fits_titles.py): what it shows and what the seller says, both stated; whether it uses the mark as a brand is for legal,
    and the reply does not argue it until legal has."""
    from assistant.domain.appeals.fits_titles import fits_titles

    found = fits_titles(ctx.complaint)
    if not found:
        return False
    title, words = (escape_untrusted(part) for part in found[0])
    # A title our complaint's own statement quotes is our words of the listing, not a record of it.
    held = "Our record holds" if any(ref.title for ref in ctx.complaint.listings) else "Our complaint's statement quotes"
    named = "names it as what the goods fit or replace" + ("" if words == title else f" ('{words}')")
    said = ("The seller says it uses the mark only to say what its goods fit or describe" if descriptive
            else "The seller says the listing does not use the mark")
    out.add("fits_title_for_legal", Severity.INFO,
            f"{held} the listing's title '{title}': it uses {ctx.brand}, and {named}. {said} (its words are quoted with its "
            f"grounds). Whether the title uses {ctx.brand} as a brand or only to "
            "say what the goods fit is contestable: legal judges it, on the listing as a whole (the title, its images, the store's "
            "name); keep a dated screenshot of the listing as it stands.",
            basis=Basis.NOT_VERIFIED,
            reply=f"The listing's title '{title}' uses our mark {ctx.brand}; our counsel will answer whether that use is permitted.")
    out.items[-1].to_confirm = "legal has judged whether the title uses our mark as a brand or only to say what the goods fit"
    return True


def _admitted_use_point(ctx: CheckContext, ground: AppealGround, admitted: str) -> Finding:
    """The seller's own words against its dispute: its listing's photos showed the mark, or the mark is on its goods."""
    if admitted == "photos":
        message = (f"The seller's grounds contradict each other: it says the product is not its own or carries no mark, yet it says its "
                   f"listing's photos showed the logo and were changed after the complaint. It admits the listing showed our mark "
                   f"{ctx.brand} when we reported it; a change made after the complaint does not undo that. Look at the current "
                   "listing and keep our dated screenshots of it.")
        reply = (f"The seller itself says that its listing's photos showed the logo and that it changed them only after the complaint: "
                 f"the listing used our mark {ctx.brand} when we reported it, which a change made after the complaint does not undo.")
    else:
        message = (f"The seller's own words contradict its ground: it says the listing does not use the mark, yet it admits our mark "
                   f"{ctx.brand} is on its goods (on a part of them). A mark on any part of the goods is use of the mark.")
        reply = f"The seller itself says our mark {ctx.brand} is on its goods: a mark on any part of the goods is use of the mark."
    return Finding(code="mark_shown_admitted", severity=Severity.SUSPICIOUS, ground=ground, message=message,
                   basis=Basis.DOCUMENT_SHOWS, reply=reply)


def _other_model_point(ctx: CheckContext, out: _Findings) -> int | None:
    """The seller's 'we sell model X' against its own purchase papers that name the reported model instead: the point
    added, and the document's number; None (nothing added) when they do not contradict it."""
    from assistant.domain.appeals.model_codes import other_model_on_documents

    complaint = ctx.complaint
    reported = [complaint.statement or "", *(ref.title or "" for ref in complaint.listings)]
    documents = [(i, a.text) for i, a, kind in ctx.attachments if kind in PURCHASE_KINDS]
    other = other_model_on_documents(ctx.counter_notice, reported, documents)
    if other is None:
        return None
    said, index, shown = (escape_untrusted(other[0]), other[1], escape_untrusted(other[2]))
    # Its own paper settles what the seller's words alone left to check (_model_said_point): said once, from the paper.
    out.items = [f for f in out.items if not (f.code == "model_said_differs" and f.severity is Severity.INFO)]
    out.add(
        "model_differs_from_own_document", Severity.SUSPICIOUS,
        f"The seller names the model '{said}' as the one it sells (its words are quoted with its grounds), but its own attachment "
        f"#{index} names '{shown}', the model our complaint reports, and not '{said}'.",
        attachment=index, reply=f"The seller's own document (attachment #{index}) names '{shown}', the model we reported, not '{said}'.",
    )
    return index


def _model_said_point(ctx: CheckContext, out: _Findings) -> bool:
    """The model the seller's own words say it sells ('we sell the LM-200, not your LM-350') set against the model our
    complaint reports and the reported listings' titles, each as written: True (the point added, a contradiction) when a
    listing's own title names the reported model; a point to check when no title names one; nothing when the seller
    names no other model of a reported line."""
    from assistant.domain.appeals.model_codes import model_codes, model_said_against

    complaint = ctx.complaint
    titles = [ref.title for ref in complaint.listings if ref.title]
    pair = model_said_against(ctx.counter_notice, [complaint.statement or "", *titles])
    if pair is None:
        return False
    said, reported = (escape_untrusted(p) for p in pair)
    titled = next((t for t in titles if pair[1] in model_codes(t) and pair[0] not in model_codes(t)), None)
    words = f"The seller says it sells the model '{said}', not the reported one (its words are quoted with its grounds); our complaint reports '{reported}'"
    if titled:
        out.add("model_said_differs", Severity.SUSPICIOUS,
                f"{words}, and the reported listing's own title names '{reported}' ('{escape_untrusted(titled)}'), not '{said}'.",
                basis=Basis.OUR_RECORD, reply=f"The reported listing's own title names '{reported}', the model we reported, not '{said}'.")
        return True
    out.add("model_said_differs", Severity.INFO,
            f"{words}; no recorded listing title names a model, so which one the listing offers is not verified: check its title, "
            "photos and description.",
            basis=Basis.NOT_VERIFIED, reply=f"The listing offers '{reported}', the model we reported, not '{said}'.")
    out.items[-1].to_confirm = "checking which model the listing offers"
    return False


def check_other(ctx: CheckContext, reading: GroundReading) -> GroundAssessment:
    """Anything else: a legal argument (for legal), a claim to own the photos (judged by what shows who made them), or
    nothing."""
    from assistant.domain.appeals.photo_works import photos_complained_of
    from assistant.domain.appeals.own_creation import check_own_creation
    from assistant.domain.appeals.prior_art import (
        earlier_sale_papers, only_prior_art, prior_art_findings, prior_use_date_findings, settles_prior_art,
    )
    from assistant.domain.appeals.own_rights import own_right_findings
    from assistant.domain.appeals.safety_papers import safety_findings
    from assistant.domain.appeals.right_standards import own_patent_findings

    out = _Findings(AppealGround.OTHER)
    if reading.copyright_territory:  # answered by what IPP accepts, beside whatever else the seller argues
        from assistant.domain.appeals.copyright_territory import territory_finding

        out.items.append(territory_finding(ctx.complaint, reading.copyright_territory))
    if reading.test_buy_disputed:  # the test buy said not to be the seller's: answered with our test-buy evidence
        from assistant.domain.appeals.disputed_test_buys import disputed_test_buy_point

        out.items.append(disputed_test_buy_point(ctx.complaint))
    # A work claimed as the seller's own: against copied photos, judged by what shows who took them; against another work,
    # who created it first is for legal (own_creation.py).
    work = reading.own_creation_claim and ctx.complaint.ip_right.ip_type is IPType.COPYRIGHT and not photos_complained_of(ctx.complaint)
    own = (own_right_findings(ctx) if reading.own_right else []) + safety_findings(ctx, reading)
    if reading.legal_argument:
        out.add(
            "legal_argument", Severity.INFO,
            "The seller raises a legal argument (such as validity, prior use, exhaustion or fair use) for a lawyer to answer.",
            reply="The seller raises a legal argument; our counsel will answer it in detail.",
        )
        out.items += own_patent_findings(ctx) + own
        prior = prior_art_findings(ctx, reading)
        out.items += prior + earlier_sale_papers(ctx, reading, prior)
        out.items += prior_use_date_findings(ctx, reading)  # a trademark's prior use: the seller's day against its document's
        read = check_own_creation(ctx, reading, out) if work else []
        if reading.own_photos_claim and not work and not reading.own_creation_claim:
            # The photos claimed as the seller's own beside the legal argument: judged as well, never dropped for it.
            read = sorted(set(read) | set(check_image_ownership(ctx, out).attachments))
        # Prior art alone, every document of it published after our filing or priority date: its own dates answer it.
        settled = only_prior_art(reading) and settles_prior_art(prior) and not work
        return out.assessment(GroundStatus.FALLS_SHORT if settled else GroundStatus.NEEDS_LEGAL_REVIEW, read)
    if work:
        return out.assessment(GroundStatus.NEEDS_LEGAL_REVIEW, check_own_creation(ctx, reading, out))
    if own:  # a right of its own against our mark: its own certificate answers it (own_rights.py)
        out.items += own
        return out.assessment(GroundStatus.FALLS_SHORT, sorted({f.attachment for f in own if f.attachment}))
    _supplier_photos(ctx, reading, out)
    if reading.own_photos_claim or reading.own_creation_claim:
        return check_image_ownership(ctx, out)
    if reading.supplier_photos or reading.copyright_territory or reading.test_buy_disputed:
        return out.assessment(GroundStatus.FALLS_SHORT)
    _guesses(ctx, out)
    if unread := unread_text_finding(ctx.counter_notice):  # a text not read gives no ground we know of: not that it gives none
        return _not_read(out, unread)
    grounds = _RECOGNISED[ctx.complaint.ip_right.ip_type]
    out.add("no_recognised_ground", Severity.MISSING, f"The counter-notice gives no recognised ground ({grounds}).",
            reply=f"It names none of the grounds a listing is restored on ({grounds}).")
    return out.assessment(GroundStatus.FALLS_SHORT)


def _not_read(out: _Findings, unread: Finding) -> GroundAssessment:
    """The ground of a text not read: said so, not verified, never 'no recognised ground'."""
    out.items.append(unread)
    return out.assessment(GroundStatus.UNVERIFIED)


def unread_text_finding(text: str) -> Finding | None:
    """The point that the counter-notice, or part of it, is in a language the triage does not read (seller_language.py)."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.seller_language import unread_language, unread_line

    found = unread_language(sentences(text))
    if found is None:
        return None
    language, whole = found
    return Finding(code=UNREAD_LANGUAGE, severity=Severity.INFO, basis=Basis.NOT_VERIFIED, message=unread_line(language, whole),
                   reply=f"The counter-notice is {'' if whole else 'partly '}written in {language}: we ask for a translation of it "
                   f"(into English), so that the grounds it gives can be answered.")


def _guesses(ctx: CheckContext, out: _Findings) -> None:
    """What the seller only guesses it has ('maybe we have a licence'): said as uncertain, never as a ground it holds; and
    what it says it does not have ('we do not have a licence yet'): its own admission, never a ground."""
    from assistant.domain.appeals.grounds import unsure_grounds

    guessed, denied = unsure_grounds(ctx.counter_notice, works=ctx.complaint.ip_right.ip_type is IPType.COPYRIGHT)
    for words in guessed:
        out.add("guessed_claim", Severity.INFO,
                f"The seller says only that it may {words}: it is not sure, and does not say so as a fact, so no ground rests "
                f"on it. Ask the seller what it holds, and to send it.", basis=Basis.NOT_VERIFIED)
    for words in denied:
        out.add("admitted_lack", Severity.INFO,
                f"The seller says itself that it does not {words}: by its own words that is no ground, and it concedes the "
                f"point. Answer with our evidence.", basis=Basis.NOT_VERIFIED)


def _supplier_photos(ctx: CheckContext, reading: GroundReading, out: _Findings) -> None:
    """Photos the seller says its supplier gave it: only their owner can permit their use, so that is no permission."""
    if not reading.supplier_photos:
        return
    owner = escape_untrusted(ctx.complaint.ip_right.owner or ctx.complaint.complainant.name)
    alike = _lookalike_named(reading.supplier_photos, owner)
    named = (f" It names its supplier '{_as_written(alike)}': another company with a similar name, not {owner}." if alike else "")
    out.add("supplier_photos", Severity.MISSING,
            f"The seller says its supplier gave it the photos (its words are quoted with its grounds): a supplier providing photos is "
            f"no permission from us. Only their owner ({owner}) can permit their use, and the seller shows no permission from it.{named}",
            reply=f"The seller says its supplier provided the photos. A supplier cannot permit the use of our photographs: only their "
            f"owner, {owner}, can, and the seller shows no permission from us.{named}")


def _lookalike_named(words: tuple[str, ...], owner: str) -> str | None:
    """The company the seller's words name whose name is made like the owner's ('Brightwel Hardware Co., Ltd' for
    'Brightwell Tools Ltd'), as written; None when they name none."""
    return next((name for name in companies_in(" ".join(words)) if looks_like(name, owner)), None)


# The grounds a seller could have given, said for the kind of right complained of: a copyright complaint is answered by
# a licence or the seller's own photos or work, never by 'no use of the mark'.
_RECOGNISED = {
    IPType.TRADEMARK: "purchase, licence, authorisation chain, different product, no use of the mark",
    IPType.COPYRIGHT: "licence or the owner's permission, the seller's own photos or work, a different work, genuine copies bought",
    IPType.PATENT: "purchase from the patent owner, licence, a different product, non-infringement, prior art or invalidity",
}


# Words for taking (or creating) photos: a date in the same sentence is the one the seller says its photos were taken on
# ("shot by our photographer, Ms. Aziz, on 14 May 2025", "本店于2024年3月自行拍摄", "该图片为我司原创作品，于2023年5月创作完成").
_SHOOT_WORDS_RE = re.compile(
    r"\b(shot|shoot|taken|took|photographed|captured|created)\b|拍摄|拍的|摄于|自拍|拍照|创作"
    # and as Spanish, Italian, German and Indonesian/Malay sellers say it ('las hizo nuestro fotógrafo en 2024')
    r"|\b(?:hizo|hicimos|hicieron|tom[oó]|tomamos|tomaron|tomadas|hechas|sacadas|sacamos|realizad[oa]s|scattat[eoai]|scattato|fatte"
    r"|realizzat[eoai]|aufgenommen|fotografiert|gemacht|geschossen|diambil|dipotret|difoto|diambil gambar)\b"
)


def shoot_dates_said(counter_notice: str) -> list[SaidDate]:
    """The days or months the seller ties to taking its photos, in the order it says them: in each sentence with a word
    for shooting, the date nearest to it. A date in another sentence (the letter's own date under the signature) is
    never one of them, and a month given without a day stays a month."""
    said = []
    for sentence in sentences(counter_notice):
        norm = normalize_text(sentence)
        words = [m.start() for m in _SHOOT_WORDS_RE.finditer(norm)]
        found = (days_and_months(sentence) or years_alone(sentence)) if words else []
        if found:
            said.append(min(found, key=lambda d: min(min(abs(d.start - w), abs(d.end - w)) for w in words)))
    return said


def _said_shoot(said: SaidDate) -> str:
    """How the seller puts the day its photos were taken, its figure quoted as written."""
    quoted = f"'{escape_untrusted(said.written)}'"
    if said.year_only:
        return f"The seller gives {quoted} (a year, no day) for when the photos were taken"
    if said.month_only:
        return f"The seller gives {quoted} (a month, no day) for when the photos were taken"
    return f"The seller says the photos were taken on {quoted}" + ("" if said.written == said.value.isoformat() else f" ({said.value.isoformat()})")


def _shoot_disagrees(said: list[SaidDate], day: date) -> SaidDate | None:
    """The seller's date for the shoot that ``day`` does not bear out (none when the seller gives none, or one agrees)."""
    return None if not said or any(s.agrees_with(day) for s in said) else said[0]


def _paper_against_said(out: _Findings, index: int, doc: AppealAttachment, said: list[SaidDate]) -> None:
    """A photographer's paper that gives no shoot date, dated well after the time the seller gives for its shoot ('2023'
    against an invoice of '15/06/2026'): its own document does not bear out when it says the photos were taken."""
    from assistant.domain.appeals.camera_dates import paper_date, paper_later_than_said

    dated = paper_date(doc.text)
    late = paper_later_than_said(said, dated[0]) if dated else None
    if late is None:
        return
    when = "on" if not (late.month_only or late.year_only) else "in"
    issuer = document_issuer(doc)
    by = f", issued by '{escape_untrusted(issuer)}'" if issuer else ""
    out.add("claim_differs_from_document", Severity.SUSPICIOUS,
            f"{_said_shoot(late)}; attachment #{index} (the photographer's {dated[2]} for them{by}) is dated "
            f"{_figure_as_written(doc.text, dated[0])}, long after that: the seller's own document does not bear out when it says the "
            "photos were taken.", index, about="shoot_date",
            reply=f"The seller says its photos were taken {when} {escape_untrusted(late.written)}, but its own photographer's {dated[2]} (attachment "
            f"#{index}) is dated {dated[0].isoformat()}.")


def _contract_terms(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """What a photographer's contract shows, stated as the document's: what it covers (a finding when it is another product
    than the one reported) and who it says holds the copyright (a finding when that is the photographer, not the seller)."""
    text = doc.text or ""
    subject, rights = contract_subject(text), rights_clause(text)
    _client_is_seller(out, ctx, index, doc)
    if subject:
        subject = " ".join(subject.split())  # as written, but for the spacing a PDF's text layer may widen
        reported = reported_product_text(ctx.complaint)
        match = subject_matches(reported, subject, brand=ctx.brand, written_in=text) if reported else None
        covers = f"Attachment #{index} covers '{escape_untrusted(subject)}'"
        kinds = other_kinds(subject, reported) if reported else None
        if kinds:
            # Photos of another kind of goods (tents, for our backpack's photos): said with both kinds, whatever words they share.
            covered, wanted, reported_as = _kinds_said(kinds)
            out.add("product_mismatch", Severity.MISSING,
                    f"{covers} ({covered}): another kind of goods than the reported product ('{reported_as}', {wanted}), so it does not "
                    "show who made the photos complained of.", index, about="subject",
                    reply=f"The seller's photographer's paper (attachment #{index}) covers '{escape_untrusted(subject)}' ({covered}), not "
                    f"the {wanted} in the photos we complained of: it does not show who made them.")
        elif match is False and not same_kind(subject, reported):
            out.missing("product_mismatch", f"{covers}: not the reported product.", index,
                        about="subject")
        elif match is not True:  # unknown, or the same kind of goods in other words ('Bratpfanne' for a frying pan)
            out.info("product_not_checked", f"{covers}: check by eye that this is the reported product.", index)
    if rights is None:
        return
    holder = f"'{escape_untrusted(rights.holder)}'" + (f" ('{escape_untrusted(rights.party)}')" if rights.party else "")
    clause = f"'{escape_untrusted(rights.words)}'"
    if rights.maker_side:
        out.suspicious(
            "rights_kept_by_other",
            f"Attachment #{index} leaves the copyright with {holder}, not with the seller: it says {clause}. It does not show that the "
            "seller owns the photos (at most that it may use them).",
            index,
        )
    elif rights.maker_side is None:
        out.info("rights_holder_shown", f"Attachment #{index} says who holds the copyright: {clause}. Check whether that is the seller.", index)


def _yardstick(ctx: CheckContext) -> str:
    """Whose standard a purchase document is held to, as the reply may say it: Alibaba.com's own on Alibaba.com; on any
    other site our yardstick, never that site's rule (it publishes none)."""
    from assistant.domain.deadlines import SITE_NAMES

    site = ctx.complaint.site
    if site.value in evidence_standard().get("applies_to", []):
        return "Alibaba.com's published standard"
    return f"our yardstick, Alibaba.com's published standard ({SITE_NAMES[site]} publishes none for these appeals),"


def _platform_words(ctx: CheckContext, words: str) -> str | None:
    """A point for the reply to a site that publishes no standard of its own: said by what the document shows, never by the
    yardstick we hold it to (another site's standard is our reasoning, not the site's rule); None where the standard is the
    site's own (the point is then put as the report says it)."""
    if ctx.complaint.site.value in evidence_standard().get("applies_to", []):
        return None
    return words


def _originals_reply(ctx: CheckContext, files: str) -> str:
    """Our original photo files, said to be attached only when our record lists them; else for the reviewer to attach."""
    from assistant.domain.appeals.our_evidence import holds, if_we_have

    if holds(ctx.complaint, "original"):
        return f"{files} are attached."
    return if_we_have(files[:1].lower() + files[1:])


def check_image_ownership(ctx: CheckContext, out: _Findings) -> GroundAssessment:
    """'The photos are our own', judged by what shows who made a photo (knowledge/rules/appeal_evidence.yaml,
    image_ownership), never by the purchase standard: the original camera files, other shots of the same set, the
    shoot's date, an earlier publication, the photographer's statement. The seller's own files can only be not
    verified or contradicted here; our original files settle the claim."""
    standard = evidence_standard()["image_ownership"]
    out.add(
        "own_photos_claim", Severity.INFO,
        "Read as 'the photos are the seller's own' (our reading of the counter-notice, not its words; not verified): our "
        "original, unedited files settle that. What would show "
        f"who made them: {_join(standard['what_shows_it'])}.",
        basis=Basis.NOT_VERIFIED,
        reply=_originals_reply(ctx, "Our original, unedited files of the same photos"),
    )
    from assistant.domain.appeals.camera_dates import dates_against_ours

    said = shoot_dates_said(ctx.counter_notice)
    for index, doc, kind in ctx.attachments:
        differs = _shoot_disagrees(said, doc.taken_on) if doc.taken_on else None
        if differs:
            out.suspicious(
                "claim_differs_from_document",
                f"{_said_shoot(differs)}; the camera data of attachment #{index} says it was taken on {doc.taken_on.isoformat()}.",
                index, about="taken_on",
            )
        if kind is AttachmentKind.REGISTRATION_CERTIFICATE:
            from assistant.domain.appeals.photo_papers import registration_points

            registration_points(out, ctx, index, doc)
            continue
        if kind not in IMAGE_OWNERSHIP_KINDS:
            continue
        if not doc.text:
            why = unread_file(doc) or "no text could be read from it"
            out.add(
                "no_readable_text", Severity.MISSING,
                f"Attachment #{index} ({why}) is not verified: ask the seller for a readable copy (the photos as JPEG with their "
                "camera data, or a legible PDF of the document).",
                index, Basis.NOT_VERIFIED,
                reply=f"Attachment #{index} cannot be read, so it cannot be checked: we ask for a readable copy.",
            )
            continue
        _statement_points(out, ctx, (index, doc, kind), said)
    dated = dates_against_ours(out, ctx, said)  # after the seller's words against its own files: those come first
    status = GroundStatus.FALLS_SHORT if any(f.severity in (Severity.SUSPICIOUS, Severity.MISSING) and f.basis is not Basis.NOT_VERIFIED
                                             for f in out.items) else GroundStatus.UNVERIFIED
    linked = {i for i, doc, kind in ctx.attachments if kind in IMAGE_OWNERSHIP_KINDS or kind is AttachmentKind.REGISTRATION_CERTIFICATE or doc.taken_on}
    return out.assessment(status, sorted(linked | set(dated)))


def _statement_points(out: _Findings, ctx: CheckContext, given: tuple[int, AppealAttachment, AttachmentKind], said: list[SaidDate]) -> None:
    """What a photographer's statement or contract shows: its shoot date against the seller's words, whether it is
    signed (a statement nobody signed is no one's word; camera files need no signature), and its terms."""
    index, doc, kind = given
    shot = shoot_date(doc.text)
    differs = _shoot_disagrees(said, shot) if shot else None
    if differs:
        out.suspicious(
            "claim_differs_from_document",
            f"{_said_shoot(differs)}; attachment #{index} gives the shoot date {_figure_as_written(doc.text, shot)}.",
            index, about="shoot_date",
        )
    elif shot:
        out.info("document_shows", f"Attachment #{index} gives the shoot date {_figure_as_written(doc.text, shot)}.", index)
    if kind is AttachmentKind.PHOTOGRAPHER_STATEMENT:
        _paper_against_said(out, index, doc, said)
    signed = signature_shown(doc, needs_both_parties=False) if kind is AttachmentKind.PHOTOGRAPHER_STATEMENT else True
    # A Word file or a PDF whose text shows none and that holds no picture where a stamped seal or a signature would be
    # bears none either (one with pictures, or a scan, is for a person to look at).
    if signed is None and doc.text and not _by_ocr(doc) and doc.read_with and doc.pictures == 0:
        signed = False
    if signed is False:
        how = ("its signature line is empty" if empty_signature_place(doc.text) else "it bears no signature or seal" if is_typed(doc)
               else "its text shows no signature or seal, and the file holds no picture where one would be")
        out.missing("unsigned", _but(ctx, "signature", index, f"Attachment #{index} is not signed or sealed: {how}, so it is no one's "
                                     "signed word."), index)
    _contract_terms(out, ctx, index, doc)


def unread_files(ctx: CheckContext, assessments: list[GroundAssessment]) -> Finding | None:
    """Files the seller sent that nothing could be read from and no ground looked at (an archive, a RAW file, a PDF
    without text): not verified, asked for again as readable copies; never 'attached' as if checked."""
    seen = {i for a in assessments for i in a.attachments} | {f.attachment for a in assessments for f in a.findings if f.attachment}
    # A picture its reader found blank, or could not open, was offered as something to look at: unless a point already
    # says it is not verified, it is said here, whichever ground it was offered for.
    said = {f.attachment for a in assessments for f in a.findings if f.attachment and f.basis is Basis.NOT_VERIFIED}
    unread = [(index, why) for index, doc, _ in ctx.attachments if index not in (said if doc.unread else seen)
              for why in [unread_file(doc)] if why]
    if not unread:
        return None
    which = "; ".join(f"attachment #{index} ({why})" for index, why in unread)
    return Finding(
        code="no_readable_text", severity=Severity.INFO, basis=Basis.NOT_VERIFIED, attachment=unread[0][0] if len(unread) == 1 else None,
        message=f"Nothing could be read from {which}, so what {'it shows is' if len(unread) == 1 else 'they show is'} not verified: "
        "ask the seller for a readable copy.",
        reply="Some of the seller's files could not be opened, so they cannot be checked: we ask for readable copies.",
    )


def _names_in_other_forms(ctx: CheckContext, assessments: list[GroundAssessment]) -> None:
    """A company the seller names that its document names with another legal form ('PT Rumah Dapur Makmur' and 'Rumah
    Dapur Makmur Sdn Bhd'): perhaps one company, perhaps two (forms of different countries are said to be), so a point
    to check with both names as written; never a match, never a sign of forgery. The owner's names are compared elsewhere."""
    if not assessments:
        return
    said = [name for name in companies_in(ctx.counter_notice)
            if not any(compare_names(name, owner) is not NameMatch.OTHER for owner in ctx.owners)]
    told = "\n".join(f.message for a in assessments for f in a.findings)
    for index, doc, _ in ctx.attachments:
        for name in said:
            for written in companies_in(doc.text or ""):
                if compare_names(name, written) is not NameMatch.LEGAL_FORM or (_as_written(name) in told and _as_written(written) in told):
                    continue
                home = next((a for a in assessments if index in a.attachments), assessments[0])
                home.findings.append(Finding(
                    code="party_form_differs", severity=Severity.INFO, ground=home.ground, attachment=index,
                    message=f"The seller names '{_as_written(name)}'; attachment #{index} names '{_as_written(written)}': "
                    f"{_forms_apart(name, written)}, which may be two companies. Check which company the seller dealt with before "
                    "relying on it.",
                    names=[escape_untrusted(name), escape_untrusted(written)], about=f"form {index}",
                ))
                told += f"\n'{_as_written(name)}' '{_as_written(written)}'"


def _forms_apart(a: str, b: str) -> str:
    """'the same name with legal forms of different countries ('PT': Indonesia or Ukraine; 'Sdn Bhd': Malaysia or
    Singapore)', or 'the same name with another legal form ('Pte. Ltd.' vs 'Sdn. Bhd.')' when their countries overlap."""
    form_a, form_b = split_legal_form(a)[1], split_legal_form(b)[1]
    where_a, where_b = form_countries(form_a), form_countries(form_b)
    if where_a and where_b and not set(where_a) & set(where_b):
        return (f"the same name with legal forms of different countries ('{escape_untrusted(form_a)}': {' or '.join(where_a[:3])}; "
                f"'{escape_untrusted(form_b)}': {' or '.join(where_b[:3])})")
    return f"the same name with another legal form ('{escape_untrusted(form_a)}' vs '{escape_untrusted(form_b)}')"


def _no_longer_meets(assessment: GroundAssessment, index: int) -> None:
    """Attachment ``index`` no longer meets the standard (a suspicious point its text shows, found after its checks): the
    ground meets it only through another document that does; one left unverified by other points now falls short, as
    a readable document shows a shortfall."""
    assessment.findings = [f for f in assessment.findings if f.code != "meets_standard" or f.attachment != index]
    if (assessment.status is GroundStatus.MEETS_STANDARD and not any(f.code == "meets_standard" for f in assessment.findings)
            or assessment.status is GroundStatus.UNVERIFIED):
        assessment.status = GroundStatus.FALLS_SHORT


def _issuers_against_owner(ctx: CheckContext, assessments: list[GroundAssessment]) -> None:
    """Each purchase document issued by another company than the owner, said on the ground that relies on it (else the
    first), whatever the right: a suspicious one (the seller says it bought from the brand itself) takes the ground
    below the standard."""
    from assistant.domain.appeals.group_papers import as_group_paper, group_paper_finding, only_the_buyer_differs
    from assistant.domain.appeals.paper_agreement import without_issuer_question

    if not assessments:
        return
    for index, doc in ctx.of_kinds(PURCHASE_KINDS):
        home = next((a for a in assessments if index in a.attachments), assessments[0])
        group = group_paper_finding(ctx, index, doc, home.ground)
        if group and group.code == "distributor_paper_said" and not only_the_buyer_differs(home, index):
            group = None  # a distributor's paper that meets the standard, or falls short on another point: judged as any other
        if group:  # a paper the seller says comes from our own group: our group's sales records settle it (group_papers.py)
            home.findings.append(group)
            as_group_paper(home, index, ctx)
            continue
        out = _Findings(home.ground)
        out.items = [f for f in home.findings if f.attachment == index]  # what is said of it already (a name compared)
        before = len(out.items)
        _issued_by_another(out, ctx, index, doc)
        for finding in out.items[before:]:
            home.findings.append(finding)
            if finding.severity is Severity.SUSPICIOUS:
                _no_longer_meets(home, index)
        if any(f.about == "issuer" for f in out.items[before:]):  # who the issuer is, asked there: not again in other words
            home.findings = [without_issuer_question(f) if f.code == "document_agrees" and f.attachment == index else f for f in home.findings]


def _dates_against_documents(ctx: CheckContext, assessments: list[GroundAssessment], reading: GroundReading) -> None:
    """The dates the seller gives for buying the goods or for when it began selling them, set against its documents'
    (event_dates.py): each disagreement a suspicious point on the ground that relies on that document, else on the ground
    whose sentences give the date (a first sale is a prior-art argument's), else on the first."""
    from assistant.domain.appeals import event_dates
    from assistant.domain.appeals.date_roles import OurNames

    if not assessments:
        return
    compared = {f.attachment for a in assessments for f in a.findings if f.code == "claim_differs_from_document" and f.about == "date"}
    for found in event_dates.disagreements(ctx.counter_notice, ctx.attachments, compared, by=ctx.message_day, ours=OurNames.of(ctx.complaint)):
        said_in = ground_saying(reading, found.said.quoted)
        home = next((a for a in assessments if found.attachment in a.attachments), None) or next(
            (a for a in assessments if a.ground is said_in), assessments[0])
        if found.about == "bought" and any(f.code == "sold_by_owner" and f.attachment == found.attachment for f in home.findings):
            # Our own company's invoice: our sales records say which day the sale has (OURS_TO_CHECK).
            home.findings.append(Finding(
                code="said_date_differs", severity=Severity.INFO, ground=home.ground, attachment=found.attachment,
                message=f"{event_dates.difference(found)}. {OURS_TO_CHECK}", basis=Basis.DOCUMENT_SHOWS, about=f"date {found.about}",
            ))
            continue
        home.findings.append(Finding(
            code="said_date_differs", severity=Severity.SUSPICIOUS, ground=home.ground, attachment=found.attachment,
            message=event_dates.message(found), basis=Basis.DOCUMENT_SHOWS, reply=event_dates.reply(found), about=f"date {found.about}",
        ))
        _no_longer_meets(home, found.attachment)


def _said_attached(ctx: CheckContext, reading: GroundReading) -> dict[AppealGround, bool]:
    """For each ground resting on a document, whether the seller says its document is attached. 'We are now sending you
    the new letter.' in a sentence of its own, beside the one such ground the seller raises, speaks for that ground."""
    attached = {ground: says_attached(reading.words.get(ground, ())) for ground in EVIDENCE_GROUNDS}
    documented = [ground for ground in EVIDENCE_GROUNDS if ground in reading.grounds]
    if len(documented) == 1 and not attached[documented[0]]:
        grounded = {s for words in reading.words.values() for s in words}
        # 'Attached is our business licence' names what it attaches: a company's registration, not the ground's document.
        attached[documented[0]] = says_attached([s for s in sentences(ctx.counter_notice) if s not in grounded and not names_company_paper(s)])
    return attached


def _admitted_use(ctx: CheckContext, reading: GroundReading) -> dict[AppealGround, str]:
    """The dispute ground (no use of the mark, else a different product) that carries the seller's own admission that its
    listing showed the mark or its goods bear it (admitted_use.py): said once, on one ground. A trademark's only."""
    from assistant.domain.appeals.contested_listings import element_split

    disputes = [g for g in (AppealGround.NO_USE_OF_MARK, AppealGround.DIFFERENT_PRODUCT) if g in reading.grounds]
    if not disputes or ctx.complaint.ip_right.ip_type is not IPType.TRADEMARK:
        return {}
    # The logo conceded and the title contested is no ground contradicting itself: the concession is said on its own.
    if element_split(sentences(ctx.counter_notice)):
        return {}
    said = admitted_use(sentences(ctx.counter_notice))
    return {disputes[0]: said} if said else {}


def assess_grounds(ctx: CheckContext, reading: GroundReading) -> list[GroundAssessment]:
    """Every ground the seller raises, checked in a fixed order."""
    attached = _said_attached(ctx, reading)
    # A licence and the letters of a chain are one family of documents: "both letters are attached" speaks for both.
    family = attached[AppealGround.LICENCE] or attached[AppealGround.AUTHORIZATION_CHAIN]
    attached[AppealGround.LICENCE] = attached[AppealGround.AUTHORIZATION_CHAIN] = family
    admitted = _admitted_use(ctx, reading)
    checks = {
        AppealGround.PURCHASE_INVOICE: lambda: check_purchase_proof(ctx, said_attached=attached[AppealGround.PURCHASE_INVOICE]),
        # The seller calls itself the owner's distributor and gave no document of any kind (nor says one is attached).
        AppealGround.LICENCE: lambda: distributor_without_document(ctx) if reading.distributor_words and not attached[AppealGround.LICENCE]
        else check_licence(ctx, chained=AppealGround.AUTHORIZATION_CHAIN in reading.grounds, said_attached=attached[AppealGround.LICENCE]),
        AppealGround.AUTHORIZATION_CHAIN: lambda: check_authorization_chain(ctx, said_attached=attached[AppealGround.AUTHORIZATION_CHAIN]),
        AppealGround.DIFFERENT_PRODUCT: lambda: check_dispute(ctx, AppealGround.DIFFERENT_PRODUCT, descriptive=reading.descriptive_use,
                                                              admitted=admitted.get(AppealGround.DIFFERENT_PRODUCT)),
        AppealGround.NO_USE_OF_MARK: lambda: check_dispute(ctx, AppealGround.NO_USE_OF_MARK, descriptive=reading.descriptive_use,
                                                           admitted=admitted.get(AppealGround.NO_USE_OF_MARK)),
        AppealGround.OTHER: lambda: check_other(ctx, reading),
    }
    # Grounds the evidence standard does not measure are judged in ground_standards.py.
    assessments = [checks[ground]() for ground in reading.grounds if ground in checks]
    numbers = _seller_numbers(ctx, assessments)
    if numbers and assessments:
        assessments[0].findings.extend(numbers)
        assessments[0].status = settled_status(
            GroundStatus.FALLS_SHORT if assessments[0].status is GroundStatus.MEETS_STANDARD and shows_shortfall(numbers) else assessments[0].status,
            assessments[0].findings)
    _issuers_against_owner(ctx, assessments)
    _named_in_text_only(ctx, assessments)
    _dates_against_documents(ctx, assessments, reading)
    _names_in_other_forms(ctx, assessments)
    leftover = unread_files(ctx, assessments)
    if leftover and assessments:
        assessments[0].findings.append(leftover)
    by_ground = {a.ground: a for a in assessments}
    chain, licence = by_ground.get(AppealGround.AUTHORIZATION_CHAIN), by_ground.get(AppealGround.LICENCE)
    # One letter is a chain only if it is not the owner's own (a chain_gap says so); a letter straight from the owner
    # that falls short on its form (unsigned) breaks nothing: those points are the licence's own, and "it does not
    # hold" would state a break nobody found.
    chained = chain is not None and (len(chain.attachments) >= 2 or any(f.code == "chain_gap" for f in chain.findings))
    if chain and licence and chain.status is not GroundStatus.MEETS_STANDARD and (chained or chain.status is GroundStatus.UNVERIFIED) \
            and any(a in chain.attachments for a in licence.attachments):
        # An owner's licence inside a chain may be granted to a middleman, not the seller: the chain decides. A chain
        # nobody could read neither holds nor breaks: then whether the licence counts is not verified either.
        unread = chain.status is GroundStatus.UNVERIFIED
        licence.findings.append(
            Finding(
                code="licence_chain_unverified" if unread else "licence_depends_on_chain",
                severity=Severity.MISSING,
                ground=AppealGround.LICENCE,
                basis=Basis.NOT_VERIFIED if unread else Basis.DOCUMENT_SHOWS,
                message="The seller's authorisations form a chain: the owner's licence counts only if the chain from it "
                + ("to the seller holds, and whether it does is not verified (see the chain)." if unread else "to the seller holds, and it does not"
                   + _where_chain_breaks(chain)),
                reply="Not every authorisation of the chain could be read, so whether it reaches the owner cannot be checked: we ask "
                "for legible copies." if unread else None,
            )
        )
        licence.status = settled_status(GroundStatus.FALLS_SHORT, licence.findings)
    return assessments
