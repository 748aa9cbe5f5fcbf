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
        r"箱包|[背挎提书腰胸手]包|双肩包|登山包|旅行包|包袋|行李箱|拉杆箱|旅行箱|工具包|工具袋",
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
    # Lamps, by how they hang or stand: a licence for table lamps does not cover a pendant lamp, nor does an invoice for a
    # table lamp show a pendant lamp's design ('lamp' alone names no kind here).
    "pendant lamps": (
        r"吊灯|吊线灯",
        r"pendant[- ](?:lamps?|lights?|luminaires?|shades?)|pendants|(?:hanging|suspension) (?:lamps?|lights?|luminaires?)|suspensions? lumineuses?|pendelleuchten?|pendellampen?|h[äa]ngeleuchten?"
        r"|h[äa]ngelampen?|l[áa]mparas? colgantes?|lampad(?:a|e) a sospensione|lampadari?|lampu gantung",
    ),
    "table lamps": (
        r"台灯|桌灯|床头灯",
        r"(?:table|desk|bedside) (?:lamps?|lights?)|tischleuchten?|tischlampen?|schreibtisch(?:leuchten?|lampen?)|nachttischlampen?"
        r"|l[áa]mparas? de (?:mesa|escritorio|sobremesa|noche)|lampad(?:a|e) da (?:tavolo|scrivania|comodino)|lampes? de (?:table|bureau|chevet)"
        r"|lampu (?:meja|belajar|tidur)",
    ),
    "ceiling lamps": (
        r"吸顶灯",
        r"ceiling (?:lamps?|lights?)|flush[- ]mount(?:s|ed)?|deckenleuchten?|deckenlampen?|plaf[óo]n(?:es|s)?|l[áa]mparas? de techo|plafoniere?"
        r"|plafonniers?|lampu (?:langit-langit|plafon|siling)",
    ),
    "floor lamps": (
        r"落地灯",
        r"(?:floor|standard|standing) (?:lamps?|lights?)|piantan[ae]|stehleuchten?|stehlampen?|l[áa]mparas? de pie|lampad(?:a|e) da terra|lampadaires?|lampu lantai",
    ),
    "wall lamps": (
        r"壁灯",
        r"wall (?:lamps?|lights?)|sconces?|wandleuchten?|wandlampen?|apliques?(?: de pared)?|lampad[ae] da parete|lampu dinding",
    ),
    # Lights strung on a cable: a paper for ceiling lamps shows nothing of string lights.
    "string lights": (
        r"灯串|串灯|星星灯|满天星灯|彩灯串",
        r"string[- ]lights?|fairy[- ]lights?|light strings?|festoon (?:lights?|lighting)|lichterketten?|guirnaldas? (?:de luces|luminosas?)"
        r"|luci a (?:catena|stringa)|catene? luminose?|guirlandes? lumineuses?|lampu (?:tumblr|hias|string|kelip)",
    ),
    # Camping gear: a paper for tents shows nothing of a lantern.
    "tents": (
        r"帐篷|帳篷|天幕",
        r"tents?|tiendas? de campa[ñn]a|tende da campeggio|tentes?|zelte?|kuppelzelte?|khemah|tenda",
    ),
    "lanterns": (
        r"营地灯|露营灯|马灯|提灯",
        r"lanterns?|camping (?:lamps?|lights?)|campinglampen?|laternen?|faroles?|lanterne?|lampu (?:kemah|khemah|camping)",
    ),
    # Hand tools, by the tool: an invoice for pliers shows nothing of a tool bag or a screwdriver of the same brand.
    "pliers": (
        r"钳",
        r"pliers|pinces?|alicates|pinze|zangen?|playar",
    ),
    "screwdrivers": (
        r"螺丝刀|螺丝批|起子",
        r"screwdrivers?|destornilladores?|cacciavit[ei]|tournevis|schraubendreher|obeng|pemutar skru",
    ),
    "wrenches": (
        r"扳手",
        r"wrench(?:es)?|spanners?|llaves? (?:inglesas?|de tuercas|fijas?)|chiavi inglesi|chiave inglese|cl[ée]s? (?:à molette|plates?)"
        r"|schraubenschl[üu]ssel|sepana|kunci (?:pas|inggris)",
    ),
    # Cosmetics: a paper for lipsticks shows nothing of a face serum, though both are the brand's beauty goods.
    "lip make-up": (
        r"口红|唇膏|唇釉|唇彩|唇蜜",
        r"lipsticks?|lip ?(?:gloss(?:es)?|tints?|liners?|balms?|creams?)|lippenstifte?|pintalabios|barras? de labios|labiales"
        r"|rossett[oi]|rouges? à lèvres|gincu|lipsti[ck]k?s?",
    ),
    # Powders and foundations (never their case sold empty: 'compact powder case' is a container, named by no kind here).
    "face make-up": (
        r"粉饼|散粉|蜜粉|定妆粉|粉底|气垫(?:霜|粉)?",
        r"(?:compact|pressed|loose|setting|face|finishing) powders?(?! cases?| compacts? cases?)|foundations?|bb creams?|cc creams?|cushion compacts?"
        r"|polvos(?: compactos| sueltos| faciales)?(?! estuche)|bases? de maquillaje|cipri(?:a|e)|fondotinta|poudres? (?:compactes?|libres?|de riz)"
        r"|fonds? de teint|kompaktpuder|gesichtspuder|puder|bedak(?: padat| tabur| asas)?|alas bedak|phấn phủ|phấn nền|kem nền",
    ),
    "skin care": (
        r"精华|面霜|乳液|爽肤水|护肤|眼霜|面膜",
        r"serums?|face (?:oils?|creams?|masks?)|moisturi[sz]ers?|night creams?|day creams?|eye creams?|toners?|skin ?care|seren"
        r"|sueros?(?: faciales?)?|sieri|crèmes? (?:visage|de jour|de nuit)|gesichts(?:creme|öl|pflege)|hautpflege|tagescremes?|nachtcremes?"
        r"|krim (?:wajah|muka|malam|siang)|penjagaan kulit|perawatan kulit",
    ),
    "make-up brushes": (
        r"化妆刷|刷具|粉底刷|眼影刷",
        r"make-?up brush(?:es)?|cosmetic brush(?:es)?|brochas?(?: de maquillaje)?|pennelli (?:da|per il) trucco|pinceaux? (?:de|à) maquillage"
        r"|schminkpinsel|make-?up-pinsel|berus (?:solek|mekap)|kuas (?:makeup|rias|make up)",
    ),
    "fragrances": (
        r"香水|淡香水",
        r"perfumes?|fragrances?|eau de (?:parfum|toilette|cologne)|colognes?|profum[oi]|parfüms?|düfte|minyak wangi|wewangian",
    ),
    # Cookware and kitchen knives, by the piece: a paper for a stock pot shows nothing of a frying pan, nor one for a knife
    # block of a chef's knife ('pan', 'pot' and 'knife' alone name no kind here; a knife block's 'knife' is the block's).
    "frying pans": (
        r"平底锅|煎锅|煎盘|平底煎锅",
        r"frying[- ]pans?|fry[- ]?pans?|skillets?|sart[ée]n(?:es)?|padell[ae]|po[êe]les?(?: à frire)?|brat ?pfannen?|pfannen?"
        r"|kuali leper|wajan(?: datar| anti lengket)?",
    ),
    "stock pots": (
        r"汤锅|汤煲|炖锅|煲汤锅",
        r"stock ?pots?|soup pots?|cooking pots?|ollas?|marmitas?|pentol(?:a|e)|marmites?|faitouts?|kochtöpfe|kochtopf|suppent[öo]pfe"
        r"|suppentopf|periuk(?: sup)?|panci(?: sup| masak)?",
    ),
    "knife blocks": (
        r"刀座|刀架|刀具座|刀座架",
        r"knife (?:blocks?|stands?|holders?)|bloques? (?:de|para) cuchillos|portacuchillos|ceppi(?: per coltelli)?|ceppo(?: per coltelli)?"
        r"|blocs?(?:[- ]| à )couteaux|messerbl[öo]cke?|blok pisau|tempat pisau",
    ),
    "kitchen knives": (
        r"厨师刀|主厨刀|菜刀|厨刀|三德刀|切片刀|剔骨刀|水果刀",
        r"(?:chef['’]?s?|cook['’]?s|kitchen|santoku|paring|bread|utility|carving)[ -]kni(?:fe|ves)|knives|cuchillos?(?: de (?:chef|cocina|cocinero))?"
        r"|coltell[oi](?: da cucina| da chef)?|couteaux?(?: de (?:cuisine|chef))?|kochmesser|küchenmesser|chefmesser|santokumesser"
        r"|pisau(?: dapur| chef| cef)?",
    ),
}
_KIND_RES = {kind: (re.compile(cjk), re.compile(rf"(?<![^\W\d_])(?:{latin})(?![^\W\d_])", re.IGNORECASE)) for kind, (cjk, latin) in _KINDS.items()}


