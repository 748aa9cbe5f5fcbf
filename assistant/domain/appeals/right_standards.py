"""Each kind of right judged by its own standard, and each purchase paper by what its kind of paper can show.

The platform's published standard (knowledge/rules/appeal_evidence.yaml) is Alibaba.com's for trademark appeals: an
invoice or contract signed or sealed by both parties, a licence, or a chain back to the owner. Three things it does
not say, which decide whether a strong, honest appeal is recognised as one:

- Goods bought from the rights holder itself are genuine by definition: the question is whether we made that sale,
  which our own sales records answer, better than both parties' seals on the invoice (not asked then). The guide's
  age and quantity (about six months, over 20 pieces) still apply: it asks them of papers from the brand too.
- A paper is judged only on what its kind of paper holds: a bank's remittance advice holds a day, an amount and the
  two parties, never a quantity, the brand or a second signature; a shop's till receipt ('ticket') is never signed by
  both parties. Goods bought at a shop are resale of goods the shop sold: checked (a test buy), not rejected.
- A patent is not a trademark (knowledge/rules/appeal_evidence.yaml, patent): what answers a patent complaint is the
  product's features against the claims, the patent's validity, or a licence from its owner; where the goods were
  bought does not. A seller's own design patent covers its product's appearance, not our claims.

Findings are in our words; they never quote the seller's text, but for a company's name (escaped), as written.
"""

from __future__ import annotations

import re
from enum import StrEnum

from assistant.domain.appeals.checks import (
    Basis,
    CheckContext,
    Finding,
    GroundAssessment,
    GroundStatus,
    Severity,
    claim_differences,
    evidence_standard,
)
from assistant.domain.appeals.evidence import (
    AUTHORIZATION_KINDS, CUSTOMS_PAPER_WORDS, DELIVERY_PAPER_WORDS, PURCHASE_KINDS, AppealAttachment, document_issuer, names_in, normalize_text,
)
from assistant.domain.appeals.factory_goods import factory_goods_across, factory_goods_said, leftovers_named, made_for, maker_named
from assistant.domain.appeals.earlier_rounds import document_named
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.parties import NameMatch, PartyRole, compare_names, document_parties, heading_issuer, leading_company, written_as
from assistant.domain.models import IPType
from assistant.domain.legal_forms import end_sentence, same_form_in_another_language, split_legal_form, without_full_stop
from assistant.domain.untrusted_text import escape_untrusted


class Paper(StrEnum):
    """The kind of purchase paper a document is."""

    INVOICE = "invoice"
    CONTRACT = "contract"
    RECEIPT = "receipt"  # a shop's till receipt ('ticket', '小票')
    PAYMENT = "payment"  # a bank's record of the payment (remittance advice, transfer slip, 回单)
    CUSTOMS = "customs"  # an import or export declaration
    DELIVERY_NOTE = "delivery_note"  # albarán, 送货单
    ORDER = "order"  # an online shop's order page or record (订单详情, 'Order details')


# What each kind of paper holds, of the points the standard asks about: a point a paper never holds is not held
# against it. (The product's reading of what such papers carry; an assumption, not a published rule.)
PAPER_HOLDS: dict[Paper, frozenset[str]] = {
    Paper.INVOICE: frozenset({"date", "quantity", "signature", "brand", "product"}),
    Paper.CONTRACT: frozenset({"date", "quantity", "signature", "brand", "product"}),
    Paper.RECEIPT: frozenset({"date", "quantity", "brand", "product"}),
    Paper.PAYMENT: frozenset({"date"}),
    Paper.CUSTOMS: frozenset({"date", "quantity", "product"}),
    Paper.DELIVERY_NOTE: frozenset({"date", "quantity", "brand", "product"}),
    Paper.ORDER: frozenset({"date", "quantity", "brand", "product"}),
}

PAPER_NAMES = {
    Paper.INVOICE: "invoice", Paper.CONTRACT: "purchase contract", Paper.RECEIPT: "till receipt", Paper.PAYMENT: "bank payment record",
    Paper.CUSTOMS: "customs declaration", Paper.DELIVERY_NOTE: "delivery note", Paper.ORDER: "online shop's order",
}
# The papers of a purchase from a shop, retail: what the shop's goods are is what they show.
RETAIL_PAPERS = frozenset({Paper.RECEIPT, Paper.ORDER})

# The paper's kind from its name and first lines, in English, Chinese and Spanish; the first that matches wins.
_PAPER_PATTERNS: list[tuple[Paper, re.Pattern[str]]] = [
    (Paper.PAYMENT, re.compile(
        r"remittance|bank[ _-]?(?:slip|transfer)|payment[ _-]?(?:slip|advice|record|receipt)|wire transfer|transfer (?:slip|receipt)"
        r"|transferencia|justificante de pago|回单|汇款|转账|付款凭证|银行")),
    # Spain's DUA by its acronym only where it heads the paper or its name ('DUA_importacion.pdf', 'DUA nº ...'): 'dua' is
    # also a word and a place's name ('Jl. Mangga Dua Raya' in a Jakarta address, Indonesian for 'two').
    (Paper.CUSTOMS, re.compile(CUSTOMS_PAPER_WORDS + r"|^dua\b|\bdua (?:n[º°o]|núm|num)|\baduana\b")),
    # (a Spanish 'factura simplificada' is the till receipt a shop gives; a German 'Kassenbon', an Italian 'scontrino')
    (Paper.RECEIPT, re.compile(r"\bticket\b|^ticket|till receipt|cash receipt|\brecibo\b|小票|购物凭证|factura simplificada|kassenbon|kassenbeleg"
                               r"|kassenzettel|\bscontrino\b|struk belanja")),
    (Paper.DELIVERY_NOTE, re.compile(DELIVERY_PAPER_WORDS)),
    # (an online shop's order page, not a supplier's order confirmation, which is signed like an invoice)
    (Paper.ORDER, re.compile(r"\border[ _-]?details?|订单|购物记录|购买记录|交易记录|交易快照"
                             r"|rincian pesanan|detail pesanan|detalles del pedido|dettagli (?:dell')?ordine|bestell(?:details|bestätigung|übersicht)")),
    (Paper.CONTRACT, re.compile(r"contract|agreement|contrato|合同|协议")),
]


