"""What a seller's appeal documents show: their kind, dates, quantities, signatures, brand and product.

Everything here reads untrusted text (the seller's documents) and only extracts facts from it. Matching is
deterministic: regular expressions in English and Chinese over text normalised with NFKC (full-width digits and
colons become ASCII) with invisible characters removed, so look-alike tricks do not hide a word.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from enum import StrEnum

from pydantic import Field, field_validator

from assistant.domain.appeals.parties import (
    ISSUING_LABELS, SIGNATORY_BEFORE_RE, PartyRole, defined_party, defined_roles, heading_issuer, label_role, labelled_name, labels_on_lines,
    party_labels, signing_caption,
)
from assistant.domain.appeals.german_meaning import is_german
from assistant.domain.appeals.signature_words import SIGNED_RE
from assistant.domain.appeals.other_papers import grants_use
from assistant.domain.legal_forms import is_legal_form_word, split_legal_form
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
    ORIGINAL_IMAGE = "original_image"  # a camera's original file (RAW) or an archive of originals
    PHOTOGRAPHER_STATEMENT = "photographer_statement"  # a photographer's contract, statement or shoot record
    # An office's papers for a right of the seller's own: its certificate of a registration (a trademark's, a work's), or
    # its receipt for an application, which is no registration (office_papers).
    REGISTRATION_CERTIFICATE = "registration_certificate"
    APPLICATION_RECEIPT = "application_receipt"
    OTHER = "other"


PURCHASE_KINDS = frozenset({AttachmentKind.INVOICE, AttachmentKind.CONTRACT})
AUTHORIZATION_KINDS = frozenset({AttachmentKind.LICENCE, AttachmentKind.AUTHORIZATION_LETTER})
# What can show who made a photo: the originals from the camera and the photographer's own record of the shoot.
IMAGE_OWNERSHIP_KINDS = frozenset({AttachmentKind.ORIGINAL_IMAGE, AttachmentKind.PHOTOGRAPHER_STATEMENT})

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
    "raw": AttachmentKind.ORIGINAL_IMAGE,
    "original": AttachmentKind.ORIGINAL_IMAGE,
    "photographer": AttachmentKind.PHOTOGRAPHER_STATEMENT,
    "photography_agreement": AttachmentKind.PHOTOGRAPHER_STATEMENT,
}


class AppealAttachment(Model):
    """One document the seller attached to a counter-notice. Every field but the name is optional."""

    name: str = Field(description="File name as the seller gave it. Untrusted text.")
    kind: AttachmentKind | None = Field(
        default=None,
        description="What it is, if known: invoice, contract, licence, authorization_letter, product_photo, original_image, "
        "photographer_statement, registration_certificate, application_receipt, other. "
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
    taken_on: dt.date | None = Field(
        default=None, description="For a photo: the day its camera data (EXIF) says it was taken, as read from the file."
    )
    read_with: str | None = Field(
        default=None, description="How its text was read from the file (text, html, pdf text layer, docx, ocr); empty when typed in."
    )
    unread: str | None = Field(
        default=None, description="Why nothing could be read from the file, when its reader could tell (a blank image, an image that "
        "does not open); empty otherwise.",
    )
    pictures: int | None = Field(
        default=None, description="For a Word file or a PDF with a text layer: how many pictures it holds besides its text (a stamped "
        "seal or a pasted signature is one, and its text cannot show it); empty when not counted.",
    )

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_alias(cls, value):
        if isinstance(value, str):
            key = value.strip().lower().replace(" ", "_").replace("-", "_")
            return _KIND_ALIASES.get(key, key or None)
        return value


# --- Kinds -------------------------------------------------------------------------------------------------------

# A business licence (营业执照) proves a company exists, not a right to use the mark; a certificate of the seller's own
# patent, trademark or copyright (专利证书, whose '授权公告日' is a grant date) is its own right, not an authorisation.
_BUSINESS_LICENCE_RE = re.compile(
    r"business[ _-]?licen[cs]e|营业执照|专利证书|patent[ _-]?certificate|certificate[ _-]?of[ _-]?(?:design|patent)|design[ _-]?certificate"
    r"|商标注册证|作品登记证书"
)
# A camera's RAW file or an archive said to hold originals: nothing in it can be read here.
_ORIGINAL_IMAGE_RE = re.compile(
    r"\.(cr2|cr3|crw|nef|nrw|arw|srf|sr2|dng|raf|orf|rw2|pef|srw|x3f|3fr|iiq|rwl)$|(original|raw)[ _-]?(files?|photos?|images?|pictures?)"
    r"|原图|原片|原始(图片|照片|文件)|底片"
)
_PHOTOGRAPHER_RE = re.compile(
    r"photographer|photography[ _-]?(services?[ _-]?)?(agreement|contract|statement|declaration)|photo ?shoot[ _-]?(agreement|contract|record)"
    r"|摄影师|摄影(服务)?(合同|协议)|拍摄(服务)?(合同|协议|记录|说明|声明)"
    # the photographer in Spanish, Italian, Portuguese, German and Indonesian/Malay (fotógrafo, fotografo, Fotograf, juru foto)
    r"|fot[oó]graf[oa]s?\b|\bfotograf(?:in)?\b|juru ?foto|jurugambar|certificado de autor[ií]a|servizio fotografico"
    # a photo studio's paper for a shoot ('Bright Lens Photo Studio ... product photography, 30 images', '产品摄影服务费')
    r"|photo(?:graphy)? ?studio|product photography|photography services?|photo ?shoot\b|摄影(?:工作室|服务|棚)|产品摄影|拍摄费"
    r"|sesi[oó]n de fotos|estudio fotogr[aá]fico|\bfotostudio\b|fotoshooting|studio fotografico"
    # a declaration (the seller's own) that the pictures were taken by it: a statement of who took them, signed or not
    r"|(?:declaration|statement|自我声明|声明|declaraci[oó]n|erkl[äa]rung|dichiarazione|pernyataan)[\s\S]{0,200}?"
    r"(?:photos?|pictures?|images?|图片|照片|fotos?|fotograf[ií]as|bilder|immagini|gambar)[\s\S]{0,60}?"
    r"(?:taken|shot|photographed|拍摄|tomad[oa]s|hech[oa]s|aufgenommen|gemacht|scattat[ei]|diambil)"
)


def names_photo_shoot(norm: str) -> bool:
    """Whether a (normalised) text names a photographer or a photo shoot's paper ('the photographer's invoice', 'la factura
    del fotógrafo', '摄影师的发票'): a record of who took the photos, never goods bought."""
    return bool(_PHOTOGRAPHER_RE.search(norm))


# A customs declaration, in English, Spanish, German, Italian, French, Indonesian/Malay and Chinese: it records goods
# crossing a border (who sent them, how many), not a sale to the seller. (Spain's 'DUA' is read by a file's name only:
# 'dua' is Indonesian and Malay for 'two'.)
CUSTOMS_PAPER_WORDS = (
    r"customs|(?:import|export|goods) declaration|declaraci[oó]n (?:aduanera|de importaci[oó]n)|documento [uú]nico administrativo|zollanmeldung|einfuhranmeldung"
    r"|zollerkl[äa]rung|dichiarazione doganale|bolletta doganale|d[ée]claration (?:en douane|d'importation)|douane|pabean"
    r"|pemberitahuan impor|borang kastam|报关单|海关|进口货物"
)
# A delivery note or a packing list: it records goods handed over, not what was paid for them (albarán, Lieferschein,
# documento di trasporto, bon de livraison, surat jalan, 送货单).
DELIVERY_PAPER_WORDS = (
    r"delivery (?:note|order|slip|docket)|packing (?:list|slip)|dispatch note|albar[aá]n|nota de entrega|gu[ií]a de remisi[oó]n"
    r"|lieferschein|packliste|documento di trasporto|\bd\.?d\.?t\b|bolla di (?:consegna|accompagnamento)|bon de livraison"
    r"|bordereau de livraison|surat jalan|nota penghantaran|送货单|出库单|装箱单"
)
_KIND_PATTERNS: list[tuple[AttachmentKind, re.Pattern[str]]] = [
    # A licence in English, Spanish, French, Portuguese (licence, licencia, licença), Italian and German (licenza, Lizenz),
    # Indonesian (lisensi) and Chinese; an authorisation likewise (autorización, autorizzazione, surat kuasa).
    (AttachmentKind.LICENCE, re.compile(r"licen[cszç]|lizenz|lisensi|许可")),
    # An appointment as reseller, dealer or distributor is an authorisation too: 'Letter of Appointment', 'Surat Penunjukan
    # Reseller' (Indonesian), 'Surat Pelantikan Peruncit' (Malay), 'carta de nombramiento', 'lettera di nomina', '委任书'.
    (AttachmentKind.AUTHORIZATION_LETTER, re.compile(
        r"authori[sz]|autori[sz]|\bloa\b|surat kuasa|surat kebenaran|surat izin|otorisasi|vollmacht|授权"
        r"|appointment[ _-]?letter|letter[ _-]of[ _-]appointment|(?:dealer|reseller|distributor)(?:ship)? (?:appointment|certificate)"
        r"|surat[ _-](?:penunjukan|pelantikan|lantikan|pengangkatan)|carta de nombramiento|lettera di nomina|ernennungsschreiben|委任书|经销证书")),
    (AttachmentKind.PHOTOGRAPHER_STATEMENT, _PHOTOGRAPHER_RE),
    # Purchase papers, in English, Chinese and Spanish: an invoice (factura), a till receipt (ticket, recibo), a delivery
    # note (albarán), a bank's payment record (remittance, 回单, transferencia), a customs declaration (报关单, DUA).
    (AttachmentKind.INVOICE, re.compile(
        r"invoice|receipt|purchase[ _-]?order|\bpo\b|发票|收据|小票|购物凭证|进货单|采购单|送货单|销货单|销售单|销售清单|出货单|发货单|\bfactura|\bticket|albar[aá]n|\brecibo"
        r"|\bfattura|\brechnung|\bfacture|\bfatura|\bfactuur"  # 'invoice' in Italian, German, French, Portuguese, Dutch
        r"|\bscontrino|\bricevuta|\bkassenbon|\bkassenzettel|\bquittung|ticket de caisse"  # and a till receipt
        r"|\bfaktur|\binvois|\bkwitansi|nota pembelian"  # and in Indonesian and Malay
        r"|remittance|bank[ _-]?(?:slip|transfer)|payment[ _-]?(?:slip|advice|record)|transferencia|justificante[ _-]?de[ _-]?pago|回单|汇款|转账凭证"
        r"|customs|aduan[ae]|报关单|海关"
        # a customs declaration and a delivery note or packing list in the other languages sellers write (CUSTOMS_PAPER_WORDS)
        rf"|{CUSTOMS_PAPER_WORDS}|{DELIVERY_PAPER_WORDS}"
        # an online shop's order page or record (Tmall, Taobao, JD, Shopee, Amazon): a retail purchase's record
        r"|\border[ _-]?(?:details?|summary|confirmation|record|history|no\b|number)|订单|购物记录|购买记录|交易记录|交易快照"
        r"|rincian pesanan|detail pesanan|detalles del pedido|dettagli (?:dell')?ordine|bestell(?:details|bestätigung|übersicht|nummer)")),
    # a contract of sale in Spanish, Italian, Portuguese, French, German and Indonesian/Malay too
    (AttachmentKind.CONTRACT, re.compile(r"contract|agreement|合同|协议|\bcontrat[oa]?\b|\bcontratto\b|compraventa|compravendita|\w*vertrag\b"
                                         r"|\bkontrak\b|\bperjanjian\b")),
    (AttachmentKind.PRODUCT_PHOTO, re.compile(r"\.(jpe?g|png|gif|webp|heic)$|photo|picture|图片|照片|实拍")),
]


_ARCHIVE_RE = re.compile(r"\.(zip|rar|7z|tar|gz|tgz|bz2|xz)$")
_RAW_RE = re.compile(r"\.(cr2|cr3|crw|nef|nrw|arw|srf|sr2|dng|raf|orf|rw2|pef|srw|x3f|3fr|iiq|rwl)$")
_PICTURE_RE = re.compile(r"\.(jpe?g|png|gif|webp|heic|heif|bmp|tiff?)$")


# Why there is nothing to read in a file known by its name alone (typed in a form, kept with a recorded counter-notice):
# it was not given to this triage. Said so, never "it has no readable text", which is a fault of the file.
NAMED_NOT_GIVEN = "it was named but not given here"


def named_only(name: str) -> AppealAttachment:
    """A file known by its name alone: named, not given to this triage."""
    return AppealAttachment(name=name, unread=NAMED_NOT_GIVEN)


def unread_file(attachment: AppealAttachment) -> str | None:
    """Why nothing could be read from a file that should hold something to check, in words ('a camera RAW file,
    which is not opened here'); None when it has text, or is a picture (a photo need hold no text)."""
    if attachment.text:
        return None
    if attachment.unread:
        return attachment.unread  # a blank picture, or one that does not open, holds nothing to look at either
    name = normalize_text(attachment.name)
    if _RAW_RE.search(name):
        return "a camera RAW file, which is not opened here"
    if _ARCHIVE_RE.search(name):
        return "an archive, which is not opened here"
    if _PICTURE_RE.search(name):
        return None
    if name.endswith((".pdf", ".docx", ".doc")):
        return "no text could be read from it, nor found by OCR"
    return "a file of a type that is not read here"


