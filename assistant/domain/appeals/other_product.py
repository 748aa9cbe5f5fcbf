"""Purchase papers about another product than the one the complaint is about, against a patent or copyright complaint.

Against a trademark the purchase standard compares each paper's goods with the reported product (checks.product_mismatch)
and a licence's products are compared for every right (checks._check_scope). Against a patent or a copyright the
purchase standard does not apply (right_standards, ground_standards), so nothing compared a paper's goods with the
product: a seller answering a complaint on a phone-case design with invoices for charging cables went unremarked. Here
each purchase paper's goods, as its own item line names them ('货物名称：Type-C快充数据线 1米', 'Description: USB-C
cable'), are compared with the reported listing's title and our right's name; when they share no word with either, the
paper is about another product, a point of its own (it shows nothing about the reported product, so nobody accepts on it).
Words decide only when both sides can be compared in one script (evidence.subject_matches): otherwise nothing is said.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import CheckContext, Finding, GroundAssessment, GroundStatus, Severity
from assistant.domain.appeals.evidence import PURCHASE_KINDS, AttachmentKind, reported_product_text, subject_matches
from assistant.domain.appeals.goods_kinds import goods_kinds, other_kinds, same_kind
from assistant.domain.models import IPType
from assistant.domain.untrusted_text import escape_untrusted

# A purchase paper's own label for the goods it covers, and what it names, as written.
_GOODS_LINE_RE = re.compile(
    # a contract's numbered clause may lead ('一、产品：...'), and the goods end where two spaces lead to the next field
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、)])?[ \t]*"
    r"(?:货物(?:或应税劳务、?服务)?名称|项目名称|商品名称|产品名称|品名|货品名称|货品|产品|商品|description(?:\s+of\s+goods)?|item(?:\s+description)?"
    r"|goods|products?|producto|art[ií]culo|descripci[oó]n|concepto|nama\s+barang|barang|prodotto|articolo|artikel|bezeichnung|项目"
    # a service's line, a photo shoot's among them: the goods shot are the paper's subject ('服务：不锈钢汤锅24cm 产品拍摄')
    r"|服务(?:内容|项目|名称)?|services?|leistung|prestation|servicio|servizio|perkhidmatan|layanan)[ \t]*[:：][ \t]*"
    r"(?P<what>[^\n]{2,80}?)(?:[ \t]{2,}[^\n]*)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Codes by which a ground's own check already compared a document's goods with the reported product.
_COMPARED = frozenset({"product_mismatch", "product_not_checked", "product_not_covered", "documents_other_product"})


def goods_named(text: str) -> list[str]:
    """The goods a purchase paper's item lines name, as written."""
    return [m.group("what").strip() for m in _GOODS_LINE_RE.finditer((text or "").replace("\f", "\n"))]  # a page break ends a line too


def goods_page(text: str, goods: str) -> str:
    """' on page N' for the page of a paper with several pages (pages are split by form feeds) whose item line names
    ``goods``; '' for a paper of one page, where the page says nothing more."""
    pages = (text or "").split("\f")
    found = next((n for n, page in enumerate(pages, 1) if goods in goods_named(page)), None) if len(pages) > 1 else None
    return f" on page {found}" if found else ""


def _other_goods(ctx: CheckContext, text: str) -> str | None:
    """The goods a paper names when every one of them is plainly another product than the reported one and our right's."""
    reported, right = reported_product_text(ctx.complaint), ctx.complaint.ip_right.name
    named = goods_named(text)
    if not named or not reported:
        return None
    if any(same_kind(goods, reported) or same_kind(goods, right) for goods in named):
        return None  # the same kind of goods in other words ('Bratpfanne' for a frying pan) is no other product
    for goods in named:
        if _other_kind(goods, reported, right):
            continue  # the kinds of goods decide in any script, whatever words they share ('帐篷' for a 'Hiking Backpack')
        # The listing's words without the right's name, and the right's name itself (a patent's title, a work's name).
        against = [subject_matches(reported, goods, brand=ctx.brand, written_in=text), subject_matches(right, goods, written_in=text)]
        if any(match is not False for match in against):
            return None
    return named[0]


def _other_kind(goods: str, reported: str, right: str) -> bool:
    """Whether the goods are of another kind than the reported product and than our right's (goods_kinds, in any language)."""
    kinds = other_kinds(goods, reported)
    return bool(kinds) and not set(goods_kinds(right)) & set(kinds[0])


def _finding(ctx: CheckContext, assessment: GroundAssessment, index: int, goods: str, text: str) -> Finding:
    titles = [listing.title for listing in ctx.complaint.listings if listing.title]
    reported = f"the reported listing ('{escape_untrusted(titles[0])}')" if titles else "the product our complaint names"
    right = ctx.complaint.ip_right
    # The kinds of goods, where they tell the two apart ('stock pots' for our 'frying pan'), in our words and our record's.
    kinds = other_kinds(goods, reported_product_text(ctx.complaint))
    if kinds:
        words = "', '".join(escape_untrusted(word) for word in kinds[1].values())
        reported += f" ({', '.join(kinds[1])}: '{words}'; the paper's goods are {', '.join(kinds[0])})"
    return Finding(
        code="documents_other_product", severity=Severity.MISSING, ground=assessment.ground, attachment=index, about="goods",
        message=f"Attachment #{index} is about '{escape_untrusted(goods)}' (as it names its goods{goods_page(text, goods)}): another product than {reported} and "
        f"than our {right.ip_type.value} ({right.name}). It shows nothing about the reported product, so the counter-notice cannot "
        "be accepted on it.",
        reply=f"The seller's document (attachment #{index}) concerns '{escape_untrusted(goods)}', another product than the one reported.",
    )


def flag_other_products(ctx: CheckContext, assessments: list[GroundAssessment]) -> None:
    """Against a patent or copyright complaint: each purchase paper about another product, said on its ground; a ground
    that met the standard on such papers alone no longer does."""
    if ctx.complaint.ip_right.ip_type is IPType.TRADEMARK:
        return  # the purchase standard compares the goods itself
    # Against photos, the photographer's own papers too: a receipt for a shoot of another product shows nothing of ours.
    shoots = {AttachmentKind.PHOTOGRAPHER_STATEMENT} if ctx.complaint.ip_right.ip_type is IPType.COPYRIGHT else set()
    papers = {index: doc for index, doc in ctx.of_kinds(PURCHASE_KINDS | shoots) if doc.text}
    for assessment in assessments:
        compared = {f.attachment for f in assessment.findings if f.code in _COMPARED}
        for index in [i for i in assessment.attachments if i in papers and i not in compared]:
            goods = _other_goods(ctx, papers[index].text)
            if goods:
                assessment.findings.append(_finding(ctx, assessment, index, goods, papers[index].text))
        other = {f.attachment for f in assessment.findings if f.code == "documents_other_product"}
        if assessment.status is GroundStatus.MEETS_STANDARD and other and other >= set(assessment.attachments):
            assessment.findings[:] = [f for f in assessment.findings if not (f.code == "meets_standard" and f.attachment in other)]
            assessment.status = GroundStatus.FALLS_SHORT


__all__ = ["flag_other_products", "goods_named", "goods_page"]
