"""A purchase paper for an accessory of the reported product ('HALCYON Trek Lantern mounting bracket' for lanterns).

Words alone match such a paper with the listing: it names the brand, the model and the product ('Trek', 'lantern'),
but what it covers is a part or an add-on for it. An item line that names the product's words together with a word for
an accessory or a spare part (a bracket, a case, a charger, a strap; 支架, 配件; soporte, funda; Halterung; supporto)
that the complaint's own description of the goods does not use covers that accessory, not the goods listed. When every
item line that names the product does so, the paper shows no purchase of the reported goods.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import Finding, Severity
from assistant.domain.appeals.evidence import normalize_text, product_tokens
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.untrusted_text import escape_untrusted

# Words for an accessory, an add-on or a spare part, in the languages sellers' papers come in (English, Chinese, Spanish,
# Italian, German, French, Portuguese, Indonesian and Malay). Latin words are matched whole, in the singular or plural.
_ACCESSORY_WORDS = (
    "bracket|mount|mounting|holder|hook|clip|case|cover|sleeve|pouch|strap|lanyard|charger|adapter|adaptor|cable|battery"
    "|batteries|spare|replacement|refill|accessory|accessories|filter|lens|shade|diffuser|skin|sticker|decal"
    "|soporte|funda|cargador|repuesto|recambio|accesorio|accesorios|correa"
    "|supporto|custodia|caricatore|ricambio|ricambi|accessorio|accessori|cinturino"
    "|halterung|halter|hülle|huelle|ladegerät|ladegeraet|ersatzteil|ersatzteile|zubehör|zubehoer|riemen"
    "|fixation|housse|chargeur|accessoire|accessoires|suporte|carregador"
    "|braket|dudukan|penyangga|casing|sarung|pengecas|aksesori|aksesoris|suku cadang"
)
_ACCESSORY_RE = re.compile(rf"(?<![\w-])(?:{_ACCESSORY_WORDS})(?:s|es)?(?![\w-])", re.IGNORECASE)
_CJK_ACCESSORY_RE = re.compile(r"支架|挂架|挂钩|配件|零件|备件|外壳|保护套|保护壳|收纳袋|收纳包|充电器|数据线|电池|灯罩|滤芯|替换|更换用|背带|挂绳|底座|夹子")
# The goods an item line names: from the first word it shares with the reported product to where the figures begin.
_FIGURES_RE = re.compile(r"\s{2,}|\s+(?:[A-Z]{3}|[€$£¥￥])\s*\d|\s+\d[\d.,]*\s*(?:[A-Z]{3}|[€$£¥￥]|元)")


def _item_lines(text: str, wanted: set[str], brand: str) -> list[str]:
    """The paper's lines that name the reported product: its brand, or two of its words."""
    lines = []
    for line in (text or "").splitlines():
        plain = normalize_text(line)
        if not plain.strip():
            continue
        found = product_tokens(line, exclude=brand)
        if (brand and brand.lower() in plain and (found & wanted or re.search(r"\d", line))) or len(found & wanted) >= 2:
            lines.append(line.strip())
    return lines


# What comes with the goods ('lantern with mounting bracket', '露营灯（含电池）') is no accessory sold instead of them.
_WITH_RE = re.compile(r"(?<![\w-])(?:with|incl\.?|including|plus|con|mit|inkl\.?|avec|com|dengan|termasuk)(?![\w-])|含|附带|带有|配有|配送", re.IGNORECASE)


_QUALIFIER_RE = re.compile(r"\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]")
# A shade with its number is a colour of the goods ('Compact Powder 10 g, shade 02'), never a lamp's shade sold instead.
_COLOUR_RE = re.compile(r"(?<![\w-])shades?\s*(?:no\.?\s*)?#?\d+", re.IGNORECASE)


def _accessory_in(line: str, reported: str) -> str | None:
    """The accessory word a line uses that the reported product's description does not, as written; none after a word
    for what comes with the goods."""
    said = normalize_text(reported)
    with_at = _WITH_RE.search(line)
    line = line[: with_at.start()] if with_at else line
    # A word between brackets qualifies the goods named before it ('Strada Jersey (short sleeve)', '骑行服（短袖）'): a
    # variant of them, never what the paper sells instead.
    line = _COLOUR_RE.sub(" ", _QUALIFIER_RE.sub(" ", line))
    # The last such word is the goods' own noun ('mounting bracket' is a bracket).
    for match in reversed(list(_CJK_ACCESSORY_RE.finditer(line)) + list(_ACCESSORY_RE.finditer(line))):
        word = match.group(0)
        if not re.search(rf"(?<![\w-]){re.escape(word.lower())}", said) and word not in reported:
            return word
    return None


def _goods(line: str, wanted: set[str], brand: str) -> str:
    """The item line's goods as written: from the brand (or the first shared word) up to the figures after them."""
    lowered = line.lower()
    starts = [lowered.find(w) for w in ([brand.lower()] if brand else []) + sorted(wanted) if w and lowered.find(w) >= 0]
    start = min(starts) if starts else 0
    rest = line[start:]
    end = _FIGURES_RE.search(rest)
    return (rest[: end.start()] if end else rest).strip()


def accessory_finding(reported: str, text: str, brand: str, index: int, ground: AppealGround) -> Finding | None:
    """A point when every item line of the paper that names the reported product names an accessory for it: the goods as
    written and the accessory word, in the report and the reply."""
    wanted = product_tokens(reported, exclude=brand)
    lines = _item_lines(text, wanted, brand)
    found = [(line, _accessory_in(line, reported)) for line in lines]
    if not found or not all(word for _, word in found):
        return None
    line, word = found[0]
    goods = escape_untrusted(_goods(line, wanted, brand))[:100]
    return Finding(
        code="product_mismatch", severity=Severity.MISSING, ground=ground, attachment=index, about="goods",
        message=f"Attachment #{index} is for '{goods}', an accessory ('{escape_untrusted(word)}') for the product, not for the reported "
        "goods themselves: it shows no purchase of the goods in the reported listing(s).",
        reply=f"The seller's document (attachment #{index}) is for '{goods}', an accessory ('{escape_untrusted(word)}'), not for the goods "
        "in the reported listing(s): it shows no purchase of them.",
    )


__all__ = ["accessory_finding"]