def paper_kind(doc: AppealAttachment) -> Paper:
    """What kind of purchase paper an attachment is: by its name first, then by its first lines; an invoice otherwise."""
    for source in (normalize_text(doc.name), normalize_text((doc.text or "")[:200])):
        for paper, pattern in _PAPER_PATTERNS:
            if pattern.search(source):
                return paper
    return Paper.INVOICE


class InvoiceMark(StrEnum):
    """What mark an invoice carries as a rule: a Chinese VAT invoice (发票) its issuer's invoice seal (发票专用章), never its
    buyer's; a commercial invoice elsewhere none at all (it is issued, not signed by the two parties as a contract is)."""

    ISSUER_SEAL = "issuer_seal"
    NONE = "none"


# A paper that calls itself an invoice, in its name or first lines, in the languages sellers' papers come in.
_FAPIAO_RE = re.compile(r"发票|發票")
_INVOICE_RE = re.compile(r"\binvoice\b|\brechnung|\bfactura\b|\bfattura\b|\bfacture\b|\bfaktur\b|\binvois\b|\bfatura\b|請求書|インボイス")


def invoice_mark(doc: AppealAttachment) -> InvoiceMark | None:
    """The mark the paper carries as a rule when it calls itself an invoice (see InvoiceMark); None for any other paper (a
    contract, an order confirmation), which is signed or sealed by both parties as the standard asks."""
    if paper_kind(doc) is not Paper.INVOICE:
        return None
    head = f"{normalize_text(doc.name)} {normalize_text((doc.text or '')[:200])}"
    if _FAPIAO_RE.search(head) or "发票专用章" in (doc.text or ""):
        return InvoiceMark.ISSUER_SEAL
    return InvoiceMark.NONE if _INVOICE_RE.search(head) else None


def holds(doc: AppealAttachment, point: str) -> bool:
    """Whether a paper of this kind ever holds ``point`` (date, quantity, signature, brand, product)."""
    return point in PAPER_HOLDS[paper_kind(doc)]


def _same_company(name: str, owners: list[str]) -> str | None:
    return next((owner for owner in owners if compare_names(name, owner) is NameMatch.SAME), None)


def _heading(text: str) -> str:
    """A paper's first line: on an invoice, the company that issues it (its letterhead)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _heading_names(heading: str, owner: str) -> str | None:
    """The owner's name as the heading writes it, when the heading begins with it: a company read up to its legal form
    ('Nordklang Audio GmbH - Sales'), or the owner's name itself in any script ('株式会社サクラ工房 (Sakura Kobo Co., Ltd.)')."""
    company = leading_company(heading)
    if company and heading.rstrip() == company + ".":
        company = heading.rstrip()  # the line ends with the legal form's own full stop ('Oliveto Cosmetici S.r.l.')
    if company and compare_names(company, owner) is NameMatch.SAME:
        return company
    plain = normalize_text(heading)
    wanted = normalize_text(owner)
    if wanted and plain.startswith(wanted) and not plain[len(wanted):len(wanted) + 1].isalnum():
        return heading[: len(owner)] if len(plain) == len(heading) else owner
    return None


def paper_seller(ctx: CheckContext, doc: AppealAttachment) -> tuple[str | None, str | None]:
    """(the company the paper names as its seller, as written; the owner in our record when that company is it). The
    seller is the labelled one ('Seller:', '销售方：'), else the company in the paper's heading, unless the paper bills
    that company as its buyer. (None, None): the paper names no seller."""
    text = doc.text or ""
    # Under a seller's label, else under another label of the party a paper comes from: an Italian invoice's 'Cedente'
    # (cedente/prestatore, the one table's word for a grantor too) is who sold.
    labelled = document_parties(text, PartyRole.SUPPLIER) or document_parties(text, PartyRole.LICENSOR)
    for name in labelled:
        owner = _same_company(name, ctx.owners)
        if owner:
            return name, owner
    if labelled:
        return labelled[0], None
    heading = heading_issuer(text) or _heading(text)  # the issuer under a title ('TAX INVOICE / Kirra Outdoor Pty Ltd / ABN ...')
    buyers = document_parties(text, PartyRole.BUYER)
    for owner in ctx.owners:
        written = _heading_names(heading, owner)
        if written and not any(compare_names(buyer, owner) is NameMatch.SAME for buyer in buyers):
            return written, owner
    company = leading_company(heading)
    return (company, None) if company and not any(compare_names(buyer, company) is NameMatch.SAME for buyer in buyers) else (None, None)


def sold_by_owner(ctx: CheckContext, doc: AppealAttachment) -> tuple[str, str] | None:
    """(the name as the paper writes it, the owner in our record) when the paper's seller, or the payee of a payment,
    is the owner itself: the same name (another legal form is a point to check, not the owner). An invoice names its
    issuer in its heading as often as under a label."""
    written, owner = paper_seller(ctx, doc)
    return (written, owner) if written and owner else None


def _owner_the_seller_names(name: str, owners: list[str]) -> str | None:
    """The owner a company the seller names is: the same name, or the same with its legal form in another language or
    script ('桜工業Co., Ltd.' for 桜工業株式会社: the seller's spelling of our own company, not another maker)."""
    for owner in owners:
        match = compare_names(name, owner)
        if match is NameMatch.SAME or (match is NameMatch.LEGAL_FORM
                                       and same_form_in_another_language(split_legal_form(name)[1], split_legal_form(owner)[1])):
            return owner
    return None


def owner_said_as_supplier(ctx: CheckContext) -> tuple[str, str] | None:
    """(the name as the seller writes it, the owner in our record) when the seller says it bought from the owner."""
    for claim in ctx.claims:
        if claim.about == "supplier" and claim.party:
            owner = _owner_the_seller_names(claim.party, ctx.owners)
            if owner:
                return claim.party, owner
    return None


def _as_written(name: str) -> str:
    return escape_untrusted(name)[:80]


def _ours(written: str, owner: str) -> str:
    """Our name beside a paper's, quoted with how the paper writes it when that is another script ("'宁波优佳厨具有限公司',
    written in pinyin"), else as it is."""
    how = written_as(written, owner)
    return f"'{owner}'{how}" if how else owner


