"""Purchase papers of one seller that disagree with each other: an invoice to one buyer and a packing list to another,
300 pieces on one and 30 on the other.

Papers offered together for one purchase tell one story: the same buyer, the same count. When two of them name
different receiving companies (an invoice's buyer, a delivery note's or packing list's consignee) or state different
counts, they cannot both record the sale the seller relies on. The disagreement is said as suspicious, each side
quoted with the line it stands on, so a person sees it on the papers themselves; it is never left for the reviewer to
notice by reading two separate points. A count is compared only between papers that each state one, a company only
where each names its receiving side.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.domain.appeals.checks import Basis, CheckContext, Finding, Severity
from assistant.domain.appeals.evidence import AppealAttachment, document_quantity, quantity_as_written
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.parties import NameMatch, PartyRole, compare_names, document_parties, leading_company
from assistant.domain.appeals.right_standards import Paper, paper_kind
from assistant.domain.untrusted_text import escape_untrusted

CODE = "papers_disagree"

# The papers of a purchase that name who received the goods or how many: never a payment slip (it names a payee).
_COMPARED = (Paper.INVOICE, Paper.CONTRACT, Paper.DELIVERY_NOTE, Paper.CUSTOMS, Paper.ORDER)

# The receiving side of a delivery note or packing list, in the languages sellers' papers come in: 'Consignee:', 'Ship to:',
# 'Deliver to:', '收货人：', '收货单位：', 'Empfänger:', 'Lieferanschrift:', 'Destinatario:', 'Destinataire:', 'Penerima:'.
_CONSIGNEE_RE = re.compile(
    r"^[^\n:：]{0,20}?(?:consignee|ship(?:ped)? to|deliver(?:ed|y)? to|receiver|收货人|收货单位|收货方|收件人|empf[äa]nger|lieferanschrift"
    r"|warenempf[äa]nger|destinatario|destinataire|penerima|dikirim kepada)[^\n:：]{0,15}[:：]\s*(?P<rest>.+)$",
    re.IGNORECASE | re.MULTILINE,
)


def _receiver(text: str) -> str | None:
    """The company a paper names as its receiving side, as written: its buyer's label, else its consignee's."""
    buyers = document_parties(text, PartyRole.BUYER)
    if buyers:
        return buyers[0]
    match = _CONSIGNEE_RE.search(text)
    if not match:
        return None
    rest = match.group("rest").strip()
    return leading_company(rest) or re.split(r"\s{2,}|[,，]", rest)[0].strip() or None


def _line_of(text: str, written: str) -> str | None:
    """The paper's last line that holds ``written``, as written: a packing list's total line rather than its carton line."""
    lines = [line.strip() for line in unicodedata.normalize("NFKC", text).splitlines() if written.casefold() in line.casefold()]
    return lines[-1] if lines else None


def _quoted(text: str, written: str) -> str:
    line = _line_of(text, written)
    return f"'{escape_untrusted(written)}'" + (f" ('{escape_untrusted(line)}')" if line and line != written else "")


def _differences(first: tuple[int, AppealAttachment], second: tuple[int, AppealAttachment]) -> list[str]:
    """What two papers say differently, each side quoted with its line: the receiving company, the count."""
    (i, a), (j, b) = first, second
    ta, tb = a.text or "", b.text or ""
    out = []
    ra, rb = _receiver(ta), _receiver(tb)
    if ra and rb and compare_names(ra, rb) is NameMatch.OTHER:
        out.append(f"attachment #{i} names {_quoted(ta, ra)} as the buyer, attachment #{j} {_quoted(tb, rb)}")
    qa = a.quantity if a.quantity is not None else document_quantity(ta)
    qb = b.quantity if b.quantity is not None else document_quantity(tb)
    if qa is not None and qb is not None and qa != qb:
        wa, wb = quantity_as_written(ta, qa), quantity_as_written(tb, qb)
        if wa and wb:
            out.append(f"attachment #{i} is for {_quoted(ta, wa)}, attachment #{j} for {_quoted(tb, wb)}")
    return out


def disagreements(ctx: CheckContext, numbers: list[int]) -> list[Finding]:
    """A suspicious point for each pair of the purchase papers ``numbers`` (1-based) that disagree with each other."""
    papers = [(n, doc) for n, doc, _ in ctx.attachments if n in numbers and doc.text and paper_kind(doc) in _COMPARED]
    out = []
    for k, first in enumerate(papers):
        for second in papers[k + 1:]:
            differences = _differences(first, second)
            if not differences:
                continue
            i, j = first[0], second[0]
            said = "; ".join(differences)
            out.append(Finding(
                code=CODE, severity=Severity.SUSPICIOUS, ground=AppealGround.PURCHASE_INVOICE, attachment=j, basis=Basis.DOCUMENT_SHOWS,
                message=f"Attachments #{i} and #{j} disagree with each other: {said}. Papers of one purchase name the same buyer and "
                "the same goods and count, so these do not both record the sale the seller relies on: ask the seller to explain, "
                "and do not rely on either until it does.",
                reply=f"The seller's own papers disagree with each other: {said}. They do not show one purchase of the goods.",
            ))
    return out


__all__ = ["CODE", "disagreements"]