def attachment_kind(attachment: AppealAttachment) -> AttachmentKind:
    """The attachment's kind: the hint when given, else guessed from its name, then from its first lines."""
    if attachment.kind is not None:
        return attachment.kind
    from assistant.domain.appeals.office_papers import invalidation_paper, office_paper_kind  # they read dates with this module

    office = office_paper_kind(attachment.text)
    if office is not None:
        return AttachmentKind.APPLICATION_RECEIPT if office == "application" else AttachmentKind.REGISTRATION_CERTIFICATE
    if invalidation_paper(attachment.text):
        return AttachmentKind.OTHER  # an office's notice of, or decision on, a request against a right ('date of receipt' is no receipt)
    if _BUSINESS_LICENCE_RE.search(normalize_text(attachment.name)):
        return AttachmentKind.OTHER
    if _ORIGINAL_IMAGE_RE.search(normalize_text(attachment.name)):
        return AttachmentKind.ORIGINAL_IMAGE
    # A document headed as a licence or an authorisation is one, whoever grants it ('PHOTO USAGE LICENCE / Licensor: ...,
    # freelance photographer'): the licence the seller relies on, judged as one, never a record of who took the photos.
    from assistant.domain.appeals.factory_goods import maker_sale_statement, manufacturing_agreement

    # A manufacturing agreement with the owner is offered as the maker's permission to sell: judged as a licence, on its clauses.
    if manufacturing_agreement(attachment.text):
        return AttachmentKind.LICENCE
    title = _title(attachment.text)
    granted = next((kind for kind, pattern in _KIND_PATTERNS[:2] if pattern.search(title)), None)
    if granted is not None:
        return granted
    # An e-mail that lets its reader use the brand or the photos is the permission the seller relies on (other_papers).
    if grants_use(attachment.text):
        return AttachmentKind.AUTHORIZATION_LETTER
    # A photographer's agreement is one by its text, whatever its name says ('contract.pdf', 'invoice.pdf').
    if _PHOTOGRAPHER_RE.search(normalize_text((attachment.text or "")[:300])):
        return AttachmentKind.PHOTOGRAPHER_STATEMENT
    # A paper headed as an invoice is one, whatever its remarks say further down ('not an authorised distributor').
    if _KIND_PATTERNS[3][0] is AttachmentKind.INVOICE and _KIND_PATTERNS[3][1].search(title):
        return AttachmentKind.INVOICE
    name, heading = normalize_text(attachment.name), normalize_text((attachment.text or "")[:300])
    for source in (name, heading):
        for kind, pattern in _KIND_PATTERNS:
            # A picture's name says only that it is a picture: a scanned certificate or invoice is what its text says it is.
            if pattern.search(source) and not (kind is AttachmentKind.PRODUCT_PHOTO and source is name and _document_heading(heading)):
                return AttachmentKind.AUTHORIZATION_LETTER if kind is AttachmentKind.CONTRACT and _grants_resale(attachment.text) else kind
    # A maker's statement that it sold goods it makes under contract ('我厂受…委托加工…卖给…') says where they were bought.
    return AttachmentKind.INVOICE if maker_sale_statement(attachment.text) else AttachmentKind.OTHER


def _grants_resale(text: str | None) -> bool:
    """Whether a contract is a dealer's or a distributor's: one party grants the other the right to sell ('Il Fornitore
    autorizza il Distributore a rivendere', 'The Company appoints the Dealer') and it counts no goods, as a sale would. It
    is the authorisation the seller relies on, judged as one."""
    return grant_parties(text or "")[1] is not None and document_quantity(text or "") is None


def _title(text: str | None) -> str:
    """A document's title: its first line with words, normalised ('' for none)."""
    return next((normalize_text(line) for line in (text or "").splitlines() if line.strip()), "")


def _document_heading(heading: str) -> bool:
    """Whether the first lines of a file's text name a document kind (licence, authorisation, invoice, contract ...)."""
    return any(kind is not AttachmentKind.PRODUCT_PHOTO and pattern.search(heading) for kind, pattern in _KIND_PATTERNS)


# --- Dates -------------------------------------------------------------------------------------------------------

_MONTHS = {name: i for i, name in enumerate(_calendar.month_name) if name} | {
    name: i for i, name in enumerate(_calendar.month_abbr) if name
}
_MONTHS = {k.lower(): v for k, v in _MONTHS.items()} | {"sept": 9}
# Spanish month names ('3 de octubre de 2026'): Miravia's sellers write Spanish.
_MONTHS |= {name: i for i, name in enumerate(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), start=1)} | {"setiembre": 9}


def _month_names(languages: tuple[str, ...]) -> dict[str, int]:
    """The full month names of the other languages sellers write ('5 luglio 2026', '3 juillet 2026', '1. Juli 2026'),
    taken from dateparser's locale data (already a dependency) rather than typed out. Names of three letters are left
    out ('set', 'mar', 'mac' alone are English words too), but for May's ('mai', 'mei'), which are not."""
    from dateparser.languages import default_loader

    out: dict[str, int] = {}
    for language in languages:
        info = default_loader.get_locale(language).info
        for number, month in enumerate(_calendar.month_name[1:], start=1):
            for name in info.get(month.lower(), []):
                name = name.lower()
                if name.isalpha() and (len(name) >= 4 or (number == 5 and name in ("mai", "mei"))):
                    out.setdefault(name, number)
    return out


_MONTHS = _month_names(("it", "fr", "de", "pt", "id", "ms")) | _MONTHS
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    r"(?P<iso>(?P<y1>\d{4})\s*[-/.年]\s*(?P<m1>\d{1,2})\s*[-/.月]\s*(?P<d1>\d{1,2})(?!\d)\s*日?)"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<m2>{_MONTH_RE})\b\.?,?\s+(?:del?\s+)?(?P<y2>\d{{4}}))"
    rf"|(?P<mdy>(?P<m3>{_MONTH_RE})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}}))"
    r"|(?P<num>(?P<a4>\d{1,2})(?P<sep>[/.])(?P<b4>\d{1,2})(?P=sep)(?P<y4>\d{4}))"
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


# Words of a Spanish text or paper, where 03/10/2026 is the 3rd of October: Spain writes the day first.
_DAY_FIRST_RE = re.compile(r"\b(?:fecha|factura|ticket|albar[aá]n|compramos|unidades|adjuntamos|el \d{1,2}/"
                           r"|fattura|quantit[àa]|rechnung|datum|menge|facture|quantit[ée]|fatura|quantidade|data\s*:"
                           # a licence's term in those languages and in Indonesian ('Vigencia: del 01/03/2026 al ...', 'dal ... al')
                           r"|licencia|vigencia|licenza|durata|dal \d{1,2}/|del \d{1,2}/|lizenz|g[üu]ltig|licence de|valable|lisensi|berlaku"
                           # Indonesian and Malay papers ('Tanggal: 03/06/2026', 'Tarikh: 04/05/2026' on a faktur or invois)
                           r"|tanggal|tgl\b|tarikh|faktur|invois|kuitansi|resit)")
# (Italian, German, French, Portuguese, Indonesian and Malay papers write the day first too.)


# Figures that are part of a reference, not a date: inside a code ('RAO/2026/08/0457', 'INV-2025-03-12'), or the number a
# label introduces ('No.', 'Nomor', 'Invoice no.', 'Order no.', '发票号码', '订单号') however it looks.
_IN_CODE_RE = re.compile(r"[^\W_][/\-_]$")
_NUMBER_LABEL_RE = re.compile(
    r"(?:(?<![a-z])(?:no|nr|nomor|nomer|n[º°o]|num|number|ref|reference)\.?|#|号码|编号|单号|订单号|合同号)\s*[:：]?\s*[\w/\-.]*$")


def _in_reference(norm: str, start: int) -> bool:
    before = norm[max(0, start - 40):start]
    return bool(_IN_CODE_RE.search(before) or _NUMBER_LABEL_RE.search(before.split("\n")[-1]))


def find_dates(text: str) -> list[FoundDate]:
    """Every unambiguous date in ``text`` (2024-03-15, 2024年3月15日, 15 March 2024, March 15, 2024, 25/03/2024;
    03/10/2024 in a Spanish text, which writes the day first); never figures of a reference number ('No. RAO/2026/08/0457')."""
    found: list[FoundDate] = []
    day_first = bool(_DAY_FIRST_RE.search(normalize_text(text)))
    for match in _DATE_RE.finditer(normalize_text(text)):
        if _in_reference(normalize_text(text), match.start()):
            continue
        g = match.groupdict()
        if g["iso"]:
            value = _to_date(g["y1"], g["m1"], g["d1"])
        elif g["dmy"]:
            value = _to_date(g["y2"], _MONTHS[g["m2"]], g["d2"])
        elif g["mdy"]:
            value = _to_date(g["y3"], _MONTHS[g["m3"]], g["d3"])
        else:
            a, b = int(g["a4"]), int(g["b4"])
            # 03/04/2024 could be March or April: only a day above 12 makes it unambiguous. Written with dots ('12.05.2025',
            # as German, Italian or Indonesian papers write it), the day comes first: no one writes a month first with dots.
            value = _to_date(g["y4"], b, a) if a > 12 or a == b or day_first or g["sep"] == "." else _to_date(g["y4"], a, b) if b > 12 else None
        if value:
            found.append(FoundDate(match.start(), match.end(), value))
    return sorted(found + _worded_dates(normalize_text(text), found), key=lambda d: d.start)


# A day, a month in words and a year, as papers in other languages write them ('12 Oktober 2026', '3 Mac 2026', '5. März
# 2026', '22 ottobre 2026'): the month's word is read by dateparser in the languages sellers write, so no month names are
# listed here beyond the English and Spanish ones above.
# (A scan's OCR may read the month's capital O as a zero: '12 0kt 2026'.)
_WORDED_DATE_RE = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})(?:st|nd|rd|th|er)?\.?\s*(?:de\s+)?(?P<m>0?[^\W\d_]{2,12})\.?,?\s*(?:de\s+)?(?P<y>\d{4})(?!\d)"
    r"|(?<![\w])(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})(?!\d)"
)
# Indonesian, Malay, Italian, German, French, Portuguese, Dutch: dateparser reads their months offline.
_WORDED_LANGUAGES = ("id", "ms", "it", "de", "fr", "pt", "nl")


def _worded_dates(norm: str, taken: list[FoundDate]) -> list[FoundDate]:
    """The dates with a month in words the patterns above do not know, read through dateparser."""
    out = []
    for match in _WORDED_DATE_RE.finditer(norm):
        word = match.group("m") or match.group("m2")
        if word in _MONTHS or any(f.start < match.end() and match.start() < f.end for f in taken):
            continue  # a month the patterns read (or refused as no real day, '31 November 2026')
        value = _worded_day(re.sub(r"(?<=\s)0(?=[^\W\d_])|(?<=\d)0(?=[^\W\d_]{2})", "o", match.group(0)) if word.startswith("0") else match.group(0))
        if value:
            out.append(FoundDate(match.start(), match.end(), value))
    return out


# A day and its month with no year, as sellers write the day they bought ('on 5 September', 'September 5th', 'el 5 de
# septiembre', 'il 5 luglio', 'am 5. September', '9月5日'). Read only in the seller's own words, where the day of its
# message says which year: the latest such day on or before it (what happened is in the past). A document's date has its
# year, and is never read this way.
_YEARLESS_RE = re.compile(
    rf"(?<![\w./-])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+|of\s+(?:the\s+)?)?(?P<m>{_MONTH_RE})\b\.?(?!,?\s*(?:del?\s+)?\d)"
    rf"|(?<![\w])(?P<m2>{_MONTH_RE})\.?\s+(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,/:]?\s*\d)"
    r"|(?<![\d年月])(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*[日号](?!\s*\d)"
)
# Month words that are also everyday words, read as a month before a day only when written with a capital ('May 5').
_ORDINARY_WORDS = frozenset({"may", "march", "mayo", "mai"})


def yearless_days(text: str, by: date) -> list[FoundDate]:
    """The days ``text`` gives without their year, each the latest such day on or before ``by`` (the day of the
    message); positions in the normalised text, as find_dates gives them. A day with its year is left to find_dates."""
    norm = normalize_text(text)
    taken = find_dates(text)
    out = []
    for match in _YEARLESS_RE.finditer(norm):
        if any(f.start < match.end() and match.start() < f.end for f in taken):
            continue
        if match.group("cm"):
            month, day = int(match.group("cm")), int(match.group("cd"))
        else:
            word, day = (match.group("m"), match.group("d")) if match.group("m") else (match.group("m2"), match.group("d2"))
            if match.group("m2") and word in _ORDINARY_WORDS and not (len(norm) == len(text) and text[match.start()].isupper()):
                continue
            month, day = _MONTHS[word], int(day)
        value = next((d for d in (_to_date(str(y), month, str(day)) for y in (by.year, by.year - 1)) if d and d <= by), None)
        if value:
            out.append(FoundDate(match.start(), match.end(), value))
    return out


