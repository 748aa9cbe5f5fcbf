"""Papers that are neither an invoice nor a letter: a customs declaration, a delivery note, an e-mail.

A seller often backs its account with whatever paper it holds: a customs declaration for a parallel import (进口货物报关单,
DUA, Zollanmeldung), a delivery note for goods it bought (Lieferschein, albarán, documento di trasporto, surat jalan), an
e-mail that it says gave it permission. Each is read for what it is and what it shows (its date, its quantity as written,
who sent the goods or the message, whether it bears a signature), and said as such: a customs declaration records goods
crossing a border and a delivery note goods handed over, neither a sale to the seller; an e-mail is no signed licence, and
permission to use a right comes only from its owner. The seller's own words about it are compared elsewhere (a quantity
the seller gives that the paper does not show: checks._check_claims_match).

Plain patterns read the labels of these papers in the languages sellers write (English, Chinese, Spanish, German, Italian,
French, Indonesian and Malay); the names and figures are kept exactly as the paper writes them.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.parties import NameMatch, compare_names, leading_company
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# The header lines of an e-mail: who sent it, to whom, when and about what ('From:', 'Von:', 'De:', 'Da:', 'Dari:', '发件人：').
_SENDER_LABEL = r"(?:from|sender|von|absender|de|remitente|da|mittente|dari|daripada|pengirim|exp[ée]diteur|发件人|寄件人)"
_HEADER_RE = re.compile(
    r"^\s*(?:from|sender|to|cc|date|sent|subject|von|an|gesendet|betreff|datum|de|para|fecha|asunto|enviado|da|a|oggetto|data|inviato"
    r"|dari|kepada|tanggal|tarikh|perihal|subjek|daripada|à|objet|envoyé|发件人|收件人|主题|日期|发送时间|抄送)\s*[:：]",
    re.IGNORECASE | re.MULTILINE,
)
_SUBJECT_RE = re.compile(r"^\s*(?:subject|betreff|asunto|oggetto|perihal|subjek|objet|主题)\s*[:：]", re.IGNORECASE | re.MULTILINE)
_SENDER_RE = re.compile(rf"^\s*{_SENDER_LABEL}\s*[:：]\s*(?P<rest>.+)$", re.IGNORECASE | re.MULTILINE)
_ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An e-mail's words that let its reader use something ('silakan pakai foto-foto ...', 'you may use our photos', 'podéis usar
# las fotos', 'potete usare', 'dürfen ... verwenden', '可以使用'): a permission given by e-mail.
_GRANTS_USE_RE = re.compile(
    r"\b(?:you|u)\s+(?:may|can|are (?:welcome|free) to|have (?:our )?permission to)\s+(?:\w+\s+)?use\b|\bfeel free to use\b|\bpermission to use\b"
    r"|\bwe (?:hereby )?(?:allow|permit|authori[sz]e) you\b|\bsilakan\s+(?:pakai|gunakan|guna|menggunakan|memakai)\b"
    r"|\bboleh\s+(?:pakai|gunakan|guna|menggunakan|memakai)\b|\b(?:diizinkan|dibenarkan|kami izinkan)\b"
    r"|\bpod[ée]is\s+(?:usar|utilizar)\b|\bpuede[ns]?\s+(?:usar|utilizar)\b|\bpuedes\s+(?:usar|utilizar)\b|\bos autorizamos\b|\ble[s]? autorizamos\b"
    r"|\bpermiso para (?:usar|utilizar)\b|\bpotete\s+(?:usare|utilizzare)\b|\bpuoi\s+(?:usare|utilizzare)\b|\bvi autorizziamo\b"
    r"|\b(?:d[üu]rfen|d[üu]rft|k[öo]nnen)\b[^.\n]{0,60}\b(?:verwenden|nutzen|benutzen)\b|\bpouvez\s+utiliser\b|\bvous autorisons\b"
    r"|可以使用|可以用|允许使用|授权使用|随便用",
    re.IGNORECASE,
)


def is_email(text: str | None) -> bool:
    """Whether a document's text is an e-mail: its first lines hold a sender's header and at least one other header."""
    head = "\n".join((text or "").splitlines()[:8])
    sender = _SENDER_RE.search(head)
    # A sender's address, or a subject line: a letter's 'From:' and 'Date:' alone do not make it an e-mail.
    return bool(sender) and len(_HEADER_RE.findall(head)) >= 2 and bool(_ADDRESS_RE.search(sender.group("rest")) or _SUBJECT_RE.search(head))


def grants_use(text: str | None) -> bool:
    """Whether an e-mail lets its reader use something (a permission given by e-mail)."""
    return is_email(text) and bool(_GRANTS_USE_RE.search(normalize_text(text or "")))


def email_sender(text: str | None) -> tuple[str | None, str | None] | None:
    """(the sender's name, its address) as the e-mail writes them ('sales@alamgear.example (PT Alam Gear Indonesia)',
    'Outdoor Iberia S.L. <marketing@...>'); None when the text is no e-mail."""
    if not is_email(text):
        return None
    found = _SENDER_RE.search("\n".join((text or "").splitlines()[:8]))
    rest = found.group("rest").strip()
    address = _ADDRESS_RE.search(rest)
    named = re.sub(r"[<>()\[\]\"']", " ", _ADDRESS_RE.sub(" ", rest))
    named = re.sub(r"\s+", " ", named).strip(" ,;:")
    return (named or None), (address.group(0) if address else None)


def sender_as_written(text: str | None) -> str | None:
    """Who sent an e-mail, as it writes the sender: its name, else its address."""
    sender = email_sender(text)
    return (sender[0] or sender[1]) if sender else None


# Who sent goods, on a customs declaration or a delivery note: its consignor, exporter or shipper, by its label.
_CONSIGNOR_RE = re.compile(
    r"^[^\n:：]{0,20}?(?:境外发货人|发货人|发货单位|consignor|exporter|shipper|sender|absender|versender|lieferant|mittente|speditore|cedente"
    r"|remitente|expedidor|exportador|proveedor|exp[ée]diteur|exportateur|pengirim|pengeksport|pengekspor)[^\n:：]{0,25}[:：]\s*(?P<rest>.+)$",
    re.IGNORECASE | re.MULTILINE,
)


def goods_sender(text: str | None) -> str | None:
    """Who a customs declaration or a delivery note says sent the goods, as written: its consignor's (exporter's,
    shipper's) label, else the company its first line names (a delivery note's letterhead)."""
    text = text or ""
    labelled = _CONSIGNOR_RE.search(text)
    if labelled:
        rest = labelled.group("rest").strip()
        return _company_with_stop(rest) or re.split(r"\s{2,}|[,，]\s*(?=[A-Z\u4e00-\u9fff][a-z\u4e00-\u9fff]+$)", rest)[0].strip() or None
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return _company_with_stop(first)


def _company_with_stop(text: str) -> str | None:
    """The company a text begins with, its legal form's full stop kept ('Tokyo Outdoor Trading K.K.')."""
    name = leading_company(text)
    if name and text.startswith(name) and text[len(name):].startswith(".") and not name.endswith("."):
        return name + "."
    return name


