"""What a ground is judged by when the evidence standard for appeals is not the yardstick.

The standard in knowledge/rules/appeal_evidence.yaml is Alibaba.com's for trademark appeals: an invoice, a licence
or an authorisation chain. Three things are not measured by it:
- giving up ("we have removed the listing and will not sell it again"): there is nothing to answer, the complaint
  stands, and whether the listing is really offline is not verified;
- a purchase offered against a complaint about copied photos: buying goods, even genuine ones, gives no right to the
  photos of them, so the invoice is judged by what it shows (its dates, quantities and parties against the seller's
  words) and said not to answer the complaint; never by the trademark points (the brand named, 20 pieces, six months,
  signatures). The rules file says so under image_ownership (a product assumption);
- the named legal arguments (prior art, a pending invalidation, territory): for legal, each said with what it needs
  (legal_arguments in the rules file), and an office's notice of an invalidation request compared with the case
  number and filing date the seller gives.
A purchase document that marks its goods unbranded ('no brand', '无品牌') is a point of its own: the goods it covers
carry no brand. Findings are in our words; of a document they quote only the marking, as written.
"""

from __future__ import annotations

import dataclasses

import re

from assistant.domain.appeals.checks import (
    Basis,
    CheckContext,
    Finding,
    GroundAssessment,
    GroundStatus,
    Severity,
    evidence_standard,
)
from assistant.domain.appeals.admissions import (
    ADMISSION_WORDS,
    admitted_source,
    asks_penalty_lifted,
    doubts_genuineness,
    pleads_ignorance,
    pleads_ignorance_of_right,
)
from assistant.domain.appeals.contested_listings import first_run, part_removed_from_listing, partial_concession, partial_contest
from assistant.domain.appeals.date_roles import ROLE_WORDS, DateRole, DateSide, OurNames, dates_with_roles
from assistant.domain.appeals.eu_places import ANY_MEMBER_STATE, member_state
from assistant.domain.appeals.goods_classes import against_record, other_registration
from assistant.domain.appeals.evidence import AUTHORIZATION_KINDS, PURCHASE_KINDS, AttachmentKind, date_as_written, names_in, normalize_text
from assistant.domain.appeals.given_up import given_up, mark_given_up_against
from assistant.domain.appeals.grounds import INVALIDATION_RESERVED, NON_INFRINGEMENT, AppealGround, GroundReading
from assistant.domain.appeals.other_product import flag_other_products
from assistant.domain.appeals.papers_disagree import disagreements
from assistant.domain.appeals.photo_works import PHOTO_REASONS, photos_complained_of
from assistant.domain.appeals.prior_art import prior_art_said
from assistant.domain.appeals.registry_rights import REGISTRY_HOLDS, bare_number, denies_our_patent, patent_point, registry_point
from assistant.domain.deadlines import SITE_NAMES
from assistant.domain.models import Complaint, IPType
from assistant.domain.untrusted_text import escape_untrusted

# The points of the trademark purchase standard; they do not apply to a purchase offered against copied photos.
_TRADEMARK_PURCHASE_POINTS = frozenset({
    "brand_not_named", "brand_not_checked", "outside_window", "outside_window_near", "quantity_too_low", "quantity_missing",
    "date_missing", "date_not_read", "quantity_in_sets", "unsigned", "signature_not_shown", "product_mismatch", "product_not_checked",
    "meets_standard",
})
# A document's own marking of its goods as carrying no brand.
_UNBRANDED_RE = re.compile(r"\bno[- ]?brand\b|\bunbranded\b|\bwithout (a )?brand\b|\bnon[- ]branded\b|\bgeneric\b|无品牌|无牌|白牌|没有品牌|无商标")


def check_no_contest(ctx: CheckContext) -> GroundAssessment:
    """The seller gives up: no counter-notice to answer. That the listing is offline is the seller's word only, and its own
    screenshot may show it still on sale."""
    words = given_up(ctx.complaint.reason, ctx.counter_notice, mark_given_up_against(ctx.complaint))
    shown = removal_contradicted(ctx, AppealGround.NO_CONTEST)
    return GroundAssessment(
        ground=AppealGround.NO_CONTEST,
        status=GroundStatus.CONTRADICTED if shown else GroundStatus.UNVERIFIED,
        findings=[
            Finding(
                code="seller_concedes", severity=Severity.INFO, ground=AppealGround.NO_CONTEST, basis=Basis.NOT_VERIFIED,
                message=f"The seller does not contest the complaint: it says it has {words.did} (its words are quoted below). That "
                f"{words.gone(len(ctx.complaint.listings))} is not verified: check the site.",
                reply=f"The seller does not contest the complaint and {words.reply}; the complaint stands.",
            ),
            *shown,
        ],
        attachments=sorted(f.attachment for f in shown if f.attachment),
    )


def removal_contradicted(ctx: CheckContext, ground: AppealGround | None) -> list[Finding]:
    """The seller's own screenshot against its word that the listing is taken down: each picture or page (not a purchase
    paper or an authorisation) whose text shows the listing on sale ('状态：出售中', 'Status: Active'), quoted as it reads,
    with the stock it shows (listing_status.py)."""
    from assistant.domain.appeals.listing_status import on_sale

    out = []
    for index, doc, kind in ctx.attachments:
        shown = on_sale(doc.text) if kind not in PURCHASE_KINDS | AUTHORIZATION_KINDS else None
        if shown is None:
            continue
        read = ", a picture read by OCR," if doc.read_with == "ocr" else ""
        what = f"'{escape_untrusted(shown.status)}'" + (f" and '{escape_untrusted(shown.stock)}'" if shown.stock else "")
        out.append(Finding(
            code="removal_contradicted", severity=Severity.SUSPICIOUS, ground=ground, attachment=index, basis=Basis.DOCUMENT_SHOWS,
            message=f"The seller says it has taken the listing down, but its own attachment #{index}{read} shows it on sale: {what}. "
            "By the seller's own screenshot the listing is still offered: check the site now and keep dated screenshots; the "
            "complaint stands.",
            reply=f"The seller says it has removed the listing, but its own screenshot (attachment #{index}) shows it on sale ({what}): "
            "the complaint stands.",
        ))
    return out


def purchase_answers(complaint: Complaint) -> bool:
    """Whether buying the goods can answer the complaint: not when it is about copied photos."""
    return not photos_complained_of(complaint) or bool(evidence_standard()["image_ownership"].get("purchase_answers"))


def unbranded_marking(text: str) -> str | None:
    """The words by which a document marks its goods as unbranded, as written, or None."""
    found = _UNBRANDED_RE.search(normalize_text(text or ""))
    if not found:
        return None
    original = re.search(re.escape(found.group(0)), text, flags=re.IGNORECASE)
    return original.group(0) if original else found.group(0)


def _unbranded_points(ctx: CheckContext) -> list[Finding]:
    out = []
    for index, doc, kind in ctx.attachments:
        marking = unbranded_marking(doc.text or "") if kind in PURCHASE_KINDS else None
        if marking:
            out.append(Finding(
                code="goods_unbranded", severity=Severity.MISSING, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
                message=f"Attachment #{index} marks the goods it covers as unbranded ('{marking}'): what was bought carries no brand.",
                reply=f"The seller's own purchase document (attachment #{index}) describes the goods as unbranded.",
            ))
    return out


def _factory_points(ctx: CheckContext) -> list[Finding]:
    """A purchase the seller says it made from a distributor, on a paper a factory issued: a maker, not a distributor."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.factory_goods import distributor_said, factory_issuer

    if not any(distributor_said(normalize_text(s)) for s in sentences(ctx.counter_notice)):
        return []
    out = []
    for index, doc, kind in ctx.attachments:
        issuer = factory_issuer(doc.text, ctx.owners, names_in) if kind in PURCHASE_KINDS else None
        if issuer is None:
            continue
        name, oem = escape_untrusted(issuer[0]), issuer[1]
        made = " It marks the goods OEM: made to order by the factory." if oem else ""
        out.append(Finding(
            code="issuer_not_distributor", severity=Severity.MISSING, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
            message=f"The seller says it bought from a distributor, but attachment #{index} is issued by '{name}', a factory: a maker, "
            f"not a distributor of ours.{made}",
            reply=f"The seller says it bought from a distributor, but its own invoice (attachment #{index}) is from '{name}', a factory, "
            f"not a distributor of ours.{made}",
        ))
    return out


def _brand_points(ctx: CheckContext) -> list[Finding]:
    """A purchase paper that names another brand for its goods than our mark, in its own words; and one whose issuer says
    it is no agent or distributor, when the seller calls its source one: both sides quoted (paper_brands.py)."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.evidence import reported_product_text
    from assistant.domain.appeals.model_codes import model_codes, same_model_named
    from assistant.domain.appeals.paper_brands import distributor_clause, issuer_denial, other_brands

    if ctx.complaint.ip_right.ip_type is not IPType.TRADEMARK:
        return []
    said = next((c for c in map(distributor_clause, sentences(ctx.counter_notice)) if c), None)
    reported = reported_product_text(ctx.complaint)
    models = model_codes(reported)
    out = []
    for index, doc, kind in ctx.attachments:
        if kind not in PURCHASE_KINDS or not doc.text:
            continue
        for brand, cell in other_brands(doc.text, lambda words: names_in(words, ctx.brand))[:1]:
            brand, cell = escape_untrusted(brand), escape_untrusted(cell)
            # The model too, when the complaint names one and the paper does not ('LM-D20' for the reported 'Flex D30').
            model = (f", and it names no model our complaint reports ('{escape_untrusted(models[0])}')"
                     if models and not same_model_named(reported, doc.text) else "")
            out.append(Finding(
                code="other_brand_named", severity=Severity.MISSING, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
                message=f"Attachment #{index} names another brand for the goods it covers: '{cell}' (the brand '{brand}', not "
                f"{ctx.brand}){model}: it shows a purchase of {brand} goods, not of goods under our mark.",
                reply=f"The seller's own document (attachment #{index}) is for goods of another brand: '{cell}' (the brand '{brand}', "
                f"not {ctx.brand}){model}. It shows no purchase of goods under our mark.",
            ))
        denial = issuer_denial(doc.text) if said else None
        if denial:
            denial, claim = escape_untrusted(denial), escape_untrusted(said)
            out.append(Finding(
                code="issuer_denies_distribution", severity=Severity.SUSPICIOUS, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
                message=f"The seller calls its source a distributor ('{claim}'), but attachment #{index} says of its issuer: "
                f"'{denial}': the seller's own paper says its issuer is no agent or distributor.",
                reply=f"The seller says it bought from a distributor ('{claim}'), but its own invoice (attachment #{index}) states: "
                f"'{denial}'.",
            ))
    return out


