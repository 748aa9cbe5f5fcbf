"""Goods said to come from the owner's own factory: overruns, surplus or the 'same batch' an OEM maker sold on.

A seller may say its goods are genuine because the factory that makes them for the owner sold them the leftovers ('尾货',
'surplus units from your contract manufacturer', 'excedentes de su fábrica'), often with the factory's own statement
attached. That is a claim of genuine goods (the purchase ground), and the statement is the factory's word: it shows a
sale by the manufacturer, not the owner's consent to it. Goods a manufacturer sells without the owner's consent are not
put on the market by or with the consent of the owner, so the owner's rights in them are not exhausted by that sale.

The words are the closed vocabulary of contract manufacturing and leftover stock in the languages counter-notices here
are written in (English, Chinese, Spanish), each read as a pair: a word for the maker and one for the goods it sold on.
"""

from __future__ import annotations

import re

from assistant.domain.untrusted_text import normalize_text

_MAKER_RE = re.compile(
    r"\b(?:oem|odm|contract (?:manufacturer|factory|maker)s?|manufacturer|factory|factories|maker|plant)\b"
    r"|代工厂|代工|加工厂|委托加工|贴牌|原厂|工厂|厂家|\bf[aá]bricas?\b|\bfabricante\b"
)
_LEFTOVER_RE = re.compile(
    r"\b(?:overruns?|over-?runs?|surplus|excess (?:stock|units|production|goods)|left-?overs?|left over|over-?produc\w*|extra (?:units|stock|production))\b"
    r"|尾货|尾单|余货|多生产|多做|多出|剩余|超产|同一批|原厂货"
    r"|\bexcedentes?\b|\bsobrantes?\b|\bsobreproducci[oó]n\b"
)
# The factory's statement: it makes the goods for someone under contract ('受Halcyon Outdoor Ltd委托加工', 'under an OEM agreement',
# 'para quien fabricamos').
_MADE_FOR_RE = re.compile(
    r"\boem\b|\bodm\b|contract manufactur\w*|manufactur\w* (?:\w+ ){0,4}for\b|produc\w* (?:\w+ ){0,4}for\b|made (?:\w+ ){0,3}for\b"
    r"|代工|代加工|委托加工|受[^，。；]{1,40}委托|贴牌|加工生产|\bfabricad[oa]s? para\b|\bfabricamos para\b|por encargo de"
)


def factory_goods_said(norm: str) -> bool:
    """Whether a (normalised) sentence says the goods are the leftovers of the factory that makes them (the owner's)."""
    return bool(_MAKER_RE.search(norm) and _LEFTOVER_RE.search(norm))


def factory_goods_across(sentences: list[str]) -> list[str]:
    """The two sentences in a row that say it together: one has the seller make goods for others ('we are OEM factory
    producing jackets for many European brands, including for Fjellro'), the other names the leftovers it sells ('We have
    the right to sell the surplus production'), in either order; as written, each once."""
    out: list[str] = []
    for first, second in zip(sentences, sentences[1:]):
        a, b = normalize_text(first), normalize_text(second)
        if (_maker_for(a) and _LEFTOVER_RE.search(b)) or (_LEFTOVER_RE.search(a) and _maker_for(b)):
            out += [first, second]
    return list(dict.fromkeys(out))


def _maker_for(norm: str) -> bool:
    return bool(_MAKER_RE.search(norm) and _MADE_FOR_RE.search(norm))


_MAKER_PAPER_RE = re.compile(
    r"\b(?:factory|manufacturer|maker|oem|plant|f[aá]brica|fabricante)(?:'s|s'|’s)?\s+(?:own\s+)?(?:letter|statement|declaration|certificate|note|confirmation"
    r"|carta|declaraci[oó]n|certificado)\b|(?:letter|statement|declaration|certificate|carta|declaraci[oó]n|certificado) (?:from|by|of|de|del) (?:the |la |el )?"
    r"(?:factory|manufacturer|maker|f[aá]brica|fabricante)\b|(?:代工厂|加工厂|工厂|厂家)[^，。；]{0,6}(?:证明|说明|声明|函)"
)
_GRANT_RE = re.compile(r"licen[cs]|authori[sz]|autoriz|permission|permiso|授权|许可")


def maker_paper_only(norm: str) -> bool:
    """Whether a (normalised) sentence only points to the maker's own paper ('The factory's letter is attached'), naming no
    grant: it argues nothing by itself (the paper is judged as what it is)."""
    return bool(_MAKER_PAPER_RE.search(norm)) and not _GRANT_RE.search(norm)


def made_for(text: str | None, owners: list[str], names_in) -> bool:
    """Whether a document is a maker's statement that it manufactures for one of ``owners`` (its contract with them named):
    ``names_in(text, owner)`` says whether the text names the owner."""
    if not text or not owners:
        return False
    norm = normalize_text(text)
    return bool(_MADE_FOR_RE.search(norm)) and any(names_in(text, owner) for owner in owners)


_SOLD_ON_RE = re.compile(r"\bsold\b[^.;]{0,80}\bto\b|\bvend(?:imos|i[oó]|emos)\b|卖给|售给|销售给|出售给|卖予")


