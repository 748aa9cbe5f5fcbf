"""Licences bought on a stock-image site, said by the seller and shown by its receipt.

A seller accused of copying photos often answers that it bought them, with a licence, from an image bank ('Las compramos
en un banco de imágenes con licencia comercial', 'bought from Shutterstock with a royalty-free licence', '在图库网站购买的
正版图片'). What it bought is a licence to use images, not goods: the licence ground, never a purchase of the goods.

Its receipt is a stock site's licence: sold for an image its contributor uploaded, usually without an end date or a
signature (stock licences are perpetual and issued online), and bounded by its type ('EDITORIAL USE ONLY. Not for
commercial use', '编辑类用途，不得用于商业用途') and by how many images it covers ('Quantity: 1 image'). Those bounds, not its
form, are what answer the seller: a marketplace listing is commercial use, and one image cannot cover several of ours.
Each clause is quoted as the receipt writes it; the words are the closed vocabulary of stock receipts in the languages
counter-notices here are written in, not one appeal's wording.
"""

from __future__ import annotations

import re

from assistant.domain.untrusted_text import normalize_text

# --- The seller's words: a licence or images bought, not goods ---------------------------------------------------------

_STOCK_SOURCE = (
    r"stock[- ]?(?:photo|image|picture|site|agency|library|website)s?|image (?:bank|library)|photo (?:bank|library)|royalty[- ]free"
    r"|shutterstock|getty ?images|adobe stock|istock(?:photo)?|depositphotos|123rf|dreamstime|alamy|freepik"
    r"|banco(?:s)? de (?:im[aá]genes|fotos|fotograf[ií]as)|(?:im[aá]genes|fotos) de stock|bilddatenbank|stockfoto"
    r"|图库|素材网|素材库|图片库|正版图片|视觉中国|摄图网|千图网|包图网"
)
_BOUGHT_LICENCE_RE = re.compile(
    # English: the licence or the pictures are what was bought ('we purchased a licence', 'the product shots were bought')
    r"\b(?:bought|purchased|paid for|acquired|licensed)\s+(?:a |an |the |our |these |those |this |that |its |their )?(?:[\w-]+ ){0,3}?"
    r"(?:licen[cs]es?|images?|photos?|pictures?|photographs?|shots?)\b"
    r"|\b(?:images?|photos?|pictures?|photographs?|shots?)\b[^.;]{0,40}\b(?:were|was|are|is|have been|has been)\s+(?:\w+ )?"
    r"(?:bought|purchased|licensed|acquired)\b"
    # Spanish: 'compramos la licencia', 'adquirimos las imágenes'
    r"|\b(?:compr|adquir|pag)\w*\s+(?:la |una |las |unas |los )?(?:licencias?|im[aá]genes|fotos|fotograf[ií]as)\b"
    # Chinese: '购买了图片的授权', '买的版权图'
    r"|(?:购买|买|付费|花钱)[^，。；]{0,8}(?:授权|版权|图片|照片)"
    rf"|(?:{_STOCK_SOURCE})"
)
_BUYING_RE = re.compile(r"\b(?:bought|buy|purchas\w*|paid|pay|acquir\w*|licensed|compr\w*|adquir\w*|pag\w*)\b|购买|买|付费|花钱|下载")


def licence_bought(norm: str) -> bool:
    """Whether a (normalised) sentence says the seller bought a licence or the images themselves (from a stock site),
    which is a licence, not a purchase of goods."""
    found = _BOUGHT_LICENCE_RE.search(norm)
    if not found:
        return False
    return not re.fullmatch(_STOCK_SOURCE, found.group(0)) or bool(_BUYING_RE.search(norm))


# A licence the seller calls commercial, as it writes it ('licencia comercial', 'royalty-free commercial licence', '商用授权').
_COMMERCIAL_SAID_RE = re.compile(
    r"(?:[\w-]+\s+)?commercial(?:[- ]use)?\s+licen[cs]e|licen[cs]e(?:d)? for commercial use|licencias?\s+(?:de uso\s+)?comercial(?:es)?"
    r"|uso comercial|商用授权|商业授权|商用许可|商业使用授权|可商用|商业用途",
    re.IGNORECASE,
)