def _judged_as_purchase(ctx: CheckContext, assessment: GroundAssessment) -> GroundAssessment:
    """The purchase ground with the unbranded marking said, and a factory's paper for a distributor's sale; against copied
    photos, without the trademark points."""
    unbranded, factory = _unbranded_points(ctx), _factory_points(ctx) + _brand_points(ctx)
    findings = list(assessment.findings)
    # Papers that disagree with each other (another buyer, another count) show no one purchase: no paper meets the standard.
    disagree = disagreements(ctx, assessment.attachments)
    if disagree:
        findings = [f for f in findings if f.code != "meets_standard"] + disagree
    if unbranded or factory:
        # Another brand named for the goods says more than 'does not name ours': that point is the one made.
        marked = {f.attachment for f in unbranded + factory if f.code in ("goods_unbranded", "other_brand_named")}
        made = {f.attachment for f in factory}
        findings = [f for f in findings if not (f.code in ("brand_not_named", "meets_standard") and f.attachment in marked)
                    and not (f.code == "meets_standard" and f.attachment in made)] + unbranded + factory
        unbranded = unbranded + factory
    if purchase_answers(ctx.complaint):
        status = GroundStatus.FALLS_SHORT if unbranded or disagree else assessment.status
        return assessment.model_copy(update={"findings": findings, "status": status})
    findings = [f for f in findings if f.code not in _TRADEMARK_PURCHASE_POINTS]
    findings.insert(0, Finding(
        code="purchase_not_an_answer", severity=Severity.MISSING, ground=AppealGround.PURCHASE_INVOICE, basis=Basis.OUR_RECORD,
        message="The complaint is about copied photos (copyright): buying the goods, even genuine ones, gives no right to use "
        "the photos of them, so the purchase does not answer it (what would is under Standard).",
        reply="The complaint concerns our photographs. Buying the goods gives no right to use our photographs of them, so a "
        "purchase document does not answer the complaint.",
    ))
    return assessment.model_copy(update={"findings": findings, "status": GroundStatus.FALLS_SHORT})


# --- The named legal arguments: what each needs, and a pending invalidation's notice against the seller's words ------

_READS = {
    "prior_art": "the design or invention was public before the right was filed (prior art)",
    "prior_use": "the seller made or used it before our right was filed, and so may go on using it (a prior-use right)",
    "invalidation": "the right was declared invalid, or a request to invalidate it is pending",
    INVALIDATION_RESERVED: "the seller says it may file an invalidation request against our right (it reserves or threatens it; none is pending)",
    "expired": "the right has expired or lapsed",
    "territory": "the right has no effect where the listing is sold",
    NON_INFRINGEMENT: "the product does not have the features the patent protects (non-infringement)",
    "exhaustion": "the owner's rights in these goods ended when they were first sold by it or with its consent (exhaustion)",
    "fair_use": "the listing names the mark only to say what the goods are (fair use)",
    "non_use": "the owner has not used its mark (where the listing sells, or for years), so it could be revoked (non-use)",
    "own_registration": "the seller holds a registration of its own for the mark",
    "own_application": "the seller has applied to register a mark itself: an application, not a registration",
    "descriptive": "the mark is weak, descriptive or a common word anyone may use, so it should not be protected",
    "originality": "the work is not original (a standard table, common wording or shapes anyone may use), so no copyright protects it",
    "evaluation_report": "the right was granted without substantive examination: the seller asks for the office's evaluation report on its validity",
    "classes": "our registration does not cover the listed goods: they are in another class than those it is registered for",
}
# A case or file number as a seller or an office writes it ("case number 5W334455", "案件编号 WX2026-0815").
_CASE_NUMBER_RE = re.compile(
    r"(?:case|application|request|file|reference|acceptance)\s*(?:number|no\.?|#)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9./-]{4,})"
    r"|(?:案件编号|案号|受理号|申请号|案件号|编号|expediente(?:\s*(?:n[.º°o]*|n[uú]mero))?)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9./-]{4,})",
    re.IGNORECASE,
)


def case_numbers(text: str, *, besides: str | None = None) -> list[str]:
    """The case or file numbers in a text, as written, in order (the right's own registration number left out)."""
    found = [m.group(1) or m.group(2) for m in _CASE_NUMBER_RE.finditer(text or "")]
    own = (besides or "").replace(" ", "").upper()
    return list(dict.fromkeys(n.rstrip(".-/") for n in found if n.rstrip(".-/").upper() != own))


def _as_written(text: str, day) -> str:
    written = date_as_written(text, day)
    if written is None or written == day.isoformat():
        return day.isoformat()
    return f"'{escape_untrusted(written)}' ({day.isoformat()})"


def _invalidation_points(ctx: CheckContext, words: tuple[str, ...]) -> list[Finding]:
    """The office's notice against what the seller says of its request: the case number and the filing date."""
    said = " ".join(words)
    own = ctx.complaint.ip_right.registration_number
    numbers = case_numbers(said, besides=own)
    notices = [(index, doc) for index, doc, _ in ctx.attachments
               if doc.text and (_INVALIDATION_DOC_RE.search(normalize_text(doc.text)) or any(n in doc.text for n in numbers))]
    out: list[Finding] = []
    if not notices:
        which = f" (case number '{escape_untrusted(numbers[0])}', as the seller gives it)" if numbers else ""
        out.append(Finding(
            code="no_office_notice", severity=Severity.MISSING, ground=AppealGround.OTHER, basis=Basis.NOT_VERIFIED,
            message=f"No document from the office was given for the invalidation the seller relies on{which}, so it is not "
            "verified: ask for the office's decision, or its notice of acceptance of the request.",
            reply="The counter-notice refers to an invalidation of our right, but no document from the office reached us: "
            "we ask to see it.",
        ))
        return out
    for index, doc in notices:
        out += _notice_right(ctx, index, doc.text)
        out += _request_not_decision(said, index, doc.text)
        shown = case_numbers(doc.text, besides=own)
        if numbers and shown and numbers[0] not in shown:
            out.append(Finding(
                code="case_number_differs", severity=Severity.SUSPICIOUS, ground=AppealGround.OTHER, attachment=index,
                message=f"The seller gives the case number '{escape_untrusted(numbers[0])}'; attachment #{index} (the office's "
                f"notice) shows the case number '{escape_untrusted(shown[0])}'.",
            ))
        out += _request_dates(said, doc.text, index)
    return out


# A request not yet decided, in the seller's words for one: the right stands meanwhile.
PENDING_RE = re.compile(r"request|petition|application|pending|filed|submitted|lodged|请求|申请|提出|solicitud|pendiente|presentad"
                        r"|antrag|beantragt|eingereicht|richiesta|istanza|permohonan|diajukan")


def _request_not_decision(said: str, index: int, text: str | None) -> list[Finding]:
    """An office's notice that a request against our right was received or accepted, offered by a seller who says the right
    was declared invalid (it speaks of no request): the paper is no decision, and a pending request does not suspend the
    right. Its heading, its day and its own words that it decides nothing are quoted as written."""
    from assistant.domain.appeals.office_papers import request_notice

    notice = request_notice(text)
    if notice is None or PENDING_RE.search(normalize_text(said)):
        return []
    day = f" on {_as_written(text or '', notice.accepted[0])}" if notice.accepted else ""
    itself = f"; it says so itself: '{escape_untrusted(notice.says)}'" if notice.says else ""
    plain = f" on {notice.accepted[0].isoformat()}" if notice.accepted else ""
    return [Finding(
        code="request_not_decision", severity=Severity.SUSPICIOUS, ground=AppealGround.OTHER, attachment=index,
        message=f"The seller says our right was declared invalid, but attachment #{index} is the office's notice that a request to "
        f"invalidate it was received or accepted{day} ('{escape_untrusted(notice.heading)}'), not a decision{itself}. A pending "
        "request does not suspend the right: it stands until the office decides.",
        reply=f"The seller says our right was declared invalid, but the document it gives (attachment #{index}) is the office's notice "
        f"that a request to invalidate it was received or accepted{plain}, not a decision{', as the notice itself says' if notice.says else ''}. "
        "A pending request does not suspend the right, which stands until the office decides.",
    )]


