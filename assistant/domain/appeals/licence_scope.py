"""Where and how a licence lets the seller sell: its territory and its sales channels, against the reported listing.

A licence limited to a territory ('Territory: Germany only', '授权区域：中国香港', 'Territorio: solo España') covers a
listing only on a site that sells in that territory: Taobao, Tmall and 1688 sell in mainland China, Miravia in Spain,
each Lazada site in its own country (read from the listing's address). AliExpress and Alibaba.com sell across
borders, so whether a listing there stays within a territory is not verified. A licence that excludes online sales or
marketplaces ('excluding online marketplaces', '不得在电商平台销售') covers no listing on any of these sites, which are
all online marketplaces ('escluse le vendite online', 'Online-Marktplätze sind ausgenommen', 'does not cover sales on online
marketplaces', in each language licences here are written in). Each clause is quoted as the licence writes it.

Country names are read with ``pycountry`` (ISO 3166 names in English with their official and common forms, and their
Chinese, Spanish, German, French and Italian translations; pure Python, offline), so a territory is recognised however a licence names it. So are
the parts of the listing's own country (ISO 3166-2: 'Jawa Barat' or 'West Java', '上海市', 'Bayern', 'Selangor'): a licence
'for sale in West Java only' covers part of Indonesia, while a listing on Lazada Indonesia sells across the country. A
place inside a company's name ('PT Halden Outdoor Indonesia', 'Halden Outdoor (Shanghai) Co., Ltd.') is no territory.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from assistant.domain.appeals.claims import sentences
from assistant.domain.models import Complaint, Site
from assistant.domain.untrusted_text import normalize_text

# Short names licences use that ISO's lists do not hold.
_ALIASES = {"mainland china": "CN", "prc": "CN", "p.r.c.": "CN", "p.r. china": "CN", "中国大陆": "CN", "中国内地": "CN", "大陆": "CN",
            "内地": "CN", "macau": "MO", "taiwan": "TW", "台湾": "TW", "臺灣": "TW", "south korea": "KR", "uk": "GB", "usa": "US"}
# Hong Kong, Macao and Taiwan named with 'China' ('中国香港', 'Hong Kong, China') are not the mainland.
_NOT_MAINLAND = frozenset({"HK", "MO", "TW"})
_WORLDWIDE_RE = re.compile(r"world-?wide|global(ly)?|all countries|全球|全世界|世界范围|mundial|todo el mundo|todos los pa[ií]ses"
                           r"|tutto il mondo|weltweit|seluruh dunia|monde entier")
_WORLDWIDE_SAID_RE = re.compile(_WORLDWIDE_RE.pattern, re.IGNORECASE)
_TERRITORY_CUE_RE = re.compile(
    r"territor|region|area|[aá]mbito|\bonly\b|\bs[oó]lo\b|[uú]nicamente|exclusively|仅限|只限|限于|区域|地区|地域|范围"
    r"|gebiet|\bnur\b|ausschlie(?:ß|ss)lich|wilayah|daerah|kawasan|\bhanya\b"
    r"|exclusivamente|esclusivamente|soltanto|\bzona\b|uniquement|exclusivement|seulement|\bzone\b"
)
_EXCEPT_RE = re.compile(r"exclud|except|other than|not including|不包括|除外|不含|excepto|salvo|sin incluir|excluy")
# A clause that keeps the seller off online sales: an exclusion or a ban beside a word for selling online, or
# physical shops 'only'.
_ONLINE_RE = re.compile(
    r"online|on-line|internet|e-?commerce|marketplace|web ?shop|网络|网上|线上|电商|电子商务|网店|平台|en l[ií]nea|comercio electr[oó]nico"
    r"|marktpl[äa]tze?|versandhandel|in rete|piattaform[ae] (?:digital|web|online)|vendita a distanza|dalam talian|\bdaring\b"
)
_BAN_RE = re.compile(
    r"exclud|except|not (be )?(licensed|permitted|allowed|included|authori[sz]ed|covered)|prohibit|forbid|may not|must not|shall not"
    r"|\bno\b(?!\.?\s*[:#]?\s*\d)"  # never 'No. 45678902', a number's abbreviation
    r"|(?:does|do|will) not (?:extend|apply)|no se extiende|non si estende|gilt nicht"
    r"|不得|不包括|除外|不含|禁止|不允许|不可|未授权|不在.{0,4}范围|excepto|salvo|prohibid|no (se )?(incluye|permite|autoriza)|sin incluir"
    # German, Italian, French, Portuguese and Indonesian/Malay: 'Keine Online-Nutzung', 'escluso l'uso online', 'tidak termasuk'
    r"|\bkein(?:e|en|er)?\b|\bnicht\b|ausgenommen|ausgeschlossen|\bnon (?:è|e|sono|include|comprende|consent|permess|autorizz)|esclus[oa]\b"
    r"|vietat[oa]|\bsauf\b|\bn[ãa]o\b|exceto"
    r"|\btidak\b|\bdilarang\b|\bkecuali\b|\bbukan\b"
    # 'does not cover' in each language licences here are written in: English, Italian ('escluse', 'non copre', 'tranne'),
    # German ('ausgenommen', 'ausgeschlossen', 'nicht gestattet'), Spanish ('no cubre'), Malay/Indonesian ('kecuali', 'tidak termasuk')
    r"|(?:does|do|will|shall) not cover|not covered|esclus[aeio]|ad esclusione|tranne|ad eccezione|non (?:copre|comprende|include|è consentit|sono consentit|è autorizzat)|vietat[aeio]"
    r"|ausgenommen|ausgeschlossen|nicht (?:gestattet|erlaubt|umfasst|zul[äa]ssig)|untersagt|no cubre|kecuali|tidak termasuk|dilarang|tidak dibenarkan"
)
_SHOPS_ONLY_RE = re.compile(
    r"(retail|physical|brick[- ]and[- ]mortar|offline)[^.;\n]{0,25}\bonly\b|\bonly\b[^.;\n]{0,25}(retail|physical|offline) (stores?|shops?|sales?)"
    r"|仅限(于)?(线下|实体)|只(能|限)(在)?(线下|实体)|solo (en )?tiendas f[ií]sicas"
    # print only ('ausschließlich Printwerbung', 'únicamente en folletos impresos', 'solo per la stampa', 'for print use only')
    r"|\bprint(?:ed)?\b[^.;\n]{0,25}\bonly\b|\bonly\b[^.;\n]{0,15}\bprint"
    r"|(?:ausschlie(?:ß|ss)lich|\bnur\b|[uú]nicamente|\bsolo\b|soltanto|esclusivamente|uniquement|apenas|\bhanya\b)[^.;\n]{0,30}"
    r"(?:\bprint|druck|impres|stampa|cetak|tiendas? f[ií]sicas|negozi fisici|magasins? physiques|lojas? f[ií]sicas|toko fisik)"
)
# Physical shops named as the licence's channel, with no 'only' ('Territorio: España, venta en tiendas físicas.', 'Sales channel:
# brick-and-mortar shops', '销售渠道：线下实体门店'): a channel clause names where the licensee may sell, so one naming physical
# shops and no online channel keeps the licence off every online marketplace, as 'physical shops only' does. A clause
# is read as a channel clause by its words for selling or for the channel, in each language licences here are written in.
_PHYSICAL_SHOPS_RE = re.compile(
    r"\bphysical (retail )?(stores?|shops?|outlets?|points? of sale)|brick[- ]and[- ]mortar|\boffline (stores?|shops?|retail|sales?)"
    r"|tiendas? f[ií]sicas?|establecimientos? f[ií]sicos?|puntos? de venta f[ií]sicos?|comercio f[ií]sico|lojas? f[ií]sicas?"
    r"|negozi(o)? fisic[oi]|punti? vendita fisic[oi]|boutiques? physiques?|magasins? physiques?|points? de vente physiques?"
    r"|station[äa]r\w*|ladengesch[äa]ft\w*|线下|实体(店|门店|商店|零售)|kedai fizikal|toko fisik"
)
_CHANNEL_CUE_RE = re.compile(
    r"\bchannel|\bsales?\b|\bsell|\bdistribut|\bretail|\bventa|\bvender|\bcanal|\bvendita|\bvendere|\bvente|\bvendre"
    r"|vertrieb|verkauf|handel|销售|渠道|经营|零售|\bjualan|\bpenjualan|\bsaluran"
)
_SITE_COUNTRY = {Site.TAOBAO: "CN", Site.TMALL: "CN", Site.S1688: "CN", Site.MIRAVIA: "ES"}
_CROSS_BORDER = frozenset({Site.ALIEXPRESS, Site.ALIBABA})


@dataclass(frozen=True)
class Clause:
    """A licence's clause as written, with the places it names (ISO codes) and those it leaves out."""

    words: str
    named: frozenset[str]
    excluded: frozenset[str]
    worldwide: bool
    parts: frozenset[str] = frozenset()  # countries the clause names only a part of ('West Java' for ID)

    def covers(self, country: str) -> bool:
        return country not in self.excluded and (self.worldwide or country in self.named)