@lru_cache(maxsize=512)
def _worded_day(words: str) -> date | None:
    import dateparser  # reads month names in many languages, offline; loaded only when a text has such a date

    parsed = dateparser.parse(words, languages=list(_WORDED_LANGUAGES), settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


# A month with no day ('2024年3月', 'March 2024', 'Sept. 2024'): kept as written and compared as a month, never read as a day.
_MONTH_ONLY_RE = re.compile(
    r"(?P<cjk>(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月(?!\s*\d))"
    rf"|(?P<en>\b(?P<m2>{_MONTH_RE})\.?,?\s+(?:(?:de|del|di)\s+)?(?P<y2>\d{{4}})\b)"  # 'enero de 2023', 'maggio del 2023'
)


@dataclass(frozen=True)
class SaidDate:
    """A date as a text gives it: a day, or a month without a day (``month_only``), with the words it is written in."""

    start: int
    end: int
    value: date  # the day; for a month, its first day; for a year, its first day
    written: str
    month_only: bool = False
    year_only: bool = False  # a year alone ('en 2024'): never read as a day or a month

    def agrees_with(self, day: date) -> bool:
        """Whether ``day`` is this date, or falls in this month (or year)."""
        if self.year_only:
            return self.value.year == day.year
        return (self.value.year, self.value.month) == (day.year, day.month) if self.month_only else self.value == day


_YEAR_ALONE_RE = re.compile(r"(?<![\d/.\-])(?:19|20)\d{2}(?![\d/.\-])(?:\s*年(?!\s*\d))?")


def years_alone(text: str) -> list[SaidDate]:
    """Every year a text gives alone ('en 2024', 'nel 2023', '2024年'), outside a day or a month, each as written."""
    norm = normalize_text(text)
    taken = [(d.start, d.end) for d in days_and_months(text)]
    out = []
    counted = {start for start, _, _ in goods_counts(text)}
    for match in _YEAR_ALONE_RE.finditer(norm):
        if any(s <= match.start() < e for s, e in taken) or _in_reference(norm, match.start()):
            continue
        if match.start() in counted or re.match(rf"\s*{_UNIT}(?![a-z])", norm[match.end():]):
            continue  # '2000 Zelte', '2000 pcs': a count of goods, never a year
        out.append(SaidDate(match.start(), match.end(), date(int(match.group(0)[:4]), 1, 1), _as_in(text, match.group(0).strip()),
                            year_only=True))
    return out


def days_and_months(text: str) -> list[SaidDate]:
    """Every day (as find_dates reads them) and every month given without a day, in the order they come, each as written."""
    from assistant.domain.appeals.day_words import everyday_month_word, without_unreal_dates  # (it reads month names here)

    norm = normalize_text(without_unreal_dates(text))  # '30 February 2026' is no day, and never the month 'February 2026'
    days = find_dates(text)
    found = [SaidDate(d.start, d.end, d.value, _as_in(text, norm[d.start : d.end].strip())) for d in days]
    for match in _MONTH_ONLY_RE.finditer(norm):
        if any(d.start < match.end() and match.start() < d.end for d in days):
            continue  # the month of a full date
        if everyday_month_word(_as_in(text, match.group(0).strip())):
            continue  # 'we may 2026 ...': the verb, never the month
        year, month = (match.group("y1"), match.group("m1")) if match.group("cjk") else (match.group("y2"), _MONTHS[match.group("m2")])
        value = _to_date(year, month, "1")
        if value:
            found.append(SaidDate(match.start(), match.end(), value, _as_in(text, match.group(0).strip()), month_only=True))
    return sorted(found, key=lambda d: d.start)


_RANGE_JOIN_RE = re.compile(r"^\s*(?:to|until|till|through|thru|and|-|–|—|~|至|到|起至|al|hasta|a|sampai|hingga|s/d|bis|au|fino al|at[eé])\s*$")
# A 'valid until' in the languages papers and sellers write, one vocabulary for a paper's validity line (validity_period)
# and for the seller's words (claims.said_until): a word of validity, then one of 'until' ('valid until', 'in force until',
# 'Gültig bis', 'gültig bis zum', 'valido fino al', 'válido hasta', 'válida até', 'valable jusqu'au', 'berlaku hingga',
# 'geldig tot'). German is often typed without its umlauts ('Gueltig bis'): the same word.
VALID_WORD = r"(?:valid|in force|in effect|effective|berlaku|v[aá]lid[oa]s?|vigente|g(?:ü|ue|u)ltig|valable|valide|geldig)"
UNTIL_WORD = r"(?:until|till|through|thru|to|sampai|hingga|hasta|fino\s+al?|bis(?:\s+zum)?|jusqu['’]\s*(?:au|à|a)|at[eé]|tot)"
# Words before a date that make it the last day ("Term: until ...", "valid through", "expires on", "in force until",
# 有效期至, 授权期限：至 ...), and after it ("2027年6月30日止").
_UNTIL_CUE_RE = re.compile(
    rf"\b{VALID_WORD}\b(?:\s+\S+)?\s*[:：]?\s*{UNTIL_WORD}(?!\w)|\b(until|till|through|thru)\b|expir(y|es|ation|ing|e)"
    r"|end date|ends? on|terminat(es|ion date)|有效期(至|到|截至)|截止|截至|到期|[至到]\s*$"
    r"|\b(sampai|hingga|hasta|valable jusqu|valido fino)"  # Malay, Spanish, ...
    # a label of the last day: 'Validade:', 'Scadenza:', 'Vencimiento:', 'Ablaufdatum:', 'Tarikh tamat:'
    r"|\b(validade|scadenza|vencimiento|caducidad|ablaufdatum|g(?:ü|ue)ltigkeitsende|tarikh tamat|tanggal berakhir|[ée]ch[ée]ance)\b\s*[:：]"
)
_UNTIL_AFTER_RE = re.compile(r"^\s*(止|为止|前有效|以前有效)")
_FROM_CUE_RE = re.compile(r"(valid|effective)\s+(from|since|as of)|start date|生效|起始")
_DOC_DATE_CUE_RE = re.compile(r"(invoice|issue|order|contract|signing)\s+date|date of (issue|invoice)|dated|\bdate\b|开票日期|日期|签订|签署"
                              r"|\b(?:tanggal|tgl|tarikh|fecha|datum|data)\b\s*[:：]")  # a date's label in other languages


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
        if end is None and (_UNTIL_CUE_RE.search(before) or _UNTIL_AFTER_RE.match(norm[found.end : found.end + 6])):
            end = found.value
        elif start is None and _FROM_CUE_RE.search(before):
            start = found.value
    return start, end or _end_in_words(norm)


_UNTIL_WORDS_RE = re.compile(
    rf"(?:\b{VALID_WORD}\b(?:\s+\S+)?\s*[:：]?\s*{UNTIL_WORD}(?!\w)|\b(?:term|period|duration)\b[^\n.]{{0,12}}?\b(?:until|to)"
    r"|expires?(?:\s+on|\s+at)?|有效期(?:至|到)?|授权期限[:：]?\s*至)\s*[:：]?\s*(?P<when>[^\n;；。]{3,40})"
)
# The end of a year in words: 'the end of 2025', 'Ende 2025', 'fin 2025', 'fine 2025', 'final de 2025', 'akhir 2025'.
_END_OF_YEAR_RE = re.compile(r"^(?:the\s+)?(?:end\s+of|ende|fin(?:e|al)?(?:\s+(?:de|del|di))?|finales\s+de|akhir(?:\s+tahun)?)\s+"
                             r"(?:the\s+year\s+)?(\d{4})\b")
_DATEPARSER_LANGUAGES = ["en", "zh", "de", "fr", "es", "pt", "it", "id", "ms"]


def _end_in_words(norm: str) -> date | None:
    """A last day written in words no date pattern reads ('until the end of 2027', 'valid through June 2027',
    'until the 30th day of June, 2027'), through dateparser; a month alone means its last day."""
    import dateparser  # reads dates in words in many languages, offline; loaded only when the patterns found none

    for match in _UNTIL_WORDS_RE.finditer(norm):
        when = match.group("when").strip(" ,.")
        year = _END_OF_YEAR_RE.match(when)
        if year:
            return date(int(year.group(1)), 12, 31)
        when = re.sub(r"^(?:the\s+)?end\s+of\s+|^(?:zum|al|à|au)\s+", "", when)
        parsed = dateparser.parse(
            when, languages=_DATEPARSER_LANGUAGES,
            settings={"PREFER_DAY_OF_MONTH": "last", "REQUIRE_PARTS": ["month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
        if parsed:
            return parsed.date()
    return None


# A line that speaks of how long a paper is valid: a 'valid until' (any spelling of VALID_WORD and UNTIL_WORD) or a label of its end.
_VALIDITY_LINE_RE = re.compile(rf"^[^\n]*?(?:\b{VALID_WORD}\b(?:\s+\S+)?\s*[:：]?\s*{UNTIL_WORD}(?!\w)|有效期|授权期限|\b(?:validade|scadenza"
                               r"|vencimiento|caducidad|ablaufdatum|tarikh tamat|tanggal berakhir)\b)[^\n]*$", re.MULTILINE)


def validity_line(text: str) -> str | None:
    """The line in which a paper says how long it is valid, as written ('Diese Lizenz ist gültig bis auf Widerruf.'), or None.
    A paper that holds one is never said not to say when it is valid, even where no day in it could be read."""
    match = _VALIDITY_LINE_RE.search(normalize_text(text or ""))
    return _as_in(text, match.group(0).strip())[:100] if match else None


def document_date(text: str) -> date | None:
    """The date a document was issued: the first date after a 'date' label, else the first date in it."""
    norm = normalize_text(text)
    dates = find_dates(text)
    for found in dates:
        if _DOC_DATE_CUE_RE.search(norm[max(0, found.start - 25) : found.start]):
            return found.value
    return dates[0].value if dates else None


# A line a document labels as its date ('Date:', 'Tanggal:', 'Tarikh:', 'Fecha:', 'Data:', 'Datum:', '日期：') that holds figures.
_DATE_LINE_RE = re.compile(
    r"^[^\n:：]{0,48}?(?:\b(?:date|dated|tanggal|tgl|tarikh|fecha|data|datum)\b|日期)[^\n:：]{0,12}[:：][ \t]*(?P<when>[^\n]*\d[^\n]*?)[ \t]*$",
    re.MULTILINE,
)


def unread_date(text: str) -> str | None:
    """A date a document gives that could not be read as a day ('31/11/2026', a month name no reader knows), as
    written; None when its date was read or it labels none. A document that holds such a line is never said to show no
    date: its date is not verified."""
    if not text or document_date(text) is not None:
        return None
    match = _DATE_LINE_RE.search(normalize_text(text))
    return _as_in(text, match.group("when").strip())[:60] if match else None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _calendar.monthrange(year, month + 1)[1]))


# --- Quantities and signatures ------------------------------------------------------------------------------------

_UNIT = r"(?:pcs|pc|pieces?|units?|pairs?|sets?|bottles?|boxes|box|cartons?|packs?|unidades|unidad|uds|piezas|pares|cajas|botes|frascos|paquetes|paia|pezzi|pz|paires|pi[èe]ces|paar|st[üu]ck|stk|件|个|只|双|台|套|条|箱|盒|支|瓶|罐|包|袋|片|张|顶|把|块|副|本|卷|桶|部)"
# A count: digits with thousands commas ('1,200'), or with thousands points as Spanish writes them ('1.200').
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?![\d.,])|\d[\d,]*"
_TOTAL_QTY_RE = re.compile(rf"(?:total\s*(?:qty|quantity|pieces|pcs)|合计数量|总数量|数量合计)\s*[:：]?\s*({_NUMBER})")
_QTY_RE = re.compile(
    # ('Qta 240', 'Qtd 144', 'Qté 30': the Italian, Portuguese and French abbreviations, as a quantity column's heading is read)
    r"(?:qty|quantity|数量|cantidad|cant\.|(?<![a-z])uds\.?|quantit[àaée]|q\.t[àa]|(?<![a-z])(?:qt[àa]|qtde?|qté)\.?|menge|anzahl|quantidade)"
    rf"\s*[:：]?\s*({_NUMBER})|({_NUMBER})\s*{_UNIT}(?![a-z])"
    rf"|[a-z)]\s+[x×]\s*({_NUMBER})\s*$"  # an order line ending 'Rose Serum 30ml x 80'
    # a till receipt's line 'SPF50 50ML   24 x 17,99 = 431,76', its goods' size ending in a digit too ('Botas Hiker T42   1 x 89,90')
    r"|^[^\n]*?[a-z0-9)]\s+(\d+)\s*[x×]\s*(?:[a-z]{1,3}\s?|[€$£¥￥])?\d+[.,]\d{2}\b"
    , re.MULTILINE
)


def as_number(written: str) -> int:
    """A count as written ('1,200', '1.200') as a number."""
    return int(written.replace(",", "").replace(".", ""))


# A table's quantity column, by its heading ('Description | Qty | Amount', '品名  数量  金额', 'Deskripsi  Jumlah  Harga'), in
# the languages sellers write in: under such a heading the quantity is that column's, never a count of pieces inside the
# goods' description ('sand toy set 8 pcs', 'set 6 pz'). 'Jumlah' (Indonesian, Malay) also means an amount ('Jumlah Harga'):
# a quantity heading only when no other is on the line, and then a row's quantity is the count standing alone in it.
_QTY_HEADINGS = ("qty", "quantity", "quantities", "q'ty", "q.ty", "数量", "数目", "cantidad", "cant.", "quantità", "quantita", "qtà",
                 "q.tà", "menge", "anzahl", "kuantiti", "kuantitas", "banyaknya", "quantité", "qté", "quantidade", "qtd", "aantal")
_QTY_HEADING_RE = re.compile(r"^(?:" + "|".join(map(re.escape, _QTY_HEADINGS)) + r"|jumlah)(?:\s*\([^)]*\))?\.?$")
# A heading word at the start of a word of a heading line, even when OCR runs it into the next heading ('QtyHarga').
_HEADING_WORD_RE = re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, _QTY_HEADINGS)) + r"|jumlah)(?![a-z])|(?<![a-z])(?:qty|menge)")
# A price in a row: after a currency, or written with cents ('39,90', '4200.00').
_CURRENCY = r"(?:rp\.?|rm|idr|myr|sgd|usd|us\$|eur|rmb|cny|aud|gbp|thb|php|vnd|[$€¥£₱₫])"
_PRICE_RE = re.compile(rf"{_CURRENCY}\s*\d[\d.,]*|\d[\d.,]*[.,]\d{{2}}(?![\d])(?:\s*(?:{_CURRENCY}|元))?|\d[\d.,]*\s*元")
# A count standing alone in a row: not part of a word or a measure ('20cm', 'set8'), a code ('CK-10', '20/24/28'), a
# percentage or a price.
_ALONE_RE = re.compile(rf"(?<![\w.,/\-#])({_NUMBER})(?=\s|$|{_CURRENCY})(?![.,]\d)")
_ROWS_END_RE = re.compile(r"^\s*(?:sub-?)?total|^\s*grand total|^\s*jumlah\s*(?:total|harga|bayar)?\s*[:：]|^\s*(?:合计|总计|小计|totale|gesamt"
                          r"|summe|importe total|montant total)")


