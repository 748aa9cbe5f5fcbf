"""Who the seller says it dealt with, who its documents name, and who owns the right in our record.

A seller names parties in its counter-notice: the licensor ("our licence from Acme Ltd"), the supplier ("bought
from Aurelia Asia Pacific Pte. Ltd.", "从杭州云岫茶器有限公司进货"), the brand owner ("authorised by the brand owner
Acme Sports Ltd"). Its documents name them too ("Licensor: Acme GmbH", "Seller: ...", "销售方：..."). The checks
compare each name the seller gives with the same party in its documents and with the owner in our record, through
the one reader of legal forms (assistant/domain/legal_forms.py): the same name, the same name with another legal
form (perhaps another company: to check), or another name. Names are kept as written, never rewritten.

Only names that end in a legal form (Ltd, GmbH, Co., Ltd., 有限公司 ...) are read from the seller's prose: "bought
from the Asia distributor" names nobody.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from assistant.domain.legal_forms import form_key, is_legal_form_word, split_legal_form

_INVISIBLE_RE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


class PartyRole(StrEnum):
    """The part a company plays in the seller's story."""

    LICENSOR = "licensor"  # granted the licence or authorisation
    SUPPLIER = "supplier"  # sold the goods to the seller
    OWNER = "owner"  # owns the brand


@dataclass(frozen=True)
class NamedParty:
    """A company named in the seller's text or a document, as written."""

    role: PartyRole
    name: str
    start: int = 0  # where the name starts in the text it was read from
    says_owner: bool = False  # the seller also calls it the brand owner ("from the brand owner, Acme Ltd")


class NameMatch(StrEnum):
    """How two company names compare."""

    SAME = "same"
    LEGAL_FORM = "legal_form"  # the same name with another legal form: perhaps another company
    OTHER = "other"


def _plain(text: str) -> str:
    """NFKC without invisible characters, case kept (names are quoted as written)."""
    return _INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text or ""))


def _base_key(base: str) -> str:
    return re.sub(r"[\W_]+", "", base).casefold()


def compare_names(a: str, b: str) -> NameMatch:
    """Whether two company names are the same, the same with another legal form, or different."""
    base_a, form_a = split_legal_form(_plain(a))
    base_b, form_b = split_legal_form(_plain(b))
    if not _base_key(base_a) or _base_key(base_a) != _base_key(base_b):
        return NameMatch.OTHER
    if form_a and form_b and form_key(form_a) != form_key(form_b):
        return NameMatch.LEGAL_FORM
    return NameMatch.SAME


# --- A company's name at the start of a text ------------------------------------------------------------------------

_CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff（）()·]{2,40}?(?:股份有限公司|有限责任公司|有限公司|公司|商行|厂)")
_CONNECTORS = {"&", "and", "of", "de", "und", "the"}


def leading_company(text: str) -> str | None:
    """The company name ``text`` starts with, up to its legal form ('Acme Sportswear Co., Ltd.'), or None when the
    words do not end in a legal form."""
    text = _plain(text).lstrip(" :：,，")
    cjk = _CJK_NAME_RE.match(text)
    if cjk:
        return cjk.group(0)
    words = text.split()
    best = None
    for count, word in enumerate(words[:12], start=1):
        bare = word.rstrip(",;:)")
        if not bare:
            break
        capital = bare[0].isupper() or bare[0].isdigit()
        if not (capital or bare.lower() in _CONNECTORS or is_legal_form_word(bare)):
            break
        if is_legal_form_word(bare) and count > 1:
            best = " ".join(words[: count - 1] + [bare])
        if word != bare and not is_legal_form_word(bare):
            break  # a comma after an ordinary word ends the name
    if best is None:
        return None
    best = best.rstrip(",")
    after = text[len(best):].lstrip()
    if best.endswith(".") and (not after or after[0].isupper()):
        best = best[:-1]  # the full stop ends the sentence ('... from Acme Ltd. The letter ...'), not the name
    return best


# --- What the seller says ----------------------------------------------------------------------------------------------