# Kinds of garment within clothing: a paper for base-layer tops shows nothing of socks, though both are clothing and may
# share their material ('merino'). A word for clothing in general ('apparel', '服装') names none of them.
_GARMENTS: dict[str, tuple[str, str]] = {
    "socks": (r"袜", r"socks?|calcetines|calze|calzini|chaussettes|socken|stokin|kaus kaki"),
    "tops": (
        r"上衣|T恤|衬衫|卫衣|打底衫|毛衣|背心",
        r"tops?|shirts?|t-shirts?|tees|hoodies?|sweaters?|jumpers?|pullovers?|camisetas?|magliett[ae]|hemden?",
    ),
    "jackets": (
        r"冲锋衣|夹克|外套|羽绒服|大衣|风衣|棉衣",
        r"jackets?|coats?|parkas?|anoraks?|chaquetas?|abrigos?|giacc(?:a|he)|giubbott[oi]|vestes?|manteaux?|jacken?|mäntel|jaket",
    ),
    "trousers": (r"裤", r"trousers|pants|leggings|shorts|pantal(?:ones|oni|ons?)|hosen?|seluar|celana"),
    "gloves": (r"手套", r"gloves?|mittens?|guantes|guanti|gants|handschuhe|sarung tangan"),
}
_GARMENT_RES = {kind: (re.compile(cjk), re.compile(rf"(?<![^\W\d_])(?:{latin})(?![^\W\d_])", re.IGNORECASE))
                for kind, (cjk, latin) in _GARMENTS.items()}


