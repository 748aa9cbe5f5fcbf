"""Goods the seller says it bought from a source it calls authorised: a chain back to the owner, not a purchase alone.

"Las compramos a un distribuidor autorizado en España, Cocina Ibérica Distribuciones S.L.", "we source them from Kitchen
Direct Ltd, an authorised AURELIA distributor", "von einem autorisierten Großhändler, der Messer & Mehr Vertrieb GmbH,
bezogen", "acquistati da un distributore autorizzato, Casalinghi Rossi S.r.l.", "从AURELIA的授权经销商杭州厨韵贸易有限公司进的":
the owner is said to have authorised the distributor, and the distributor to have sold to the seller. Two papers show that
chain, the distributor's invoice to the seller and the distributor's authorisation from the owner, and the owner's own
records (its list of authorised distributors) show whether it ever authorised that company.

The seller's own title ('we are an authorised distributor') is another claim (grounds.distributor_reading): only a company
named beside the words for an authorised middleman, which is neither the owner nor the seller itself, is read as the source.
The words are the closed vocabulary of an authorised middleman in the languages the triage reads.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.unsure_words import firm_part
from assistant.domain.untrusted_text import normalize_text

_MIDDLEMAN_RE = re.compile(
    r"\b(?:authori[sz]ed|official|licensed|appointed)\s+(?:[\w-]+\s+){0,2}?(?:distributor|dealer|wholesaler|reseller|importer|supplier|agent)s?\b"
    r"|\b(?:distribuidor|mayorista|importador|proveedor)(?:es)?\s+(?:oficial(?:es)?\s+)?(?:autorizad[oa]s?|oficial(?:es)?)\b"
    r"|\b(?:distribut|rivenditor|grossist|importator|fornitor)(?:ore|ori|a|e|i)\s+(?:ufficial[ei]\s+)?(?:autorizzat[oaie]|ufficial[ei])\b"
    r"|\b(?:autorisierte[nmrs]?|offizielle[nmrs]?|lizenzierte[nmrs]?)\s+(?:groß)?(?:händler|vertriebspartner|distributor|importeur|lieferant)\w*"
    r"|\b(?:distributeur|revendeur|grossiste|importateur)s?\s+(?:officiels?|agr[ée][ée]s?|autoris[ée]s?)\b"
    r"|授权(?:的)?(?:总)?(?:经销商|代理商|代理|分销商|批发商|供应商)"
)
# Where the goods came from, before the middleman's words: 'from', 'a un distribuidor', 'da un distributore', 'von einem',
# '从'. The seller's own title ('we are an authorised distributor', 'somos distribuidor oficial de X') has none before them.
_FROM_RE = re.compile(r"\b(?:from|via|da|dal|dalla|dai|presso|de|del|a|al|von|vom|bei|beim|über|auprès|chez|du|des)\b|从|向")
# A company written in Chinese script right after the middleman's words, or after 'from': '授权经销商杭州厨韵贸易有限公司'.
_CJK_COMPANY_RE = re.compile(r"(?:经销商|代理商|代理|分销商|批发商|供应商|从|向)(?:是|为)?([\u4e00-\u9fff]{2,30}?(?:有限责任公司|股份有限公司|有限公司))")


def authorised_source(sentences: list[str], owners: list[str], seller: list[str]) -> str | None:
    """The company the seller says it bought from, called an authorised distributor (dealer, wholesaler...) in the same
    sentence, as written; None when no sentence says so. ``owners``: the owners in our record; ``seller``: the names the
    seller gives itself (seller_names): neither is a source."""
    from assistant.domain.appeals.parties import NameMatch, compare_names, companies_in

    for sentence in sentences:
        norm = firm_part(normalize_text(sentence))
        middleman = _MIDDLEMAN_RE.search(norm)
        if not middleman or not _FROM_RE.search(norm[: middleman.start()]):
            continue
        named = companies_in(sentence) + _CJK_COMPANY_RE.findall(sentence)
        for name in named:
            if not any(compare_names(name, other) is not NameMatch.OTHER for other in [*owners, *seller]):
                return _with_its_dot(sentence, name.strip(" ,"))
    return None


def _with_its_dot(sentence: str, name: str) -> str:
    """The name with the full stop of its abbreviated legal form where the sentence ends on it ('Distribuciones S.L.'):
    as written, never cut short."""
    at = sentence.find(name)
    last = name.split()[-1] if name.split() else ""
    if at >= 0 and "." in last and sentence[at + len(name) : at + len(name) + 1] == ".":
        return name + "."
    return name


__all__ = ["authorised_source"]