_OWNER_PREFIX = r"(?:(?:the|our)\s+)?(?:brand|trade\s?mark|mark)\s+(?:owner|holder)\s*[,:]?\s*"
_SELLER_CUES: list[tuple[PartyRole, re.Pattern[str]]] = [
    (PartyRole.LICENSOR, re.compile(
        r"\b(?:licen[cs]e[sd]?|licensing|authori[sz]ation|authori[sz]ed|LOA|permission|appointed)\b(?:\s+[\w-]+){0,3}?\s+(?:from|by)\s+"
        rf"(?P<owner>{_OWNER_PREFIX})?|\blicensor\s*(?:is|:|,)?\s*", re.IGNORECASE)),
    (PartyRole.SUPPLIER, re.compile(
        r"\b(?:bought|buy|purchased?|sourced|ordered|obtained|imported|supplied|got|source)\b(?:\s+[\w,.-]+){0,5}?\s+(?:from|by)\s+"
        rf"(?P<owner>{_OWNER_PREFIX})?|\b(?:our\s+)?(?:supplier|distributor|vendor|manufacturer)\s*(?:is|:|,)\s*", re.IGNORECASE)),
    (PartyRole.OWNER, re.compile(rf"\b{_OWNER_PREFIX}(?:is\s+)?|\brights?\s+(?:holder|owner)\s*(?:is|:|,)?\s*", re.IGNORECASE)),
]
_CJK = r"[\u4e00-\u9fff（）()·]{2,40}?(?:股份有限公司|有限责任公司|有限公司|公司|商行|厂)"
_SELLER_CJK: list[tuple[PartyRole, re.Pattern[str]]] = [
    (PartyRole.SUPPLIER, re.compile(rf"(?:从|向|自)(?P<name>{_CJK})(?:处|那里|那儿)?(?:进货|采购|购买|购进|拿货|订购|进的货|买的|购入)")),
    (PartyRole.LICENSOR, re.compile(rf"(?:由|获得|取得|得到|经|已获|获)(?P<name>{_CJK})(?:的|出具的|签发的)?(?:正式|合法)?(?:授权|许可)")),
    (PartyRole.LICENSOR, re.compile(rf"(?:授权方|许可方)(?:为|是|[:：])\s*(?P<name>{_CJK})")),
    (PartyRole.OWNER, re.compile(rf"(?:品牌方|品牌所有人|商标所有人|商标权人|商标持有人|权利人)(?:为|是|[:：])?\s*(?P<name>{_CJK})")),
]


def seller_parties(text: str) -> list[NamedParty]:
    """The companies the seller names as licensor, supplier or brand owner, as written, in the order they come."""
    text = _plain(text)
    found: dict[tuple[PartyRole, str], NamedParty] = {}
    for role, cue in _SELLER_CUES:
        for match in cue.finditer(text):
            name = leading_company(text[match.end():])
            if name:
                says_owner = role is PartyRole.OWNER or bool(match.groupdict().get("owner"))
                found.setdefault((role, name), NamedParty(role, name, match.end(), says_owner))
    for role, cue in _SELLER_CJK:
        for match in cue.finditer(text):
            found.setdefault((role, match.group("name")), NamedParty(role, match.group("name"), match.start("name"), role is PartyRole.OWNER))
    named = {party.start for party in found.values() if party.role is not PartyRole.OWNER}
    # "authorised by the brand owner Acme Ltd" names one company once: the licensor, also called the owner.
    return sorted((p for p in found.values() if p.role is not PartyRole.OWNER or p.start not in named), key=lambda party: party.start)


# --- What a document names ----------------------------------------------------------------------------------------------

_DOCUMENT_ROLES = {
    "licensor": PartyRole.LICENSOR, "grantor": PartyRole.LICENSOR, "issued by": PartyRole.LICENSOR, "authorised by": PartyRole.LICENSOR,
    "authorized by": PartyRole.LICENSOR, "授权方": PartyRole.LICENSOR, "许可方": PartyRole.LICENSOR, "授权单位": PartyRole.LICENSOR,
    "seller": PartyRole.SUPPLIER, "supplier": PartyRole.SUPPLIER, "vendor": PartyRole.SUPPLIER, "sold by": PartyRole.SUPPLIER,
    "销售方": PartyRole.SUPPLIER, "销货单位": PartyRole.SUPPLIER, "卖方": PartyRole.SUPPLIER, "供货方": PartyRole.SUPPLIER,
    "trademark owner": PartyRole.OWNER, "brand owner": PartyRole.OWNER, "owner": PartyRole.OWNER, "商标所有人": PartyRole.OWNER,
    "商标权人": PartyRole.OWNER,
}
_LABEL_RE = re.compile(
    r"^\s*(?P<label>" + "|".join(sorted(map(re.escape, _DOCUMENT_ROLES), key=len, reverse=True)) + r")\s*(?:name)?\s*[:：]\s*(?P<rest>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_GRANT_LINE_RE = re.compile(r"^\s*(?P<rest>.+?)\s+(?:hereby\s+)?(?:authori[sz]es|licenses|grants|appoints)\s", re.IGNORECASE | re.MULTILINE)
_CJK_GRANT_RE = re.compile(rf"^\s*(?P<name>{_CJK})(?:特此|现)?(?:授权|许可)", re.MULTILINE)


def document_parties(text: str, role: PartyRole) -> list[str]:
    """The companies a document names in ``role`` ('Licensor: Acme GmbH', 'Acme GmbH hereby licenses ...',
    '销售方：...'), as written, first named first."""
    text = _plain(text)
    names = []
    for match in _LABEL_RE.finditer(text):
        if _DOCUMENT_ROLES[match.group("label").lower()] is role:
            name = leading_company(match.group("rest"))
            names.append(name) if name else None
    if role is PartyRole.LICENSOR:
        for match in _GRANT_LINE_RE.finditer(text):
            name = leading_company(match.group("rest"))
            names.append(name) if name else None
        names += [match.group("name") for match in _CJK_GRANT_RE.finditer(text)]
    return list(dict.fromkeys(names))


__all__ = ["NameMatch", "NamedParty", "PartyRole", "compare_names", "document_parties", "leading_company", "seller_parties"]