@dataclass(frozen=True)
class RowQuantity:
    """The quantity of one row of a table, as its quantity column writes it, and the count of pieces its goods' name
    gives for each one ('8 pcs' in 'knife set 8 pcs'), when it gives one: then the quantity counts sets, not pieces."""

    value: int
    written: str
    each_holds: str | None = None


def _cells(line: str) -> list[str]:
    """A table line's cells: split at '|' or tabs when it has them, else at runs of two or more spaces (a table laid
    out with spaces, or read from a scan)."""
    if "|" in line:
        return [cell.strip() for cell in line.split("|")]
    return [cell.strip() for cell in re.split(r"\t+|\s{2,}", line.strip())]


def _quantity_heading(line: str) -> int | None:
    """Which cell of ``line`` heads a quantity column (-1 when a heading word is there but the cells cannot say
    which), or None when the line is no table heading: a line of several words, no digits, and a quantity heading."""
    if re.search(r"\d", line) or len(line.split()) < 2:
        return None
    cells = _cells(line)
    exact = [i for i, cell in enumerate(cells) if _QTY_HEADING_RE.match(cell)]
    plain = [i for i in exact if not cells[i].startswith("jumlah")]
    if plain or exact:
        return (plain or exact)[0]
    return -1 if _HEADING_WORD_RE.search(line) else None


def _count_in_row(row: str, cells: list[str], width: int, column: int) -> RowQuantity | None:
    """A row's quantity: its quantity column's cell when the row has as many cells as the heading, else the one count
    that stands alone in the row (a count inside the goods' name, a measure, a code or a price never)."""
    if column >= 0 and len(cells) == width:
        cell = cells[column]
        match = re.match(rf"({_NUMBER})(?![\d.,])", cell)
        each = _PIECES_EACH_RE.search(" ".join(c for i, c in enumerate(cells) if i != column))
        return RowQuantity(as_number(match.group(1)), cell, each and each.group(0)) if match else None
    prices = [m.span() for m in _PRICE_RE.finditer(row)]
    alone: list[re.Match[str]] = []
    for match in _ALONE_RE.finditer(row):
        inside_brackets = row[: match.start()].count("(") > row[: match.start()].count(")")
        priced = any(a <= match.start() < b for a, b in prices)
        with_unit = re.match(rf"\s*{_UNIT}(?![a-z])", row[match.end():])
        if not (inside_brackets or priced or with_unit):
            alone.append(match)
    if not alone:
        return None
    # Several: the last before the first price (a line number or an item code comes first, the prices after).
    first_price = prices[0][0] if prices else len(row)
    before = [m for m in alone if m.start() < first_price]
    chosen = before[-1] if before else alone[0]
    each = _PIECES_EACH_RE.search(row[: chosen.start()])
    return RowQuantity(as_number(chosen.group(1)), chosen.group(1), each and each.group(0))


def table_rows(norm: str) -> list[RowQuantity]:
    """The quantities of a table's rows, each as its quantity column writes it; none when no heading names a quantity
    column. ``norm`` is the text as normalize_text gives it."""
    found: list[RowQuantity] = []
    column, width = None, 0
    for line in norm.splitlines():
        heading = _quantity_heading(line)
        if heading is not None:
            column, width = heading, len(_cells(line))
            continue
        if column is None:
            continue
        if _ROWS_END_RE.match(line) or (not line.strip() and found):
            column = None
            continue
        row = _count_in_row(line, _cells(line), width, column)
        if row is not None:
            found.append(row)
    return found


# A count of pieces in the goods' name ('set 8 pcs', '6件', 'juego de 3 piezas').
_PIECES_EACH_RE = re.compile(rf"(?<![\d.,/\-])\d+\s*{_UNIT}(?![a-z])")


def pieces_each(text: str) -> str | None:
    """When a table's quantity column counts sets whose name gives the pieces in each ('knife set 8 pcs' bought 3
    times), that count as the document writes it ('8 pcs'); None otherwise. The pieces are then not the column's
    figure, and are never multiplied out here."""
    norm = normalize_text(text or "")
    each = next((row.each_holds for row in table_rows(norm) if row.each_holds), None) or _each_beside_quantity(norm)
    return _as_in(text, each) if each else None


def _each_beside_quantity(norm: str) -> str | None:
    """The pieces in each set a line gives beside its quantity ('8个' of '刀具（套装8个） 数量：30', '3 pcs' of '3 pcs/set x 20')."""
    for line in norm.split("\n"):
        kept = _line_quantities(line)
        for match in _QTY_RE.finditer(line):
            if match.group(2) and match.start(2) not in kept and kept:
                return match.group(0).strip()
    return None


def _table_quantities(norm: str) -> list[int]:
    """The numbers in a table's quantity column, one per row after its heading; none when no table heads one."""
    return [row.value for row in table_rows(norm)]


def _total_line_quantity(norm: str) -> int | None:
    """The count a document's total line gives ('Total: 30 pcs, gross weight 2.1 kg', '合计：30支', 'Gesamt: 120 Stück',
    'Summe 40 Stk'): the sum of its lines, never one more line to add to them. None when no total line counts pieces
    (a total of money, 'Total: CNY 5,400.00', counts none)."""
    for line in norm.split("\n"):
        if _ROWS_END_RE.match(line):
            counts = _line_quantities(line)
            if counts:
                return counts[min(counts)]
    return None


def _stated_total(norm: str) -> int | None:
    """Pieces a document states as its total: 'Total qty 30', or a total line that counts pieces."""
    total = _TOTAL_QTY_RE.search(norm)
    return as_number(total.group(1)) if total else _total_line_quantity(norm)


def document_quantity(text: str) -> int | None:
    """Pieces a purchase document covers: its stated total, else its table's quantity column, else the sum of its line
    quantities."""
    norm = normalize_text(text)
    total = _stated_total(norm)
    if total is not None:
        return total
    in_table = _table_quantities(norm)
    if in_table:
        return sum(in_table)
    seen: dict[int, int] = {}  # number position -> value, so 'Qty: 50 pcs' counts once
    offset = 0
    for line in norm.split("\n"):
        seen |= {offset + where: value for where, value in _line_quantities(line).items()}
        offset += len(line) + 1
    return sum(seen.values()) if seen else None


def quantity_lines(text: str) -> list[str]:
    """The lines, as written, whose quantities a purchase document's count adds up when it states no total and has no
    quantity column ('Botas Hiker T42   1 x 89,90' and '... T43   2 x 89,90' for 3); [] when its count is one figure."""
    norm = normalize_text(text)
    if _stated_total(norm) is not None or _table_quantities(norm):
        return []
    plain = unicodedata.normalize("NFKC", text or "").splitlines()
    counted = [i for i, line in enumerate(norm.split("\n")) if _line_quantities(line)]
    if len(counted) < 2 or len(plain) != len(norm.split("\n")):
        return []
    return [plain[i].strip() for i in counted]


# The pieces in each set, box or pack, said beside the count of sets ('（套装8个）', '每套8个', '3 pcs/set', '8 pcs per set',
# 'set of 8', 'pack of 6'): what each holds, never a quantity bought.
_EACH_BEFORE_RE = re.compile(r"(?:套装|每套|每盒|每箱|每包|每件|一套|\bset of|\bpack of|\bbox of|\beach|\bper)\s*[:：]?\s*$")
_EACH_AFTER_RE = re.compile(r"^\s*(?:/\s*(?:sets?|packs?|box(?:es)?|cartons?|ctns?|套|盒|箱|包)(?![a-z])|per\b|each\b|a set\b|一套|每套)")


def _line_quantities(line: str) -> dict[int, int]:
    """The quantities one line states, by where each stands in it. A count given as the quantity
    ('数量：30', 'Qty 30', '... x 20') is the line's: a count of pieces beside it describes the goods ('刀具（套装8个） 数量：30',
    'Qty 30 (8 pcs per set)', 'set 3 pcs/set x 20'), and so does a count of pieces in each set anywhere ('3 pcs/set, 20 sets')."""
    stated: dict[int, int] = {}
    counted: dict[int, int] = {}
    for match in _QTY_RE.finditer(line):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        where, value = match.start(group), as_number(match.group(group))
        if group != 2:
            stated[where] = value
        elif not (_EACH_BEFORE_RE.search(line[:where]) or _EACH_AFTER_RE.match(line[match.end():])):
            counted[where] = value
    return stated or counted


# A count in the seller's words, with the goods as its unit: "250 daypacks", "400 backpacks", "1,200 bottles of serum".
_NOT_GOODS = frozenset(
    "days weeks months years hours minutes seconds times percent dollars euros pounds yuan usd eur rmb cents years' ones "
    "pages files photos pictures images emails letters documents invoices orders listings links stores shops".split()
)
_COUNT_OF_GOODS_RE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:[,.]\d{3})+|\d+)\s+(?:[a-z][a-z-]*\s+){0,2}?([a-z][a-z-]*s)\b")
# German writes its goods as capitalised nouns whose plurals end in -e, -en, -n, -er or -s ('2000 Zelte', '150 Stirnlampen'):
# read on the text as written, case kept, never a span of time or money.
_GERMAN_COUNT_RE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:\.\d{3})+|\d+)\s+([A-ZÄÖÜ][a-zäöüß]{2,}(?:e|en|n|er|s))\b")
_GERMAN_NOT_GOODS = frozenset("jahre jahren monate monaten tage tagen wochen stunden minuten sekunden prozent euro cent".split())
# Words that make the figure after them a year ('im 2000', 'seit 2019', 'since 2020', 'desde 2021'), never a count.
_YEAR_CUE_RE = re.compile(r"\b(?:im|in|seit|ab|bis|vor|anno|jahr|since|year|from|en|el|año|del|desde|dal|nel)\s*$")


def goods_counts(text: str) -> list[tuple[int, int, int]]:
    """(start, end, figure) of each count of goods a seller's sentence gives by naming the goods ('400 backpacks', '2.000
    mochilas', '2000 Zelte'), in order; a figure that a word makes a year ('seit 2019 ...') is none."""
    norm = normalize_text(text)
    cased = unicodedata.normalize("NFKC", text or "")
    found = [(m.start(), m.end(), as_number(m.group(1))) for m in _COUNT_OF_GOODS_RE.finditer(norm) if m.group(2) not in _NOT_GOODS]
    if len(cased) == len(norm):
        found += [(m.start(), m.end(), as_number(m.group(1))) for m in _GERMAN_COUNT_RE.finditer(cased)
                  if m.group(2).lower() not in _GERMAN_NOT_GOODS]
    days = [(d.start, d.end) for d in find_dates(text)]  # '2 October 2026' is a day, never two Octobers
    return sorted(f for f in found if not _YEAR_CUE_RE.search(norm[max(0, f[0] - 8):f[0]]) and not any(s <= f[0] < e for s, e in days))


def stated_quantity(text: str) -> int | None:
    """Pieces a seller's sentence speaks of: as a document states them, else a count of the goods named by their
    plural ('we bought 400 backpacks', '2000 Zelte')."""
    found = document_quantity(text)
    if found is not None:
        return found
    counts = goods_counts(text)
    return counts[0][2] if counts else None


