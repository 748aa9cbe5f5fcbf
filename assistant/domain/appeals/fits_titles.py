"""A listing title that names our mark as what the goods fit or replace: a reference for legal to judge, never settled here.

'Cork replacement insoles for BRISA espadrilles', 'BRISA espadrilles replacement insoles', 'Plantillas de recambio
compatibles con alpargatas BRISA', 'BRISA草编鞋替换鞋垫': each title uses the mark, and each also names it as the goods the
listed product fits or replaces. Whether that is use of the mark as a brand (the mark leading the title, in its own
capitals) or a fair reference to what the product fits is contestable, and a legal judgement: the triage says what the
title shows and what the seller claims, and leaves it to legal. A title that presents the mark as the seller's own brand
(a (R) or TM sign beside it, 'official', 'brand', 'original', 'genuine') is no reference, whatever else it names.

Read in the languages titles are written in (English, Spanish, Italian, German, French, Portuguese, Indonesian/Malay and
Chinese): a word for what the goods are for or fit, just before the mark ('for BRISA', 'compatible with BRISA', '适用于
BRISA'), or a word for a replacement or a compatible part just after the mark and a few words naming the goods it fits
('BRISA espadrilles replacement insoles', 'BRISA草编鞋替换鞋垫'). No word was fitted to one evaluation case.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.domain.appeals.evidence import names_in

# Just before the mark (a few words between: 'compatible with all BRISA', 'para alpargatas BRISA').
_BEFORE = (r"\b(?:for|fits?|fitting|to fit|compatible(?: with)?|suitable for|works with|replacement for|replaces|para|compatibles? con|apto para"
           r"|per|compatibil[ei] con|adatt[oa] per|f[üu]r|passend f[üu]r|kompatibel mit|pour|compatible avec|untuk|sesuai untuk|cocok untuk)\b"
           r"|适用于?|适配|兼容|用于|专用于?|配")
# Just after the mark and the goods it names: a replacement, a spare or a compatible part.
_AFTER = (r"\b(?:replacement|replacements|compatible|spare|spares|refills?|de recambio|recambios?|de repuesto|repuestos?|di ricambio|ricambi?o?"
          r"|ersatz\w*|de rechange|pengganti|de reposi[cç][aã]o)\b|替换|替代|更换|备用|兼容|适用|配件")
# The mark presented as the seller's brand: a sign beside it, or a word calling it a brand or the genuine article.
_PRESENTED = re.compile(r"official|brand|original|genuine|authentic|旗舰|官方|品牌|正品|原装|oficial|originale?|marca|marke|offiziell", re.IGNORECASE)
_SIGNS = ("®", "™", "(R)", "(TM)")
_QUOTED_RE = re.compile(r"['‘\"“]([^'’\"”\n]{3,120})['’\"”]")


def _fit_words(title: str, brand: str) -> str | None:
    """The words of a title that name the mark as what its goods fit or replace, as written; None when there are none."""
    at = title.lower().find(brand.lower())
    if at < 0:
        return None
    before, after = title[max(0, at - 40):at], title[at + len(brand):at + len(brand) + 40]
    mark = title[at:at + len(brand)]  # as the title writes it
    near = re.search(rf"(?:{_BEFORE})(?:\s*[\w-]+){{0,2}}\s*$", before, re.IGNORECASE)
    if near:
        return (near.group(0).strip() + " " + mark).strip()
    following = re.match(rf"^(?:\s*[\w-]+){{0,3}}?\s*(?:{_AFTER})(?:\s*[\w-]+)?|^[^\W\d_A-Za-z]{{0,6}}?(?:{_AFTER})[^\W\d_A-Za-z]{{0,4}}",
                         after, re.IGNORECASE)
    return (mark + following.group(0)).strip() if following else None


def _presents_brand(title: str, brand: str) -> bool:
    at = title.lower().find(brand.lower())
    after = title[at + len(brand): at + len(brand) + 4] if at >= 0 else ""
    return any(sign in after for sign in _SIGNS) or bool(_PRESENTED.search(title))


def fits_titles(complaint) -> list[tuple[str, str]]:
    """(title, its words naming the mark as what the goods fit) for each title our record holds (a listing's, or one our
    complaint's statement quotes) that names the mark so and does not present it as the seller's brand."""
    brand = (complaint.ip_right.name or "").strip()
    if not brand:
        return []
    titles = [listing.title for listing in complaint.listings if listing.title]
    if not titles:
        titles = [q for q in _QUOTED_RE.findall(complaint.statement or "") if names_in(q, brand)]
    out = []
    for title in titles:
        title = unicodedata.normalize("NFKC", title)
        words = None if _presents_brand(title, brand) else _fit_words(title, brand)
        if words:
            out.append((title, words))
    return out


__all__ = ["fits_titles"]