def owner_sale_finding(ground: AppealGround, index: int, written: str, owner: str) -> Finding:
    """The paper names our company as the seller: the sale is ours to look up, not a third party's to judge."""
    return Finding(
        code="sold_by_owner", severity=Severity.INFO, ground=ground, attachment=index, basis=Basis.OUR_RECORD,
        message=f"Attachment #{index} names its seller '{_as_written(written)}', the owner in our record ({_ours(written, owner)}): goods we sold "
        "are genuine, so what decides is whether we made this sale. Look it up in our own sales records (the invoice number, "
        "the day, the quantity and the buyer).",
        reply=f"The goods were sold by {owner}; the sale is being checked in its own records.",
    )


def owner_sale_claimed_finding(ground: AppealGround, written: str, owner: str) -> Finding:
    """The seller says it bought from the owner, and no readable paper shows it: our own sales records can."""
    return Finding(
        code="owner_sale_claimed", severity=Severity.INFO, ground=ground, basis=Basis.NOT_VERIFIED,
        message=f"The seller says it bought the goods from '{_as_written(written)}', the owner in our record ({owner}): not verified "
        "by its papers, but our own sales records can settle it. Look the sale up there before answering.",
        reply=f"The seller says it bought the goods from {owner}; no sale to the seller is confirmed yet.",
    )