def quantity_as_written(text: str, value: int) -> str | None:
    """How ``text`` writes the quantity ``value``: the number with its unit or goods ('18 瓶', '250 daypacks'), else
    the number alone as written ('1,200'); None when it does not hold that number."""
    norm = normalize_text(text)
    in_column = [row.written for row in table_rows(norm) if row.value == value]
    if len(in_column) == 1:  # the table's quantity column, never the same figure elsewhere ('set 3 pcs', an address)
        return _as_in(text, in_column[0])
    spanish = f"{value:,}".replace(",", ".")  # '1.200', as Spanish writes 1200
    number = rf"(?<![\d,.]){value:,}(?![\d,])|(?<![\d,.]){re.escape(spanish)}(?![\d,.])|(?<![\d,.]){value}(?![\d,])"
    goods = rf"(?:{number})\s*(?:{_UNIT}(?![a-z])|(?:[a-z][a-z-]*\s+){{0,2}}?[a-z][a-z-]*s\b)"
    for pattern in (goods, number):
        match = re.search(pattern, norm)
        if match:
            return _as_in(text, match.group(0).strip())
    return None


def _as_in(text: str, found: str) -> str:
    """``found`` (read from the lower-cased normalised text) as ``text`` writes it, letter case included."""
    plain = unicodedata.normalize("NFKC", text or "")
    match = re.search(r"\s*".join(map(re.escape, found.split())), plain, re.IGNORECASE)
    return match.group(0) if match else found


def as_written(text: str, found: str) -> str:
    """Words read from the normalised text (a name a grant line starts with) as ``text`` writes them, one space between words
    (a PDF's text layer may space them wider)."""
    return " ".join(_as_in(text, found).split())


def date_as_written(text: str, value: date) -> str | None:
    """How ``text`` writes the date ``value`` ('14 May 2025', '2026年9月12日'), or None when it does not hold it."""
    norm = normalize_text(text)
    # A day the seller gave without its year is quoted as it wrote it ('5 September'), the year resolved beside it.
    found = [*find_dates(text), *yearless_days(text, value)]
    return next((_as_in(text, norm[d.start : d.end].strip()) for d in found if d.value == value), None)


_SHOOT_CUE_RE = re.compile(
    r"(shoot|shooting|session|photo ?shoot)\s+date|date\s+of\s+(the\s+)?(shoot|shooting|photography|session)"
    r"|(shot|taken|photographed|captured)\s+(on|in)|拍摄(日期|时间|于)|摄于|拍摄"
    # the shoot in Spanish, Italian, German and Indonesian/Malay ('en la sesión del día 3 de octubre de 2026', 'nel servizio
    # fotografico del 12 settembre 2026', 'beim Fotoshooting am ...', 'sesi foto pada ...')
    r"|sesi[oó]n(?: fotogr[aá]fica| de fotos)?|servizio fotografico|(?:foto)?shooting|aufgenommen am|fotografiert am|scattat[eoai] il"
    r"|sesi (?:foto|pemotretan)|pemotretan|penggambaran"
)


# Where the words that give a date its role start: the date's own line or clause ('签订日期：2025年9月5日' is a signing date,
# whatever a line above it says of the shoot), or the line before when the date stands alone on its own.
_DATE_CLAUSE_END_RE = re.compile(r"[\n。；;，,]")


def shoot_date(text: str) -> date | None:
    """The day photos were taken, as a text says it ('Shoot date: 14 June 2025', 'shot on ...', '拍摄日期：...'): a day
    whose own line or clause says so."""
    norm = normalize_text(text)
    for found in find_dates(text):
        before = norm[max(0, found.start - 60) : found.start]
        ends = [m.end() for m in _DATE_CLAUSE_END_RE.finditer(before)]
        own = before[ends[-1]:] if ends else before
        if not re.search(r"\w", own):
            own = before[ends[-2]:] if len(ends) > 1 else before
        if _SHOOT_CUE_RE.search(own):
            return found.value
    return None


# --- What a contract or licence covers, and who keeps the rights ----------------------------------------------------