# The right an office's notice is about, as the notice labels it ('专利号：ZL202130999111.X', 'Patent No.: EP 3 123 456',
# '注册号：56781234', 'Registration No. 018765432'), and the right's name beside it ('专利名称：折叠桌', 'Title: ...').
_RIGHT_NUMBER_RE = re.compile(
    r"(?:专利号|专利号码|商标注册号|注册号|登记号|patent\s*(?:no\.?|number)|registration\s*(?:no\.?|number)|trade\s?mark\s*(?:no\.?|number))"
    r"\s*[:：]?\s*([A-Z]{0,3}\s?\d[\dA-Z .\-/]{4,}[\dA-Z])", re.IGNORECASE)
_RIGHT_TITLE_RE = re.compile(r"(?:专利名称|发明名称|实用新型名称|外观设计名称|商标名称|title(?:\s+of\s+the\s+(?:patent|design|invention))?)\s*[:：]\s*([^\n]{1,60})",
                             re.IGNORECASE)


def _notice_right(ctx: CheckContext, index: int, text: str) -> list[Finding]:
    """An office's notice naming another right than ours (its number differs from our record's): it shows no request
    against our right, both numbers quoted as written (and the other right's name, when the notice gives it)."""
    right = ctx.complaint.ip_right
    own = right.registration_number or ""
    found = _RIGHT_NUMBER_RE.search(text or "")
    if not own or not found or bare_number(found.group(1)) == bare_number(own):
        return []
    named = _RIGHT_TITLE_RE.search(text or "")
    theirs = f"'{escape_untrusted(found.group(1).strip())}'" + (f" ('{escape_untrusted(named.group(1).strip())}')" if named else "")
    what = "patent" if right.ip_type is IPType.PATENT else "registration"
    return [Finding(
        code="notice_other_right", severity=Severity.MISSING, ground=AppealGround.OTHER, attachment=index,
        message=f"Attachment #{index} (the office's notice) concerns {what} {theirs}, not our {what} {own}: it shows no request "
        "or decision against our right.",
        reply=f"The office's notice the seller gives (attachment #{index}) concerns {what} {theirs}, not our {what} {own}: it "
        "shows no request or decision against our right.",
    )]


def _request_dates(said: str, shown_text: str, index: int) -> list[Finding]:
    """The seller's date for its request against the office's notice, each with the event it stands for: set against
    each other only when both are the same event (the day it was filed); a filing day and the day the office accepted
    the request are different facts, stated side by side at most, never a point against the seller."""
    seller = [d for d in dates_with_roles(said) if d.side is not DateSide.OURS]  # our right's own dates are not its request's
    if not seller:
        return []
    first = seller[0]
    role = first.role or DateRole.FILED  # the invalidation ground speaks of the request's filing
    shown = dates_with_roles(shown_text)
    same = [d for d in shown if d.role is role]
    if same and all(d.value != first.value for d in same):
        return [Finding(
            code="claim_differs_from_document", severity=Severity.SUSPICIOUS, ground=AppealGround.OTHER, attachment=index,
            message=f"The seller gives {_as_written(said, first.value)} as {ROLE_WORDS[role]}; attachment #{index} (the office's "
            f"notice) gives {_as_written(shown_text, same[0].value)} for the same.",
        )]
    other = [d for d in shown if d.role is not role and d.value != first.value]
    if same or not other:
        return []
    what = ROLE_WORDS[other[0].role] if other[0].role else "a date it does not name the event of"
    return [Finding(
        code="dates_of_other_events", severity=Severity.INFO, ground=AppealGround.OTHER, attachment=index,
        message=f"The seller gives {_as_written(said, first.value)} as {ROLE_WORDS[role]}; attachment #{index} (the office's notice) "
        f"gives {_as_written(shown_text, other[0].value)} as {what}: different events, so the two dates do not contradict each other.",
    )]


_INVALIDATION_DOC_RE = re.compile(r"invalidat|cancellation|revocation|无效宣告|宣告无效|撤销")