def receipt_shows(doc: AppealAttachment, *names: str, quantity: bool = True) -> str:
    """What a shop's receipt shows of the sale, each as written: its date, the goods' line (the first naming the brand or
    the owner's first word, ``names``) and, with ``quantity``, how many ('dated '14/10/2026', for 'HALDEN LUMO LINTERNA
    PLEGABLE', 10 pieces'); '' when it shows none."""
    from assistant.domain.appeals.evidence import date_as_written, document_date, document_quantity

    text = doc.text or ""
    day = document_date(text)
    written = date_as_written(text, day) if day else None
    words = [w.casefold() for w in names if w and len(w) > 2]
    line = next((line.strip() for line in text.splitlines()[1:] if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", line.casefold()) for w in words)), None)
    goods = re.split(r"\s{2,}|\t", line)[0].strip() if line else None
    count = document_quantity(text) if quantity else None
    parts = [f"dated '{_as_written(written)}'" if written else "", f"for '{_as_written(goods)}'" if goods else "",
             f"{count} piece{'s' if count != 1 else ''}" if count else ""]
    return ", ".join(p for p in parts if p)


def retail_finding(ground: AppealGround, index: int, shop: str | None, paper: Paper = Paper.RECEIPT, shows: str = "") -> Finding:
    """A shop's till receipt or online order: resale of what a shop sold, genuine if the shop's stock is; checked, not rejected."""
    where = f"from the shop '{_as_written(shop)}'" if shop else "from a shop"
    where += f" ({shows})" if shows else ""
    return Finding(
        code="bought_at_retail", severity=Severity.INFO, ground=ground, attachment=index, basis=Basis.NOT_VERIFIED,
        message=f"Attachment #{index} is {'an' if PAPER_NAMES[paper][0] in 'aeiou' else 'a'} {PAPER_NAMES[paper]} {where}, not from the owner: it shows goods bought at retail, which the seller "
        "resells as genuine. Whether the shop's goods are genuine is not verified: a test buy from the listing (or asking the shop "
        "where it sources them) settles it before the counter-notice is accepted or answered. Whether goods first sold by us or "
        "with our consent may then be resold is not published by the platform: the team decides it, with legal where needed.",
        reply="The seller's receipt shows goods bought at a shop; we are checking that the goods sold in the listing are genuine.",
    )


_SHOP_LINE_RE = re.compile(r"^[ \t]*(?:[^\n:：]{0,12}?[ \t/])?(?:shop|store|店铺|商家|卖家|toko|tienda|negozio)[ \t]*(?:name|名称)?[ \t]*[:：][ \t]*(?P<shop>[^\n]{2,60})$",
                           re.IGNORECASE | re.MULTILINE)


def shop_name(doc: AppealAttachment) -> str | None:
    """The shop a till receipt comes from: its labelled seller, else its first line."""
    named = document_parties(doc.text or "", PartyRole.SUPPLIER)
    if named:
        return named[0]
    shop = _SHOP_LINE_RE.search(doc.text or "")  # an order page's shop ('店铺 Shop: KESTREL官方旗舰店')
    if shop:
        return shop.group("shop").strip()
    first = next((line.strip() for line in (doc.text or "").splitlines() if line.strip()), "")
    return first if 2 <= len(first) <= 60 else None


def _copyright_purchase_without_papers(ctx: CheckContext) -> GroundAssessment | None:
    """A purchase with no paper against a copyright complaint, judged by the copyright standard the triage prints
    (triage._copyright_standard_text): against copied photos buying the goods answers nothing (no paper is asked for);
    against copies of a work only genuine copies bought from the owner or its licensee answer it (the paper that shows
    where they came from is asked for, unless the seller names us as its supplier: our sales records settle that)."""
    from assistant.domain.appeals.photo_works import photos_complained_of

    ground = AppealGround.PURCHASE_INVOICE
    if photos_complained_of(ctx.complaint):
        return GroundAssessment(ground=ground, status=GroundStatus.UNVERIFIED, findings=[Finding(
            code="purchase_not_in_question", severity=Severity.INFO, ground=ground, basis=Basis.NOT_VERIFIED,
            message="The seller also says it bought the goods, with no paper for it. The complaint is about our photos: buying "
            "the goods, even genuine ones, gives no right to use the photos of them (see Standard), so no invoice is needed for it.",
            reply="Buying the goods, even genuine ones, gives no right to use our photographs of them.",
        )])
    if owner_said_as_supplier(ctx):
        return None
    owners = " or ".join(ctx.owners) or "the copyright owner"
    return GroundAssessment(ground=ground, status=GroundStatus.FALLS_SHORT, findings=[Finding(
        code="no_document", severity=Severity.MISSING, ground=ground,
        message="The seller says it bought genuine copies but gave no paper for it. Genuine copies bought "
        f"from {owners} or a licensee of it answer a copyright complaint (see Standard): ask for the invoice that shows where they "
        "came from, and check whether that supplier is us or one of our licensees.",
        reply=f"The seller says its copies are genuine but has shown no paper that they come from {owners} or one of its "
        "licensees: we ask to see it before the listing is restored.",
    )])


def purchase_without_papers(ctx: CheckContext, assessment: GroundAssessment) -> GroundAssessment:
    """The purchase ground once its papers are checked: for a copyright complaint with no paper, as the copyright standard
    says (above); and when the seller says it bought from the owner and no paper shows our company as the seller, our own
    sales records are where to look."""
    ground = AppealGround.PURCHASE_INVOICE
    if ctx.complaint.ip_right.ip_type is IPType.COPYRIGHT and not assessment.attachments and not ctx.of_kinds(PURCHASE_KINDS):
        judged = _copyright_purchase_without_papers(ctx)
        if judged:
            return judged
    factory = _factory_goods_point(ctx, assessment)
    if factory:  # said in its own words, never 'claims to have bought the goods'
        kept = [f for f in assessment.findings if f.code != "no_document"]
        assessment = assessment.model_copy(update={"findings": [*kept, factory]})
    source = _authorised_source_point(ctx, assessment)
    if source:
        assessment = assessment.model_copy(update={"findings": [*assessment.findings, source]})
    said = owner_said_as_supplier(ctx)
    if said and not any(f.code == "sold_by_owner" for f in assessment.findings):
        claimed = owner_sale_claimed_finding(ground, *said)
        if _only_formalities_against(ctx, assessment):
            return _owner_sale_to_verify(assessment, claimed)
        return assessment.model_copy(update={"findings": [*assessment.findings, claimed]})
    return assessment


AUTHORISED_SOURCE_SAID = "authorised_source_said"


def _authorised_source_point(ctx: CheckContext, assessment: GroundAssessment) -> Finding | None:
    """Goods the seller says it bought from a company it calls an authorised distributor (authorised_sources.py), with no
    authorisation given: a chain back to the owner, shown by that company's invoice to the seller and its authorisation from
    the owner, and settled by our own list of authorised distributors."""
    from assistant.domain.appeals.authorised_sources import authorised_source
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.parties import seller_names

    # A purchase paper given names its issuer, which our own records check already (issued_by_another).
    if assessment.attachments or ctx.of_kinds(PURCHASE_KINDS) or ctx.of_kinds(AUTHORIZATION_KINDS):
        return None
    source = authorised_source(sentences(ctx.counter_notice), ctx.owners, seller_names(ctx.counter_notice))
    if source is None:
        return None
    owners = " or ".join(ctx.owners) or "the owner"
    name = _as_written(source)
    # An invoice named and not received is asked for by its own point (the ground is then not verified, not short).
    unasked = assessment.status is GroundStatus.FALLS_SHORT
    invoice = f"'{name}''s invoice to the seller and " if unasked else ""
    return Finding(
        code=AUTHORISED_SOURCE_SAID, severity=Severity.MISSING if unasked else Severity.INFO, ground=AppealGround.PURCHASE_INVOICE,
        message=f"The seller says it bought the goods from '{name}', which it calls an authorised distributor: its word only. Goods "
        f"bought from a distributor come down a chain back to the owner: ask for {invoice}'{name}''s authorisation from {owners}, and "
        f"check our own list of authorised distributors for '{name}'.",
        reply=f"The seller says it bought the goods from '{name}', which it calls an authorised distributor, but has shown no "
        f"authorisation from {owners} to that company{' and no invoice from it' if unasked else ''}: we ask to see "
        f"{'them' if unasked else 'it'} before the listing is restored.",
    )


def _factory_goods_point(ctx: CheckContext, assessment: GroundAssessment) -> Finding | None:
    """The seller's word that it is the factory making the goods for the owner and sells the surplus ('we are OEM factory
    producing jackets ... including for Fjellro. We have the right to sell the surplus production'), with no paper of it:
    its word alone, and what a factory sells without the owner's consent is not put on the market by or with the owner's
    consent. Our own manufacturing records settle whether it makes our goods at all."""
    if assessment.attachments:
        return None
    from assistant.domain.appeals.claims import sentences

    said = [s for s in sentences(ctx.counter_notice) if factory_goods_said(normalize_text(s))] or factory_goods_across(sentences(ctx.counter_notice))
    if not said:
        return None
    owners = " or ".join(ctx.owners) or "the owner"
    words = " ".join(f"'{escape_untrusted(s.strip())}'" for s in said[:2])
    return Finding(
        code="factory_goods_unshown", severity=Severity.MISSING, ground=AppealGround.PURCHASE_INVOICE, basis=Basis.NOT_VERIFIED,
        message=f"The seller says it is a factory making the goods for {owners} and sells the surplus production ({words}): its "
        f"word only, with no document of it. Whether it makes goods for {owners} is in our own manufacturing records; surplus or "
        "overrun goods a factory sells without the owner's consent are not put on the market by the owner or with its consent. "
        "For legal, with our manufacturing agreements.",
        reply="The seller says it manufactures the goods for the rights holder and sells the surplus production, but gives no "
        "document of it; surplus goods a manufacturer sells without the owner's consent are not put on the market by the owner "
        "or with its consent.",
    )


# Points of form a paper can lack while the sale it records is real: for a sale the owner itself says it never made or
# made, its own sales records decide, not a second signature (this product's reading, not a published rule).
FORMALITIES = frozenset({"unsigned", "signature_not_shown"})


def _only_formalities_against(ctx: CheckContext, assessment: GroundAssessment) -> bool:
    """Whether the seller's papers agree with its words in all but form: every point against them is a missing
    signature, and no paper names a seller other than the owner."""
    against = [f for f in assessment.findings if f.severity in (Severity.MISSING, Severity.SUSPICIOUS)]
    if not assessment.attachments or not against or any(f.code not in FORMALITIES for f in against):
        return False
    docs = [doc for index, doc in ctx.of_kinds(PURCHASE_KINDS) if index in assessment.attachments]
    return bool(docs) and all(paper_seller(ctx, doc)[0] is None for doc in docs)


def _owner_sale_to_verify(assessment: GroundAssessment, claimed: Finding) -> GroundAssessment:
    """The seller says it bought from the owner and its papers agree but for a signature: a point to check, not a reason
    to maintain the complaint; the sale is not verified until our own sales records show it."""
    kept = [
        f.model_copy(update={"severity": Severity.INFO, "basis": Basis.NOT_VERIFIED, "message": end_sentence(
            f"{without_full_stop(f.message)}: a point of form, which our own sales records settle for a sale the seller says "
            "the owner made")})
        if f.code in FORMALITIES else f
        for f in assessment.findings
    ]
    return assessment.model_copy(update={"status": GroundStatus.UNVERIFIED, "findings": [*kept, claimed]})


# --- Patents ------------------------------------------------------------------------------------------------------


def _patent_rule() -> dict:
    return evidence_standard().get("patent") or {}


def _patent_sources_named() -> str:
    urls = [str(s["url"]) for s in _patent_rule().get("sources") or []]
    return f" (source: {', '.join(urls)})" if urls else ""


def _our_scope(patent_kind: str | None) -> str:
    return "our design's drawings or photos" if patent_kind == "design" else "our patent's claims"


def purchase_against_patent(ctx: CheckContext, docs: list[tuple[int, AppealAttachment]]) -> GroundAssessment:
    """A purchase offered against a patent complaint. Bought from us, the patentee: whether our sale exhausts the patent is
    for legal. Bought from anyone else: it does not answer the complaint, whatever the paper shows."""
    ground = AppealGround.PURCHASE_INVOICE
    numbers = [i for i, _ in docs]
    from_us = next(((i, hit) for i, doc in docs for hit in [sold_by_owner(ctx, doc)] if hit), None)
    # Whoever sold the goods, where its paper differs from the seller's words (a day, a quantity) is said as on any
    # complaint: both as written; on our own paper, a point our sales records settle.
    differences = [f for i, doc in docs for f in claim_differences(ctx, ground, i, doc, ours=bool(sold_by_owner(ctx, doc)))]
    said = owner_said_as_supplier(ctx)
    factory = next(((i, doc) for i, doc in docs if made_for(doc.text, ctx.owners, names_in)), None)
    if factory and not from_us and not said:
        finding = _factory_statement_point(ctx, *factory)
        return GroundAssessment(ground=ground, status=GroundStatus.NEEDS_LEGAL_REVIEW, attachments=numbers, findings=[finding, *differences])
    if from_us or said:
        # What the seller says is quoted in its own spelling; what its paper names is a line of its own.
        owner = said[1] if said else from_us[1][1]
        lines = [f"The seller says it bought the goods from '{_as_written(said[0])}', the patent's owner in our record ({owner})"] if said else []
        if from_us:
            lines.append(f"attachment #{from_us[0]} names its seller '{_as_written(from_us[1][0])}', the patent's owner in our record ({from_us[1][1]})")
        finding = Finding(
            code="bought_from_patentee", severity=Severity.INFO, ground=ground, attachment=from_us[0] if from_us else None,
            basis=Basis.NOT_VERIFIED,
            message=f"{'; '.join(lines)[:1].upper()}{'; '.join(lines)[1:]}. Check "
            "the sale in our own sales records; whether goods we sold may be resold under our patent is for legal to answer.",
            reply="Whether the goods come from us is being checked; our counsel will answer the seller's argument.",
        )
        return GroundAssessment(ground=ground, status=GroundStatus.NEEDS_LEGAL_REVIEW, attachments=numbers, findings=[finding, *differences])
    retail = next(((i, doc) for i, doc in docs if paper_kind(doc) in RETAIL_PAPERS), None)
    if retail:
        return GroundAssessment(ground=ground, status=GroundStatus.NEEDS_LEGAL_REVIEW, attachments=numbers,
                                findings=[_resale_point(ctx, *retail), *differences])
    scope = _our_scope(ctx.complaint.ip_right.patent_kind)
    which = f" (attachment {', '.join(f'#{i}' for i in numbers)})" if numbers else ""
    finding = Finding(
        code="purchase_no_patent_answer", severity=Severity.MISSING, ground=ground, basis=Basis.OUR_RECORD,
        message=f"Where the goods were bought{which} does not answer a patent complaint: what decides is whether the product has "
        f"the features of {scope}, whether the patent is valid, or a licence from its owner"
        f"{_patent_sources_named()}. Buying from anyone but the patent's owner licenses nothing.",
        reply="Buying the goods from anyone but the patent's owner does not license our patent.",
    )
    return GroundAssessment(ground=ground, status=GroundStatus.FALLS_SHORT, attachments=numbers, findings=[finding, *differences])


def _resale_point(ctx: CheckContext, index: int, doc: AppealAttachment) -> Finding:
    """Goods bought at a shop, offered against a patent complaint: if they are ours, they were first sold by us or with our
    consent, and whether that ends the patent's reach over their resale is published by no platform (for the team, with
    legal); whether they are ours is what a test buy settles. Never 'buying licenses nothing', which is false of our own goods."""
    shop = shop_name(doc)
    where = f"from the shop '{_as_written(shop)}'" if shop else "from a shop"
    shows = receipt_shows(doc, ctx.brand, *(owner.split()[0] for owner in ctx.owners if owner.split()))
    paper = PAPER_NAMES[paper_kind(doc)]
    return Finding(
        code="bought_at_retail", severity=Severity.INFO, ground=AppealGround.PURCHASE_INVOICE, attachment=index, basis=Basis.NOT_VERIFIED,
        message=f"Attachment #{index} is {'an' if paper[0] in 'aeiou' else 'a'} {paper} {where}" + (f" ({shows})" if shows else "")
        + ", not from the patent's owner: goods bought at retail, which the seller offers as genuine goods it resells. If they are "
        "our own goods, they were first sold by us or with our consent; whether such a sale ends our patent's reach over their "
        "resale (exhaustion) is not published by the platform: it is for the team to decide, with legal. Whether the listed goods "
        "are ours is not verified: a test buy from the listing, or the shop's word on where it sources them, settles it.",
        reply="The seller's receipt shows goods bought at a shop; we are checking whether the goods sold in the listing are our own, "
        "and our counsel will answer the seller's argument that it may resell them.",
    )


def _factory_statement_point(ctx: CheckContext, index: int, doc: AppealAttachment) -> Finding:
    """A statement by the factory that makes the goods for us (the patentee), saying it sold them on: the factory's word,
    not our consent; goods a manufacturer sells without the patentee's consent are not put on the market by or with it,
    so the patent is not exhausted in them (for legal to confirm, with our manufacturing agreement's terms)."""
    owners = " or ".join(ctx.owners)
    issuer = document_issuer(doc) or maker_named(doc.text, ctx.owners, names_in)
    by = f"'{_as_written(issuer)}', the factory that says it makes the goods for {owners}" if issuer else \
        f"the factory that says it makes the goods for {owners}"
    what = " (leftover goods, as it says)" if leftovers_named(doc.text) else ""
    return Finding(
        code="factory_not_owner_consent", severity=Severity.MISSING, ground=AppealGround.PURCHASE_INVOICE, attachment=index,
        basis=Basis.DOCUMENT_SHOWS,
        message=f"Attachment #{index} is a statement by {by}, not the patent's owner: it shows a sale by the factory{what}, not "
        f"the consent of {owners} to it. Goods a manufacturer sells without the patentee's consent are not put on the market by or "
        "with the consent of the patentee, so the seller's exhaustion argument does not follow from it. For legal to confirm, with "
        "the terms of our manufacturing agreement on surplus goods.",
        # What the document shows is stated; the legal conclusion waits for legal, who know the manufacturing agreement.
        reply=f"Attachment #{index} is a statement by {_as_written(issuer) if issuer else 'the manufacturer'}, the manufacturer, not the "
        "consent of the patentee. [To confirm after legal has reviewed it, with our manufacturing agreement: goods a manufacturer "
        "sells without the consent of the patentee are not put on the market by or with the consent of the patentee, so our "
        "patent is not exhausted in them.]",
    )


_NUMBER_SEPARATORS_RE = re.compile(r"[\s,.\-/]")


def names_patent(text: str, registration_number: str | None, title: str) -> bool:
    """Whether a text names the patent: its number however spaced or punctuated ('US 11,234,567 B2' for US11234567B2,
    with or without the office's letters), or its title."""
    if registration_number:
        number = _NUMBER_SEPARATORS_RE.sub("", registration_number.upper())
        bare = re.sub(r"^[A-Z]+", "", number)
        written = _NUMBER_SEPARATORS_RE.sub("", normalize_text(text).upper())
        if number in written or (len(bare) >= 6 and bare in written):
            return True
    return bool(title) and normalize_text(title) in normalize_text(text)


def check_patent_named(out, ctx: CheckContext, index: int, doc: AppealAttachment, what: str, unread: list[str]) -> None:
    """A licence under a patent names the patent (its number or title), not a brand."""
    right = ctx.complaint.ip_right
    if not doc.text:
        unread.append(f"that it names the patent {right.registration_number or right.name}")
    elif not names_patent(doc.text, right.registration_number, right.name):
        severity = "info" if "ocr" in (doc.read_with or "") else "missing"
        message = f"Attachment #{index} ({what}) does not name our patent {right.registration_number or right.name}."
        out.info("patent_not_checked", message + " OCR may have missed it: check by eye.", index) if severity == "info" else \
            out.missing("patent_not_named", message, index)


def patent_dispute(ctx: CheckContext, ground: AppealGround, read: str) -> Finding:
    """'A different product' against a patent: what decides is whether the product has the features of our claims (or
    looks like our design), which neither a name in a title nor the seller's word settles: not verified."""
    right = ctx.complaint.ip_right
    scope = _our_scope(right.patent_kind)
    return Finding(
        code="unverified_claim", severity=Severity.INFO, ground=ground, basis=Basis.NOT_VERIFIED,
        message=f"{read}. For a patent what decides is whether the product has the features of {scope} (our comparison maps them), "
        f"not what it is called: not verified until someone compares the listed product with {scope}"
        f"{_patent_sources_named()}.",
        reply=f"The listed product has the features of {scope}, as the comparison attached below shows.",
        to_confirm=f"comparing the listed product with {scope}",
    )


_OWN_DESIGN_PATENT_RE = re.compile(r"design patent|外观设计专利|外观专利|diseño industrial|modelo industrial")
_PATENT_NUMBER_RE = re.compile(r"\b(?:ZL|CN|EP|US)\s?[\d.,\s]{6,}[A-Z]?\d?\b", re.IGNORECASE)


def own_patent_findings(ctx: CheckContext) -> list[Finding]:
    """A seller's own design patent against our invention or utility-model patent: no answer to our claims. That it is
    no defence is the product's reading (an assumption, labelled so), for legal to confirm."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import LEGAL_KINDS

    right = ctx.complaint.ip_right
    if right.ip_type is not IPType.PATENT:
        return []
    # A design the seller says it has applied for is an application (its own argument, ground_standards), never one it holds.
    held = [s for s in sentences(ctx.counter_notice) if not LEGAL_KINDS["own_application"].search(normalize_text(s))]
    texts = held + [doc.text or doc.name for _, doc, _ in ctx.attachments]
    if not any(_OWN_DESIGN_PATENT_RE.search(normalize_text(t)) for t in texts):
        return []
    if right.patent_kind == "design":
        # Against a design patent, "design patent" often means ours: the seller's own is one it names by another
        # number, or says it holds.
        own = _own_design_against_ours(ctx)
        return [own] if own else []
    kind = "utility model" if right.patent_kind == "utility_model" else "invention patent"
    return [Finding(
        code="own_patent_no_defence", severity=Severity.INFO, ground=AppealGround.OTHER, basis=Basis.NOT_VERIFIED,
        message=f"The seller relies on a design patent of its own. A design patent covers a product's appearance; our {kind} "
        f"{right.registration_number or right.name} is infringed by a product that has the features of its claims"
        f"{_patent_sources_named()}, whatever else the seller has registered. So its design patent does not answer the "
        "complaint: this product's reading, not a published rule; legal should confirm it and check the product against "
        "our claims.",
        reply=f"The seller's own design patent protects the appearance of its product; it does not show that the product lacks "
        f"the features of the claims of our {kind}, which the comparison attached below maps.",
    )]


_HOLDS_RE = re.compile(r"\b(our own|we (also )?(hold|have|own)|its own|our registered)\b[^.;]{0,40}design patent"
                       r"|(我们|我司|本公司|自己)(的|有|拥有|自有)[^。；]{0,10}外观(设计)?专利|自有外观|propi[oa] (patente|diseño)")


def _own_design_against_ours(ctx: CheckContext) -> Finding | None:
    """A seller's own design patent against our design patent: named as the seller writes it, and no defence by
    itself (a later, similar design does not free it from ours); which was filed first and how close the designs are
    is for legal. The product's reading, labelled so. Its certificate, when attached, is read (its number, filing date
    and holder as written); without one the patent is the seller's word only, and the certificate is asked for."""
    right = ctx.complaint.ip_right
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import LEGAL_KINDS

    held = " ".join(s for s in sentences(ctx.counter_notice) if not LEGAL_KINDS["own_application"].search(normalize_text(s)))
    theirs = [m.group(0).strip().rstrip(".,") for m in _PATENT_NUMBER_RE.finditer(held)
              if not names_patent(m.group(0), right.registration_number, "")]
    certificate = _own_patent_certificate(ctx)
    if not theirs and not certificate and not _HOLDS_RE.search(normalize_text(held)):
        return None
    named = f" ('{escape_untrusted(theirs[0])}', as the seller writes it)" if theirs else ("" if certificate else " (it gives no number)")
    ours = right.registration_number or right.name
    shown = _certificate_read(ctx, *certificate) if certificate else (
        " It attaches no certificate of it: that it holds this patent is its claim, not verified. Ask the seller for the "
        "certificate (its number, filing date and holder).")
    return Finding(
        code="own_design_patent", severity=Severity.INFO, ground=AppealGround.OTHER, basis=Basis.NOT_VERIFIED,
        attachment=certificate[0] if certificate else None,
        message=f"The seller says it holds a design patent of its own{named}.{shown} A design patent of its own is no defence to "
        f"ours ({ours}) by itself: legal should compare the two patents' filing and priority dates and how close the designs are "
        "(this product's reading, not a published rule).",
        reply=f"The seller's own design patent does not by itself allow it to sell a product that has the features of our "
        f"registered design {ours}." + ("" if certificate else " The seller gives no certificate of it: we ask to see it."),
        to_confirm="legal has compared the seller's design patent with ours (dates and similarity)",
    )


def _own_patent_certificate(ctx: CheckContext):
    """(its number, the paper as own_rights reads it) for the first attachment that is a certificate of a patent or a design
    not ours; None when none is."""
    from assistant.domain.appeals.own_rights import own_right_paper

    right = ctx.complaint.ip_right
    for index, doc, _ in ctx.attachments:
        paper = own_right_paper(doc.text)
        if paper and paper.kind != "trademark registration" and not names_patent(paper.number or "", right.registration_number, ""):
            return index, paper
    return None


def _certificate_read(ctx: CheckContext, index: int, paper) -> str:
    """What the seller's certificate records, each as written, and its filing date against ours where both are known."""
    said = [f"number '{escape_untrusted(paper.number)}'" if paper.number else "no number that could be read",
            f"filing date '{escape_untrusted(paper.filed[1])}'" if paper.filed else "no filing date that could be read",
            f"holder '{escape_untrusted(paper.holder)}'" if paper.holder else "no holder that could be read"]
    ours = ctx.complaint.ip_right.priority_date or ctx.complaint.ip_right.filing_date
    order = ""
    if paper.filed and ours and paper.filed[0] != ours:
        order = f"; it was filed {'after' if paper.filed[0] > ours else 'before'} ours ({ours.isoformat()} in our record)"
    return f" Attachment #{index} is the certificate of a {paper.kind}: it gives {', '.join(said)}{order}."


def patent_standard_text() -> str:
    """The standard a patent appeal is judged by, in a sentence, with where it comes from."""
    return ("For a patent, what answers the complaint is the product's features against the patent's claims (for a design, "
            "its drawings or photos), the patent's validity, or a licence from its owner" + _patent_sources_named() + "; a "
            "purchase invoice does not. Alibaba.com's trademark standard (invoice, licence, authorisation chain) does not apply, "
            "but for a licence: signed or sealed by the owner, naming the patent and valid on the complaint date.")


# --- The recommendation for a strong appeal ---------------------------------------------------------------------------


OWNER_SALE_CODES = frozenset({"sold_by_owner", "owner_sale_claimed"})
OWNER_SALE_LABEL = "Verify in our sales records, then accept (withdraw the complaint)"


def owner_sale(grounds: list[GroundAssessment]) -> GroundAssessment | None:
    """The purchase ground when it rests on a sale by the owner itself that our sales records settle: its paper names
    the owner as the seller and meets the standard, or the seller says so and its papers agree but for their form."""
    return next((g for g in grounds if g.ground is AppealGround.PURCHASE_INVOICE
                 and g.status in (GroundStatus.MEETS_STANDARD, GroundStatus.UNVERIFIED)
                 and any(f.code in OWNER_SALE_CODES for f in g.findings)), None)


def owner_sale_to_verify(grounds: list[GroundAssessment]) -> str | None:
    """Why we verify and accept, when the seller says it bought from the owner and its papers agree with its words but
    do not show who sold (or are not signed): our own sales records decide, not the papers' form."""
    purchase = owner_sale(grounds)
    if purchase is None or purchase.status is not GroundStatus.UNVERIFIED or any(
        f.severity in (Severity.MISSING, Severity.SUSPICIOUS) for f in purchase.findings
    ):
        return None
    form = next((f for f in purchase.findings if f.code in FORMALITIES), None)
    lacking = f" That {_first_clause(form.message)} is a point of form." if form else ""
    return ("The seller says it bought the goods from the rights holder itself, and its papers agree with its words; they do "
            f"not show who sold them.{lacking} Our own sales records settle it: look the sale up there; if we made it, accept "
            "the counter-notice (or withdraw the complaint).")


def _first_clause(message: str) -> str:
    """'attachment #1 is not shown as signed ...' from the finding's first sentence, to go on in another."""
    clause = message.split(":")[0].rstrip(".")
    return clause[0].lower() + clause[1:] if clause[:2].istitle() else clause


# --- A licence or chain that says it comes from us ------------------------------------------------------------------


OWN_LICENCE_LABEL = "Verify in our licence records, then accept (withdraw the complaint)"
_AUTHORISATION_GROUNDS = (AppealGround.LICENCE, AppealGround.AUTHORIZATION_CHAIN)


def licence_from_us(grounds: list[GroundAssessment]) -> Finding | None:
    """The 'granted by us' point of a licence or chain that meets the standard: whether we granted it is in our own
    licence records, which decide before anything is accepted (as our sales records do for a sale we made)."""
    return next((f for g in grounds if g.ground in _AUTHORISATION_GROUNDS and _ours_to_verify(g)
                 for f in g.findings if f.code in _FROM_US_CODES), None)


def _ours_to_verify(ground: GroundAssessment) -> bool:
    """A licence that meets the standard, or one of ours that meets it but for its form (not verified until our records
    show it)."""
    return ground.status is GroundStatus.MEETS_STANDARD or (
        ground.status is GroundStatus.UNVERIFIED and any(f.code in _FORM_POINT_CODES and f.severity is Severity.INFO for f in ground.findings)
        and not any(f.severity in (Severity.MISSING, Severity.SUSPICIOUS) for f in ground.findings))


# A licence that says it comes from us, or names a licensor that may be us (its name in another script than our record's).
_FROM_US_CODES = ("granted_by_us", "owner_other_script")
# Points left to our own records on a paper issued by us: its form (checks._as_form_points).
_FORM_POINT_CODES = ("unsigned", "signature_not_shown", "signature_in_picture")


def licence_from_us_reason(grounds: list[GroundAssessment], names: str) -> str | None:
    """Why we verify and accept a licence that says it comes from us, with the points the reviewer still mentions (a
    difference between the seller's words and the document that does not decide the ground)."""
    granted = licence_from_us(grounds)
    if granted is None:
        return None
    named = document_named(granted)
    which = f" ({named})" if named else ""
    findings = [f for g in grounds if g.ground in _AUTHORISATION_GROUNDS and _ours_to_verify(g) for f in g.findings]
    noted = [f for f in findings if f.code == "claim_differs_from_document" and f.severity is Severity.INFO]
    form = form_point(grounds)
    points = "the platform's standard but for a point of form" if form else "every point of the platform's standard"
    who = ("says it is granted by us" if granted.code == "granted_by_us"
           else f"names a licensor that may be us, its name written in another script ('{granted.names[0]}')" if granted.names
           else "names a licensor that may be us")
    reason = (f"The seller's {names} meets {points} and {who}{which}: check our own licence records; if we "
              "granted it, accept the counter-notice (or withdraw the complaint).")
    if form:
        reason += f" That {_first_clause(form.message)} is a point of form, which {_records_settling(form)} settle."
    if noted:
        said = noted[0].message.split(" The difference does not decide")[0]
        reason += f" A difference to mention, which does not decide it: {said[0].lower()}{said[1:]}"
    return reason


def form_point(grounds: list[GroundAssessment]) -> Finding | None:
    """A point of form (a signature or seal not shown) left to our own records on any paper the headline calls meeting the
    standard (the invoice as well as the licence): while one is open, no paper meets 'every point'."""
    return next((f for g in grounds if g.status is GroundStatus.MEETS_STANDARD or _ours_to_verify(g) for f in g.findings
                 if f.code in _FORM_POINT_CODES and f.severity is Severity.INFO), None)


def _records_settling(form: Finding) -> str:
    """'our own sales records' or 'our own licence records': the records the form point names, which settle it."""
    named = re.search(r"our own (\w+) records", form.message)
    return f"our own {named.group(1)} records" if named else "our own records"


_DIFFERENCE_CODES = ("claim_differs_from_document", "said_date_differs")


def own_paper_differences(grounds: list[GroundAssessment]) -> list[Finding]:
    """Where a purchase paper issued by our own company differs from the seller's words (a day, a quantity): points our
    own sales records settle, said with both values as written."""
    return [f for g in grounds if g.ground is AppealGround.PURCHASE_INVOICE for f in g.findings
            if f.code in _DIFFERENCE_CODES and f.severity is Severity.INFO
            and any(o.code == "sold_by_owner" and o.attachment == f.attachment for o in g.findings)]


def strong_purchase(grounds: list[GroundAssessment]) -> tuple[str, str] | None:
    """('accept' or 'escalate', the reason) when the purchase that meets the standard is one the standard does not
    decide: bought from the owner itself (accept once our sales records confirm it) or at a shop (a test buy first)."""
    purchase = next((g for g in grounds if g.ground is AppealGround.PURCHASE_INVOICE and g.status is GroundStatus.MEETS_STANDARD), None)
    if purchase is None:
        return None
    codes = {f.code for f in purchase.findings}
    if "sold_by_owner" in codes:
        owner_sale = next(f for f in purchase.findings if f.code == "sold_by_owner")
        named = document_named(owner_sale) or "its document"  # a file recorded with an earlier round is named as recorded
        differs = own_paper_differences(grounds)
        if differs:
            said = differs[0].message.split(". The document says it was issued by us")[0]
            more = f" ({len(differs) - 1} more under To check)" if len(differs) > 1 else ""
            return "accept", (
                f"The seller's papers show goods bought from the rights holder itself ({named} names it as "
                f"the seller), but differ from the seller's words: {said[0].lower()}{said[1:]}{more}. Our own sales records settle "
                "which is right: check the sale there first; if we made it, accept the counter-notice (or withdraw the complaint)."
            )
        form = next((f for f in purchase.findings if f.code in _FORM_POINT_CODES and f.severity is Severity.INFO), None)
        lacking = f" That {_first_clause(form.message)} is a point of form, which those records settle." if form else ""
        return "accept", (
            f"The seller's papers show goods bought from the rights holder itself ({named} names it as "
            "the seller) and agree with the seller's words: check the sale in our own sales records; if we made it, accept the "
            f"counter-notice (or withdraw the complaint).{lacking}"
        )
    if "bought_at_retail" in codes:
        return "escalate", (
            "The seller's till receipt agrees with its words and shows goods bought at a shop, not from the owner: whether these are "
            "genuine decides first. Check it (a test buy) before accepting or answering; whether genuine goods may be resold is not "
            "published by the platform, and is for the team to decide."
        )
    return None


__all__ = [
    "PAPER_HOLDS", "check_patent_named", "patent_dispute", "names_patent", "patent_standard_text", "Paper", "holds", "own_patent_findings", "owner_sale_claimed_finding", "owner_sale_finding", "owner_said_as_supplier",
    "OWN_LICENCE_LABEL", "form_point", "own_paper_differences", "licence_from_us", "licence_from_us_reason", "OWNER_SALE_LABEL", "owner_sale", "owner_sale_to_verify", "paper_seller", "paper_kind", "purchase_against_patent", "purchase_without_papers", "retail_finding", "shop_name", "sold_by_owner", "strong_purchase",
]