_WHAT = {
    "customs": ("a customs declaration", "it records goods crossing a border, not a sale to the seller", "sent by"),
    "delivery_note": ("a delivery note", "it records goods handed over, not a sale with its price and terms", "from"),
}


def paper_point(kind: str, index: int, text: str | None, owners: list[str], *, day: str | None, quantity: str | None,
                said_more: str | None, signed: bool | None) -> tuple[str, str] | None:
    """(the point, the reply) for a customs declaration or a delivery note given as proof of purchase: what it is, and what
    it shows (its date, its quantity as written, who sent the goods, whether it bears a signature); a quantity the seller
    gives that is more than the paper shows (``said_more``, as the seller writes it) is covered at most up to the paper's."""
    if kind not in _WHAT:
        return None
    name, why, by = _WHAT[kind]
    sender = goods_sender(text)
    shows = [f"dated {day}" if day else "", f"for {quantity}" if quantity else "", f"{by} '{escape_untrusted(sender)}'" if sender else ""]
    shown = ", ".join(s for s in shows if s)
    ours = sender and any(compare_names(sender, owner) is not NameMatch.OTHER for owner in owners)
    owner = " or ".join(owners)
    whose = (f", not by the owner ({owner})" if sender and owners and not ours and by == "sent by" else
             f" (not the owner, {owner})" if sender and owners and not ours else "")
    covers = f" It covers at most {quantity} of the {said_more} the seller names." if quantity and said_more else ""
    mark = " It bears no signature or stamp." if signed is False else ""
    point = f"Attachment #{index} is {name}, not an invoice or purchase contract: {why}. It is {shown}{whose}.{covers}{mark}" if shown else \
        f"Attachment #{index} is {name}, not an invoice or purchase contract: {why}.{covers}{mark}"
    reply = point.replace(f"Attachment #{index} is", f"The seller's attachment #{index} is", 1)
    return point, reply


def email_point(index: int, text: str | None, owners: list[str], what: str) -> tuple[str, str] | None:
    """(the point, the reply) for an e-mail given as a permission: who sent it, as written, and that it is not from the
    owner (when it is not), which alone can give permission to use ``what`` ('our photographs')."""
    sender = email_sender(text)
    if sender is None:
        return None
    name, address = sender
    who = f"'{escape_untrusted(name)}'" + (f" ({escape_untrusted(address)})" if address and name else "") if name else f"'{escape_untrusted(address or '')}'"
    ours = any(compare_names(name or "", owner) is not NameMatch.OTHER for owner in owners) if name else False
    if ours or not owners:
        return None
    owner = " or ".join(owners)
    point = (f"Attachment #{index} is an e-mail, not a signed licence: it was sent by {who}, not from {owner}, the owner of the right. "
             f"Only the owner can give permission to use {what}: a reseller or distributor cannot.")
    reply = (f"The seller's attachment #{index} is an e-mail from {who}, not from {owner}, the owner of the right, and it is not a signed "
             f"licence. Only the owner can give permission to use {what}; a reseller or distributor cannot.")
    return point, reply


__all__ = ["email_point", "email_sender", "goods_sender", "grants_use", "is_email", "paper_point", "sender_as_written"]