def _legal_points(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """One finding per named legal argument (what it needs, for legal), then the invalidation's notice compared."""
    rules = evidence_standard().get("legal_arguments", {})
    out = []
    for kind, words in reading.legal_kinds.items():
        if kind == NON_INFRINGEMENT and ctx.complaint.ip_right.ip_type is not IPType.PATENT:
            continue  # a patent's claims decide it; against another right it is the plain legal argument above
        rule, read = _rule_and_reading(ctx, kind, rules)
        needs = str(rule.get("needs", "")).strip()
        answered = str(rule.get("answered_by") or "Legal answers it.").strip()
        known, index, reply, about = "", None, None, None
        held = registry_point(kind, tuple(words), ctx.complaint, ctx.registry, ctx.today)  # the team's other rights, when read
        if kind == "expired":
            known = _expiry_known(ctx.complaint.ip_right.expiry_date, ctx.today)
        if kind == "own_registration":
            known, index = _own_registration_known(ctx)
        if kind == "own_application":
            known, index = _own_application_known(ctx, tuple(words))
        if kind == "prior_use":
            known = _prior_use_known(ctx, tuple(words))
        if kind == "prior_art":
            known = prior_art_said(tuple(words))
        right = ctx.complaint.ip_right
        elsewhere = other_registration(words, list(right.places_of_registration), right.registration_number, list(right.classes)) \
            if kind == "classes" else None
        if elsewhere:  # the seller's point is about our registration in another place: this one's classes do not answer it
            known = f" {elsewhere}"
        elif kind == "classes":
            compared = against_record(words, list(ctx.complaint.ip_right.classes))
            if compared.disagrees:  # our record lists the goods' class: said from the record, the certificate's goods to check
                out.append(_classes_contradicted(ctx, compared.text, compared.limited_to))
                continue
            known, about = f" {compared.text}", RECORD_AGREES if compared.agrees else None
        if kind == "territory":
            from assistant.domain.appeals.territory import quoted_places, record_against_site

            site = ctx.complaint.site
            accepts = (rule.get("by_site") or {}).get(site.value) or f"Nothing is published on which registrations {SITE_NAMES[site]} accepts."
            # A registration of ours in the place the registry holds: our record does not agree with the seller there.
            covered = held is not None and held.about == REGISTRY_HOLDS
            ours = (f"This complaint's registration is recorded in {quoted_places(ctx.complaint)}; our rights registry holds another of ours "
                    "where the seller's point is about (its own point names it).")
            known = f" {ours if covered else record_against_site(ctx.complaint, tuple(words))} {accepts}"
            reply = _territory_reply(ctx, (rule.get("by_site") or {}).get(site.value), str(rule.get("reply", "")).strip())
        applied = application_papers(ctx) if kind == "own_registration" else []
        out.append(Finding(
            code=f"{kind}_claim", severity=Severity.INFO, ground=AppealGround.OTHER, basis=Basis.NOT_VERIFIED, attachment=index, about=about,
            message=f"Read as '{read}' (our reading of the counter-notice, not its words; not verified). What it needs: "
            f"{needs}{known} {answered}".replace("..", "."),
            reply=_applied_reply(applied) or reply or str(rule.get("reply", "")).strip() or None,
        ))
        out += applied + ([held] if held else [])
        if kind == "invalidation":
            out += _invalidation_points(ctx, words)
    # The seller's word that we hold no patent, answered from the registry (the registry not read or empty: nothing to say).
    patent = patent_point(ctx.complaint, ctx.registry, ctx.today) if ctx.registry and denies_our_patent(ctx.counter_notice) else None
    return out + ([patent] if patent else [])


def _expiry_known(expiry, today) -> str:
    """What the complaint's record says of the right's term against the seller's word that it expired: a day before today
    agrees with it (until a renewal is shown), a later one does not."""
    if expiry is None:
        return " Our record gives no expiry date for the right: add it from our certificate."
    if expiry < today:
        return (f" Our record gives the right's expiry as {expiry.isoformat()}, before today: it does not contradict the seller's word "
                "unless the register shows a renewal.")
    return f" Our record gives the right's expiry as {expiry.isoformat()}: the seller's word and our record disagree until the register is checked."


# A legal point on which our own record agrees with the seller (the goods' class is not among our record's): the reply to
# the platform waits for counsel (held_replies), never maintaining the complaint as if the point were answered.
RECORD_AGREES = "record_agrees"


def _classes_contradicted(ctx: CheckContext, compared: str, limited_to: tuple[int, ...] = ()) -> Finding:
    """The seller's 'your registration does not cover these goods' where our record lists the class it gives them, or
    more classes than the ones it says our registration is limited to (``limited_to``: a class it gives for our mark,
    never one it gives for its goods)."""
    right = ctx.complaint.ip_right
    number = f" no. {right.registration_number}" if right.registration_number else ""
    classes = ", ".join(str(c) for c in right.classes)
    said = f"class{'es' if len(limited_to) > 1 else ''} {', '.join(map(str, limited_to))}"
    answer = f"not only in {said} as the seller says" if limited_to else "which include the class the seller gives for them"
    return Finding(
        code="classes_contradicted", severity=Severity.SUSPICIOUS, ground=AppealGround.OTHER, basis=Basis.OUR_RECORD,
        message=f"The seller says our registration does not cover the goods it sells (its words are quoted with its grounds). {compared}",
        reply=f"The seller says our registration does not cover the goods it sells; our registration{number} is registered in classes "
        f"{classes}, {answer}.",
    )


def _territory_reply(ctx: CheckContext, accepts: str | None, reply: str) -> str | None:
    """On a site that sells across borders (it names no one country), what our record answers a territory argument with:
    where the right is registered, and that the site accepts registrations from there; counsel answers the rest. None
    otherwise (a site's own country is set against our record elsewhere)."""
    from assistant.domain.appeals.territory import site_territory

    places = list(ctx.complaint.ip_right.places_of_registration)
    if site_territory(ctx.complaint) is not None or not places or not accepts:
        return None
    return (f"The seller argues that our right has no effect in another country; the complaint rests on our registration in "
            f"{', '.join(places)}. {accepts} Our counsel will answer the argument as to other countries.")


def _prior_use_known(ctx: CheckContext, words: tuple[str, ...] = ()) -> str:
    """What our record and the seller's files say of a prior-use right: the day its use must predate, the seller's own date
    for its use and the date each of its files gives, each against that day (as written: a month or a part of a year is never
    made a day), and whether any file could show it (an office's notice about a request against the right cannot)."""
    from assistant.domain.appeals.prior_art import publication, stated_filing_date
    from assistant.domain.appeals.said_periods import SaidPeriod, said_period

    right = ctx.complaint.ip_right
    day = right.priority_date or right.filing_date or stated_filing_date(ctx.complaint.statement)
    before = (f" Its use would have to predate our right's filing date ({day.isoformat()})." if day
              else " Its use would have to predate our right's filing date (not in our record: add it from our certificate).")
    said = said_period(words, OurNames.of(ctx.complaint)) if day else None
    if said is not None:
        before += _dated_against("The seller dates its use", said, day, "on its word alone")
    files = [(i, doc) for i, doc, _ in ctx.attachments if not _INVALIDATION_DOC_RE.search(normalize_text(f"{doc.name} {doc.text or ''}"))]
    for index, doc in files if day else []:
        shown = publication(doc.text)
        if shown is not None:
            before += _dated_against(f"Attachment #{index} is dated", SaidPeriod.given(shown.quoted, shown.value, shown.precision), day,
                                     "as that file gives it (not verified)")
    given = (" The seller gives no evidence of it: no document shows when or how it made or used the product." if not files
             else " Whether a file the seller gave shows that use, and its date, is for legal to read.")
    return before + given


def _dated_against(what: str, said, day, basis: str) -> str:
    """A date as the seller or its file gives it, against our filing date: before or after only when the whole of what it
    can mean is; else which came first cannot be told from it."""
    quoted, order = escape_untrusted(said.quoted), said.against(day)
    if order < 0:
        return f" {what} '{quoted}': that is before our right's filing date ({day.isoformat()}), {basis}."
    if order > 0:
        return f" {what} '{quoted}': that is after our right's filing date ({day.isoformat()}), so by that date the use did not come first."
    return (f" {what} '{quoted}', and our right's filing date ({day.isoformat()}) falls within it: we cannot tell from "
            f"{said.undecided()} which came first. Ask the seller for the exact day, with proof.")


# What a trademark certificate says of the goods it covers: its classes ('第20类', 'Class 11', 'clase 9', 'Kelas 11') and,
# on a Chinese certificate, the goods approved ('核定使用商品（第20类）：家具；镜子').
_CLASSES_RE = re.compile(r"第\s*(\d{1,2})\s*类|\b(?:class(?:es)?|clase|classe|kelas|klasse)\s*:?\s*(\d{1,2})\b", re.IGNORECASE)
_GOODS_RE = re.compile(r"(?:核定使用商品|商品/服务|goods(?: and services)?|productos|prodotti|barang(?:/jasa)?)[^:：\n]{0,12}[:：]\s*([^\n]{2,80})", re.IGNORECASE)

_REG_NUMBER_RE = re.compile(r"第\s*(\d{5,})\s*号|\b(?:registration|reg\.|registro|pendaftaran|eintragung)\s*(?:no\.?|number|n[º°o]\.?|nr\.?|nomor)?\s*[:：]?\s*"
                            r"([A-Z0-9][A-Z0-9./-]{4,})", re.IGNORECASE)


def application_papers(ctx: CheckContext) -> list[Finding]:
    """Each paper the seller gives for a registration of its own that is only an application (office_papers): said so,
    with its number and filing day and, when it says so itself, its own words; and each that is a company's own
    registration (a register extract, a business licence), which is no registration of a mark."""
    from assistant.domain.appeals.office_papers import application_only, company_register

    out = []
    for index, doc, _ in ctx.attachments:
        company = company_register(doc.text)
        if company:
            out.append(_company_paper(index, company))
            continue
        found = application_only(doc.text)
        if found is None:
            continue
        number = f"application no. {escape_untrusted(found.number)}" if found.number else "an application number"
        filed = (f", filed {found.filed.isoformat()}" + ("" if found.filed_written == found.filed.isoformat() else f" ('{escape_untrusted(found.filed_written)}')")
                 if found.filed else "")
        itself = f"; it says so itself: '{escape_untrusted(found.words)}'" if _says_not_registered(found.words) else ""
        out.append(Finding(
            code="application_not_registration", severity=Severity.SUSPICIOUS, ground=AppealGround.OTHER, attachment=index,
            message=f"Attachment #{index} is an application, not a registration ({number}{filed}){itself}. The seller offers it as a "
            "registration of its own; an application gives no right to use the mark, and only the office decides whether it is registered.",
            reply=f"The document the seller gives for a registration of its own (attachment #{index}) is an application, not a registration "
            f"({number}{filed}){itself}. An application gives no right to use the mark.",
        ))
    return out


def _company_paper(index: int, heading: str) -> Finding:
    """A company's registration given for a registration of a mark: what it is, in its own heading's words."""
    said = escape_untrusted(heading)[:120]
    return Finding(
        code="company_paper_not_right", severity=Severity.SUSPICIOUS, ground=AppealGround.OTHER, attachment=index,
        message=f"Attachment #{index} is the registration of a company ('{said}'), not a trademark registration: it shows that a company "
        "is registered, not that it holds any mark, and its numbers (registration, VAT, tax) are the company's. The seller offers it "
        "as a registration of its own: ask for the office's certificate of the mark.",
        reply=f"The document the seller gives for a registration of its own (attachment #{index}) is the registration of a company "
        f"('{said}'), not a trademark registration.",
    )


def _says_not_registered(words: str) -> bool:
    from assistant.domain.appeals.office_papers import _NOT_REGISTERED_RE

    return bool(_NOT_REGISTERED_RE.search(normalize_text(words)))


def _applied_reply(applied: list[Finding]) -> str | None:
    """The reply to 'a registration of its own' when the paper given for it is only an application, or a company's own
    registration."""
    if not applied:
        return None
    shown = []
    for code, what in (("application_not_registration", "only an application"),
                       ("company_paper_not_right", "the registration of a company, not of a trademark")):
        files = ", ".join(f"#{f.attachment}" for f in applied if f.code == code)
        shown += [f"{what} (attachment {files})"] if files else []
    return (f"The seller says it holds a registration of its own for the mark, but shows {' and '.join(shown)}; "
            "our counsel will answer any registration it shows.")


def _own_registration_known(ctx: CheckContext) -> tuple[str, int | None]:
    """Our registration's classes and places (our record), then what the seller's certificate gives (its classes, goods
    and number, read from its text) with the certificate's number; what decides is set out by the rule: these are the
    facts to weigh."""
    right = ctx.complaint.ip_right
    classes = ", ".join(str(c) for c in right.classes) or "none recorded"
    ours = (f" Our record: registration {right.registration_number or '(no number recorded)'}, classes {classes}, registered in "
            f"{', '.join(right.places_of_registration) or 'no place recorded'}.")
    for index, doc, _ in ctx.attachments:
        text = doc.text or ""
        found = sorted({int(a or b) for a, b in _CLASSES_RE.findall(text)})
        if not found:
            continue
        goods, number = _GOODS_RE.search(text), _REG_NUMBER_RE.search(text)
        numbered = f" (registration {next(g for g in number.groups() if g)})" if number else ""
        shared = sorted(set(found) & set(right.classes))
        same = (f"; class {', '.join(map(str, shared))} is also one of ours, so whether its goods are the reported product's decides"
                if shared else "; none of them is one of ours")
        listed = f" (goods: '{escape_untrusted(goods.group(1).strip())}')" if goods else ""
        if _is_application(doc.text):
            numbered = " (an application, not a registration)"
        return f"{ours} Attachment #{index}{numbered} gives class {', '.join(map(str, found))}{listed}{same}.", index
    return ours + " None of the seller's files is a certificate of a mark we could read: ask for it (its number, classes and goods, owner and dates).", None


# A seller's application for a patent or design of its own: what it is and what it needs, said of a patent, not of a mark.
_PATENT_APPLICATION_READ = "the seller has applied for a patent or design of its own: an application, not a grant"
_PATENT_APPLICATION_RULE = "own_patent_application"


def _rule_and_reading(ctx: CheckContext, kind: str, rules: dict) -> tuple[dict, str]:
    """A named legal argument's rule (appeal_evidence.yaml, legal_arguments) and our reading of it: the seller's own
    application against a patent is an application for a patent or design, not for a mark."""
    if kind == "own_application" and ctx.complaint.ip_right.ip_type is IPType.PATENT:
        return rules.get(_PATENT_APPLICATION_RULE, {}), _PATENT_APPLICATION_READ
    return rules.get(kind, {}), _READS[kind]


# An application's number as a seller writes it ('申请号202530999888.1', 'application no. 202530777666.2', 'Anmeldung Nr. 40 2025').
_APPLICATION_NUMBER_RE = re.compile(r"(?:申请号|申请编号|application (?:no\.?|number)|anmeldung(?:snummer| nr\.?)|solicitud (?:n[º°o]\.?|número)"
                                    r"|domanda (?:n\.?|numero))\s*[:：]?\s*(?P<number>[A-Z]{0,2}\d[\d .]{5,}[\dX])", re.IGNORECASE)


def _own_patent_application_known(ctx: CheckContext, words: tuple[str, ...]) -> tuple[str, int | None]:
    """Against a patent: our granted right (our record) and the seller's application by its number as written: an application
    is no grant, and a right of the seller's own, even granted, does not let it make what falls within ours."""
    right = ctx.complaint.ip_right
    number = next((m.group("number").strip() for s in words for m in [_APPLICATION_NUMBER_RE.search(s)] if m), None)
    theirs = f"its application '{escape_untrusted(number)}' (as the seller writes it)" if number else "its application (it gives no number)"
    kind = {"design": "design patent", "utility_model": "utility model"}.get(right.patent_kind or "", "patent")
    return (f" Our record: {kind} {right.registration_number or right.name}, granted. The seller names {theirs}; a patent or design of "
            "its own, even once granted, would give it no right to make or sell what falls within ours."), None


def _own_application_known(ctx: CheckContext, words: tuple[str, ...] = ()) -> tuple[str, int | None]:
    """Our registration's classes (our record), then the office's receipt the seller gives for its application: its
    classes against ours. No receipt is said as none given, never as a certificate missing. Against a patent, the
    application is one for a patent or design (_own_patent_application_known)."""
    if ctx.complaint.ip_right.ip_type is IPType.PATENT:
        return _own_patent_application_known(ctx, words)
    right = ctx.complaint.ip_right
    classes = ", ".join(str(c) for c in right.classes) or "none recorded"
    ours = f" Our record: registration {right.registration_number or '(no number recorded)'}, classes {classes}."
    for index, doc, kind in ctx.attachments:
        if kind is not AttachmentKind.APPLICATION_RECEIPT and not _is_application(doc.text):
            continue
        found = sorted({int(a or b) for a, b in _CLASSES_RE.findall(doc.text or "")})
        shared = sorted(set(found) & set(right.classes))
        given = (f" it gives class {', '.join(map(str, found))}" + (f"; class {', '.join(map(str, shared))} is also one of ours" if shared
                 else f"; {'it is not' if len(found) == 1 else 'none of them is'} one of ours") + "." if found else " it gives no class we could read.")
        return f"{ours} Attachment #{index} is the office's receipt for the application (an application, not a registration):{given}", index
    return ours + " The seller gives no receipt for it: ask for the office's receipt (its number, applicant, classes, goods and filing date).", None


def _is_application(text: str | None) -> bool:
    from assistant.domain.appeals.office_papers import application_only

    return application_only(text) is not None


# Other names a seller gives the places our record names ('China' for Mainland China, 'the EU'); an EU registration has
# effect in every member state, so a member state the seller names is a place our EU record registers the right in.
_PLACE_NAMES = {"mainland china": r"mainland china|china|prc|中国大陆|中国|大陆|内地",
                "eu": r"european union|\beu\b|\bue\b|欧盟|uni[oó]n europea|unione europea|europäische union|(?<!\w)(?:" + ANY_MEMBER_STATE + r")(?!\w)"}
# A denial that the right holds somewhere: 'not registered in China', '未在中国注册' (not 'not valid outside China').
_DENIAL_RE = (r"(?:\bnot\b|\bno\b|n't|\bnever\b|\bwithout\b|\btidak\b|\bbelum\b|\btak\b|\bnon\b|\bnicht\b|\bkein\w*|\bnie\b"
              r"|未|没有|没|不|无)")
# The same said after the place, as German says it ('in Deutschland gar nicht eingetragen').
_DENIAL_AFTER_RE = re.compile(r"\s*(?:(?:gar|überhaupt|auch|leider|doch|bisher|noch)\s+){0,2}(?:nicht|kein\w*)\b")


def denied_place(sentence: str, places: list[str]) -> tuple[str, str] | None:
    """(the place as the seller writes it, the place in our record) where the seller says the right does not hold but
    our record registers it, or None. A place is our record's by its name ('China' for 'Mainland China'), or by the
    country an entry covers however it is written ('Spain' for 'EP (validated in ES, DE, FR, SE)', territory.place_codes)."""
    from assistant.domain.appeals.territory import countries_in, recorded_place_covering

    norm = normalize_text(sentence)
    for place in places:
        name = _PLACE_NAMES.get(normalize_text(place), re.escape(normalize_text(place)))
        for found in re.finditer(name, norm):
            if _denied_at(norm, found.start(), found.end()):
                return _as_said(sentence, found.group(0)), place
    for start, end, code in countries_in(norm):
        place = recorded_place_covering(places, code)
        if place and _denied_at(norm, start, end):
            return _as_said(sentence, norm[start:end]), place
    return None


def _denied_at(norm: str, start: int, end: int) -> bool:
    """Whether the place at norm[start:end] is said not to hold the right ('not registered in X', 'in X nicht eingetragen')."""
    before = norm[max(0, start - 40):start]
    gap = re.search(_DENIAL_RE + r"(?P<gap>[^.;:。；]*)$", before)
    denied_before = bool(gap) and not re.search(r"outside|beyond|except|only|之外|以外|仅", gap.group("gap"))
    return bool(denied_before or re.match(r"[\u4e00-\u9fff]{0,6}(?:未|没有|没|不|无)", norm[end:end + 8]) or _DENIAL_AFTER_RE.match(norm, end))


def _as_said(sentence: str, found: str) -> str:
    written = re.search(re.escape(found), sentence, flags=re.IGNORECASE)
    return written.group(0) if written else found


def _covers(said: str, place: str) -> tuple[str, str | None]:
    """How our record's place covers the place the seller names: (what to say, the EU member state when it is one an EU
    right covers)."""
    from assistant.domain.appeals.licence_scope import country_name
    from assistant.domain.appeals.territory import countries_in, is_eu_entry

    state = member_state(normalize_text(said)) if is_eu_entry(place) else None
    if state:
        return f"registered in the EU, and an EU registration has effect in every member state: it covers {state}", state
    named = countries_in(normalize_text(said))
    if not named or normalize_text(said) in normalize_text(place) or normalize_text(place) in _PLACE_NAMES:
        return f"registered in {place}", None
    return f"in force in {country_name(named[0][2])}", None


def _territory_against_record(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """The seller's 'not registered there' set against our record, which registers the right there: both said."""
    right = ctx.complaint.ip_right
    out = []
    for sentence in reading.legal_kinds.get("territory", ()):
        denied = denied_place(sentence, list(right.places_of_registration))
        if not denied:
            return []  # one territory sentence our record does not answer: legal answers them all
        said, place = denied
        number = f" (registration {right.registration_number})" if right.registration_number else ""
        covers, state = _covers(said, place)
        out.append(Finding(
            code="territory_contradicted", severity=Severity.SUSPICIOUS, ground=AppealGround.OTHER, basis=Basis.OUR_RECORD,
            message=f"The seller says the right is not registered or has no effect in '{escape_untrusted(said)}' (its words are quoted "
            f"with its grounds); our record gives the right's places of registration as {', '.join(right.places_of_registration)}"
            f"{number}, so it is {covers}.",
            reply=(f"Our right is registered in the EU{number}; an EU registration has effect in every member state, so it covers {state}."
                   if state else f"Our right{number} is {covers}: our record gives it as '{place}'." if covers.startswith("in force")
                   else f"Our right is {covers}{number}."),
        ))
    return out


# A trademark register's record as a search printout gives it (MyIPO, PDKI, TMview, the CNIPA's): its labelled fields, in
# the languages read. The holder and the mark must both be there for a file to be read as one.
_REGISTER_FIELDS = {
    "number": r"application no\.?|application number|registration no\.?|nomor permohonan|no\.? permohonan|nombor permohonan|n[úu]mero de solicitud|申请号|注册号",
    "mark": r"mark|trade ?mark|merek|cap dagangan|marca|marchio|marke|商标",
    "holder": r"proprietor|owner|holder|applicant|pemilik|pemohon|pemunya|titular|titolare|inhaber|申请人|注册人|权利人",
    "class": r"class(?:es)?|kelas|clase|classe|klasse|类别|国际分类",
    "status": r"status|estado|stato|状态|法律状态",
}
_REGISTER_LINE_RE = {what: re.compile(rf"^\s*(?:{labels})\s*[:：]\s*(?P<value>[^\n]{{1,100}}?)\s*$", re.IGNORECASE | re.MULTILINE)
                     for what, labels in _REGISTER_FIELDS.items()}


def register_records(ctx: CheckContext) -> list[Finding]:
    """What a trademark register search the seller attaches lists (MyIPO, PDKI ...): each record's fields as written,
    and whether the holder it names is the owner in our record. A search shows what it found, not that no right of ours
    exists; a third party's record of the mark where the listing sells is for legal to see."""
    out = []
    for index, doc, kind in ctx.attachments:
        fields = {what: found.group("value") for what, rule in _REGISTER_LINE_RE.items() if (found := rule.search(doc.text or ""))}
        if "holder" not in fields or "mark" not in fields:
            continue
        receipt = kind is AttachmentKind.APPLICATION_RECEIPT  # on a filing's receipt, the holder is the applicant
        listed = "; ".join(f"{'applicant' if receipt and what == 'holder' else what} '{escape_untrusted(value)}'" for what, value in fields.items())
        ours = any(names_in(fields["holder"], owner) or names_in(owner, fields["holder"]) for owner in ctx.owners)
        if receipt:  # an office's receipt for a filing: nobody holds a mark on it
            out.append(_application_receipt(index, listed, ours, ctx.owners))
            continue
        whose = ("the holder it names is the owner in our record" if ours else
                 f"the holder it names is not the owner in our record ({' or '.join(ctx.owners) or 'none recorded'}): on this search "
                 "a third party holds the mark there, which legal needs to see before we answer")
        out.append(Finding(
            code="register_search_record", severity=Severity.INFO, ground=AppealGround.OTHER, basis=Basis.DOCUMENT_SHOWS, attachment=index,
            message=f"Attachment #{index} is a trademark register search; it lists {listed}: {whose}. A search shows only what it "
            "found under its own terms, not that no right of ours exists.",
        ))
    return out


def _application_receipt(index: int, listed: str, ours: bool, owners: list[str] | tuple[str, ...]) -> Finding:
    """What an office's receipt for a trademark application shows: that someone applied, on its day and for its classes.
    An application is not a registration: it gives no registered right until the office grants it (it may refuse it)."""
    whose = ("the applicant it names is the owner in our record" if ours else
             f"the applicant it names is not the owner in our record ({' or '.join(owners) or 'none recorded'}); legal needs to see it")
    return Finding(
        code="application_receipt_record", severity=Severity.INFO, ground=AppealGround.OTHER, basis=Basis.DOCUMENT_SHOWS, attachment=index,
        message=f"Attachment #{index} is an office's receipt for a trademark application, not a registration; it lists {listed}: "
        f"{whose}. It shows only that the application was filed: no mark is registered on it until the office grants it.",
    )


def _judged_as_legal(ctx: CheckContext, reading: GroundReading, assessment: GroundAssessment) -> GroundAssessment:
    contradicted = _territory_against_record(ctx, reading) if "territory" in reading.legal_kinds else []
    # A register search matters to a territory point; an application receipt is said for what it is whatever the point.
    records = [f for f in register_records(ctx) if "territory" in reading.legal_kinds or f.code == "application_receipt_record"]
    points = [p for p in _legal_points(ctx, reading) if not (contradicted and p.code == "territory_claim")]
    answered = contradicted + [p for p in points if p.code == "classes_contradicted"]
    kinds = ({"territory"} if contradicted else set()) | ({"classes"} if len(answered) > len(contradicted) else set())
    said = {s for kind in kinds for s in reading.legal_kinds.get(kind, ())}
    if (answered and set(reading.legal_kinds) == kinds and not reading.own_photos_claim
            and set(reading.words.get(AppealGround.OTHER, ())) <= said):
        # Our record settles the seller's only legal arguments: answered from the record, not sent to legal.
        attached = sorted(set(assessment.attachments) | {f.attachment for f in records if f.attachment})
        return assessment.model_copy(update={"status": GroundStatus.CONTRADICTED, "findings": answered + records, "attachments": attached})
    # Beside other legal arguments, a point our record answers is said from the record; legal answers the rest.
    points = points + contradicted + records
    if not points:
        return assessment
    attached = sorted(set(assessment.attachments) | {f.attachment for f in points if f.attachment})
    return assessment.model_copy(update={"findings": list(assessment.findings) + points, "attachments": attached})


def judge(ctx: CheckContext, reading: GroundReading, assessments: list[GroundAssessment]) -> list[GroundAssessment]:
    """The assessments of the evidence standard, with the grounds it does not measure added or judged by their own
    yardstick, in the grounds' order."""
    judged = {AppealGround.PURCHASE_INVOICE: lambda a: _judged_as_purchase(ctx, a),
              AppealGround.OTHER: lambda a: _judged_as_legal(ctx, reading, a)}
    out = [judged[a.ground](a) if a.ground in judged else a for a in assessments]
    if AppealGround.NO_CONTEST in reading.grounds and not any(a.ground is AppealGround.NO_CONTEST for a in out):
        out.append(check_no_contest(ctx))
    flag_other_products(ctx, out)  # papers about another product than a patent's or a work's (other_product.py)
    order = list(AppealGround)
    out = sorted(out, key=lambda a: order.index(a.ground))
    said = said_of_the_appeal(ctx, reading)
    purchase = next((i for i, a in enumerate(out) if a.ground is AppealGround.PURCHASE_INVOICE), None)
    admitted = [f for f in said if f.code == "no_supply_chain_admitted"]
    if purchase is not None and admitted:
        # The purchase ground answered by the seller's own words: no genuine source, not an invoice that is only missing.
        said = [f for f in said if f not in admitted]
        out[purchase] = _answered_by_admission(out[purchase], admitted[0])
    if said and out:
        out[0] = out[0].model_copy(update={"findings": list(out[0].findings) + said})
    return out


# A listing named by its place in the complaint ('the first link', '第一个链接', 'el segundo anuncio', 'link 2').
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "一": 1, "二": 2, "三": 3, "primer": 1, "primero": 1,
             "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "primo": 1, "prima": 1, "secondo": 2, "seconda": 2,
             "terzo": 3, "erste": 1, "ersten": 1, "erster": 1, "zweite": 2, "zweiten": 2, "dritte": 3, "dritten": 3, "pertama": 1,
             "kedua": 2, "ketiga": 3, "1": 1, "2": 2, "3": 3}
_ORDINAL_LISTING_RE = re.compile(
    r"\b(first|1st|second|2nd|third|3rd|primer[oa]?|segund[oa]|tercer[oa]?|prim[oa]|second[oa]|terzo|erste[nr]?|zweiten?|dritten?)\s+"
    r"(link|listing|item|product|one|enlace|anuncio|producto|annuncio|prodotto|angebot|artikel)s?\b"
    r"|\b(link|listing|item|enlace|anuncio|annuncio|angebot|pautan)\s*(?:no\.?\s*|#\s*)?([123])\b"
    r"|\b(pautan|senarai|produk)\s+(pertama|kedua|ketiga)\b|第([一二三123])个?(链接|商品|宝贝|产品)|链接([一二三123])"
)


def listings_by_place(listings: list, text: str) -> list[str]:
    """The reported listings a text names by their place in the complaint ('the first link', '第一个链接'), as links."""
    places, rest = first_run(text)  # 'the first two listings', '2 produk pertama', '前两个链接'
    for match in _ORDINAL_LISTING_RE.finditer(rest):
        word = next(g for g in (match.group(1), match.group(4), match.group(6), match.group(7), match.group(9)) if g)
        places.add(_ORDINALS.get(word.lower(), 0))
    return [listing.url for n, listing in enumerate(listings, start=1) if n in places]


def listings_named(listings: list, text: str, removal: str = "") -> tuple[list[str], list[str]]:
    """(the reported listings the seller's text names, by their item number or their own site address, and the others),
    each as its link; ([], []) when the text names none, or the complaint has one listing. With none named so, the ones
    the ``removal`` sentences name by their place in the complaint ('第一个链接我们已经下架了')."""
    if len(listings) < 2 or not text:
        return [], []
    by_place = listings_by_place(listings, removal) if removal else []
    lowered = text.lower()
    hosts = [re.sub(r"^https?://", "", listing.url.lower()).split("/")[0] for listing in listings]
    named, unnamed = [], []
    for listing, host in zip(listings, hosts):
        number = listing.listing_id or next(iter(re.findall(r"\d{8,}", listing.url)), None)
        by_host = hosts.count(host) == 1 and re.search(rf"(?<![\w.]){re.escape(host.removeprefix('www.'))}", lowered)
        (named if (number and number in lowered) or by_host else unnamed).append(listing.url)
    if not named and by_place:
        return by_place, [listing.url for listing in listings if listing.url not in by_place]
    return (named, unnamed) if named else ([], [])


def _answered_by_admission(assessment: GroundAssessment, admission: Finding) -> GroundAssessment:
    """A purchase whose source the seller itself admits is no genuine one: that admission is the point the reply makes
    (the counter-notice shows it), in place of asking for the invoice it did not attach."""
    point = admission.model_copy(update={"severity": Severity.MISSING, "basis": Basis.DOCUMENT_SHOWS, "ground": AppealGround.PURCHASE_INVOICE})
    kept = [f for f in assessment.findings if f.code != "no_document"]
    status = GroundStatus.FALLS_SHORT if assessment.status is not GroundStatus.CONTRADICTED else assessment.status
    return assessment.model_copy(update={"findings": kept + [point], "status": status})


def _partial_contest(ctx: CheckContext, reading: GroundReading, removed: list[str]) -> Finding | None:
    """The seller's contest limited to the listings its other sentences name by their place, the ones its take-down names
    said to be down (contested_listings.py); None when it names no such split."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import removal_said

    listings = ctx.complaint.listings
    said = sentences(ctx.counter_notice)
    taken = [s for s in said if removal_said(s) or any(r.strip() and (r.strip() in s or s.strip() in r) for r in reading.removed)]
    argued = [s for s in said if s not in taken and listings_by_place(listings, s)]
    contested = listings_by_place(listings, " ".join(argued))
    return partial_contest(listings, removed, contested)


def said_of_the_appeal(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """What the seller says beside its grounds that is no ground itself: a take-down beside a contest (a fact to verify,
    never a concession), and an admission that the goods have no genuine source (admissions.py)."""
    from assistant.domain.appeals.listing_changes import part_removed

    out = []
    # Some goods or variants taken out of a listing that stays up are no take-down: said as that (_conceded_part).
    reading = dataclasses.replace(reading, removed=tuple(s for s in reading.removed if not part_removed(s)))
    which = "the reported listing is" if len(ctx.complaint.listings) == 1 else "the reported listings are"
    named, unnamed = listings_named(ctx.complaint.listings, ctx.counter_notice, " ".join(reading.removed))
    contest = _partial_contest(ctx, reading, named) if reading.removed else None
    checked = f"That {which} offline is not verified: check the site."
    if named and unnamed:  # one of several listings named: which one, and that the others are not said to be down
        others = "the other listing" if len(unnamed) == 1 else "the other listings"
        offline = "it is" if len(named) == 1 else "they are"
        checked = (f"It names only {', '.join(named)}: that {offline} offline is not verified, and {others} ({', '.join(unnamed)}) "
                   f"{'is' if len(unnamed) == 1 else 'are'} not said to be taken down. Check the site for every listing.")
    pictures = _pictures_changed(ctx)
    # Pictures deleted from a listing that stays online are said as that (photos_change_said), never as a take-down; against
    # our photos, what the seller took down is its listing, not 'the goods'.
    if reading.removed and not pictures:
        taken = "taken the listing down" if ctx.complaint.reason in PHOTO_REASONS else "taken the goods down"
        out.append(Finding(
            code="removal_said", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
            message=f"The seller also says it has {taken} (its words are quoted below), but it contests the complaint: "
            f"a take-down does not answer it, and the grounds above are answered. {checked}",
        ))
        out += removal_contradicted(ctx, None) + ([contest] if contest else [])
    # A seller that gives up by changing the title is checked on the site by its concession (check_no_contest), never told
    # 'consider closing the complaint' beside 'keep the complaint'.
    titled = [] if AppealGround.NO_CONTEST in reading.grounds else _title_changed(ctx)
    out += _pressure(ctx, reading) + titled + pictures + _ignorance(ctx) + _announced(ctx) + _genuine_by_feature(ctx)
    out += _our_filing_said(ctx) + _genuineness_doubted(ctx) + _conceded_part(ctx, reading) + _genuine_alone(ctx, reading) + _part_admitted(ctx)
    kinds = [admitted_source(normalize_text(s)) for s in reading.admitted]
    if kinds:
        where = " and ".join(dict.fromkeys(ADMISSION_WORDS[k] for k in kinds if k))
        out.append(Finding(
            code="no_supply_chain_admitted", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
            message=f"The seller itself says it got the goods {where} (its words are quoted below): by its own account there is no "
            "supply chain back to the owner. This is an admission, not a purchase ground that lacks only its invoice.",
            reply=f"The seller itself states that it obtained the goods {where}: by its own account they do not come from the owner "
            "or through a supply chain back to it.",
        ))
    return _by_listing(ctx, reading, out)


def _by_listing(ctx: CheckContext, reading: GroundReading, out: list[Finding]) -> list[Finding]:
    """Listings the seller concedes beside one it contests (admitted_listings.py): said, and the concession and contest read
    across those listings are no split within one listing."""
    from assistant.domain.appeals.admitted_listings import conceded_point
    from assistant.domain.appeals.contested_listings import PARTIAL_CONCESSION

    point = conceded_point(ctx.complaint, reading)
    return out if point is None else [f for f in out if f.code != PARTIAL_CONCESSION] + [point]


def _conceded_part(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """One element of the listing conceded (its logo, its image), another contested (its title), or a part of it taken out
    (some of its goods or variants) and the rest contested: both said (contested_listings)."""
    from assistant.domain.appeals.claims import sentences

    said = sentences(ctx.counter_notice)
    contested = AppealGround.NO_CONTEST not in reading.grounds
    return [found for found in (partial_concession(said), part_removed_from_listing(said, contested)) if found]


GENUINENESS_DOUBTED = "genuineness_doubted"
PART_ADMITTED = "part_admitted"


def _part_admitted(ctx: CheckContext) -> list[Finding]:
    """The seller's own admission of part of what we complain of ('two of the photos' like ours, '另外两张场景图' downloaded from the
    internet: admissions.admitted_part), with that part as it writes it: an admission of part, whatever it contests besides;
    what it says it removed is for us to check on the listing."""
    from assistant.domain.appeals.admissions import admitted_part
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import removal_said

    said = [(part, removal_said(s)) for s in sentences(ctx.counter_notice) for part in [admitted_part(s)] if part]
    if not said:
        return []
    parts = "', '".join(escape_untrusted(part) for part, _ in dict.fromkeys(said))
    removed = (f" It says it has taken that part out: check that '{parts}' is gone from the listing, and save a dated screenshot."
               if any(r for _, r in said) else " Check the listing for that part, and save a dated screenshot.")
    return [Finding(
        code=PART_ADMITTED, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
        message=f"The seller itself admits part of what we complain of: '{parts}' (its words, quoted below, say how: like our work, or "
        f"copied or downloaded). That is an admission of part, not a give-up: it contests the rest, which the grounds above answer.{removed}",
        reply=f"The seller itself admits part of what we complain of ('{parts}'); it contests only the rest.",
    )]


def _genuineness_doubted(ctx: CheckContext) -> list[Finding]:
    """The seller's own doubt that its goods are genuine (admissions.doubts_genuineness), said with its words: an
    admission against its grounds, which the reply states and the recommendation weighs (never accepted on papers alone)."""
    from assistant.domain.appeals.claims import sentences

    said = [s.strip() for s in sentences(ctx.counter_notice) if doubts_genuineness(normalize_text(s))]
    if not said:
        return []
    quoted = "; ".join(f"“{escape_untrusted(s)}”" for s in dict.fromkeys(said))
    return [Finding(
        code=GENUINENESS_DOUBTED, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
        message=f"The seller itself is not sure that its goods are genuine (its words: {quoted}): by its own account it cannot vouch "
        "for them, whatever its papers show. This is an admission against its grounds, not a ground of its own.",
        reply="The seller itself states that it is not sure the goods it sells are genuine: by its own account it cannot vouch for "
        "them.",
    )]


def _our_filing_said(ctx: CheckContext) -> list[Finding]:
    """The day the seller gives for our right's filing ('your trademark was only filed on 12 March 2021': ours, date_roles),
    set against our record's filing date when they differ: whatever the seller argues from it is weighed against ours."""
    ours = ctx.complaint.ip_right.filing_date
    said = [d for d in dates_with_roles(ctx.counter_notice, OurNames.of(ctx.complaint)) if d.side is DateSide.OURS and d.role is DateRole.FILED]
    if ours is None or not said or said[0].value == ours:
        return []
    written = f"'{escape_untrusted(said[0].written)}'" + (f" ({said[0].value.isoformat()})" if said[0].written != said[0].value.isoformat() else "")
    return [Finding(
        code="our_date_differs", severity=Severity.INFO, ground=None, basis=Basis.OUR_RECORD,
        message=f"The seller gives {written} as the day our right was filed; our record gives {ours.isoformat()}. Check our "
        "certificate: the seller's dates are weighed against our own filing date, not against the one it gives.",
    )]