def maker_sale_statement(text: str | None) -> bool:
    """Whether a document is a maker's statement that it makes goods under contract and sold some on: a paper of where the
    goods were bought (a purchase), whoever it names."""
    norm = normalize_text(text or "")
    return bool(_MADE_FOR_RE.search(norm) and _SOLD_ON_RE.search(norm))


def leftovers_named(text: str | None) -> bool:
    """Whether a document says what it sold on was leftover (overruns, surplus, '尾货')."""
    return bool(text) and bool(_LEFTOVER_RE.search(normalize_text(text)))


# A maker's name as a statement writes it: a Chinese name ending in a word for a factory or a company ('东莞市恒泰五金制品厂'),
# or an English one ending so ('Ningbo Brightway Lighting Factory'); a factory's name first, a company's after.
_ZH_MAKER_RE = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:厂|有限公司|公司)")
_ZH_LEAD_RE = re.compile(r"^(?:兹证明|特此证明|证明)?(?:我厂|我司|本厂|本公司|我们|我方)?")
_EN_MAKER_RE = re.compile(r"\b(?:[A-Z][\w&.'-]*[ \t]+){1,6}?(?:Factory|Manufactur\w*|Plant|Works|Co\.,? ?Ltd\.?|Ltd\.?|Limited|Inc\.?)")
_FACTORY_END_RE = re.compile(r"(?:厂|factory|plant|works|manufactur\w*)$", re.IGNORECASE)


def maker_named(text: str | None, owners: list[str], names_in) -> str | None:
    """The maker a factory's statement names as itself, as written (not the owner it makes the goods for), or None."""
    found = [_ZH_LEAD_RE.sub("", m.group(0)) for m in _ZH_MAKER_RE.finditer(text or "")]
    found += [m.group(0).strip() for m in _EN_MAKER_RE.finditer(text or "")]
    names = [n for n in dict.fromkeys(found) if len(n) >= 4 and not any(names_in(n, o) or names_in(o, n) for o in owners)]
    return next((n for n in names if _FACTORY_END_RE.search(n)), names[0] if names else None)


# A distributor named as the seller's source ('un distribuidor oficial', 'an authorised distributor', '正规经销商').
_DISTRIBUTOR_RE = re.compile(
    r"\b(?:distribut\w*|dealer|reseller|distribuidor\w*|distributore|distributori|rivenditore|h[äa]ndler|vertriebspartner|pengedar)\b"
    r"|经销商|代理商|分销商|总代"
)
_OEM_RE = re.compile(r"\boem\b|\bodm\b|贴牌|代工")


def distributor_said(norm: str) -> bool:
    """Whether a (normalised) sentence names a distributor, dealer or reseller."""
    return bool(_DISTRIBUTOR_RE.search(norm))


def factory_issuer(text: str | None, owners: list[str], names_in) -> tuple[str, bool] | None:
    """The factory a document's letterhead names as its issuer (a name ending in a word for a factory, in its first three
    lines), as written, and whether the document marks its goods OEM; None when the letterhead names no factory."""
    head = "\n".join([line for line in (text or "").splitlines() if line.strip()][:3])
    name = maker_named(head, owners, names_in)
    if not name or not _FACTORY_END_RE.search(name):
        return None
    return name, bool(_OEM_RE.search(normalize_text(text or "")))


# A manufacturing agreement between the owner and its maker, named so in its heading or in a seller's words: the owner
# orders goods from the maker. It is offered as the maker's permission to sell; what it allows is in its clauses
# (licence_conditions.resale_ban), and most keep the goods for the owner alone.
_AGREEMENT_RE = re.compile(
    r"\b(?:(?:oem|odm|contract)\s+)?(?:manufactur\w*|production|supply and manufactur\w*|oem|odm)\s+(?:and\s+supply\s+)?(?:agreement|contract)\b"
    r"|委托加工(?:合同|协议)|(?:加工|代工|贴牌|生产|oem)(?:合同|协议)|contrato de (?:fabricaci[oó]n|producci[oó]n|maquila)"
    r"|(?:herstellungs|fertigungs|lohnfertigungs|produktions)(?:vertrag|vereinbarung)|contratto di (?:produzione|fabbricazione|fornitura e produzione)"
    r"|perjanjian (?:produksi|manufaktur|pembuatan)"
)


def manufacturing_agreement(text: str | None) -> bool:
    """Whether a document is headed as a manufacturing (OEM) agreement: its title, the first line, says so (a maker's
    statement that mentions 'an OEM agreement' in its text is the maker's statement, not the agreement)."""
    title = next((line.strip() for line in (text or "").splitlines() if line.strip()), "")
    return len(title) <= 80 and bool(_AGREEMENT_RE.search(normalize_text(title)))


def manufacturing_agreement_said(norm: str) -> bool:
    """Whether a (normalised) sentence names a manufacturing (OEM) agreement ('we signed a manufacturing agreement with ...',
    '签了委托加工合同')."""
    return bool(_AGREEMENT_RE.search(norm))


__all__ = ["distributor_said", "factory_issuer", "manufacturing_agreement", "manufacturing_agreement_said", "maker_paper_only", "factory_goods_said", "leftovers_named", "made_for", "maker_named", "maker_sale_statement"]