# The languages whose country names pycountry ships that licences here are written in, besides English: a licence limited
# to 'Deutschland', 'Italia' or 'la France' names its territory as one limited to 'Germany' does.
_LANGUAGES = ("zh_CN", "zh_TW", "es", "de", "fr", "it")


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, str], ...]:
    """(name as lower-case text, ISO code), longest first: English names, their official and common forms, and their
    translations pycountry ships in Chinese, Spanish, German, French and Italian."""
    import pycountry

    found: dict[str, str] = dict(_ALIASES)
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in _LANGUAGES]
    for country in pycountry.countries:
        english = [country.name] + [getattr(country, key) for key in ("official_name", "common_name") if hasattr(country, key)]
        for name in english + [t.gettext(country.name) for t in translations]:
            for part in {name, name.split(",")[0]}:  # 'Taiwan, Province of China' is also 'Taiwan'
                if len(part) >= 2:
                    found.setdefault(normalize_text(part), country.alpha_2)
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


# Indonesian and Malay compass words, which follow a province's name where English puts them before it ('Jawa Barat', 'West
# Java'), and the islands' English spellings.
_COMPASS = {"barat": "west", "timur": "east", "tengah": "central", "utara": "north", "selatan": "south", "tenggara": "southeast",
            "barat daya": "southwest", "barat laut": "northwest"}
