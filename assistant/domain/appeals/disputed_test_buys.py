"""A test buy the seller disputes ('your test purchase was not from our shop', '这个订单号我们后台查不到', 'the parcel did not
come from us'): against a test-buy complaint, a ground of its own, answered with our test-buy evidence.

A test-buy complaint rests on an order placed from the reported listing and the report of what arrived (the order number
and the signed or sealed test-buy report: knowledge/rules/documents.yaml). A seller that says the order, the parcel or the
goods were not its own disputes exactly that: the point is read as such (never 'no recognised ground', never a purchase of
goods), and answered with the order number and the report our record lists; where our record lists none, the reply puts
them to the reviewer to attach. The seller's word is read by two concepts in one sentence: the test buy (the order, the
parcel, the test purchase) and its denial (not ours, not from us, never sent, someone else).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.domain.models import Complaint, ComplaintReason
from assistant.domain.appeals.unsure_words import NEGATION_CUES
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

CODE = "test_buy_disputed"

# The test buy itself: the purchase, its order (number), the parcel or box that arrived.
_TEST_BUY_RE = re.compile(
    r"\btest[- ]?(?:purchase|buy|buying|order)s?\b|\border (?:number|no\.?|id)\b|\b(?:parcel|package|packet|shipment)\b"
    r"|测试购买|试买|测试订单|订单号|包裹|compra de prueba|n[uú]mero de pedido|paquete|testkauf|bestellnummer|paket|acquisto di prova"
    r"|numero d'ordine|pacco|\b(?:box|packaging|packing)\b|包装|外包装|盒子"
    r"|\b(?:pesanan|order(?:an)?|paket|bungkusan|pembelian ujian|pembelian uji|transaksi)\b|\bcommandes?\b|\bcolis\b|\bachat test\b"
    r"|\b(?:pedidos?|encomendas?|pacotes?|compra de teste|compra teste)\b"
)
# Its denial: not the seller's own, not from it, never sent by it, someone else's.
_DENIED_RE = re.compile(
    r"\bnot (?:from|by|in|at|through|via) (?:our|us|me|my)\b|\bnot (?:one of )?ours\b|\bnot our (?:shop|store|order|parcel|package|box)"
    r"|\b(?:did|does|do)(?: not|n't) come from (?:us|our)\b|\bnever (?:shipped|sent|sold|received|dispatched|delivered|had)\b"
    r"|\b(?:someone|somebody) else\b|\b(?:a |an )?(?:different|other) (?:box|packaging|parcel|package|label)\b|不是我们的包装|包装不一样"
    r"|\banother (?:seller|shop|store)\b|\bwe (?:can(?:no|')t|could not|couldn't) find (?:this|that|the) order"
    r"|\bno (?:such|record of (?:this|that|the)) order\b"
    r"|不是在?(?:我们|我店|本店|我司)|不是(?:我们|我店|本店|我司)的|(?:后台|系统)?查不到|(?:从来)?没有?发过|从未发(?:过)?货|别人|其他(?:店铺|商家|卖家)"
    r"|\bno (?:es|fue|vino) de (?:nuestra|nosotros)|\bnunca (?:enviamos|vendimos)|\bnicht von uns\b|\bnie (?:verschickt|versendet|verkauft)"
    r"|\bnon (?:è|e) (?:nostr[oa]|partit[oa] da noi)|\bmai (?:spedito|venduto)"
)


# In Indonesian and Malay, French and Portuguese: the shared negation words (unsure_words) before the seller's 'we' or 'our
# shop' in the same clause ('bukan pesanan dari toko kami', "ne vient pas de chez nous", 'não é da nossa loja'), or the goods
# said swapped by the buyer ('barangnya ditukar oleh pembeli').
_OURS = (r"(?:\b(?:toko|kedai|gudang|sistem) kami\b|\bkami\b|\bchez nous\b|\b(?:notre|nos) (?:boutique|magasin|entrep[ôo]t|syst[èe]me)"
         r"|\bnous\b|\b(?:d?a|na|pela) nossa (?:loja|empresa)\b|\bnossa loja\b|\bpor n[óo]s\b|\bde n[óo]s\b)")
_NEGATED_OURS_RE = re.compile(
    "(?:" + "|".join(NEGATION_CUES[lang] for lang in ("ms", "fr", "pt")) + rf")[^.;,:!?]{{0,60}}?{_OURS}"
)
_SWAPPED_RE = re.compile(r"\b(?:di)?(?:tukar|ganti)(?:kan)?\b[^.;]{0,30}\bpembeli\b|\b[ée]chang[ée]e?s? par (?:l'|le )?acheteur|\btrocad[oa]s? pelo comprador")


def disputes_test_buy(sentence: str) -> bool:
    """Whether a sentence has the seller say the test buy (its order, its parcel) was not its own."""
    norm = normalize_text(sentence)
    denied = _DENIED_RE.search(norm) or _NEGATED_OURS_RE.search(norm) or _SWAPPED_RE.search(norm)
    return bool(_TEST_BUY_RE.search(norm) and denied)


def reread(reading, text: str, complaint: Complaint):
    """Against a test-buy complaint, the reading with the seller's dispute of the test buy as a point of the 'other' ground
    (``test_buy_disputed``); a purchase ground read only from those sentences ('不是在我们店买的') is no purchase at all."""
    if complaint.reason is not ComplaintReason.TEST_BUY:
        return reading
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import AppealGround, unwrapped

    said = tuple(s for s in sentences(unwrapped(text)) if disputes_test_buy(s))
    if not said:
        return reading
    words = dict(reading.words)
    bought = tuple(s for s in words.get(AppealGround.PURCHASE_INVOICE, ()) if not any(s in d or d in s for d in said))
    grounds = set(reading.grounds) | {AppealGround.OTHER}
    if AppealGround.PURCHASE_INVOICE in reading.claimed_in_text and not bought:
        grounds.discard(AppealGround.PURCHASE_INVOICE)
        words.pop(AppealGround.PURCHASE_INVOICE, None)
    words[AppealGround.OTHER] = tuple(dict.fromkeys((*words.get(AppealGround.OTHER, ()), *said)))
    return replace(reading, grounds=tuple(g for g in AppealGround if g in grounds), words=words, test_buy_disputed=said,
                   claimed_in_text=frozenset(g for g in reading.claimed_in_text if g in grounds))


_ORDER_NUMBER_RE = re.compile(r"(?<!\d)\d{10,20}(?!\d)")


def _order_number(complaint: Complaint) -> str | None:
    """The test-buy order's number as our record gives it: the order evidence's own reference ('LZ-ID-556677889'), else a
    number in its description or in the complaint's statement."""
    given = next((item.reference.strip() for item in complaint.evidence if "order" in item.kind and (item.reference or "").strip()), None)
    if given:
        return given
    items = [item.description or "" for item in complaint.evidence if "order" in item.kind]
    for text in (*items, complaint.statement or ""):
        found = _ORDER_NUMBER_RE.search(text)
        if found:
            return found.group(0)
    return None


