"""What a seller's appeal documents show: their kind, dates, quantities, signatures, brand and product.

Everything here reads untrusted text (the seller's documents) and only extracts facts from it. Matching is
deterministic: regular expressions in English and Chinese over text normalised with NFKC (full-width digits and
colons become ASCII) with invisible characters removed, so look-alike tricks do not hide a word.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pydantic import Field, field_validator

from assistant.domain.legal_forms import split_legal_form
from assistant.domain.models import Complaint, Model, Role
from assistant.domain.untrusted_text import normalize_text

# Zero-width and bidirectional-control characters: invisible, and used to split or disguise words.
class AttachmentKind(StrEnum):
    """What an appeal attachment is."""

    INVOICE = "invoice"
    CONTRACT = "contract"
    LICENCE = "licence"
    AUTHORIZATION_LETTER = "authorization_letter"
    PRODUCT_PHOTO = "product_photo"
    OTHER = "other"


PURCHASE_KINDS = frozenset({AttachmentKind.INVOICE, AttachmentKind.CONTRACT})
AUTHORIZATION_KINDS = frozenset({AttachmentKind.LICENCE, AttachmentKind.AUTHORIZATION_LETTER})

_KIND_ALIASES = {
    "license": AttachmentKind.LICENCE,
    "licence_agreement": AttachmentKind.LICENCE,
    "authorisation_letter": AttachmentKind.AUTHORIZATION_LETTER,
    "authorization": AttachmentKind.AUTHORIZATION_LETTER,
    "authorisation": AttachmentKind.AUTHORIZATION_LETTER,
    "receipt": AttachmentKind.INVOICE,
    "purchase_order": AttachmentKind.INVOICE,
    "photo": AttachmentKind.PRODUCT_PHOTO,
    "image": AttachmentKind.PRODUCT_PHOTO,
}


class AppealAttachment(Model):
    """One document the seller attached to a counter-notice. Every field but the name is optional."""

    name: str = Field(description="File name as the seller gave it. Untrusted text.")
    kind: AttachmentKind | None = Field(
        default=None,
        description="What it is, if known: invoice, contract, licence, authorization_letter, product_photo, other. "
        "Guessed from the name and text when empty.",
    )
    text: str | None = Field(default=None, description="The document's text (typed or extracted). Untrusted text.")
    date: dt.date | None = Field(default=None, description="Date of the document (invoice or contract date, licence issue date).")
    valid_from: dt.date | None = Field(default=None, description="For a licence or authorisation: first day it is valid.")
    valid_until: dt.date | None = Field(default=None, description="For a licence or authorisation: last day it is valid.")
    signed_or_sealed: bool | None = Field(
        default=None, description="Whether it is signed or sealed by every party (both buyer and seller for an invoice or contract)."
    )
    quantity: int | None = Field(default=None, ge=0, description="For an invoice or contract: how many pieces it covers.")
    issued_by: str | None = Field(default=None, description="For an authorisation: who grants it (e.g. the brand owner or a distributor).")
    issued_to: str | None = Field(default=None, description="For an authorisation: who receives it.")
    read_with: str | None = Field(
        default=None, description="How its text was read from the file (text, html, pdf text layer, docx, ocr); empty when typed in."
    )

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_alias(cls, value):
        if isinstance(value, str):
            key = value.strip().lower().replace(" ", "_").replace("-", "_")
            return _KIND_ALIASES.get(key, key or None)
        return value


# --- Kinds -------------------------------------------------------------------------------------------------------

# A business licence (营业执照) proves a company exists, not a right to use the mark.
_BUSINESS_LICENCE_RE = re.compile(r"business[ _-]?licen[cs]e|营业执照")
_KIND_PATTERNS: list[tuple[AttachmentKind, re.Pattern[str]]] = [
    (AttachmentKind.LICENCE, re.compile(r"licen[cs]|许可")),
    (AttachmentKind.AUTHORIZATION_LETTER, re.compile(r"authori[sz]|\bloa\b|授权")),
    (AttachmentKind.INVOICE, re.compile(r"invoice|receipt|purchase[ _-]?order|\bpo\b|发票|收据|进货单|采购单|送货单")),
    (AttachmentKind.CONTRACT, re.compile(r"contract|agreement|合同|协议")),
    (AttachmentKind.PRODUCT_PHOTO, re.compile(r"\.(jpe?g|png|gif|webp|heic)$|photo|picture|图片|照片|实拍")),
]


def attachment_kind(attachment: AppealAttachment) -> AttachmentKind:
    """The attachment's kind: the hint when given, else guessed from its name, then from its first lines."""
    if attachment.kind is not None:
        return attachment.kind
    if _BUSINESS_LICENCE_RE.search(normalize_text(attachment.name)):
        return AttachmentKind.OTHER
    for source in (normalize_text(attachment.name), normalize_text((attachment.text or "")[:300])):
        for kind, pattern in _KIND_PATTERNS:
            if pattern.search(source):
                return kind
    return AttachmentKind.OTHER


