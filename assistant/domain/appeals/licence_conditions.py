"""What an authorisation's own words hold against the seller's account of it: the time it covers and the goods it covers.

- The seller says it has been authorised since a year or a day ('pengedar sah ... sejak tahun 2022', 'an authorised dealer
  since 2020', '自2021年起就是授权经销商', 'desde 2019', 'seit 2020'); its own authorisation starts later: the document shows
  no authorisation before its first day (a note, with the seller's words and that day, as written). It does not decide the
  ground: a dealer of long standing holds a letter renewed since, and what counts is the letter's validity on the
  complaint date; where the licence is answered anyway, the draft says it beside the points that decide.
- The authorisation covers only goods bought from the owner or its distributors ('genuine HALCYON products purchased from
  Halcyon Outdoor Ltd or its appointed distributor', 'produk yang dibeli daripada ...', '从本公司或其授权经销商处采购的产品'); with no
  purchase paper given, nothing shows that the seller's goods were bought there, so the authorisation is not shown to cover
  them (the clause quoted as written).
- The document forbids selling the goods to anyone else ('The Manufacturer shall not sell, offer or distribute the Products
  to any third party', '乙方不得将产品销售……给任何第三方'): a manufacturing agreement keeps the goods for the owner, so it
  authorises no sale by the seller, whatever the seller calls it (the clause quoted as written).
"""

from __future__ import annotations

import re
from datetime import date

from assistant.domain.appeals.checks import CheckContext, _Findings
from assistant.domain.appeals.claims import ends_in_legal_form, sentences
from assistant.domain.appeals.evidence import PURCHASE_KINDS, AppealAttachment
from assistant.domain.appeals.own_work import CreationDate, _dates_in
from assistant.domain.untrusted_text import escape_untrusted, normalize_text, written_span

# A sentence in which the seller speaks of its authorisation, dealership or distribution.
_AUTHORISED_RE = re.compile(
    r"authori[sz]|licen[cs]|dealer|distributor|reseller|agent|stockist|partner|pengedar|peruncit|penjual|agen|sah\b|resmi|rasmi"
    r"|distribuidor|autorizad|revendedor|rivenditor|autorizzat|distributore|händler|vertrieb|autorisiert|授权|经销|代理|分销"
)
# 'since' and what follows it, in the languages sellers write.
_SINCE_RE = re.compile(
    r"\b(?:since|ever since|sejak(?:\s+tahun)?|semenjak|desde(?:\s+el)?(?:\s+año)?|seit|dal(?:l')?(?:\s+anno)?|depuis)\s+"
    r"|自|从"
)


def _said_since(text: str) -> tuple[CreationDate, str] | None:
    """The first day, month or year the seller gives as the start of its authorisation, with its sentence as written."""
    for sentence in sentences(text):
        norm = normalize_text(sentence)
        if not _AUTHORISED_RE.search(norm):
            continue
        for cue in _SINCE_RE.finditer(norm):
            found = [d for d in _dates_in(sentence) if 0 <= d[0] - cue.end() <= 6]
            if found:
                return min(found, key=lambda d: d[0])[2], sentence.strip()
    return None


def _since_before_document(out: _Findings, ctx: CheckContext, index: int, valid_from: date | None) -> None:
    """A 'since' earlier than the authorisation's first day, said as a note: 'a dealer since 2019' says how long, and a
    letter renewed later is no contradiction of it. Whether the letter holds is its own validity on the complaint date."""
    said = _said_since(ctx.counter_notice)
    if said is None or valid_from is None or not said[0].before(CreationDate(valid_from, valid_from.isoformat())):
        return
    since, words = said
    out.info("authorised_since_before_document",
             f"The seller says it has been authorised since '{escape_untrusted(since.written)}' (“{escape_untrusted(words)}”); attachment "
             f"#{index}, the authorisation it gives, is valid only from {valid_from}, so it shows no authorisation before that day. "
             "An earlier letter may have come before it: this does not decide the ground, which rests on the letter's validity on "
             "the complaint date.", index, about="validity")
    out.items[-1].reply = (f"The seller says it has been authorised since {escape_untrusted(since.written)}, but its own authorisation "
                           f"(attachment #{index}) is valid only from {valid_from}.")


# Goods the authorisation covers only when bought from the owner or its distributors: the clause from the verb of buying
# to the end of its phrase. A stop inside a word ('S.p.A', 'S.r.l') and the comma of 'Co., Ltd.' belong to a company's
# name and never end the phrase (nor does the legal form's last stop: bought_from_clause).
_NAME_COMMA = r",(?=\s*(?:ltd|limited|inc|llc)\b)"
_PHRASE = rf"(?:[^.;,\n]|\.(?=[^\s,;])|{_NAME_COMMA}){{3,120}}"
_BOUGHT_FROM_RE = re.compile(
    rf"\b(?:purchased|bought|acquired|sourced|obtained)\s+(?:directly\s+)?from\b{_PHRASE}"
    rf"|\b(?:yang\s+)?(?:dibeli|diperoleh|dibekalkan)\s+(?:terus\s+|langsung\s+)?(?:daripada|dari)\b{_PHRASE}"
    rf"|\b(?:adquirid|comprad)[oa]s\s+(?:directamente\s+)?(?:a|de)\b{_PHRASE}|\bacquistat[ie]\s+(?:direttamente\s+)?(?:da|presso)\b{_PHRASE}"
    rf"|\b(?:bezogen|gekauft|erworben)\s+(?:direkt\s+)?(?:von|bei)\b{_PHRASE}"
    r"|从[^，。；\n]{2,40}?(?:采购|购买|进货|购入)的"
)