_ISLANDS = {"jawa": "java", "sumatera": "sumatra"}


def _english_forms(name: str) -> set[str]:
    """A province's name as English writes it when its own language puts a compass word after it ('Jawa Barat' -> 'west
    java'); empty otherwise."""
    for local, english in sorted(_COMPASS.items(), key=lambda item: -len(item[0])):
        if name.endswith(" " + local):
            island = name[: -len(local) - 1]
            return {f"{english} {island}", f"{english} {_ISLANDS.get(island, island)}"}
    return set()


@lru_cache(maxsize=64)
def _part_names(country: str) -> tuple[str, ...]:
    """The names of a country's parts (ISO 3166-2) as lower-case text, longest first: their own names (alternatives in
    brackets apart, a Chinese province's name without 'Sheng' or 'Shi'), English forms of Indonesian and Malay ones, and
    the Chinese and Spanish translations pycountry ships. Names shorter than four letters are left out (too easily a word)."""
    import pycountry

    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("zh_CN", "zh_TW", "es")]
    found: set[str] = set()
    for part in pycountry.subdivisions.get(country_code=country) or []:
        own = {name.strip() for name in re.split(r"[\[\]]", part.name) if name.strip()}
        own |= {name.split()[0] for name in own if country == "CN"}  # 'Guangdong Sheng' is Guangdong
        names = own | {t.gettext(part.name) for t in translations}
        for name in names:
            norm = normalize_text(name)
            found |= {norm} | _english_forms(norm)
    return tuple(sorted((name for name in found if len(name) >= 4 or re.search(r"[\u4e00-\u9fff]{2}", name)), key=len, reverse=True))