def _title_changed(ctx: CheckContext) -> list[Finding]:
    """A title the seller says it changed, set against what our complaint is about (listing_changes.py)."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.listing_changes import image_point, title_change_promised, title_change_said, title_change_shown

    # Said in its letter (quoted below), or in a file of its own ('Título actual del anuncio (modificado el ...)'), quoted here.
    shown = next(((index, said) for index, doc, _ in ctx.attachments for said in [title_change_shown(doc.text)] if said), None)
    promised = title_change_promised(sentences(ctx.counter_notice))
    if title_change_said(sentences(ctx.counter_notice)) is None and shown is None and promised is None:
        return _title_unchanged(ctx)
    ours = image_point(ctx.complaint, sentences)  # the seller's words stand in the quoted block, never in a point of ours
    words = "The seller says it changed the title of the listing (its words are quoted below)."
    only_promised = bool(promised) and title_change_said(sentences(ctx.counter_notice)) is None and shown is None
    if only_promised:
        # 'we will change the title within 24 hours': a promise or an offer, never a change made.
        words = ("The seller offers or promises to change the title of the listing (its words are quoted below): a promise, "
                 "nothing it says is changed yet.")
    if shown and title_change_said(sentences(ctx.counter_notice)) is None:
        words = (f"The seller says it changed the title of the listing: its attachment #{shown[0]} reads '{escape_untrusted(shown[1])}' "
                 "(the seller's file, not verified).")
    if ours:
        message = (f"{words} Our complaint is about our mark in the listing's pictures ('{escape_untrusted(ours)}'): a new title "
                   "does not answer that. Check the current listing: if the picture with our mark is gone too, consider closing the "
                   "complaint; if it is still there, the complaint stands on it.")
    else:
        message = (f"{words} Check the current listing: if our mark is gone from its title and is nowhere else on it, consider closing "
                   "the complaint; if not, the complaint stands.")
    # A promise has its own step: the title looked at again once the time the seller gives has passed (triage._ACTION_BY_CODE).
    code = "title_change_promised" if only_promised else "title_change_said"
    return [Finding(code=code, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED, message=message)]


def _title_unchanged(ctx: CheckContext) -> list[Finding]:
    """A seller's file that says the listing's title was not changed ('标题未修改：…'): its own word that the title stands as
    it was, never a change (listing_changes.title_unchanged_shown)."""
    from assistant.domain.appeals.listing_changes import title_unchanged_shown

    shown = next(((index, said) for index, doc, _ in ctx.attachments for said in [title_unchanged_shown(doc.text)] if said), None)
    if shown is None:
        return []
    return [Finding(
        code="title_unchanged_shown", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED, attachment=shown[0],
        message=f"The seller's attachment #{shown[0]} says the listing's title was not changed: '{escape_untrusted(shown[1])}' (the "
        "seller's file, not verified). Nothing the seller says it changed answers our mark in the title: if the current listing's "
        "title still shows our mark, the complaint stands on it.",
    )]


def _pictures_changed(ctx: CheckContext) -> list[Finding]:
    """Pictures the seller says it changed or partly removed while the listing stays online (listing_changes.py): no
    take-down. Against our photographs, the ones still on the listing keep the complaint standing."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.listing_changes import pictures_change_said

    if pictures_change_said(sentences(ctx.counter_notice)) is None:
        return []
    words = ("The seller says it changed the listing's photos (removed or replaced some of them; its words are quoted below), while the "
             "listing stays online: that is no take-down.")
    if ctx.complaint.ip_right.ip_type is IPType.COPYRIGHT or ctx.complaint.reason in PHOTO_REASONS:
        check = ("Check which of our photos are still on the listing (its other pictures, its description) and maintain the complaint "
                 "for them; save dated screenshots.")
    else:
        check = ("Check the current listing: if it still offers goods under our mark (in its title, description or remaining pictures), "
                 "the complaint stands; save dated screenshots.")
    return [Finding(code="photos_change_said", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED, message=f"{words} {check}")]