_REST_RE = re.compile(rf"(?:[^.;,\n]|\.(?=[^\s,;])|{_NAME_COMMA})*")


def bought_from_clause(text: str) -> str | None:
    """The clause, as written, in which a document covers only goods bought from a source ('purchased from Velaro Sport
    S.p.A. or its authorised distributors'), or None. A legal form's final stop ends no phrase unless a sentence starts
    after it."""
    flat = re.sub(r"\s*\n\s*", " ", text)
    norm = normalize_text(flat)
    clause = _BOUGHT_FROM_RE.search(norm)
    if clause is None:
        return None
    start, end = clause.start(), clause.end()
    while end < len(norm) and norm[end] == "." and ends_in_legal_form(written_span(flat, start, end + 1)):
        if written_span(flat, end + 1, len(norm)).lstrip()[:1].isupper():  # a new sentence: the name's stop ends the clause too
            return written_span(flat, start, end + 1).strip()
        end = _REST_RE.match(norm, end + 1).end()
    return written_span(flat, start, end).strip()


def _purchase_condition(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    if not doc.text or ctx.of_kinds(PURCHASE_KINDS):
        return
    clause = bought_from_clause(doc.text)
    if clause is None:
        return
    words = escape_untrusted(clause)
    out.missing("licence_needs_purchase", f"Attachment #{index} covers only goods '{words}'; the seller gives no invoice or purchase "
                "record showing that its goods were bought there, so the authorisation is not shown to cover them.", index, about="scope")
    out.items[-1].reply = (f"The authorisation the seller relies on (attachment #{index}) covers only goods '{words}'; the seller shows "
                           "no purchase from that source, so it is not shown to cover the listed goods.")


# A ban on selling the goods to others: a word of prohibition, a verb of selling, and a third party, in one clause.
_BAN_WORDS = (r"shall not|may not|must not|will not|is not (?:permitted|allowed|entitled) to|are not (?:permitted|allowed|entitled) to|not to"
              r"|is prohibited from|are prohibited from|不得|禁止|不可|不能|no podr[aá]|no (?:est[aá]|est[aá]n) autorizad|no (?:deber[aá]|puede)"
              r"|darf (?:\w+ )*nicht|d[üu]rfen (?:\w+ )*nicht|ist (?:\w+ )*nicht berechtigt|non (?:pu[oò]|potr[aà]|deve|[eè] autorizzat)"
              r"|tidak (?:boleh|diperkenankan|dibenarkan)|dilarang")
_SELL_WORDS = r"sell|offer|distribut|supply|resell|market|销售|出售|售卖|转售|许诺销售|提供|vend|comerciali|ofrec|verkauf|vertreib|anbiet|menjual|mengedar"
_THIRD_PARTY = r"third part(?:y|ies)|any other (?:person|party|company)|anyone (?:else|other)|第三方|他人|terceros?|dritte|terzi|pihak ketiga"
_GAP = r"[^.;。；\n]{0,80}?"
_RESALE_BAN_RE = re.compile(rf"(?:{_BAN_WORDS}){_GAP}(?:(?:{_SELL_WORDS}){_GAP}(?:{_THIRD_PARTY})|(?:{_THIRD_PARTY}){_GAP}(?:{_SELL_WORDS}))",
                            re.IGNORECASE)
_CLAUSE_RE = re.compile(r"[^.;。；\n]+[.;。；]?")


def resale_ban(text: str | None) -> str | None:
    """The clause, as written, in which a document forbids selling the goods to third parties, or None."""
    for clause in _CLAUSE_RE.findall(text or ""):
        if _RESALE_BAN_RE.search(normalize_text(clause)):
            return re.sub(r"^\s*(?:\d+\.|第[一二三四五六七八九十\d]+条)\s*", "", clause.strip())
    return None


def _resale_banned(out: _Findings, index: int, doc: AppealAttachment) -> None:
    clause = resale_ban(doc.text)
    if clause is None:
        return
    words = escape_untrusted(clause)
    out.missing("licence_use_excluded", f"Attachment #{index} says '{words}': it keeps the goods from being sold to anyone else, so it "
                "authorises no sale by the seller.", index, about="use")
    out.items[-1].reply = (f"The document the seller relies on (attachment #{index}) says '{words}': it does not allow the seller to "
                           "sell the goods at all.")


def check_conditions(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment, valid_from: date | None) -> None:
    """The authorisation's start against the seller's 'since', its purchase condition against the papers given, and a ban on
    selling the goods to others."""
    _since_before_document(out, ctx, index, valid_from)
    _purchase_condition(out, ctx, index, doc)
    _resale_banned(out, index, doc)


__all__ = ["bought_from_clause", "check_conditions", "resale_ban"]
