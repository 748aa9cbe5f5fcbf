"""Goods the seller says were made for another market: 'Shade R7 is special colour only for Thailand market', 'this model is
only sold in Thailand, not your version', 'R7色号是泰国市场专供版', 'edisi khas untuk pasaran Thailand', 'la versión para el
mercado tailandés'.

It is the seller's claim, not verified: no document of it is read, and goods made for another market carry no licence to
sell them where the listing sells (a parallel import, which legal answers where the site sells). A sentence is read as
such a claim when it names a country other than the one the listing's site sells in, beside a word for the goods' variant
(a model, shade, version, edition) and a word for a market or an exclusive sale, in the languages sellers here write. A
sentence about a licence, an authorisation or a registration is the licence's scope or a territory argument, read
elsewhere (licence_scope.py, territory.py). The draft answers it with what our record holds: the complaint's own
sentence on the variant the seller names, else the complaint's statement, and where our record registers the right.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import Basis, Finding, Severity
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.licence_scope import country_name, listing_country
from assistant.domain.appeals.territory import countries_in, quoted_places
from assistant.domain.deadlines import SITE_NAMES
from assistant.domain.models import Complaint
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

OTHER_MARKET_GOODS = "other_market_goods_claim"

# A word for the goods' variant: English, Chinese, Malay/Indonesian, Spanish.
_VARIANT_RE = re.compile(
    r"\b(?:model|shade|colou?r|version|edition|variant|batch|packaging|product|item|goods)s?\b"
    r"|版本?|色号|型号|款|货|\b(?:versi|edisi|warna|model|produk|barang|kemasan)\b"
    r"|\b(?:versi[oó]n|edici[oó]n|modelo|tono|color|envase|producto)(?:es|s)?\b"
)
# A word for a market, or for goods made or sold for one place only.
_MARKET_RE = re.compile(
    r"\bmarkets?\b|\bonly (?:sold|sell|available|made|produced|for)\b|\b(?:sold|available|made|produced|for) only\b|\bexclusive(?:ly)?\b"
    r"|\bmade for\b|\bproduced for\b|\blocal version\b"
    r"|市场|专供|特供|专卖|(?:仅|只)(?:在|限|于|供)"
    r"|\bpasaran\b|\bpasar\b|\bkhusus\b|\bkhas\b|\bsahaja\b|\bhanya (?:dijual|untuk|di)\b"
    r"|\bmercado\b|\bs[oó]lo (?:se vende|para|en)\b|\bexclusiv[oa]\b|\bfabricad[oa] para\b"
)
# A licence, an authorisation or a registration: its scope or a territory argument, not goods made for a market. A paper
# in another language ('the Chinese version of the invoice', 'la versión española del contrato') is no version of the goods.
_NOT_THIS_RE = re.compile(
    r"licen|authori[sz]|autori[zs]|distribut|registe|registr|trade ?mark|\bmerek\b|\bmarca\b|daftar|授权|许可|注册|商标|经销|代理"
    r"|invoice|contract|certificate|document|letter|translat|发票|合同|证书|文件|翻译|factura|contrato|certificado|documento|traducci"
    r"|faktur|kontrak|sijil|dokumen|surat|terjemah"
)
# A market named by its people's adjective ('the Thai version', 'el mercado japonés'), which ISO's country names do not
# hold, for the markets the sites here sell in and those sellers most often name as their goods' own; and the Chinese short
# name of a version ('港版', '日版', '泰版', '国行'), which says both the market and that the goods are a version made for it.
_ADJECTIVES = {
    "TH": r"thai|tailand[eé]s[a]?|泰版|泰国版", "MY": r"malaysian|malasi[oa]|马来版|马版", "ID": r"indonesian|indonesi[oa]|印尼版",
    "SG": r"singaporean|singapurense|新加坡版", "PH": r"filipino|philippine|filipin[oa]|菲版", "VN": r"vietnamese|vietnamita|越南版",
    "CN": r"chinese|chin[oa]|国行|大陆版|陆版", "HK": r"港版|香港版", "TW": r"taiwanese|taiwan[eé]s[a]?|台版|台湾版",
    "JP": r"japanese|japon[eé]s[a]?|jepun|jepang|日版|日本版", "KR": r"korean|corean[oa]|韩版|韩国版",
    "US": r"american|estadounidense|美版|美国版", "GB": r"british|brit[aá]nic[oa]|英版", "ES": r"spanish|español[a]?|西班牙版",
}
# Bounded by Latin letters only: a Chinese short name stands inside a sentence with no space ('我们卖的是港版VELARO').
_ADJECTIVE_RES = {code: re.compile(rf"(?<![a-zà-ÿ])(?:{words})(?![a-zà-ÿ])") for code, words in _ADJECTIVES.items()}
# A version named by its market: '<adjective> version' and the Spanish, Malay and Indonesian order ('versión japonesa', 'versi
# Thai'), or a Chinese short name ('港版').
_VERSION_WORDS = r"version|edition|model|variant|versi[oó]n|edici[oó]n|modelo|versi|edisi"


def _markets_named(norm: str) -> list[tuple[int, str]]:
    """(where, ISO code) of each market a sentence names, by the country's name or its adjective, in the order written."""
    found = [(start, code) for start, _, code in countries_in(norm)]
    found += [(m.start(), code) for code, pattern in _ADJECTIVE_RES.items() for m in pattern.finditer(norm)]
    return sorted(found)