def _ignorance(ctx: CheckContext) -> list[Finding]:
    """The seller's plea that it did not know the goods were fake (admissions.py): a concession, never a ground; and a
    penalty on its account it asks to have lifted, which is the platform's to decide."""
    from assistant.domain.appeals.claims import sentences

    said = [normalize_text(s) for s in sentences(ctx.counter_notice)]
    fake, right = any(pleads_ignorance(s) for s in said), any(pleads_ignorance_of_right(s) for s in said)
    if not fake and not right:
        return []
    penalty = (" It also asks for a penalty on its account to be lifted: penalties are the platform's decision, not ours, and the "
               "reply does not take that up." if any(asks_penalty_lifted(s) for s in said) else "")
    what = ("did not know the goods were fake (its words are quoted below): a plea of good faith that concedes the goods may be "
            "counterfeit" if fake else f"did not know the product was protected by our {_right_words(ctx)} (its words are quoted below): "
            "a plea of good faith, no argument against our right")
    return [Finding(
        code="ignorance_plea", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
        message=f"The seller says it {what}. Not knowing does not answer the complaint.{penalty}",
    )]


# The seller says its goods are genuine because of a feature they have, not another ('our logo is laser-etched, not
# screen-printed, so they are genuine', 'logo ... di-laser, bukan sablon, jadi barang asli', '是激光雕刻的，不是丝印，所以是正品'):
# a word for genuine, a feature set against another, and the 'so' that makes one the reason for the other.
_GENUINE_RE = re.compile(r"\b(?:genuine|authentic|original|asli|tulen|ori|aut[ée]ntic\w*|originale?s?|echt\w*)\b|正品|真品|原装")
_CONTRAST_RE = re.compile(r"\b(?:not|bukan|tidak|instead of|rather than|non|nicht|kein\w*|no)\b|而不是|不是|并非")
_SO_RE = re.compile(r"\b(?:so|therefore|hence|thus|which (?:shows|proves)|jadi|maka|oleh itu|oleh karena itu|makanya|por lo tanto|as[ií] que"
                    r"|quindi|dunque|daher|also)\b|所以|因此|可见")