def parts_named(text: str, country: str) -> list[str]:
    """The parts of ``country`` (provinces, states, regions) ``text`` names, as lower-case text."""
    norm = normalize_text(text)
    out: list[str] = []
    for name in _part_names(country):
        pattern = re.escape(name) if re.search(r"[\u4e00-\u9fff]", name) else rf"(?<![\w.]){re.escape(name)}(?![\w])"
        if re.search(pattern, norm) and not any(name in taken for taken in out):
            out.append(name)
    return out


def _without_companies(line: str) -> str:
    """The line with the companies it names taken out: a place in a company's name is no territory."""
    from assistant.domain.appeals.parties import companies_in

    for name in companies_in(line):
        line = line.replace(name, " ")
    return line


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(name, its pattern, ISO code) for every name of _names, in its order: compiled once (there are more names than
    the re module keeps compiled)."""
    return tuple(
        (name, re.compile(re.escape(name) if re.search(r"[\u4e00-\u9fff]", name) else rf"(?<![\w.]){re.escape(name)}(?![\w])"), code)
        for name, code in _names()
    )


def places_named(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of each country or territory ``text`` names, the longest name first where two overlap."""
    norm = normalize_text(text)
    taken: list[tuple[int, int, str]] = []
    for name, pattern, code in _name_patterns():
        if name not in norm:  # every match holds the name as written: most names are ruled out without a search
            continue
        for match in pattern.finditer(norm):
            if not any(s < match.end() and match.start() < e for s, e, _ in taken):
                taken.append((match.start(), match.end(), code))
    taken.sort()
    # 'China' written beside Hong Kong, Macao or Taiwan qualifies it ('中国香港', 'Hong Kong, China'): not the mainland.
    return [p for p in taken if not (p[2] == "CN" and any(q[2] in _NOT_MAINLAND and (0 <= q[0] - p[1] <= 2 or 0 <= p[0] - q[1] <= 2)
                                                            for q in taken))]


# A line a PDF wrapped in mid-sentence (it ends without a stop and the next starts in lower case), and the runs of spaces a
# justified PDF line spreads its words with: one clause, as the document writes it.
_WRAPPED_RE = re.compile(r"(?<![.;:。；：\s])[ \t]*\n[ \t]*(?=[a-zà-ÿ])")
_SPREAD_RE = re.compile(r"[ \t]{2,}")


def _lines(text: str) -> list[str]:
    """The licence's clauses: its lines cut into sentences as the seller's text is cut (never after a company's legal form:
    'Acme Footwear Co., Ltd to sell ...', 'Zapatos Levante S.L. puede vender ...')."""
    text = _SPREAD_RE.sub(" ", _WRAPPED_RE.sub(" ", text or ""))
    return [part for line in text.splitlines() for part in sentences(line)]


# What may stand between a part and its country's name when the part qualifies it ('West Java, Indonesia', 'Guangdong
# Province, China', '广东省, 中国').
_QUALIFIES_RE = re.compile(r"[\s,，、()（）-]*(?:province|state|region|prefecture|provinsi|negeri|省|州)?[\s,，、()（）-]*")