def _version_of_market(norm: str) -> bool:
    """Whether a sentence names a version by its market ('Thai version', 'versión japonesa', '港版')."""
    for pattern in _ADJECTIVE_RES.values():
        for m in pattern.finditer(norm):
            before, after = norm[max(0, m.start() - 12):m.start()], norm[m.end():m.end() + 12]
            if m.group(0).endswith("版") or m.group(0) == "国行" or re.match(rf"\s*(?:{_VERSION_WORDS})\b", after) \
                    or re.search(rf"\b(?:{_VERSION_WORDS})\s*$", before):
                return True
    return False


# A variant's code as written ('R7', 'GS-30T'): letters and a digit.
_CODE_RE = re.compile(r"(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{1,11}(?![A-Za-z0-9-])")


def other_market_claim(said: str, complaint: Complaint) -> Finding | None:
    """The seller's claim that its goods were made for another market, with what our record holds; None when it makes none."""
    home = listing_country(complaint)
    for sentence in sentences(said or ""):
        norm = normalize_text(sentence)
        if _NOT_THIS_RE.search(norm) or not (_VARIANT_RE.search(norm) and _MARKET_RE.search(norm) or _version_of_market(norm)):
            continue
        other = next((code for _, code in _markets_named(norm) if code != home), None)
        if other:
            return _finding(sentence, other, complaint)
    return None


def _finding(sentence: str, code: str, complaint: Complaint) -> Finding:
    """The claim for support and legal, and the draft's answer from our record."""
    market = country_name(code)
    codes = _CODE_RE.findall(sentence)
    variant = next((c for c in codes if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", complaint.statement or "")), None)
    named = f" ('{escape_untrusted(variant or codes[0])}')" if codes else ""
    where = f"on {SITE_NAMES[complaint.site]}" + (f" in {country_name(listing_country(complaint))}" if listing_country(complaint) else "")
    ours = _our_words(complaint, variant)
    return Finding(
        code=OTHER_MARKET_GOODS, severity=Severity.INFO, basis=Basis.NOT_VERIFIED, about=code,
        message=f"The seller says the goods it sells{named} were made for another market ({market}): its claim, not verified (no document "
        f"of it is given), and not a licence: goods made for another market carry no consent of ours to sell them {where}. Whether "
        f"selling them there infringes our right (a parallel import) is for legal. {ours}",
        reply=f"The seller says the goods it sells{named} were made for another market ({market}). It gives no document showing it, and "
        f"goods made for another market carry no licence from us. {_complaint_line(complaint, variant)}".strip(),
    )


def _complaint_line(complaint: Complaint, variant: str | None) -> str:
    """The complaint's sentence naming the variant the seller names (else its statement), quoted; empty without one."""
    statement = (complaint.statement or "").strip()
    lines = [s for s in sentences(statement) if variant and re.search(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", s)] or [statement]
    return f"Our complaint states: \"{lines[0]}\"" if lines[0] else ""


def _our_words(complaint: Complaint, variant: str | None) -> str:
    """What our record holds on the goods: the complaint's own words (_complaint_line), and where the right is registered."""
    quoted = f"{_complaint_line(complaint, variant)} "
    right = complaint.ip_right
    places = f"Our {right.ip_type.value} {right.name} is registered in {quoted_places(complaint)}." if right.places_of_registration else ""
    return f"{quoted}{places}".strip()


__all__ = ["OTHER_MARKET_GOODS", "other_market_claim"]