def _genuine_by_feature(ctx: CheckContext) -> list[Finding]:
    """A claim that the goods are genuine because of a feature they have: the seller's word against our comparison."""
    from assistant.domain.appeals.claims import sentences

    said = [s for s in sentences(ctx.counter_notice)
            if all(p.search(normalize_text(s)) for p in (_GENUINE_RE, _CONTRAST_RE, _SO_RE))]
    if not said:
        return []
    return [Finding(
        code="genuine_by_feature_said", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
        message=f"The seller says its goods are genuine because of a feature they have ('{escape_untrusted(_feature_words(said[0]))}'; its "
        "words are quoted below). Set it "
        "against our comparison of the listed goods with the genuine product: the seller's word alone settles nothing. Ask for clear "
        "photos of the goods it sells showing that feature, or make a test purchase.",
    )]


def _genuine_alone(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """A bare claim that the goods are genuine ('These pliers are genuine.', '我们卖的钳子是正品'), with no ground beside it: its
    own claim, the seller's word and not verified, never a purchase (a purchase names where the goods were got). Said as
    a fact only (its negated and hedged clauses aside: unsure_words); against photos or a work, 'original' is the seller's
    creation, read apart (own_creation)."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.unsure_words import firm_part

    if set(reading.grounds) - {AppealGround.OTHER} or reading.legal_kinds or ctx.complaint.ip_right.ip_type is IPType.COPYRIGHT:
        return []
    said = [s for s in sentences(ctx.counter_notice) if _GENUINE_RE.search(firm_part(normalize_text(s)))
            and not (_CONTRAST_RE.search(normalize_text(s)) and _SO_RE.search(normalize_text(s)))]
    if not said:
        return []
    return [Finding(
        code=GENUINE_SAID, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
        message="The seller says its goods are genuine (its words are quoted below), and names no source, no purchase and no paper "
        "that shows it: its word alone, not verified. Genuine goods are shown by an invoice or purchase contract that traces them "
        "to the owner, or by the owner's licence: ask the seller for one.",
        reply="The seller says its goods are genuine but shows nothing that supports it: no invoice or purchase contract that "
        "traces them to the owner, and no licence.",
    )]


GENUINE_SAID = "genuine_said"


def _feature_words(sentence: str) -> str:
    """The feature the seller sets against another, as written: a few words before the contrast and the rest of its clause
    ('laser-engraved, not screen-printed'), never the whole sentence (the seller's words stay in the quoted block)."""
    contrast = re.search(_CONTRAST_RE.pattern, sentence, re.IGNORECASE)
    if contrast is None:
        return ""
    before = re.findall(r"\S+\s*,?\s*$|\S+\s+", sentence[: contrast.start()])
    start = contrast.start() - sum(len(w) for w in before[-3:])
    end = re.search(r"[,.;，。；]|$", sentence[contrast.end():]).start() + contrast.end()
    return sentence[start:end].strip()


def _right_words(ctx: CheckContext) -> str:
    kind = getattr(ctx.complaint.ip_right.ip_type, "value", ctx.complaint.ip_right.ip_type)
    return {"patent": "patent", "trademark": "trade mark", "copyright": "copyright"}.get(str(kind), "right")


def _announced(ctx: CheckContext) -> list[Finding]:
    """Another product the seller says it will sell from now on (changed_product.future_product_said): not the listed one."""
    from assistant.domain.appeals.changed_product import future_product_said, future_product_words
    from assistant.domain.appeals.claims import sentences

    said = [s for s in sentences(ctx.counter_notice) if future_product_said(s)]
    if not said:
        return []
    what = ", ".join(f"'{escape_untrusted(w)}'" for w in future_product_words(said[0]))
    return [Finding(
        code="future_product_said", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
        message=f"The seller announces another product it will sell from now on ({what}; its words are quoted below): that is not "
        "the listed product and answers nothing in the complaint. Watch the seller's listings for it, and compare it with our right "
        "when it appears.",
    )]


def _pressure(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """A threat of legal action or of a report to the police, or the complaint called malicious (threats.py): for legal,
    never argued in the reply; and scorn for our brand with nothing for it, a note (no ground)."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.threats import brand_scorned, pressure_said, threat_deadline

    said_here = sentences(ctx.counter_notice)
    what, _ = pressure_said(said_here)
    out = []
    if what:
        said = what[0] if len(what) == 1 else ", ".join(what[:-1]) + " and " + what[-1]
        # Our standing with the platform is at stake when the seller goes to it, or calls the complaint an abuse.
        platform = any("platform" in w or "malicious" in w for w in what)
        weigh = ", who weigh it for our standing with the platform (the good faith our complaints are judged by)" if platform else ""
        # An ultimatum's date is the seller's, never the platform's deadline for our reply: said as such.
        deadline = threat_deadline(said_here)
        until = (f", with a deadline of its own ('{escape_untrusted(deadline)}', as it writes it: the seller's date, not the platform's "
                 "deadline for our reply)") if deadline else ""
        out.append(Finding(
            code="threat_for_legal", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
            message=f"The seller {said}{until} (its words are quoted below). A point for our legal team{weigh}; it is no ground, and the "
            "reply to the platform does not argue it.",
        ))
    if brand_scorned(said_here) and not reading.legal_argument:
        out.append(Finding(
            code="brand_disputed", severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
            message="The seller disputes our brand (its words are quoted below), but gives nothing for it: no registration of its own, "
            "no earlier use, no document. It is no ground; our right stands as our record gives it.",
        ))
    return out


__all__ = ["PHOTO_REASONS", "case_numbers", "check_no_contest", "judge", "purchase_answers", "said_of_the_appeal", "unbranded_marking"]