def _whole_country_named(norm: str, places: list, parts: list[str], country: str | None) -> bool:
    """Whether the clause names the country itself, with no part of it qualifying the name ('in Malaysia only' beside the
    licensor's address 'Johor Bahru'): then it covers the whole country. 'In West Java, Indonesia only' names the part just
    before the country: only that part is covered."""
    spans = [(start, end) for start, end, code in places if code == country]
    found = [(norm.find(part), norm.find(part) + len(part)) for part in parts if norm.find(part) >= 0]

    def qualified(start: int, end: int) -> bool:  # a part just before the country's name ('West Java, Indonesia') or after it ('中国广东省')
        return any(p_end <= start and _QUALIFIES_RE.fullmatch(norm[p_end:start]) or p_start >= end and _QUALIFIES_RE.fullmatch(norm[end:p_start])
                   for p_start, p_end in found)

    return any(not qualified(start, end) for start, end in spans)


def territory_clause(text: str | None, country: str | None = None) -> Clause | None:
    """The clause that limits where the licence applies, as written, or None when the licence names no territory.
    ``country``: the listing's, whose parts a clause may name ('for sale in West Java only')."""
    for line in _lines(text or ""):
        norm = normalize_text(line)
        if not _TERRITORY_CUE_RE.search(norm) and not _WORLDWIDE_RE.search(norm):
            continue
        bare = _without_companies(line)
        places = places_named(bare)
        parts = parts_named(bare, country) if country else []
        worldwide = bool(_WORLDWIDE_RE.search(norm))
        if not places and not parts and not worldwide:
            continue
        cut = _EXCEPT_RE.search(normalize_text(bare))
        named = {code for start, _, code in places if not cut or start < cut.start()}
        excluded = {code for start, _, code in places if cut and start >= cut.start()}
        # A part of the country named before any exception ('in West Java, Indonesia only'): the licence covers that part.
        within = bool(parts) and not (cut and all(normalize_text(bare).find(p) >= cut.start() for p in parts))
        within = within and not _whole_country_named(normalize_text(bare), places, parts, country)
        return Clause(line, frozenset(named - {country} if within else named), frozenset(excluded), worldwide,
                      frozenset({country}) if within else frozenset())
    return None


def channel_exclusion(text: str | None, site: Site) -> str | None:
    """The clause, as written, that keeps the licence off online sales (or off this site by name), or None. An exclusion
    said as such is quoted before a clause that only names physical shops as the channel."""
    site_words = {site.value, site.label.lower()}
    shops = None
    for line in _lines(text or ""):
        norm = normalize_text(line)
        named = any(re.search(rf"\b{re.escape(w)}\b", norm) for w in site_words)
        if _SHOPS_ONLY_RE.search(norm) or _BAN_RE.search(norm) and (_ONLINE_RE.search(norm) or named):
            return line
        if shops is None and _PHYSICAL_SHOPS_RE.search(norm) and _CHANNEL_CUE_RE.search(norm) and not _ONLINE_RE.search(norm) and not named:
            shops = line
    return shops


def worldwide_said(text: str | None) -> str | None:
    """The seller's words saying it may sell everywhere ('in tutto il mondo', 'worldwide', '全球'), as written; None."""
    found = _WORLDWIDE_SAID_RE.search(text or "")
    return found.group(0) if found else None


def listing_country(complaint: Complaint) -> str | None:
    """The country a listing sells in, where the site tells: mainland China, Spain, a Lazada site's own country; None
    for a site that sells across borders (or a Lazada address without a country)."""
    if complaint.site in _SITE_COUNTRY:
        return _SITE_COUNTRY[complaint.site]
    if complaint.site is Site.LAZADA:
        for listing in complaint.listings:
            host = urlparse(listing.url).hostname or ""
            country = host.rsplit(".", 1)[-1].upper()
            if host and len(country) == 2:
                return country
    return None


def country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name if country else code


def sells_across_borders(site: Site) -> bool:
    return site in _CROSS_BORDER


__all__ = ["Clause", "channel_exclusion", "country_name", "listing_country", "parts_named", "places_named", "sells_across_borders", "territory_clause",
           "worldwide_said"]