def _named(text: str | None, table: dict[str, tuple[re.Pattern, re.Pattern]]) -> dict[str, str]:
    """Each kind ``text`` names, with its first word; a word inside another kind's longer name is that kind's ('cuchillos'
    in 'bloque de cuchillos' names a knife block, not knives)."""
    plain = normalize_text(text or "")
    hits = {kind: [m for pattern in patterns for m in pattern.finditer(plain)] for kind, patterns in table.items()}
    spans = [(m.start(), m.end(), kind) for kind, found in hits.items() for m in found]
    found: dict[str, str] = {}
    for kind, matches in hits.items():
        own = [m for m in matches if not any(k != kind and s <= m.start() and m.end() <= e and e - s > m.end() - m.start()
                                             for s, e, k in spans)]
        if own:
            found[kind] = min(own, key=lambda m: m.start()).group(0)
    return found


def other_garments(document: str | None, reported: str | None) -> tuple[str, str] | None:
    """(the garment the document names, the one the reported product is) when both name kinds of garment and share none
    (a base-layer top for socks); None when they share one or either names none."""
    have, wanted = _named(document, _GARMENT_RES), _named(reported, _GARMENT_RES)
    if not have or not wanted or set(have) & set(wanted):
        return None
    return next(iter(have.values())), next(iter(wanted.values()))


def goods_kinds(text: str | None) -> dict[str, str]:
    """The kinds of goods ``text`` names, each with the first word that names it, as written."""
    return _named(text, _KIND_RES)


def other_kinds(covered: str | None, reported: str | None) -> tuple[dict[str, str], dict[str, str]] | None:
    """(the kinds ``covered`` names, the kinds ``reported`` names) when both name kinds and share none: a licence for
    bags does not cover a jacket; None when they share a kind or either names none this table knows."""
    have, wanted = goods_kinds(covered), goods_kinds(reported)
    if not have or not wanted or set(have) & set(wanted):
        return None
    return have, wanted


def same_kind(named: str | None, reported: str | None) -> bool:
    """Whether ``named`` and ``reported`` name a kind of goods in common, in whatever words ('Bratpfanne' and 'frying pan'):
    words that differ then say nothing of another product."""
    return bool(set(goods_kinds(named)) & set(goods_kinds(reported)))


__all__ = ["goods_kinds", "other_garments", "other_kinds", "same_kind"]