_SUBJECT_RE = re.compile(
    # after a clause's number, if any ('一、', '2.', '(3)')
    r"^[ \t]*(?:(?:[一二三四五六七八九十]+、|\(?\d{1,2}[.)、]|\(?[a-z]\))[ \t]*)?"
    r"(?:subject(?:\s+matter)?(?:\s+of\s+the\s+(?:shoot|agreement|contract|licen[cs]e))?|scope(?:\s+of\s+(?:work|services))?"
    r"|licensed\s+(?:products?|goods)|products?|productos|goods|works?"
    # the contract's subject in Spanish, Italian, French, German and Indonesian/Malay
    r"|objeto(?:\s+del\s+contrato)?|oggetto(?:\s+del\s+contratto)?|objet(?:\s+du\s+contrat)?|(?:vertrags)?gegenstand|objek(?:\s+perjanjian)?"
    r"|拍摄内容|拍摄项目|拍摄产品|拍摄对象|服务内容|服务项目|合同标的|标的|产品名称|商品名称|许可商品|授权商品|许可产品|授权产品|作品名称)[ \t]*[:：][ \t]*"
    r"(?P<what>[^\n]{2,120}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def contract_subject(text: str) -> str | None:
    """What a contract or licence says it covers ('Subject: leather saddle bags, 24 images', '拍摄内容：...'), as written."""
    match = _SUBJECT_RE.search(text or "")
    return match.group("what").strip() if match else None


# A licence's own label for the goods it covers (not a 'Scope:' or 'Subject:' line, which may say anything).
_LICENSED_PRODUCTS_RE = re.compile(
    r"^[ \t]*(?:licensed\s+(?:products?|goods)|products?|goods|productos(?:\s+licenciados)?|许可商品|授权商品|许可产品|授权产品|产品名称|商品名称)"
    r"[ \t]*[:：][ \t]*(?P<what>[^\n]{2,120}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# The goods a grant lets its licensee sell, said in the grant itself: '在天猫/淘宝平台销售KIRRA品牌箱包类产品', 'to sell KIRRA bags
# and backpacks on AliExpress', 'para vender mochilas KIRRA en ...', 'a vendere zaini KIRRA su ...', 'untuk menjual tas KIRRA di ...'.
_GRANTED_GOODS_RE = re.compile(
    r"(?:授权|许可)[^。]{0,80}?(?:销售|经营|分销|代理销售)(?P<zh>[^，。,；;、\n]{2,40}?)(?:[，。,；;\n]|$)"
    r"|\b(?:authori[sz]\w*|licen[cs]\w*|grants?|appoints?)\b[^\n]{0,160}?\bto (?:sell|distribute|market|offer)\s+(?P<en>[^\n.;,]{2,80}?)"
    r"(?=\s+(?:on|in|via|through|within|throughout|from|until)\b|[.;,\n]|$)"
    # 'grants ... a licence to use the mark for the retail sale of NORVIK table lamps in its shops' (the line may wrap)
    r"|\b(?:licen[cs]\w*|grants?)\b(?:[^\n]|\n(?!\s*\n)){0,160}?\bfor the (?:retail |wholesale |online )?(?:sale|distribution|marketing)"
    r" of\s+(?P<sale>[^\n.;,]{2,80}?)(?=\s+(?:on|in|via|through|within|throughout|from|until)\b|[.;,\n]|$)"
    r"|\b(?:autoriza|autorizza|memberi(?:kan)?\s+(?:kuasa|izin|hak))\b[^\n]{0,160}?\b(?:para|a|untuk)\s+(?:vender|distribuir|comercializar|vendere"
    r"|distribuire|commercializzare|menjual|mengedarkan|memasarkan)\s+(?P<other>[^\n.;,]{2,80}?)(?=\s+(?:en|su|in|di|dalam|a través)\b|[.;,\n]|$)",
    re.IGNORECASE,
)


def licensed_products(text: str | None) -> str | None:
    """The goods a licence says it covers under a label of their own ('Licensed products: ACME running shoes', '授权商品：...'),
    as written."""
    match = _LICENSED_PRODUCTS_RE.search(text or "")
    return match.group("what").strip() if match else None


def granted_goods(text: str | None) -> str | None:
    """The goods a licence's grant lets its licensee sell, said in the grant itself ('兹授权...销售KIRRA品牌箱包类产品',
    'authorises ... to sell KIRRA bags and backpacks on ...'), as written: read for the kind of goods they are (a grant's
    words are too few to compare word by word with a listing's)."""
    granted = _GRANTED_GOODS_RE.search(text or "")
    return next((g.strip() for g in granted.groups() if g), None) if granted else None


# Words of a subject that say what kind of work it is, not which product: left out when it is compared with the listing.
_SUBJECT_FILLER_RE = re.compile(r"产品|商品|图片|照片|系列|主图|详情页|\d+\s*张|\b(images?|photos?|photographs?|pictures?|shots?|product|series)\b", re.I)


_SUBJECT_PARTS_RE = re.compile(r"[,，、;；/]|\s+(?:and|or|&)\s+|和|及|与")


def _heads(subject: str) -> set[str]:
    """The goods a subject names: the last word of each of its parts ('leather wallets and card holders': wallet, holder;
    '女士真皮钱包、卡包': 钱包, 卡包), English words without a plural ending."""
    heads = set()
    for part in _SUBJECT_PARTS_RE.split(normalize_text(subject)):
        cjk = _CJK_RUN_RE.findall(part)
        latin = [w for w in _WORD_RE.findall(part) if len(w) >= 3 and not w.isdigit()]
        if cjk and part.rstrip().endswith(cjk[-1][-1]) and len(cjk[-1]) >= 2:
            heads.add(cjk[-1][-2:])
        elif latin:
            heads.add(re.sub(r"(?<=[^s])(es|s)$", "", latin[-1]) if latin[-1].endswith(("ches", "shes", "xes", "sses")) else latin[-1].rstrip("s"))
    return heads


def subject_matches(reported: str, subject: str, *, brand: str = "", written_in: str | None = None) -> bool | None:
    """Whether a contract's or licence's subject is the reported product: product_matches over the subject without the words
    for photos, and then one of the goods it names must be in the reported product's words (a licence for 'leather
    wallets' shares 'leather' with a leather backpack, but is not for it)."""
    subject = _SUBJECT_FILLER_RE.sub(" ", subject)
    match = product_matches(reported, subject, brand=brand, written_in=written_in)
    if not match:
        return match
    heads = _heads(subject) - set(_WORD_RE.findall(normalize_text(brand)))
    wanted = normalize_text(reported)
    return not heads or any((head in wanted) if not head.isascii() else re.search(rf"\b{re.escape(head)}", wanted) for head in heads)


_RIGHTS_WORDS = r"(?:copyrights?|all rights|intellectual property(?:\s+rights)?|ownership|著作权|版权|知识产权|所有权)"
_EN_HOLDER_RE = re.compile(
    rf"{_RIGHTS_WORDS}[^.;\n]{{0,80}}?\b(?:remains?\s+with|stays?\s+with|(?:is\s+|are\s+|shall\s+be\s+)?retained\s+by|belongs?\s+to|vests?\s+in"
    r"|(?:is\s+|are\s+|shall\s+be\s+)?owned\s+by|remains?\s+the\s+(?:sole\s+)?property\s+of|(?:is\s+|are\s+|shall\s+be\s+)?(?:assigned|transferred)\s+to"
    r"|pass(?:es)?\s+to)\s+(?:the\s+)?(?P<holder>[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,4}?)(?=\s*[,.;\n(]|\s+(?:upon|on|after|when|from|and|who|for)\b|\s*$)",
    re.IGNORECASE,
)
_ZH_HOLDER_RE = re.compile(
    rf"{_RIGHTS_WORDS}[^。；;\n]{{0,30}}?(?:归属于?|归|属于|转让给|转让予|转让至|转让|由)\s*[:：]?\s*"
    r"(?P<holder>(?:(?!著作权|版权|知识产权|归)[\u4e00-\u9fffA-Za-z0-9()（）·]){1,30}?)(?:独家所有|所有|享有|拥有|[，。；;,\n]|$)"
)


@dataclass(frozen=True)
class RightsClause:
    """Who a contract or licence says holds the copyright: the holder as written ('the Photographer', '乙方'), the
    clause it is said in, and the party that holder is when the document names it ('宁波光合影像工作室')."""

    holder: str
    words: str
    party: str | None = None
    maker_side: bool | None = None  # True: the photographer, studio or licensor keeps it; False: it goes to the client or licensee


# A party's label that makes it the one who made the work or grants the rights, or the one who commissions or receives them.
_MAKER_RE = re.compile(r"photograph|studio|author|creator|licensor|grantor|摄影|拍摄方|作者|工作室|许可方|授权方(?!被)", re.IGNORECASE)
_CLIENT_RE = re.compile(r"client|customer|buyer|purchaser|licensee|grantee|commission|委托|买方|被许可|被授权|客户", re.IGNORECASE)


_CONTRACT_PARTY_RE = re.compile(
    r"^[ \t]*(?P<label>(?:甲方|乙方|委托方|受托方|拍摄方|摄影方|party\s+[ab]|client|customer|photographer|studio)[ \t]*(?:[(（][^)）\n]{1,20}[)）])?)"
    r"[ \t]*[:：][ \t]*(?P<name>[^\n]{2,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def contract_client(text: str | None) -> tuple[str, str] | None:
    """(the name, its label) of the party a photographer's contract is made out to: the one party that is not the
    photographer or studio ('甲方：苏州某某丝绸有限公司' beside '乙方：某某摄影工作室'), as written; None when it cannot tell."""
    parties = [(m.group("name"), m.group("label")) for m in _CONTRACT_PARTY_RE.finditer(text or "")]
    clients = [(name, label) for name, label in parties if not _MAKER_RE.search(f"{label} {name}")]
    return clients[0] if len(parties) >= 2 and len(clients) == 1 else None


def rights_clause(text: str) -> RightsClause | None:
    """The clause of a contract or licence that says who holds the copyright (English and Chinese), or None."""
    plain = text or ""  # matched as written, so the clause is quoted as the document gives it
    for pattern in (_EN_HOLDER_RE, _ZH_HOLDER_RE):
        match = pattern.search(plain)
        if not match:
            continue
        holder = match.group("holder").strip()
        if pattern is _EN_HOLDER_RE:
            line_start = plain.rfind("\n", 0, match.start()) + 1
            words = re.split(r"(?<=[.;])\s+", plain[line_start:].split("\n")[0])[0].strip()
            words = words if match.group(0).strip() in words else match.group(0).strip()
        else:
            words = re.split(r"[，,。；;\n]", plain[match.start():])[0].strip()
        words = re.sub(r"[ \t]+", " ", words)  # a PDF's text layer can space words twice
        party, label = _party_called(plain, holder)
        side_words = f"{holder} {label}"
        maker = True if _MAKER_RE.search(side_words) else False if _CLIENT_RE.search(side_words) else None
        return RightsClause(holder=holder, words=words, party=party, maker_side=maker)
    return None


def _party_called(text: str, role: str) -> tuple[str | None, str]:
    """The name a document gives the party it calls ``role`` ('乙方（摄影方）：宁波光合影像工作室' for '乙方'; 'Photographer:
    Jun Park' for 'Photographer'), and the label that line gives it; (None, '') when no line names it."""
    bare = re.sub(r"^the\s+", "", role, flags=re.IGNORECASE)
    line = re.search(rf"^[ \t]*(?P<label>{re.escape(bare)}[ \t]*(?:[(（][^)）\n]{{1,20}}[)）])?)[ \t]*[:：][ \t]*(?P<name>[^\n]{{2,80}}?)[ \t]*$",
                     text, re.IGNORECASE | re.MULTILINE)
    return (line.group("name"), line.group("label")) if line else (None, "")


_UNSIGNED_RE = re.compile(
    r"\bunsigned\b|not (been )?(signed|sealed|stamped)|no (company )?(signature|seal|stamp|chop)|without (a |any )?(signature|seal|stamp)"
    r"|未签字|未签名|未盖章|无签章|没有盖章|没有签字|未签署|sin firmar|sin firma|no firmad[oa]"
    r"|ohne (?:unterschrift|stempel)|nicht unterschrieben|senza firma|non firmat[oa]"  # German, Italian
    r"|(?:tidak|belum) (?:di)?tandatangani|tanpa (?:tanda ?tangan|ttd|cap|cop)"  # Indonesian, Malay
)
_BOTH_SIGNED_RE = re.compile(
    r"both parties|by (the )?(buyer|purchaser) and (the )?(seller|supplier|vendor)|by (the )?(seller|supplier|vendor) and (the )?(buyer|purchaser)"
    r"|双方(签字|盖章|签章|签署|签名)|买卖双方|甲乙双方(签字|盖章|签章)?|entrambe le parti|les deux parties|beiden parteien|ambas partes"
    r"|kedua belah pihak|kedua-dua pihak"  # Indonesian, Malay
)
_SIGNED_RE = SIGNED_RE  # the one table of signature and seal words, every language (signature_words.py)



# 'The undersigned' opens a letter in the name of who will sign it ('Yang bertanda tangan di bawah ini', 'I, the undersigned',
# '下列签署人', 'el abajo firmante', 'il sottoscritto', 'der Unterzeichnende', 'je soussigné'): it names no signature or seal,
# whatever the signature line below it holds.
_UNDERSIGNED_RE = re.compile(
    r"(?:(?:yang|saya yang|kami yang)\s+)?bertanda\s?tangan\s+di\s?bawah(?:\s+ini)?|\b(?:the\s+)?undersigned\b|下列签(?:署|名|字)人"
    r"|\b(?:el|la|los|las)\s+abajo\s+firmantes?\b|\b(?:il|la|i|le)\s+sottoscritt[oaie]\b|\b(?:der|die)\s+unterzeichnende[rn]?\b"
    r"|\b(?:je\s+|le\s+|la\s+)?soussign[ée]e?s?\b",
    re.IGNORECASE,
)


# Where a seal or a signature goes, not one: a role's label with '(seal)' and nothing after it ('甲方（盖章）  乙方（签字）'),
# or a line left to sign on ('Signature: ________').
_MARK_WORDS = (r"(?:盖章|签字|签章|签名|公章|印章|签字或盖章|签字/盖章|章|(?:company |official )?(?:seal|chop|stamp)|signature|sign here|firma|sello"
               r"|timbro|cachet|stempel|firmenstempel|unterschrift)")
_EMPTY_SIGN_WORDS = (r"signature|signed(?: by)?|sign here|firmado(?: por)?|firma|firmato|assinado|assinatura|sign[ée]|unterschrift|unterschrieben"
                     r"|tanda ?tangan|签字|签名|签章|盖章|署名")
# A field's value that says it holds nothing: '(none)', 'N/A', 'nil', '-', '—', '无', 'keine', 'ninguna', 'tiada'.
_NO_VALUE = (r"(?:[(（\[][ \t]*)?(?:none|n/?a|nil|null|not signed|unsigned|blank|empty|无|没有|未签(?:字|名)?|keine|ninguna|ninguno"
             r"|nessuna|aucune|tiada|tidak ada|nenhuma)(?:[ \t]*[)）\]])?|[-–—]+")
_PLACEHOLDER_RE = re.compile(
    rf"(?:^|(?<=[ \t\u3000]{{2}}))[ \t]*[^\s:：()（）]{{1,12}}?[ \t]*[(（][ \t]*{_MARK_WORDS}[ \t]*[)）][ \t]*[:：]?[ \t]*(?=$|[ \t\u3000]{{2,}})"
    rf"|(?:signature|signed|签字|签名|盖章|firma|unterschrift)[ \t]*[:：][ \t]*[_＿.…\-]{{3,}}"
    # a signature's label with nothing after it, the paper's last line or followed by another label ('Firmado:', 'Signed:
    # \nDate:', 'Firma del licenciante:', '甲方代表签字：', 'ttd.'): an empty place, in every language
    rf"|^[^\n:：]{{0,30}}?(?:(?<![a-z])(?:{_EMPTY_SIGN_WORDS})[^\n:：_＿.…]{{0,25}}[:：]|(?<![a-z])ttd\.)[ \t]*[_＿.…\-]*[ \t]*(?=\s*\Z|\n[^\n:：]{{0,30}}[:：])"
    # a signature's label whose value says there is none ('Buyer signature: (none)', 'Signature: N/A', 'Unterschrift: -',
    # '签字：无'): an empty place wherever it stands, never a signature
    rf"|^[^\n:：]{{0,30}}?(?<![a-z])(?:{_EMPTY_SIGN_WORDS})[^\n:：]{{0,25}}[:：][ \t]*{_NO_VALUE}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# '(seal)' or '（盖章）' beside a name or a role marks where a seal or a signature goes, in every kind of file: typed into a
# text file or a Word file, in a PDF's text layer, or printed on a form and read by OCR. A seal itself is a picture; what
# text can show of it is the words of a statement ('signed and sealed by both parties', '双方盖章') or the seal's own
# ring ('合同专用章'), never the label of the place left for it.
_MARK_PLACE_RE = re.compile(rf"[(（][ \t]*{_MARK_WORDS}[ \t]*[)）]", re.IGNORECASE)


# The two sides of a paper, by the labels of its parties: the one that sells or grants, the one that buys or receives;
# and a contract's 'Party A' and 'Party B' (甲方, 乙方).
_SIDES = {PartyRole.LICENSOR: "gives", PartyRole.SUPPLIER: "gives", PartyRole.OWNER: "gives", PartyRole.LICENSEE: "gets", PartyRole.BUYER: "gets"}
_LETTERED = {"甲方": "a", "乙方": "b", "party a": "a", "party b": "b"}
_PARTY_WORD_RE = re.compile(
    "|".join(label if re.search(r"[\u4e00-\u9fff]", label) else rf"(?<![^\W\d_]){re.escape(label)}(?![^\W\d_])"
             for label in [*party_labels(), *_LETTERED])
)


# 'Firma' signs in Spanish and Italian ('Firma y sello', 'firma: Paolo Neri'); in German it is a company ('bei der Firma
# Licht & Wohnen Handels GmbH gekauft'), and German signs with 'Unterschrift'.
_FIRMA_RE = re.compile(r"\bfirma\b")


def _signs(norm: str) -> bool:
    """Whether a (normalised) text has a word for a signature or a seal, read in its own language."""
    german = is_german(norm)
    return any(not (german and _FIRMA_RE.fullmatch(m.group(0))) for m in _SIGNED_RE.finditer(norm))


def _party_names(text: str) -> dict[str, list[str]]:
    """The companies a paper names for each side, as written: under a party's label, or in its heading (its issuer)."""
    from assistant.domain.appeals.parties import document_parties

    names = {"gives": [*document_parties(text, PartyRole.SUPPLIER), *document_parties(text, PartyRole.LICENSOR)],
             "gets": [*document_parties(text, PartyRole.BUYER), *document_parties(text, PartyRole.LICENSEE)]}
    issuer = heading_issuer(text.split("\f")[0])
    names["gives"] += [issuer] if issuer else []
    return {side: [n for n in found if len(_core_name(n)) >= 2] for side, found in names.items()}


def signing_sides(text: str) -> dict[str, str]:
    """The sides of a paper that sign or seal it, each with the first line that shows it, as written: a line with a word
    for a signature or a seal and the side's label ('Signed for the Seller: ...', '销售方（章）：... 发票专用章', '甲方（盖章）：
    ... 合同专用章') or the name of the company the paper names for that side ('Sello de la empresa: [sello Distribuciones
    Turia S.L.]', 'Firmenstempel: Lichthaus Vertrieb GmbH'). Sides: 'gives' (seller, licensor), 'gets' (buyer,
    licensee), 'a' and 'b' (Party A and B). A place left for a seal ('乙方（盖章）：') is none."""
    cleaned = _PLACEHOLDER_RE.sub(" ", _UNDERSIGNED_RE.sub(" ", text or ""))
    names = _party_names(text or "")
    sides: dict[str, str] = {}
    for line in cleaned.splitlines():
        norm = normalize_text(_MARK_PLACE_RE.sub(" ", line))
        if not _signs(norm) or _UNSIGNED_RE.search(norm):
            continue
        found = {_SIDES.get(label_role(m.group(0))) or _LETTERED.get(m.group(0)) for m in _PARTY_WORD_RE.finditer(norm)}
        found |= {side for side, companies in names.items() if any(names_in(line, company) for company in companies)}
        for side in sorted(found - {None}):
            sides.setdefault(side, line.strip())
    return sides


def seal_marked(text: str | None) -> str | None:
    """The line on which a paper marks a side it names as sealed ('授权方：Brisa Shoes Co., Ltd.（盖章）', '授权方（印章）：某某
    公司'), as written: the seal itself is a picture a Word file's or a PDF's text cannot show, so it is neither shown nor
    missing. None when no such line names a side (a place left empty, '乙方（盖章）：', is none)."""
    for line in (text or "").splitlines():
        if not _MARK_PLACE_RE.search(line) or _PLACEHOLDER_RE.search(line) or _UNSIGNED_RE.search(normalize_text(line)):
            continue
        rest = _MARK_PLACE_RE.sub(" ", line)
        name = re.split(r"[:：]", rest, maxsplit=1)[-1]
        if len(re.sub(r"[\W_]", "", name)) >= 2:
            return line.strip()
    return None


def issuer_signature(text: str) -> str | None:
    """The line on which a paper shows its issuer signing or stamping it, as written: the seller's side (signing_sides), or
    a signature or stamp no party's label gives to either side ('Disahkan oleh: (tandatangan) Lim Wei Ming, Pengurus [cop
    syarikat]', 'Conforme: (firma) Marta Gil, gerente [sello de la empresa]'), which on an invoice is its issuer's (an
    invoice is issued and signed by its issuer alone). None when only its buyer's side signs, or when it says it is unsigned."""
    if signature_state(text or "", needs_both_parties=False) is not True:
        return None
    sides = signing_sides(text)
    if sides:
        return sides.get("gives") or sides.get("a")
    cleaned = _PLACEHOLDER_RE.sub(" ", _UNDERSIGNED_RE.sub(" ", text or ""))
    for line in cleaned.splitlines():
        norm = normalize_text(_MARK_PLACE_RE.sub(" ", line))
        if _signs(norm) and not _BOTH_SIGNED_RE.search(norm):
            return line.strip()
    return None


def _signed_by_each_party(text: str) -> bool:
    """Whether each side signs or seals on a line of its own ('Signed for the Seller: ...' and 'Signed for the Buyer: ...',
    'Verkäufer – Unterschrift und Firmenstempel: ...' and 'Käufer – ...', '甲方（盖章）：某某公司 合同专用章' and '乙方...')."""
    sides = set(signing_sides(text))
    return {"gives", "gets"} <= sides or {"a", "b"} <= sides


# What each side is called when a paper is shown signed or sealed by one side only.
SIDE_NAMES = {"gives": "seller", "gets": "buyer", "a": "Party A", "b": "Party B"}


def one_side_only(text: str) -> tuple[str, str, str] | None:
    """(the side that signs or seals, the side that does not, the line that shows it, as written) when a paper that needs
    both parties' signatures or seals shows one side's only; None otherwise."""
    sides = signing_sides(text)
    first, second = [side for side in ("gives", "a") if side in sides], [side for side in ("gets", "b") if side in sides]
    if bool(first) == bool(second):
        return None
    one = (first or second)[0]
    other = {"gives": "gets", "gets": "gives", "a": "b", "b": "a"}[one]
    return SIDE_NAMES[one], SIDE_NAMES[other], sides[one]


def empty_signature_place(text: str | None) -> bool:
    """Whether a paper leaves a place for a signature or a seal that nothing fills ('Signature: ____', '乙方（盖章）：'): an
    empty signature line, which a paper with no such place does not have."""
    return bool(_PLACEHOLDER_RE.search(_UNDERSIGNED_RE.sub(" ", text or "")))


def signature_state(text: str, *, needs_both_parties: bool) -> bool | None:
    """True when the text shows the signatures the document needs, False when it says it is unsigned, else None. A
    place left for a seal or a signature ('甲方（盖章）', '授权方：... （盖章）', 'Signature: ____') is none, whatever kind of
    file the text was read from; is_typed says when None means unsigned."""
    cleaned = _PLACEHOLDER_RE.sub(" ", _UNDERSIGNED_RE.sub(" ", text or ""))
    norm = normalize_text(_MARK_PLACE_RE.sub(" ", cleaned))
    # 'Buyer signature: ____ (not signed)' under 'Signed for the seller: J. Ferrer': a side's line left unsigned speaks of
    # that side only, never of the side that signs on a line of its own.
    if _UNSIGNED_RE.search(norm) and not signing_sides(text or ""):
        return False
    if _BOTH_SIGNED_RE.search(norm) and _signs(norm) or needs_both_parties and _signed_by_each_party(text or ""):
        return True
    if not needs_both_parties and _signs(norm):
        return True
    return None


# --- Brand, owner and product -----------------------------------------------------------------------------------

def _core_name(name: str) -> str:
    """A brand or company name without its legal form, as the one reader of legal forms strips it, normalised."""
    base, _ = split_legal_form(normalize_text(name))
    return base.strip(" ,.")


_SPACES_RE = re.compile(r"[ \t\u3000]+")


def names_in(text: str, name: str | None) -> bool:
    """Whether ``name`` (a brand or company, legal suffix ignored, spaces optional) appears in ``text``."""
    if not name:
        return False
    core = _core_name(name)
    if not core:
        return False
    norm = _SPACES_RE.sub(" ", normalize_text(text))  # a PDF's justified line spaces words out ('HOFFMANN  KÜCHE')
    core = _SPACES_RE.sub(" ", core)
    # A name ends where a word does: 'Kirra Outdoors' does not name 'Kirra Outdoor' (Chinese has no spaces to end on).
    edge = "" if re.search(r"[\u4e00-\u9fff]", core) else r"(?![a-z0-9])"
    return any(re.search(rf"(?<![a-z0-9]){re.escape(name)}{edge}", where)
               for name, where in ((core, norm), (core.replace(" ", ""), norm.replace(" ", ""))))


# The short name as the one who grants: after 'by' or 'from' ('renovado por Nordvik'), or as the subject of a verb of
# granting, renewing or extending ('Nordvik renovó la autorización', 'Nordvik hat unsere Lizenz ... verlängert'); never the
# brand a licence is for ('our licence for LUMORA was granted by Nordlicht Vertrieb GmbH').
_GRANTOR_AFTER = r"\b(?:by|from|por|de parte de|von|vom|da|dal|dalla|oleh|dari|par)\s+(?:the\s+|la\s+|el\s+|der\s+|il\s+)?"
_GRANTING_VERB = (r"(?:renew|extend|grant|issu|authori|licens|renov|otorg|conced|concedi|prorrog|ampli|extendi|firm[óo]|emiti|verl[äa]nger"
                  r"|erteil|erneuer|gew[äa]hr|rinnov|concess|memberi|memperbah|melanjut|授权|许可|续)")


def owner_named(text: str, owner: str, brand: str = "") -> bool:
    """Whether ``text`` names the owner: its full name (names_in), or, as the one who grants, the short name it shares
    with the brand ('Nordvik renovó la autorización' for 'Nordvik Outdoor GmbH', whose brand is NORDVIK)."""
    if names_in(text, owner):
        return True
    words = _core_name(owner).split()
    short = re.escape(words[0]) if len(words) > 1 else ""
    if len(short) < 4 or not re.search(rf"(?<![a-z0-9]){short}(?![a-z0-9])", normalize_text(brand)):
        return False
    norm = normalize_text(text)
    return bool(re.search(rf"{_GRANTOR_AFTER}{short}\b|由\s*{short}|\b{short}\s+(?:(?:has|hat|ha|telah|nos|us)\s+)?{_GRANTING_VERB}"
                          rf"|\b{short}\s+(?:hat|ha|has)\b(?:[^.;]|(?<=\d)\.(?=\d)){{0,80}}\b{_GRANTING_VERB}", norm))


# A line's label saying that what follows is the mark ('Licensed mark: SAKURA KOGYO (US 7123456)', 'Marke:', '商标：'): the
# brand there is the mark's name, never a company's.
_MARK_LABEL_RE = re.compile(r"(?:^|\n)[^\n]{0,30}?(?:mark|brand|marke|marca|marchio|marque|merek|商标|品牌)[ \t]*[:：][ \t]*$")


def without_names(text: str, names: list[str], *, brand: str = "") -> str:
    """``text`` (normalised) with the given company names cut out, so 'Nordfix Tools AB' does not count as naming NORDFIX.
    A company whose name is or begins with the brand ('Marlow & Finch Ltd' for MARLOW & FINCH, 'Fenmore Leather Ltd'
    for FENMORE) is cut only where its legal form follows or the name ends its line or clause: 'MARLOW & FINCH wallets'
    and 'FENMORE leather wallets' still name the brand."""
    norm = normalize_text(text)
    brand_core = _core_name(brand) if brand else ""
    for name in names:
        core = _core_name(name)
        if not core:
            continue
        if brand_core and core.startswith(brand_core):
            norm = re.sub(rf"{re.escape(core)}(?=[\s,]*(\S*))",
                          lambda m: " " if (not m.group(1) or is_legal_form_word(m.group(1)) or m.group(1)[0] in "(（;；")
                          and not _MARK_LABEL_RE.search(norm, 0, m.start()) else m.group(0), norm)
        else:
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


def product_matches(reported: str, document: str, *, brand: str = "", written_in: str | None = None) -> bool | None:
    """Whether a document describes the reported product: True/False when their words can be compared, else None.

    Words are compared script by script (Latin words, Chinese bigrams), and only where the document has a few
    words in that script, so a Chinese invoice for an English-titled listing is left to a person. Chinese names one
    kind of goods in many compounds that share no two characters (背包, 双肩包, 登山包; 冲锋衣, 夹克): a paper naming the
    reported brand whose Chinese words differ is not shown to be about another product (None, for a person).
    """
    wanted, found = product_tokens(reported, exclude=brand), product_tokens(document, exclude=brand)
    comparable = False
    for in_script in (_is_latin, _is_cjk):
        wanted_here, found_here = {t for t in wanted if in_script(t)}, {t for t in found if in_script(t)}
        shared = _shared_words(wanted_here, found_here) if in_script is _is_latin else wanted_here & found_here
        if in_script is _is_latin and not shared and not _ENGLISH_PAPER_RE.search(normalize_text(written_in or document)):
            continue  # goods named in another language ('mocassini in pelle') cannot be told apart from the listing's by words
        if in_script is _is_cjk and not shared and brand and names_in(document, brand):
            continue  # the brand's goods in other Chinese words: no evidence of another product
        # A number alone ('ZL202330567123.4' in a Chinese statement) names no goods to compare words with.
        if any(not any(ch.isdigit() for ch in t) for t in wanted_here) and len(found_here) >= 3:
            comparable = True
            if shared:
                return True
    return False if comparable else None


def _folded(word: str) -> str:
    """A word without its accents: 'lámpara' is compared as 'lampara'."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _shared_words(wanted: set[str], found: set[str]) -> set[str]:
    """The words two descriptions share, a word's other forms included ('lamps', 'lámparas' and 'lámpara'; 'lampade' and
    'lampada'): words sharing their first letters (at least 4, and all but one of the shorter word's)."""
    shared = set()
    for a in wanted:
        for b in found:
            x, y = _folded(a), _folded(b)
            common = len(os.path.commonprefix([x, y]))
            if x == y or (common >= 4 and common >= min(len(x), len(y)) - 1):
                shared.add(a)
    return shared


# Words an English purchase paper or licence is written with: without any, its goods are named in another language.
# Words only an English paper uses: 'date', 'total', 'description' and 'article' head French and Spanish papers too
# ('Total : 9 500,00 €', 'Date : 15/09/2026'), whose goods are then named in their own words ('veste', 'chaqueta').
_ENGLISH_PAPER_RE = re.compile(
    r"\b(?:invoice|dated|qty|quantity|pcs|pieces|units?|amount|price|items?|goods|products?|seller|buyer|signed"
    r"|licen[cs]e[de]?|licensor|licensee|contract|order)\b"
)


def _is_latin(token: str) -> bool:
    """A word in Latin letters, accents included ('lámpara')."""
    return _folded(token).isascii()


def _is_cjk(token: str) -> bool:
    return not _is_latin(token)


# The words a complaint's statement uses whatever the goods ('The listings sell goods bearing ACME that Acme Ltd did not
# make', 'Infringing listing'): a statement made only of them names no product to compare a document with.
_COMPLAINT_WORDS = frozenset(
    "infringing infringes infringe infringement infringements listing listings sell sells selling sold goods bearing bear bears "
    "did not make made makes that which this these those our their its counterfeit counterfeits fake fakes copy copies copied "
    "unauthorised unauthorized authorised authorized trademark trademarks mark marks brand brands genuine product products item "
    "items complaint complaints seller sellers store stores shop shops use uses used using without permission reported report "
    "listed offer offers offered under same identical similar confusingly logo logos name names".split()
)


def reported_product_text(complaint: Complaint) -> str:
    """How the complaint describes the reported product: the listing titles, else our statement when it names goods
    (not only the words every complaint uses, nor the brand and the owner's name); '' when our record names no product,
    so a document's goods are not compared with anything (not verified, never a mismatch)."""
    titles = [listing.title for listing in complaint.listings if listing.title]
    if titles:
        return " \n".join(titles)
    known = " ".join(filter(None, [complaint.ip_right.name, complaint.ip_right.owner, complaint.complainant.name]))
    named = {t for t in product_tokens(complaint.statement or "", exclude=known) if t.isascii()} - _COMPLAINT_WORDS
    named |= {t for t in product_tokens(complaint.statement or "", exclude=known) if not t.isascii()}
    return complaint.statement if named else ""


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


# The same grant line in Spanish, Portuguese, Italian, German, French and Malay/Indonesian: 'X autoriza a Y a distribuir',
# 'X autorizza Y a vendere', 'X ermächtigt Y, ...', 'X gestattet der Firma Y den Weiterverkauf', 'X accorde à Y une licence',
# 'X memberi kuasa kepada Y untuk ...'.
_GRANT_VERBS = (r"(?:autoriza|concede|otorga|nombra|outorga|autorizza|nomina|erm[äa]chtigt|bevollm[äa]chtigt|lizenziert|gestattet|erteilt"
                r"|gew[äa]hrt|autorise|accorde|conc[èe]de|memberi(?:kan)?\s+(?:kuasa|izin|hak|lisensi)|melantik)")
_GRANT_FOREIGN_RE = re.compile(
    r"^\s*(?P<by>[^\n]{2,80}?)\s+(?:por la presente\s+|con la presente\s+|hiermit\s+|dengan ini\s+|par la présente\s+)?"
    + _GRANT_VERBS +
    r"\s+(?:(?:a|ad|al|à|kepada|der firma|dem unternehmen|der|dem|la société|à la société|à empresa|a empresa)\s+)?"
    r"(?P<to>[^\n]{2,80}?)(?:\s+(?:a|para|per|al|zum|zur|untuk|sebagai|come|como|als|das|den|die|une?|o direito|(?:la|una|uma|une) licen\w*)\b|,|\.(?=\s|$)|$)",
    re.MULTILINE,
)
# A grantor's line broken before its verb ('Spielwaren Huber GmbH, München (autorisierter Distributor ...)' then 'gestattet
# der Firma ...'): one line. What a bracket says of the grantor ('(authorised distributor of Acme Ltd)') is no part of its name:
# an owner named there is the grantor's principal, never the grantor.
_LINE_BEFORE_VERB_RE = re.compile(rf"\n(?=[ \t]*(?:hereby\s+|hiermit\s+)?(?:authori[sz]es|licenses|grants|appoints|{_GRANT_VERBS})\s)")
# (a bracket of three words or more: a place in a name, '(HK)', '(Hong Kong)', stays)
_BRACKETED_RE = re.compile(r"[ \t]*\((?:[^()\s]+\s+){2,}[^()]*?\)")


# A Chinese letter's grant, its grantor under a label of its own: '兹授权苏州悦途户外用品有限公司（店铺：...）在...销售...'.
_CJK_GRANTED_RE = re.compile(
    r"(?:兹|特此|现|今)(?:授权|许可)\s*(?P<to>[\u4e00-\u9fff·]{2,40}?(?:股份有限公司|有限责任公司|有限公司|公司|商行|厂|店))(?=[（(，,。\s在为作销经]|$)")


_ARTICLE_RE = re.compile(r"^(?:die|der|the|la|el|il|le|a|o)\s+(?=\S+\s)")


def _up_to_legal_form(by: str) -> str:
    """A grant line's grantor up to its name's legal form, without what follows it ('spielwaren huber gmbh, muenchen,
    distributor der marke kestival' is 'spielwaren huber gmbh') or an article before it ('a brinquedos atlântico lda.');
    as it is when no part ends in a legal form."""
    parts = by.split(", ")
    for end, part in enumerate(parts):
        words = re.sub(r"\s+\([^()\s]+\)$", "", part).split()  # its town in brackets after the form: 'juguetes sol s.l. (valencia)'
        if len(words) > 1 and (is_legal_form_word(words[-1]) or is_legal_form_word(words[0])):  # 'pt mainan ceria nusantara'
            parts[end] = " ".join(words)
            while end + 1 < len(parts) and parts[end + 1].split() and all(is_legal_form_word(w) for w in parts[end + 1].split()):
                end += 1  # 'acme co., ltd.': the legal form goes on after its comma
            return _ARTICLE_RE.sub("", ", ".join(parts[: end + 1]))
    return by


def grant_parties(text: str) -> tuple[str | None, str | None]:
    """(grantor, grantee) of an authorisation, from a line such as 'X authorizes Y to ...' (or its Spanish, Italian,
    German or Malay/Indonesian form, or a Chinese '兹授权Y...' whose grantor signs below); Nones when not found. A
    contract's grant speaks of its parties by the roles it defined them in ('Il Fornitore autorizza il Distributore'):
    each is then the company the contract defined in that role, as written."""
    norm = normalize_text(text or "")
    lines = _BRACKETED_RE.sub("", _LINE_BEFORE_VERB_RE.sub(" ", norm))
    match = _GRANT_RE.search(lines) or _GRANT_FOREIGN_RE.search(lines)
    if match:
        roles = defined_roles(text or "")
        return defined_party(_up_to_legal_form(match.group("by").strip()), roles), defined_party(match.group("to").strip(), roles)
    granted = _CJK_GRANTED_RE.search(norm)
    return (None, granted.group("to")) if granted else (None, None)


# --- What a document shows, page by page -------------------------------------------------------------------------

# A party's label and name on a line of its own: the one table of party labels (parties.py), and the labels of a
# contract's or a payment's parties ('甲方', 'From', 'Beneficiary').
_OTHER_PARTY_LABELS = ["from", "to", "甲方", "乙方", "remitter", "beneficiary", "付款人", "收款人"]
_PARTY_RE = re.compile(
    r"^\s*(?P<role>" + "|".join(map(re.escape, sorted(party_labels() + _OTHER_PARTY_LABELS, key=len, reverse=True)))
    + r")\s*(?:name|名称)?\s*[:：]\s*(?P<name>.{2,160}?)\s*$",
    re.MULTILINE,
)


class DocumentFact(Model):
    """One fact read from an attachment's own text, with the page it is on."""

    what: str = Field(
        description="date, quantity, valid_from, valid_until, brand, signed_or_sealed, signed_or_sealed_by (the one side a paper "
        "needing both shows signed or sealed: 'seller only'), party, taken_on (a photo's camera date), "
        "shoot_date, subject (what a contract or licence covers, as written) or rights_holder (who it says holds the copyright, as written)."
    )
    value: str = Field(description="What the document shows, in a fixed form (dates as YYYY-MM-DD). Untrusted for a party's name.")
    page: int | None = Field(default=None, description="The page it was read from (1-based); empty when it spans pages.")
    owner_match: str | None = Field(
        default=None,
        description="For a party that issues or grants the document (seller, licensor, grantor): how its name compares with the "
        "owner in our record: 'same', 'same as our record's '<owner>' apart from the legal form, ...: to check' or 'different'.",
    )


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
        issued = None if start or end else document_date(text)
        if issued:  # a certificate or a statement with no term: the day it gives ('En Valencia, a 5 de octubre de 2026')
            found["date"] = issued.isoformat()
    if brand and names_in(without_names(text, owners, brand=brand), brand):
        found["brand"] = brand
    signed = signature_state(text, needs_both_parties=purchase)
    if signed is not None:
        found["signed_or_sealed"] = "yes" if signed else "no"
    return found


def details_given(attachment: AppealAttachment) -> bool:
    """Whether a person described what a file shows (its date, quantity, validity, parties or signatures, as
    --attachments-json or a form gives them): the triage reads those in place of its text."""
    return any(value is not None for value in (attachment.date, attachment.valid_from, attachment.valid_until, attachment.quantity,
                                               attachment.issued_by, attachment.issued_to, attachment.signed_or_sealed))


def is_typed(attachment: AppealAttachment) -> bool:
    """Whether its text was typed as it is (a text file, an e-mail, a web page): it can bear no seal or signature."""
    return attachment.read_with in ("text", "html")


def signature_shown(attachment: AppealAttachment, *, needs_both_parties: bool) -> bool | None:
    """Whether an attachment shows the signatures or seal it needs, the one reading of them for every kind of file: True
    when a person said so or its text shows them ('signed and sealed by both parties', a seal's own words '合同专用章');
    False when its text says it is unsigned, or it is typed text (a text file, an e-mail), which bears none; None when
    its text cannot tell (a Word file or a PDF shows a seal only as a picture, a scan's seal may be unreadable to OCR).
    A place left for a seal or a signature ('（盖章）', '(company seal)', 'Signature: ____') is never one."""
    if attachment.signed_or_sealed is not None:
        return attachment.signed_or_sealed
    return _signature_in_text(attachment, needs_both_parties=needs_both_parties)


def _signature_in_text(attachment: AppealAttachment, *, needs_both_parties: bool) -> bool | None:
    if not attachment.text:
        return None
    shown = signature_state(attachment.text, needs_both_parties=needs_both_parties)
    if shown is None and is_typed(attachment) and not (needs_both_parties and one_side_only(attachment.text)):
        return False  # typed text bears no seal; one that shows one side's seal shows it, and not the other's
    return shown


def seal_in_pictures(attachment: AppealAttachment) -> bool:
    """Whether a signature or seal its text does not show may be in a picture the file holds (a stamped seal in a Word
    file or a PDF): then it is for a person to look at, neither shown nor missing."""
    return bool(attachment.pictures) and signature_state(attachment.text or "", needs_both_parties=False) is None


def document_facts(attachment: AppealAttachment, kind: AttachmentKind, brand: str, owners: list[str]) -> list[DocumentFact]:
    """Dates, quantity, validity, brand, signatures and parties an attachment's text shows, each with its page."""
    taken = [DocumentFact(what="taken_on", value=attachment.taken_on.isoformat())] if attachment.taken_on else []
    if not attachment.text:
        return taken
    purchase = kind in PURCHASE_KINDS
    pages = attachment.text.split("\f")
    whole = _facts_of(attachment.text, brand, owners, purchase)
    signed = _signature_in_text(attachment, needs_both_parties=purchase)  # typed text that shows none is unsigned
    if kind is AttachmentKind.INVOICE and signed is not True and issuer_signature(attachment.text):
        signed = True  # an invoice is signed by its issuer alone
    whole.pop("signed_or_sealed", None)
    if signed is not None:
        whole["signed_or_sealed"] = "yes" if signed else "no"
    one = one_side_only(attachment.text) if purchase and signed is None else None
    if one:
        whole["signed_or_sealed_by"] = f"{one[0]} only"
    facts = []
    for what, value in whole.items():
        page = next((n for n, page in enumerate(pages, 1) if _facts_of(page, brand, owners, purchase).get(what) == value), None)
        facts.append(DocumentFact(what=what, value=value, page=page))
    facts += taken
    if kind not in PURCHASE_KINDS or kind is AttachmentKind.CONTRACT:
        facts += _terms_of(pages)
    for n, role, written in _labelled_parties(pages, purchase=purchase):
        facts.append(DocumentFact(what="party", value=f"{role}: {written}", page=n,
                                  owner_match=owner_match(written, owners) if role in _ISSUING_ROLES else None))
    if purchase and not any(f.what == "party" and f.value.split(":", 1)[0] in _ISSUING_ROLES for f in facts):
        issuer = heading_issuer(pages[0])  # an invoice names its issuer in its heading as often as under a label
        if issuer:
            facts.append(DocumentFact(what="party", value=f"issuer: {issuer}", page=1, owner_match=owner_match(issuer, owners)))
    return facts


# Words before a party's label that make the name after it a person signing for that party ('Signed for the licensor:
# Daniel Hughes', 'For and on behalf of the seller: ...', '授权方代表：...'), not the party itself.
_SIGNATORY_BEFORE_RE = SIGNATORY_BEFORE_RE


# On an invoice or a contract of sale, "Authorised by: J. Whitfield, Finance" names who approved it, not who sold: the
# seller is under a seller's label or in the heading. On a letter of authorisation the same label names the grantor.
_APPROVER_LABELS_ON_SALES = frozenset({"authorised by", "authorized by"})


def _labelled_parties(pages: list[str], *, purchase: bool = False) -> list[tuple[int, str, str]]:
    """(page, label, name as written) of each party a document names under a label, never a person signing for one
    (nor, on a purchase document, the person who approved it)."""
    found = []
    for n, page in enumerate(pages, 1):
        original = normalize_text(page)
        page = labels_on_lines(page)
        for match in _PARTY_RE.finditer(normalize_text(page)):
            role = match.group("role")
            if purchase and role.casefold() in _APPROVER_LABELS_ON_SALES:
                continue
            written = _as_in(page, match.group("name"))
            if signing_caption(written):
                continue  # 'Für den Lizenzgeber: Unterschrift und Firmenstempel': where it signs, not who it is
            written = labelled_name(written) or written  # up to the next label or column ('无锡晨光电器店 货物名称：...')
            label_at = original.find(normalize_text(match.group(0)).strip())
            line_start = original.rfind("\n", 0, max(label_at, 0)) + 1
            if label_at > 0 and _SIGNATORY_BEFORE_RE.search(original[line_start:label_at]):
                continue
            found.append((n, role, written))
    return found


def document_issuer(attachment: AppealAttachment) -> str | None:
    """Who issued a purchase document or granted an authorisation, as written: the first party under an issuing label
    ('Seller:', 'Licensor:', '卖方：'), else the company in an invoice's heading; None when it names none."""
    if not attachment.text:
        return None
    pages = attachment.text.split("\f")
    purchase = attachment_kind(attachment) in PURCHASE_KINDS
    labelled = next((written for _, role, written in _labelled_parties(pages, purchase=purchase) if role in _ISSUING_ROLES), None)
    return labelled or heading_issuer(pages[0])


def _terms_of(pages: list[str]) -> list[DocumentFact]:
    """A contract's or licence's shoot date, subject and copyright holder, each as written, with its page."""
    facts = []
    for n, page in enumerate(pages, 1):
        shot, subject, rights = shoot_date(page), contract_subject(page), rights_clause(page)
        if shot:
            facts.append(DocumentFact(what="shoot_date", value=shot.isoformat(), page=n))
        if subject:
            facts.append(DocumentFact(what="subject", value=subject, page=n))
        if rights:
            facts.append(DocumentFact(what="rights_holder", value=f"{rights.holder}" + (f" ({rights.party})" if rights.party else "")
                                      + f": {rights.words}", page=n))
    return facts


# The parties that issue or grant a document: who a purchase document or an authorisation comes from.
_ISSUING_ROLES = ISSUING_LABELS | {"from", "beneficiary", "收款人"}


def owner_match(written: str, owners: list[str]) -> str | None:
    """How a party's name as a document writes it compares with the owner in our record, through the one reader of legal
    forms: 'same', "same as our record's 'Acme Ltd' apart from the legal form, the letter case and a place ('Shenzhen'): to check",
    or 'different' (with how near, when a character or two from the owner's: "different: 1 character from our record's
    'Oliveto Cosmetici S.r.l.'")."""
    from assistant.domain.appeals.parties import NameMatch, compare_names, labelled_name, name_differences, near_spelling

    name = labelled_name(written) or written
    if not owners:
        return None
    for owner in owners:
        differences = name_differences(name, owner)
        match = compare_names(name, owner)
        if match is NameMatch.SAME and not any(d != "the letter case" for d in differences):
            return "same"
        if match is not NameMatch.OTHER:
            listed = differences[0] if len(differences) == 1 else ", ".join(differences[:-1]) + " and " + differences[-1]
            return f"same as our record's '{owner}' apart from {listed}: to check"
    near = near_spelling(name, owners)
    if near is None:
        return "different"
    how = near[1].replace("the names differ in ", "")  # 'different: 1 character from ...', or the near spelling and its other form
    return f"different: {how} from our record's '{near[0]}'" if how != near[1] else f"different: {how}, against our record's '{near[0]}'"