# --- Dates -------------------------------------------------------------------------------------------------------

_MONTHS = {name: i for i, name in enumerate(_calendar.month_name) if name} | {
    name: i for i, name in enumerate(_calendar.month_abbr) if name
}
_MONTHS = {k.lower(): v for k, v in _MONTHS.items()} | {"sept": 9}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    r"(?P<iso>(?P<y1>\d{4})\s*[-/.年]\s*(?P<m1>\d{1,2})\s*[-/.月]\s*(?P<d1>\d{1,2})\s*日?)"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_RE})\.?,?\s+(?P<y2>\d{{4}}))"
    rf"|(?P<mdy>(?P<m3>{_MONTH_RE})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}}))"
    r"|(?P<num>(?P<a4>\d{1,2})[/.](?P<b4>\d{1,2})[/.](?P<y4>\d{4}))"
)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: date


def _to_date(year: str, month: str | int, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every unambiguous date in ``text`` (2024-03-15, 2024年3月15日, 15 March 2024, March 15, 2024, 25/03/2024)."""
    found: list[FoundDate] = []
    for match in _DATE_RE.finditer(normalize_text(text)):
        g = match.groupdict()
        if g["iso"]:
            value = _to_date(g["y1"], g["m1"], g["d1"])
        elif g["dmy"]:
            value = _to_date(g["y2"], _MONTHS[g["m2"]], g["d2"])
        elif g["mdy"]:
            value = _to_date(g["y3"], _MONTHS[g["m3"]], g["d3"])
        else:
            a, b = int(g["a4"]), int(g["b4"])
            # 03/04/2024 could be March or April: only a day above 12 makes it unambiguous.
            value = _to_date(g["y4"], b, a) if a > 12 else _to_date(g["y4"], a, b) if b > 12 else None
        if value:
            found.append(FoundDate(match.start(), match.end(), value))
    return found


_RANGE_JOIN_RE = re.compile(r"^\s*(?:to|until|till|through|thru|and|-|–|—|~|至|到|起至)\s*$")
_UNTIL_CUE_RE = re.compile(r"(valid|effective)\s+(until|till|through|to)|expir(y|es|ation|ing)|end date|有效期(至|到|截至)|截止|截至|到期")
_FROM_CUE_RE = re.compile(r"(valid|effective)\s+(from|since|as of)|start date|生效|起始")
_DOC_DATE_CUE_RE = re.compile(r"(invoice|issue|order|contract|signing)\s+date|date of (issue|invoice)|dated|\bdate\b|开票日期|日期|签订|签署")


def validity_period(text: str) -> tuple[date | None, date | None]:
    """(valid_from, valid_until) stated in a licence or authorisation text, each None when not found."""
    norm = normalize_text(text)
    dates = find_dates(text)
    for first, second in zip(dates, dates[1:]):
        if _RANGE_JOIN_RE.match(norm[first.end : second.start]):
            return first.value, second.value
    start = end = None
    for found in dates:
        before = norm[max(0, found.start - 30) : found.start]
        if end is None and _UNTIL_CUE_RE.search(before):
            end = found.value
        elif start is None and _FROM_CUE_RE.search(before):
            start = found.value
    return start, end


def document_date(text: str) -> date | None:
    """The date a document was issued: the first date after a 'date' label, else the first date in it."""
    norm = normalize_text(text)
    dates = find_dates(text)
    for found in dates:
        if _DOC_DATE_CUE_RE.search(norm[max(0, found.start - 25) : found.start]):
            return found.value
    return dates[0].value if dates else None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _calendar.monthrange(year, month + 1)[1]))


# --- Quantities and signatures ------------------------------------------------------------------------------------

_UNIT = r"(?:pcs|pc|pieces?|units?|pairs?|sets?|件|个|只|双|台|套|条|箱|盒|支)"
_TOTAL_QTY_RE = re.compile(r"(?:total\s*(?:qty|quantity|pieces|pcs)|合计数量|总数量|数量合计)\s*[:：]?\s*(\d[\d,]*)")
_QTY_RE = re.compile(
    rf"(?:qty|quantity|数量)\s*[:：]?\s*(\d[\d,]*)|(\d[\d,]*)\s*{_UNIT}(?![a-z])"
    r"|[a-z)]\s+[x×]\s*(\d[\d,]*)\s*$"  # an order line ending 'Rose Serum 30ml x 80'
    , re.MULTILINE
)


def document_quantity(text: str) -> int | None:
    """Pieces a purchase document covers: its stated total, else the sum of its line quantities."""
    norm = normalize_text(text)
    total = _TOTAL_QTY_RE.search(norm)
    if total:
        return int(total.group(1).replace(",", ""))
    seen: dict[int, int] = {}  # number position -> value, so 'Qty: 50 pcs' counts once
    for match in _QTY_RE.finditer(norm):
        group = next(g for g in (1, 2, 3) if match.group(g))
        seen[match.start(group)] = int(match.group(group).replace(",", ""))
    return sum(seen.values()) if seen else None


_UNSIGNED_RE = re.compile(
    r"\bunsigned\b|not (been )?(signed|sealed|stamped)|no (company )?(signature|seal|stamp|chop)|without (a |any )?(signature|seal|stamp)"
    r"|未签字|未签名|未盖章|无签章|没有盖章|没有签字|未签署"
)
_BOTH_SIGNED_RE = re.compile(
    r"both parties|by (the )?(buyer|purchaser) and (the )?(seller|supplier|vendor)|by (the )?(seller|supplier|vendor) and (the )?(buyer|purchaser)"
    r"|双方(签字|盖章|签章|签署|签名)|买卖双方|甲乙双方(签字|盖章|签章)?"
)
_SIGNED_RE = re.compile(r"\bsigned\b|\bsealed\b|signature|\bstamp(ed)?\b|\bseal\b|\bchop\b|盖章|公章|签字|签章|签名|专用章")


def signature_state(text: str, *, needs_both_parties: bool) -> bool | None:
    """True when the text shows the signatures the document needs, False when it says it is unsigned, else None."""
    norm = normalize_text(text)
    if _UNSIGNED_RE.search(norm):
        return False
    if _BOTH_SIGNED_RE.search(norm) and _SIGNED_RE.search(norm):
        return True
    if not needs_both_parties and _SIGNED_RE.search(norm):
        return True
    return None


# --- Brand, owner and product -----------------------------------------------------------------------------------

def _core_name(name: str) -> str:
    """A brand or company name without its legal form, as the one reader of legal forms strips it, normalised."""
    base, _ = split_legal_form(normalize_text(name))
    return base.strip(" ,.")


def names_in(text: str, name: str | None) -> bool:
    """Whether ``name`` (a brand or company, legal suffix ignored, spaces optional) appears in ``text``."""
    if not name:
        return False
    core = _core_name(name)
    if not core:
        return False
    norm = normalize_text(text)
    return core in norm or core.replace(" ", "") in norm.replace(" ", "")


def without_names(text: str, names: list[str]) -> str:
    """``text`` (normalised) with the given company names cut out, so 'Nordfix Tools AB' does not count as naming NORDFIX."""
    norm = normalize_text(text)
    for name in names:
        core = _core_name(name)
        if core:
            norm = norm.replace(core, " ")
    return norm


def owner_names(complaint: Complaint) -> list[str]:
    """Who owns the right, as far as the complaint records it (registry owner, rights holder, complainant if owner)."""
    names = [complaint.ip_right.owner, complaint.rights_holder.name if complaint.rights_holder else None]
    if complaint.complainant.role == Role.RIGHTS_HOLDER:
        names.append(complaint.complainant.name)
    return [n for n in dict.fromkeys(names) if n]


_STOPWORDS = frozenset(
    "the and for with new hot sale free shipping high quality original genuine authentic brand official store shop "
    "women men kids unisex size color colour black white 2023 2024 2025 2026 pcs piece pieces set lot item items "
    "product products style fashion best cheap price sale".split()
)
_CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
_WORD_RE = re.compile(r"[a-z0-9]+")


def product_tokens(text: str, *, exclude: str = "") -> set[str]:
    """Distinctive words of a product description: words of 3+ letters (or with digits) and Chinese bigrams."""
    norm = normalize_text(text)
    skip = set(_WORD_RE.findall(normalize_text(exclude))) | set(_CJK_RUN_RE.findall(normalize_text(exclude)))
    words = {w for w in _WORD_RE.findall(norm) if (len(w) >= 3 or any(c.isdigit() for c in w) and len(w) >= 2)}
    words = {w for w in words if w not in _STOPWORDS and w not in skip and not w.isdigit()}
    bigrams = set()
    for run in _CJK_RUN_RE.findall(norm):
        bigrams.update(run[i : i + 2] for i in range(len(run) - 1))
    brand_bigrams = {b for run in _CJK_RUN_RE.findall(normalize_text(exclude)) for b in (run[i : i + 2] for i in range(len(run) - 1))}
    return words | (bigrams - brand_bigrams)


def product_matches(reported: str, document: str, *, brand: str = "") -> bool | None:
    """Whether a document describes the reported product: True/False when their words can be compared, else None.

    Words are compared script by script (Latin words, Chinese bigrams), and only where the document has a few
    words in that script, so a Chinese invoice for an English-titled listing is left to a person.
    """
    wanted, found = product_tokens(reported, exclude=brand), product_tokens(document, exclude=brand)
    comparable = False
    for in_script in (_is_latin, _is_cjk):
        wanted_here, found_here = {t for t in wanted if in_script(t)}, {t for t in found if in_script(t)}
        if wanted_here and len(found_here) >= 3:
            comparable = True
            if wanted_here & found_here:
                return True
    return False if comparable else None


def _is_latin(token: str) -> bool:
    return token.isascii()


def _is_cjk(token: str) -> bool:
    return not token.isascii()


def reported_product_text(complaint: Complaint) -> str:
    """How the complaint describes the reported product: the listing titles, else our statement."""
    titles = [listing.title for listing in complaint.listings if listing.title]
    return " \n".join(titles) if titles else complaint.statement


def listings_present_brand(complaint: Complaint) -> bool:
    """Whether a reported listing's title presents the mark as a brand, not as an ordinary word: with a (R) or TM
    sign, beside 'official' or 'brand', or (for a mark registered in capitals) written in the mark's own capitals."""
    brand = complaint.ip_right.name.strip()
    if not brand:
        return False
    for listing in complaint.listings:
        title = unicodedata.normalize("NFKC", listing.title or "")
        if not names_in(title, brand):
            continue
        low, core = title.lower(), brand.lower()
        at = low.find(core)
        after = title[at + len(core) : at + len(core) + 2] if at >= 0 else ""
        if any(sign in after for sign in ("®", "™", "(R)")) or re.search(r"official|brand|旗舰|官方|品牌", low):
            return True
        if brand.isupper() and len(re.sub(r"\W", "", brand)) >= 2 and brand in title:
            return True
    return False


def listings_show_brand(complaint: Complaint) -> bool:
    """Whether any reported listing's title shows the brand (the record contradicts 'we do not use the mark')."""
    return any(names_in(listing.title or "", complaint.ip_right.name) for listing in complaint.listings)


_GRANT_RE = re.compile(
    r"^\s*(?P<by>[^\n]{2,80}?)\s+(?:hereby\s+)?(?:authori[sz]es|licenses|grants|appoints)\s+(?P<to>[^\n]{2,80}?)"
    r"(?:\s+(?:to|as|the right|an?|for)\b|[,.]|$)",
    re.MULTILINE,
)


def grant_parties(text: str) -> tuple[str | None, str | None]:
    """(grantor, grantee) of an authorisation, from a line such as 'X authorizes Y to ...'; Nones when not found."""
    match = _GRANT_RE.search(normalize_text(text or ""))
    return (match.group("by").strip(), match.group("to").strip()) if match else (None, None)


# --- What a document shows, page by page -------------------------------------------------------------------------

_PARTY_RE = re.compile(
    r"^\s*(?P<role>seller|buyer|supplier|vendor|purchaser|licensor|licensee|grantor|grantee|issued by|issued to|from|to"
    r"|销售方|购买方|购货单位|销货单位|卖方|买方|甲方|乙方|授权方|被授权方|许可方|被许可方)\s*[:：]\s*(?P<name>.{2,80}?)\s*$",
    re.MULTILINE,
)


class DocumentFact(Model):
    """One fact read from an attachment's own text, with the page it is on."""

    what: str = Field(description="date, quantity, valid_from, valid_until, brand, signed_or_sealed or party.")
    value: str = Field(description="What the document shows, in a fixed form (dates as YYYY-MM-DD). Untrusted for a party's name.")
    page: int | None = Field(default=None, description="The page it was read from (1-based); empty when it spans pages.")


def _facts_of(text: str, brand: str, owners: list[str], purchase: bool) -> dict[str, str]:
    found: dict[str, str] = {}
    if purchase:
        issued = document_date(text)
        quantity = document_quantity(text)
        if issued:
            found["date"] = issued.isoformat()
        if quantity is not None:
            found["quantity"] = str(quantity)
    else:
        start, end = validity_period(text)
        if start:
            found["valid_from"] = start.isoformat()
        if end:
            found["valid_until"] = end.isoformat()
    if brand and names_in(without_names(text, owners), brand):
        found["brand"] = brand
    signed = signature_state(text, needs_both_parties=purchase)
    if signed is not None:
        found["signed_or_sealed"] = "yes" if signed else "no"
    return found


def document_facts(attachment: AppealAttachment, kind: AttachmentKind, brand: str, owners: list[str]) -> list[DocumentFact]:
    """Dates, quantity, validity, brand, signatures and parties an attachment's text shows, each with its page."""
    if not attachment.text:
        return []
    purchase = kind in PURCHASE_KINDS
    pages = attachment.text.split("\f")
    whole = _facts_of(attachment.text, brand, owners, purchase)
    facts = []
    for what, value in whole.items():
        page = next((n for n, page in enumerate(pages, 1) if _facts_of(page, brand, owners, purchase).get(what) == value), None)
        facts.append(DocumentFact(what=what, value=value, page=page))
    for n, page in enumerate(pages, 1):
        for match in _PARTY_RE.finditer(normalize_text(page)):
            facts.append(DocumentFact(what="party", value=f"{match.group('role')}: {match.group('name')}", page=n))
    return facts