def disputed_test_buy_point(complaint: Complaint):
    """The seller's dispute of the test buy, answered with our test-buy evidence (as our record lists it)."""
    from assistant.domain.appeals.checks import Basis, Finding, Severity
    from assistant.domain.appeals.grounds import AppealGround
    from assistant.domain.appeals.our_evidence import described, if_we_have

    number = _order_number(complaint)
    order = f"order {escape_untrusted(number)}" if number else "the order number"
    listed = [escape_untrusted(described(item)) for item in complaint.evidence if "test_buy" in item.kind]
    held = f"Our record holds the test-buy evidence: {'; '.join(listed)}." if listed else (
        "Our record lists no test-buy evidence: add the order number and the signed or sealed test-buy report.")
    report = any("report" in item.kind for item in complaint.evidence)
    attached = ("Our signed test-buy report is attached again." if report
                else if_we_have("the signed or sealed test-buy report"))
    return Finding(
        code=CODE, severity=Severity.MISSING, ground=AppealGround.OTHER, basis=Basis.OUR_RECORD,
        message=f"The seller says the test purchase was not made from its shop (its words are quoted with its grounds); it gives "
        f"nothing for it. {held} The order's page on the platform shows which store it was placed with and what it shipped: answer "
        f"with {order} and the test-buy report.",
        reply=f"Our test purchase was placed from the reported listing ({order}); the platform's record of that order shows the store "
        f"it was placed with. {attached}",
    )


__all__ = ["CODE", "disputes_test_buy", "reread", "disputed_test_buy_point"]
