"""Kinds of goods a licence or a listing names, in the languages sellers' papers and our complaints are written in.

Words alone cannot tell a licence for 'KIRRA品牌箱包类产品' from the reported 'KIRRA冲锋衣' (Chinese names one kind of goods
in compounds that share no characters, and a brand in common says nothing about the goods): the kind each names can.
A licence that names only kinds of goods the reported product is not of (bags, for a jacket) does not cover it; where
either names no kind this table knows, nothing is said here (words or a person decide).
"""

from __future__ import annotations

import re

from assistant.domain.untrusted_text import normalize_text

# Each kind of goods, with its words: Chinese, then English, Spanish, Italian, French, German, Malay and Indonesian.
_KINDS: dict[str, tuple[str, str]] = {
    "bags": (
        r"箱包|[背挎提书腰胸手]包|双肩包|登山包|旅行包|包袋|行李箱|拉杆箱|旅行箱",
        r"bags?|handbags?|backpacks?|rucksacks?|daypacks?|luggage|suitcases?|mochilas?|bolsos?|bolsas?|maletas?|zain[oi]|borse?"
        r"|valigi[ae]|sacs? (?:à dos|de voyage)|taschen?|rucks[äa]cke?|beg(?: galas| sandang| tangan)?|tas(?: ransel| punggung)?|ransel",
    ),
    "clothing": (
        r"服装|服饰|冲锋衣|[上外大风雨皮棉]衣|外套|夹克|羽绒服|卫衣|衬衫|T恤|[长短裤]裤|裤子|裙",
        r"jackets?|coats?|clothing|apparel|garments?|shirts?|t-shirts?|hoodies?|trousers|pants|parkas?|chaquetas?|abrigos?|ropa|prendas?"
        r"|camisetas?|giacc(?:a|he)|giubbott[oi]|abbigliamento|vestes?|vêtements?|manteaux?|jacken?|kleidung|mäntel|jaket|baju|pakaian",
    ),
    "footwear": (
        r"鞋|靴",
        r"shoes?|boots?|sneakers?|footwear|trainers|zapat(?:os|illas)|botas|calzado|scarpe|stivali|calzature|chaussures|bottes|schuhe"
        r"|stiefel|kasut|sepatu",
    ),
    "headwear": (
        r"帽",
        r"hats?|caps?|beanies?|gorras?|sombreros?|cappell[oi]|berretti|chapeaux?|casquettes?|mützen?|hüte|topi",
    ),
    # Lamps, by how they are hung or stand: a licence for table lamps does not cover pendant lamps.
    "table lamps": (
        r"台灯|桌灯|床头灯",
        r"(?:table|desk|bedside) lamps?|l[aá]mparas? de (?:mesa|escritorio|noche)|lampad[ae] da (?:tavolo|scrivania|comodino)"
        r"|lampes? de (?:table|bureau|chevet)|(?:schreib|nacht)?tisch(?:leuchten?|lampen?)|lampu (?:meja|belajar)",
    ),
    "pendant lamps": (
        r"吊灯",
        r"(?:pendant|hanging|suspension) (?:lamps?|lights?|luminaires?)|l[aá]mparas? colgantes?|lampad[ae] a sospensione"
        r"|suspensions? lumineuses?|pendel(?:leuchten?|lampen?)|h[äa]nge(?:leuchten?|lampen?)|lampu gantung",
    ),
    "floor lamps": (
        r"落地灯",
        r"(?:floor|standard|standing) lamps?|l[aá]mparas? de pie|lampad[ae] da terra|piantan[ae]|lampadaires?|steh(?:leuchten?|lampen?)"
        r"|lampu lantai",
    ),
    "ceiling lamps": (
        r"吸顶灯",
        r"ceiling (?:lamps?|lights?)|plaf[oó]n(?:es)?|plafoniere?|decken(?:leuchten?|lampen?)|lampu (?:siling|plafon)",
    ),
    "wall lamps": (
        r"壁灯",
        r"wall (?:lamps?|lights?)|sconces?|apliques?(?: de pared)?|lampad[ae] da parete|wand(?:leuchten?|lampen?)|lampu dinding",
    ),
}
_KIND_RES = {kind: (re.compile(cjk), re.compile(rf"(?<![^\W\d_])(?:{latin})(?![^\W\d_])", re.IGNORECASE)) for kind, (cjk, latin) in _KINDS.items()}


def goods_kinds(text: str | None) -> dict[str, str]:
    """The kinds of goods ``text`` names, each with the first word that names it, as written."""
    plain = normalize_text(text or "")
    found: dict[str, str] = {}
    for kind, patterns in _KIND_RES.items():
        hits = [m for pattern in patterns for m in [pattern.search(plain)] if m]
        if hits:
            found[kind] = min(hits, key=lambda m: m.start()).group(0)
    return found


def other_kinds(covered: str | None, reported: str | None) -> tuple[dict[str, str], dict[str, str]] | None:
    """(the kinds ``covered`` names, the kinds ``reported`` names) when both name kinds and share none: a licence for
    bags does not cover a jacket; None when they share a kind or either names none this table knows."""
    have, wanted = goods_kinds(covered), goods_kinds(reported)
    if not have or not wanted or set(have) & set(wanted):
        return None
    return have, wanted


__all__ = ["goods_kinds", "other_kinds"]