def commercial_said(text: str) -> str | None:
    """The seller's words calling its licence commercial, as written, or None."""
    found = _COMMERCIAL_SAID_RE.search(text or "")
    return found.group(0).strip() if found else None


# --- The receipt ---------------------------------------------------------------------------------------------------

_STOCK_DOC_RE = re.compile(
    r"\bcontributor\b|\bimage ids?\b|\bstock\b|royalty[- ]free|banco de im[aá]genes|colaborador|图库|素材|图片编号|图片作者|bild-?id|stockfoto"
)
_EDITORIAL_RE = re.compile(
    r"editorial|\bnot for commercial|non-?commercial|may not be used for commercial|no comercial|uso no comercial|solo uso editorial"
    r"|redaktionell|编辑(?:类|用途|使用)|非商业|不得(?:用于)?商(?:业|用)|仅限新闻"
)
_QUANTITY_RE = re.compile(
    r"(?:quantity|qty|images? licensed|number of images|cantidad|n[uú]mero de im[aá]genes|im[aá]genes|anzahl|授权数量|图片数量|数量)"
    r"\s*[:：]\s*(\d{1,3})(?!\d)"
)
_CONTRIBUTOR_RE = re.compile(
    r"^[ \t]*(?:contributor|colaborador|autor(?:a)? de la imagen|image author|photographer|fot[oó]grafo|图片作者|作者|摄影师)[ \t]*[:：][ \t]*"
    r"(?P<who>[^\n]{2,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_PRIVATE_RE = re.compile(r"private account|\bindividual\b|personal account|particular|cuenta personal|个人用户|个人账户|个人账号|（个人）|\(个人\)")


def is_stock_licence(text: str | None) -> bool:
    """Whether a document is a stock site's licence for an image: it names the image's contributor, its image ID, or the
    stock site it was sold on."""
    return bool(text) and bool(_STOCK_DOC_RE.search(normalize_text(text)))


def _lines(text: str) -> list[str]:
    return [part.strip() for line in (text or "").splitlines() for part in [line] if part.strip()]


def use_restriction(text: str | None) -> str | None:
    """The receipt's line that limits the licence to editorial (not commercial) use, as written, or None."""
    return next((line for line in _lines(text or "") if _EDITORIAL_RE.search(normalize_text(line))), None)


def licensed_quantity(text: str | None) -> tuple[str, int] | None:
    """The receipt's line giving how many images it licenses, as written, and the number; None when it gives none."""
    for line in _lines(text or ""):
        found = _QUANTITY_RE.search(normalize_text(line))
        if found:
            return line, int(found.group(1))
    return None


def contributor(text: str | None) -> str | None:
    """The contributor (or photographer) a receipt names as the image's author, as written, or None."""
    found = _CONTRIBUTOR_RE.search(text or "")
    return found.group("who") if found else None


def private_person(text: str | None, name: str) -> bool:
    """Whether a receipt marks the named licensee as a private person ('María López Ruiz (private account)', '王丽（个人用户）')."""
    for line in _lines(text or ""):
        if name in line and _PRIVATE_RE.search(line.lower()):
            return True
    return False


# --- Our record: how many photos the listing uses ------------------------------------------------------------------

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "a dozen": 12}
_OUR_PHOTOS_RE = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\s+(?:of\s+)?(?:our|its|their)?\s*"
    r"(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:photo(?:graph)?s|images|pictures|shots)\b"
    r"|\b(?:our|its|their)\s+(?P<m>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:photo(?:graph)?s|images|pictures|shots)\b",
    re.IGNORECASE,
)


def our_photo_count(statement: str | None) -> tuple[str, int] | None:
    """How many of our photos our complaint says the listing uses, as written ('six') and as a number; None if it does
    not say."""
    found = _OUR_PHOTOS_RE.search(statement or "")
    if not found:
        return None
    written = found.group("n") or found.group("m")
    number = int(written) if written.isdigit() else _NUMBER_WORDS[written.lower()]
    return (written, number) if number > 1 else None


__all__ = ["commercial_said", "contributor", "is_stock_licence", "licence_bought", "licensed_quantity", "our_photo_count",
           "private_person", "use_restriction"]
