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
from difflib import SequenceMatcher
from enum import StrEnum

from assistant.domain.appeals.numbers import COMPANY_NUMBER_LABEL_RE
from assistant.domain.legal_forms import company_parts, form_before_name, form_difference, form_key, is_latin_form, is_legal_form_word, split_legal_form
from assistant.domain.romanised_names import romanised_pair
from assistant.domain.untrusted_text import normalize_text

_INVISIBLE_RE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


class PartyRole(StrEnum):
    """The part a company plays in the seller's story."""

    LICENSOR = "licensor"  # granted the licence or authorisation
    SUPPLIER = "supplier"  # sold the goods to the seller
    OWNER = "owner"  # owns the brand
    LICENSEE = "licensee"  # received the licence or authorisation
    BUYER = "buyer"  # bought the goods a purchase document is for


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


# What OCR can make of a name: a few characters read as look-alikes ('户' as '炉', '品' as '晶', 'i' as 'l', 'O' as '0'), a
# bracket or a space lost or added. Two names whose letters (spaces and punctuation aside) are of about the same length
# and agree but for a few single characters may be one name misread.
_NAME_LETTERS_RE = re.compile(r"[\W_]+")


def _few_apart(x: str, y: str) -> bool:
    """About the same length (within two characters), no more than a quarter of their characters (at least one, at most
    four) apart, and apart a character or two at a place (a misread letter, 'rn' for 'm'), never a word for another."""
    if not x or not y or abs(len(x) - len(y)) > 2 or characters_apart(x, y) > min(4, max(1, min(len(x), len(y)) // 4)):
        return False
    return all(max(i2 - i1, j2 - j1) <= 2 for op, i1, i2, j1, j2 in SequenceMatcher(None, x, y, autojunk=False).get_opcodes() if op != "equal")


def ocr_lookalike(a: str, b: str, text: str = "") -> bool:
    """Whether a name ``a`` and a different name ``b`` read by OCR could be one name misread: a few characters apart, their
    legal forms aside; or, OCR having cut the name short at a character it misread ('海翠炉外用晶 【深圳）有限公司' read as
    '海翠炉外用晶'), ``a`` whole a few characters from the OCR ``text`` where ``b`` begins."""
    x, y = (_NAME_LETTERS_RE.sub("", split_legal_form(normalize_text(name))[0]) for name in (a, b))
    if x == y:
        return False
    if _few_apart(x, y):
        return True
    whole, letters = _NAME_LETTERS_RE.sub("", normalize_text(a)), _NAME_LETTERS_RE.sub("", normalize_text(text))
    at = letters.find(y) if y else -1
    return at >= 0 and len(whole) > len(y) and any(_few_apart(whole, letters[at:at + len(whole) + extra]) for extra in (-1, 0, 1))


def _plain(text: str) -> str:
    """NFKC without invisible characters, case kept (names are quoted as written)."""
    return _INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text or ""))


def _base_key(base: str) -> str:
    """A name's letters to compare, without accents: a till receipt prints 'Perfumerias' for 'Perfumerías'."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", base) if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", "", bare).casefold()


# German names are written without their umlauts in two ways: 'Küchen' as 'Kuechen' (the convention) or as 'Kuchen'.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _base_keys(base: str) -> set[str]:
    """A name's keys: its letters without accents, and with umlauts written out ('Küchen' -> 'kuchen', 'kuechen')."""
    return {_base_key(base), _base_key(base.translate(_UMLAUTS))} - {""}


def written_alike(a: str, b: str) -> bool:
    """Whether two names are one name written apart only in spacing, letter case or punctuation, legal form included
    ('Kirra Outdoor GmbH', 'KirraOutdoorGmbH' as OCR reads a Latin name among Chinese, 'KIRRA-OUTDOOR GMBH')."""
    return bool(_base_key(_plain(a))) and _base_key(_plain(a)) == _base_key(_plain(b))


# Words a business puts around its own name that do not make it another business: a word for a shop ('Kedai Rimba Gear',
# 'Toko Sinar Alam', 'Tienda Montaña Viva', '悦途专营店') and a sole trader's or a firm's word ('Rimba Gear Enterprise').
_BUSINESS_WORDS_RE = re.compile(
    r"(?<![^\W\d_])(?:kedai|toko|shop|store|official store|online store|tienda|negozio|boutique|laden|enterprises?|trading|traders)(?![^\W\d_])"
    r"|(?:官方)?(?:旗舰店|专营店|专卖店|网店|商店|店铺|店)$",
    re.IGNORECASE,
)


def one_business(a: str, b: str) -> bool:
    """Whether two different names are one business's, written with and without a word for a shop or a trader ('Kedai
    Rimba Gear' and 'Rimba Gear Enterprise'; 'Tienda Montaña Viva' and 'Montaña Viva S.L.'): presumably one, to check."""
    keys = []
    for name in (a, b):
        base = split_legal_form(_plain(name))[0]
        keys.append(_base_key(_BUSINESS_WORDS_RE.sub(" ", base)))
    return bool(keys[0]) and len(keys[0]) >= 4 and keys[0] == keys[1] and _base_key(a) != _base_key(b)


def compare_names(a: str, b: str) -> NameMatch:
    """Whether two company names are the same, the same with another legal form, or different."""
    base_a, form_a = split_legal_form(_plain(a))
    base_b, form_b = split_legal_form(_plain(b))
    if _base_key(base_a) and romanised_pair(_plain(a), _plain(b)):
        return NameMatch.SAME  # a Chinese name and the same name in pinyin or English, its legal form the same form in English
    if _base_key(base_a) and written_alike(a, b):
        return NameMatch.SAME  # one name, its spaces, letter case or punctuation lost or added ('KirraOutdoorGmbH', OCR's)
    if not _base_key(base_a) or not _base_keys(base_a) & _base_keys(base_b):
        return NameMatch.OTHER
    if form_a and form_b and form_key(form_a) != form_key(form_b):
        return NameMatch.LEGAL_FORM
    return NameMatch.SAME


# --- A company's name at the start of a text ------------------------------------------------------------------------

_CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff（）()·]{2,40}?(?:股份有限公司|有限责任公司|有限公司|公司|商行|厂)")
# A Japanese company: its legal form before or after a name in kanji or kana ('株式会社サクラ工房', 'ミナト刃物株式会社').
_JA_FORMS = "株式会社|有限会社|合同会社|合資会社|合名会社"
_JA_NAME_RE = re.compile(rf"(?:{_JA_FORMS})[\u3040-\u30ff\u3005\u4e00-\u9fff・]{{1,30}}|[\u3040-\u30ff\u3005\u4e00-\u9fff・]{{1,30}}?(?:{_JA_FORMS})")
_CONNECTORS = {"&", "and", "of", "de", "und", "the", "y", "e", "et"}  # Spanish, Italian and French "and" too ("Hogar y Luz S.L.")


# A name in one script with its legal form in another: '桜工業Co., Ltd.', 'Nordlys Audio有限公司'.
_CJK_THEN_LATIN_RE = re.compile(r"(?P<name>[\u3040-\u30ff\u3005\u4e00-\u9fff・]{1,30})[ \t]?(?P<form>[A-Za-z][A-Za-z.,& \t]{0,30})")
_LATIN_THEN_CJK_FORM_RE = re.compile(rf"[A-Z][A-Za-z0-9&'.-]*(?:[ \t]+[A-Za-z0-9&][A-Za-z0-9&'.-]*){{0,5}}?[ \t]?(?:股份有限公司|有限责任公司|有限公司|{_JA_FORMS})")


def _mixed_script_company(text: str) -> str | None:
    """The company ``text`` starts with when its name and its legal form are in two scripts."""
    latin_name = _LATIN_THEN_CJK_FORM_RE.match(text)
    if latin_name:
        return latin_name.group(0)
    found = _CJK_THEN_LATIN_RE.match(text)
    if not found:
        return None
    words = found.group("form").split(" ")
    for count in range(len(words), 0, -1):  # the longest run of words that is a legal form and nothing else
        form = " ".join(words[:count]).rstrip(" ,")
        if is_latin_form(form):
            return found.group("name") + text[found.end("name"):found.start("form")] + form
    return None


# A place or a region in brackets that a company's name holds before its legal form: '(HK)', '(Asia)', '(Shenzhen)'.
_PLACE_IN_NAME_RE = re.compile(r"\([A-Z][A-Za-z.&-]{1,20}\)")


def leading_company(text: str) -> str | None:
    """The company name ``text`` starts with, up to its legal form ('Acme Sportswear Co., Ltd.'), or None when the
    words do not end in a legal form."""
    text = _plain(text).lstrip(" :：,，")
    cjk = _JA_NAME_RE.match(text) or _CJK_NAME_RE.match(text)
    if cjk:
        return cjk.group(0)
    mixed = _mixed_script_company(text)
    if mixed:
        return mixed
    words = text.split()
    before = form_before_name(text)
    if before:
        # A legal form written before the name ('PT Sumber Rasa Nusantara Tbk', 'CV Maju Jaya'): the capitalised words after it.
        line = text.split("\n", 1)[0].split()
        taken = [line[0]]
        for word in line[1:8]:
            bare = word.rstrip(",;:.)")
            if not bare or not (bare[0].isupper() or bare[0].isdigit() or bare.lower() in _CONNECTORS):
                break
            taken.append(bare)
            if word != bare:
                break
        return " ".join(taken) if len(taken) > 1 else None
    best = None
    for count, word in enumerate(words[:12], start=1):
        if count > 1 and _PLACE_IN_NAME_RE.fullmatch(word):
            continue  # a place in brackets inside the name ('Alpenlink Trading (HK) Limited', 'Meridian Outdoor (Asia) Pte. Ltd.')
        bare = word.rstrip(",;:)")
        if not bare:
            break
        capital = bare[0].isupper() or bare[0].isdigit()
        if not (capital or bare.lower() in _CONNECTORS or is_legal_form_word(bare)):
            break
        # A two-letter legal form is written in capitals (AS, AB, AG, SE): 'at' or 'as' in lower case is the everyday word.
        if is_legal_form_word(bare) and count > 1 and not (bare.islower() and len(bare) <= 2):
            best = " ".join(words[: count - 1] + [bare])
        if word != bare and not is_legal_form_word(bare) and not _form_follows(words, count):
            break  # a comma after an ordinary word ends the name, unless the legal form comes next ('Atlântica Cerâmicas, Lda.')
    if best is None:
        return None
    best = best.rstrip(",")
    after = text[len(best):].lstrip()
    if best.endswith(".") and (not after or after[0].isupper()):
        best = best[:-1]  # the full stop ends the sentence ('... from Acme Ltd. The letter ...'), not the name
    return best


def _form_follows(words: list[str], count: int) -> bool:
    """Whether the word after the ``count``-th is a legal form written as one ('Lda.', 'S.r.l.', 'Inc.'), not an everyday word."""
    following = words[count].rstrip(",;:)") if count < len(words) else ""
    return len(following) > 2 and following[0].isupper() and is_legal_form_word(following)


# --- What the seller says ----------------------------------------------------------------------------------------------

_OWNER_PREFIX = r"(?:(?:the|our)\s+)?(?:brand|trade\s?mark|mark)\s+(?:owner|holder)\s*[,:]?\s*"
# What the company is, said before its name: 'from the official Chinese company Fjellro Outdoor Trading (Shenzhen) Co., Ltd.',
# 'by the brand company Acme Asia Ltd'. Called the brand's own ('official', 'brand'), the seller presents it as the owner.
_DESCRIBED = (r"(?:(?:the|an?|our|its|their)\s+(?:(?P<brand>official|brand(?:'s)?)\s+|[\w'-]+\s+){0,3}?"
              r"(?:company|firm|group|corporation|distributor|importer|agent|dealer|wholesaler|manufacturer|factory|supplier|licensor)\s*,?\s+)?")
# The same said after the name: '..., which is the brand company for mainland China', '..., the official company of the brand'.
_BRAND_AFTER_RE = re.compile(r"\s*,?\s*(?:(?:which|who|that)\s+(?:is|are)\s+)?(?:the|its|our)?\s*(?:official|brand(?:'s)?)\s+"
                             r"(?:[\w'-]+\s+){0,2}?(?:company|owner|holder|headquarters|subsidiary)\b", re.IGNORECASE)
_SELLER_CUES: list[tuple[PartyRole, re.Pattern[str]]] = [
    (PartyRole.LICENSOR, re.compile(
        r"\b(?:licen[cs]e[sd]?|licensing|authori[sz]ation|authori[sz]ed|LOA|permission|appointed)\b(?:\s+[(\[]?[\w-]+){0,5}?\s+(?:from|by)\s+"
        rf"(?P<owner>{_OWNER_PREFIX})?{_DESCRIBED}|\b(?:licensor|licenciante|licenziante)\s*(?:is|es|è|:|,)?\s*", re.IGNORECASE)),
    # The same in the other languages sellers write: 'uma licença da Spielwaren Huber GmbH', 'una licencia de Juguetes Sol S.L.',
    # 'una licenza di Giocattoli Rossi S.p.A.', 'eine Lizenz von der Alpenspiel Handels GmbH', 'une licence de Jouets Lumière
    # SARL', 'lisensi dari PT Mainan Ceria', 'uma licença concedida pela Brinquedos Atlântico Lda.'. A licence from another
    # company is that company's, whatever the seller says it is to the owner ('..., distribuidor oficial da Kestival').
    (PartyRole.LICENSOR, re.compile(
        r"\b(?:licen[çc]as?|licencias?|licenz[ae]|(?:unter|sub)?lizenz(?:en)?|sub-?licen[çc]as?|sub-?licen[cz]i?as?|lisensi|lesen|licences?"
        r"|autoriza[çc](?:ão|ões)|autorizaci[óo]n(?:es)?|autorizzazion[ei]|autorisations?|erlaubnis|genehmigung|kebenaran|izin)\b"
        r"(?:\s+[\w-]+){0,4}?\s+(?:da|do|de|del|della|dalla|dal|di|von|vom|dari|daripada|pela|pelo|por|par)\s+"
        r"(?:(?:der|dem|la|el|il|a|o)\s+|l')?", re.IGNORECASE)),
    (PartyRole.SUPPLIER, re.compile(
        r"\b(?:bought|buy|purchased?|sourced|ordered|obtained|import(?:ed)?|supplied|got|source)\b(?:\s+[\w,.-]+){0,9}?\s+(?:from|by)\s+"
        rf"(?P<owner>{_OWNER_PREFIX})?{_DESCRIBED}|\b(?:our\s+)?(?:supplier|distributor|vendor|manufacturer)\s*(?:is|:|,)\s*", re.IGNORECASE)),
    # Spanish: 'compramos 1.200 unidades a Solara Europe S.L.', 'los compramos en El Corte Inglés, S.A.'
    # Not 'de' after a verb of buying ('compramos unas cremas de Oliveto S.r.l.' names the maker), but 'importados de'.
    # A quantity and a day may stand between ('compramos 120 unidades el 3 de septiembre de 2026 directamente a ...').
    (PartyRole.SUPPLIER, re.compile(r"\b(?:compr[a-záéó]*|adquiri[a-zó]*)\b(?:\s+[\w,.-]+){0,9}?\s+(?:a|en)\s+(?:la\s+|el\s+)?"
                                    r"|\bimportad[oa]s?\b(?:\s+[\w,.-]+){0,5}?\s+(?:de|desde)\s+(?:la\s+|el\s+)?", re.IGNORECASE)),
    # Italian: 'abbiamo acquistato le scarpe dal nostro distributore autorizzato Euro Sport Italia S.p.A.', 'le abbiamo comprate
    # presso il grossista ufficiale Alpi Moda S.r.l.': what the company is to the seller may stand before its name.
    (PartyRole.SUPPLIER, re.compile(
        r"\b(?:acquist|compr)[a-zàèéìòù]*\b(?:\s+[\w,.'-]+){0,9}?\s+(?:dall'|(?:da|dal|dalla|dallo|dai|presso)\b)\s*(?:(?:il|la|lo)\b\s*|l')?"
        r"(?:(?:nostro|nostra|nostri|loro|suo|sua)\s+)?(?:(?:distributore|fornitore|grossista|rivenditore|importatore|concessionario)"
        r"(?:\s+(?:autorizzat[oa]|ufficiale|esclusiv[oa]|italian[oa]))*\s+)?", re.IGNORECASE)),
    # Malay and Indonesian: 'dibeli daripada pengedar KIRRA di Malaysia, Outdoor Hub Sdn Bhd', 'kami beli dari distributor resmi
    # KIRRA di Indonesia, PT Jalur Alam Nusantara': what the company is to the seller may stand before its name, up to a comma.
    (PartyRole.SUPPLIER, re.compile(
        r"\b(?:dibeli|membeli|beli|dibelikan|diperoleh|diambil|diimport|diimpor)\b(?:\s+[\w.-]+){0,6}?\s+(?:daripada|dari)\s+"
        r"(?:(?:pengedar|distributor|pembekal|pemasok|agen|pemborong)\b[^,\n]{0,40},\s*)?", re.IGNORECASE)),
    (PartyRole.OWNER, re.compile(rf"\b{_OWNER_PREFIX}(?:is\s+)?|\brights?\s+(?:holder|owner)\s*(?:is|:|,)?\s*", re.IGNORECASE)),
]
_CJK = r"[\u4e00-\u9fff（）()·]{2,40}?(?:股份有限公司|有限责任公司|有限公司|公司|商行|厂)"
# What a company is in the goods' way to the seller, said before its name: '(品牌)授权经销商', '一级代理商', '厂家'.
_CJK_TRADE_ROLE = (r"(?:品牌|官方|正规|原厂|一级|二级|总|区域|授权|指定|合作|品牌授权|官方授权){0,2}"
                   r"(?:经销商|代理商|供应商|供货商|批发商|分销商|总代理|代理|厂家|工厂)(?:的)?")
_SELLER_CJK: list[tuple[PartyRole, re.Pattern[str]]] = [
    # "从品牌授权经销商“上海某某贸易有限公司”进货": a few words of description may come before a name in quotation marks;
    # without them, a word for what the company is ('从授权经销商上海光源照明有限公司采购') is no part of its name.
    (PartyRole.SUPPLIER, re.compile(rf"(?:从|向|自)(?:[^，。,；;\n“”\"「」『』]{{0,15}}[“\"「『]|{_CJK_TRADE_ROLE})?(?P<name>{_CJK})[”\"」』]?(?:处|那里|那儿)?"
                                    r"(?:进货|采购|购买|购进|拿货|订购|进的货|买的|购入)")),
    (PartyRole.LICENSOR, re.compile(rf"(?:已获得|获得|取得|得到|已获|由|经|获)(?P<name>{_CJK})(?:的|出具的|签发的)?(?:正式|合法)?(?:授权|许可)")),
    (PartyRole.LICENSOR, re.compile(rf"(?:授权方|许可方)(?:为|是|[:：])\s*(?P<name>{_CJK})")),
    (PartyRole.OWNER, re.compile(rf"(?:品牌方|品牌所有人|商标所有人|商标权人|商标持有人|权利人)(?:为|是|[:：])?\s*(?P<name>{_CJK})")),
]


# A company written in Latin letters inside Chinese prose and named as the licensor: '已获得Brisa Shoes Co., Ltd.的正式授权',
# '由Acme GmbH授权', or as the issuer of the authorisation the sentence speaks of ('授权书见附件（Brisa Shoes Co., Ltd. 出具，...）');
# 'X 出具' after no word for a licence ('发票由X出具') names who issued another paper.
_LATIN_IN_CJK_RE = re.compile(r"(?<=[\u4e00-\u9fff(（:：,，、])\s*(?=[A-Z])")
_LICENSOR_BEFORE_RE = re.compile(r"(?:已获得|获得|取得|得到|已获|由|经|获)了?\s*$")
_LICENSOR_AFTER_RE = re.compile(r"\s*(?:的|出具的|签发的)?(?:正式|合法)?(?:授权|许可)")
_ISSUED_AFTER_RE = re.compile(r"\s*(?:出具|签发|颁发|开具)")
_LICENCE_WORD_RE = re.compile(r"授权|许可")
_CJK_AFTER_RE = re.compile(r"(?P<latin>[^\u4e00-\u9fff\n]{2,80}?)(?P<next>[\u4e00-\u9fff])")
_CLAUSE_START_RE = re.compile(r"[。！？；;!?\n]")


def _latin_licensors(text: str) -> list[NamedParty]:
    """The companies a Chinese text names in Latin letters as its licensor (see _LATIN_IN_CJK_RE), where each starts."""
    found = []
    for cue in _LATIN_IN_CJK_RE.finditer(text):
        # The Latin words up to the Chinese that follows, a space before it so a legal form's stop stays the name's ('Ltd.的').
        latin = _CJK_AFTER_RE.match(text, cue.end())
        name = leading_company(latin.group("latin") + " " + latin.group("next")) if latin else None
        if not name or not text.startswith(name, cue.end()):
            continue
        start, end = cue.end(), cue.end() + len(name)
        clause = _CLAUSE_START_RE.split(text[:start])[-1]
        if (_LICENSOR_BEFORE_RE.search(text[:cue.start()]) and _LICENSOR_AFTER_RE.match(text, end)
                or _ISSUED_AFTER_RE.match(text, end) and _LICENCE_WORD_RE.search(clause)):
            found.append(NamedParty(PartyRole.LICENSOR, name, start))
    return found


def _cjk_name_as_written(written: str, plain: str, start: int, end: int) -> tuple[int, str]:
    """A Chinese company's name found in the plain text, as the seller wrote it (its full-width brackets kept, '（深圳）'), without
    the bracket it was given in ('品牌方（海翠户外用品（深圳）有限公司）'); where the plain text's characters are the written ones."""
    name = plain[start:end]
    if name[:1] in "(（" and name.count("(") + name.count("（") > name.count(")") + name.count("）"):
        start, name = start + 1, name[1:]
    same = len(written) == len(plain)
    return start, written[start:start + len(name)] if same else name


def seller_parties(text: str) -> list[NamedParty]:
    """The companies the seller names as licensor, supplier or brand owner, as written, in the order they come."""
    written, text = text or "", _plain(text)
    found: dict[tuple[PartyRole, str], NamedParty] = {}
    for role, cue in _SELLER_CUES:
        for match in cue.finditer(text):
            name = leading_company(text[match.end():])
            if name:
                says_owner = (role is PartyRole.OWNER or bool(match.groupdict().get("owner") or match.groupdict().get("brand"))
                              or bool(_BRAND_AFTER_RE.match(text, match.end() + len(name))))
                found.setdefault((role, name), NamedParty(role, name, match.end(), says_owner))
    for role, cue in _SELLER_CJK:
        for match in cue.finditer(text):
            start, name = _cjk_name_as_written(written, text, match.start("name"), match.end("name"))
            found.setdefault((role, name), NamedParty(role, name, start, role is PartyRole.OWNER))
    for party in _latin_licensors(text):
        found.setdefault((party.role, party.name), party)
    named = {party.start for party in found.values() if party.role is not PartyRole.OWNER}
    # "authorised by the brand owner Acme Ltd" names one company once: the licensor, also called the owner.
    return sorted((p for p in found.values() if p.role is not PartyRole.OWNER or p.start not in named), key=lambda party: party.start)


# --- Who the seller is ---------------------------------------------------------------------------------------------------
# Read from how a counter-notice names its writer, with or without a legal form: "We, Lakeshore Living, ...", "Our store
# 'Alpine Gear Direct'", "我司（义乌北极光户外用品有限公司）", a company that "is an authorised dealer", the lines under
# "Kind regards" and a letterhead line. Named-entity models would need a download at run time (no official English or
# Chinese model is published on PyPI), so these are the patterns people use to sign and introduce themselves.

_WE_ARE_RE = re.compile(r"\bwe\s*,\s*(?P<name>[^,\n]{2,60}?)\s*,", re.IGNORECASE)
# "We are Harbor Lane Goods (AliExpress store ...)", "Our shop Glowtech Official Store is ...": a name in capitals after them.
_CAPITALISED = r"[A-Z][\w&'.-]*(?:\s+(?:&|and|of|[A-Z][\w&'.-]*)){0,5}"
_WE_ARE_NAME_RE = re.compile(rf"\b[Ww]e\s+are\s+(?P<name>{_CAPITALISED})(?=\s*[(,.;:]|\s+(?:on|from|an?|the)\b)")
_OUR_SHOP_NAME_RE = re.compile(rf"\b(?:[Oo]ur|[Tt]he)\s+(?:store|shop)\s+(?P<name>{_CAPITALISED})(?=\s+(?:is|has|was|sells)\b|\s*[(,])")
# 'Kami dari Toko Alam Lestari keberatan ...', 'kami adalah Kedai Lasak Gear': a store named with its word for a shop,
# capitalised, after 'we are' or 'we (are) from' in Indonesian and Malay.
_KAMI_SHOP_RE = re.compile(rf"\b[Kk]ami\s+(?:dari|adalah|ialah)\s+(?P<name>(?:Toko|Kedai|Warung)\s+{_CAPITALISED})")
_OUR_STORE_RE = re.compile(
    r"\b(?:our|the)\s+(?:store|shop|company|brand store)\s*(?:name\s*)?(?:is\s*)?[\"'“‘「《](?P<name>[^\"'”’」》\n]{2,60})[\"'”’」》]",
    re.IGNORECASE,
)
# "We are" in the other languages sellers write in, before a company's name with its legal form ('Somos Belleza Natural
# Distribuciones S.L.', 'Kami adalah PT ...', 'Siamo ...', 'Wir sind ...', 'Nous sommes ...').
# So does "our company" ('Our company Shenzhen Brightway Technology Co., Ltd. is allowed ...', 'My company ...').
_WE_ARE_ELSEWHERE_RE = re.compile(
    r"\b(?:somos|siamo|wir sind|nous sommes|kami adalah|kami dari|n[óo]s somos|(?:our|my) (?:company|firm|business),?"
    r"|nuestra (?:empresa|compañía|sociedad)|la nostra (?:azienda|società|ditta)|unsere firma|unser unternehmen|notre (?:société|entreprise)"
    r"|perusahaan kami|syarikat kami"
    # 'wir, die Outdoorhandel Müller GmbH aus Freiburg, weisen ... zurück', 'nosotros, Aventura Sierra S.L., ...'
    r"|wir\s*,\s*die|nosotros\s*,|noi\s*,|nous\s*,|kami\s*,)\s+"
    # 'Nous sommes la société Outillage Dupont SARL', 'somos la empresa ...', 'wir sind die Firma ...': the company after its word
    r"(?:(?:la|el|il|die|das|the|a|une?)\s+(?:soci[ée]t[ée]|entreprise|empresa|compa[ñn][íi]a|societ[àa]|azienda|ditta|firma|unternehmen"
    r"|company|firm)\s+"
    # or the article alone before the company's name ('wir sind die Bergsport Maier KG', 'somos a Casa Douro Comércio, Lda.')
    r"|(?:die|der|das|la|el|il|a|o)\s+)?", re.IGNORECASE)
# The shop it speaks for, quoted after 'we are (from)' and a word for a shop, the site's name between ('Kami dari kedai Lazada
# "GearPacu MY"', 'We are the AliExpress store "PedalPoint UK"', 'Somos la tienda "Ruedas Sur"'): the seller, whoever signs.
_WE_THE_SHOP_RE = re.compile(
    r"\b(?:we\s+are(?:\s+from)?|we're|this is|kami\s+(?:dari|adalah|ialah)|kami|somos|siamo|wir sind)\s+(?:the\s+|a\s+|la\s+|il\s+|der\s+)?"
    r"(?:(?:kedai|toko|store|shop|tienda|negozio|laden)\s+(?:[A-Za-z.]{2,20}\s+)?|[A-Za-z.]{2,20}\s+(?:store|shop)\s+)"
    r"[\"'“‘「《](?P<name>[^\"'”’」》\n]{2,60})[\"'”’」》]",
    re.IGNORECASE,
)
_CJK_WE_RE = re.compile(r"(?:我司|本公司|我公司|本店|我店|我方)\s*[（(](?P<name>[^）)\n]{2,40})[）)]")
# '本店是宁波优品家居用品有限公司，', '我们是杭州拾光百货商行。': the seller names itself with its legal form after 'we are', the
# name ending the clause; never where it says where it bought ('我们是从...公司进货的') or whose dealer it is ('我司是杭州禾曦
# 家居有限公司的授权经销商', '我司是云岫品牌的授权工厂店').
_CJK_WE_ARE_RE = re.compile(r"(?:我司|本公司|我公司|本店|我店|我方|我们)(?:就)?(?:是|为|叫)(?!从|向|在|由|自|通过|经)"
                            r"(?P<name>(?:(?!的)[\u4e00-\u9fff（）()·]){2,40}?(?:股份有限公司|有限责任公司|有限公司|公司|商行))"
                            r"(?=\s*(?:[，。,.;；！!\n（(]|$))")
_IS_DEALER_RE = re.compile(r"^\s*(?P<rest>.+?)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:official\s+|authori[sz]ed\s+|licensed\s+)", re.IGNORECASE | re.MULTILINE)
_CLOSING_WORDS = (
    r"(?:best|kind|warm)\s+regards|regards|sincerely|yours (?:sincerely|faithfully|truly)|thanks?(?: you)?|many thanks|cheers"
    r"|atentamente|(?:un |cordiales )?saludos?|cordiali saluti|distinti saluti|saluti|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|viele gr(?:ü|ue)(?:ß|ss)e"
    r"|cordialement|hormat kami|salam hormat|terima kasih|yang benar"
    r"|此致|敬礼|谢谢|顺祝商祺"
)
_CLOSING_RE = re.compile(rf"^\s*(?:{_CLOSING_WORDS})[,!.\s]*$", re.IGNORECASE | re.MULTILINE)
# A text pasted as one line still ends with its closing and the company that signs it ('... Un saludo, Menaje Sol S.L.').
_CLOSING_THEN_COMPANY_RE = re.compile(rf"(?:{_CLOSING_WORDS})[,!.，\s]+(?P<name>[^\n,，]{{2,80}}?)[ \t]*$", re.IGNORECASE)
_TEAM_RE = re.compile(r"\s+(?:sales|customer service|support|after-sales|ip|legal)?\s*team$|\s*(?:客服|团队)$", re.IGNORECASE)
_GREETING_RE = re.compile(r"^(?:dear|hello|hi|to|re|subject|attn|attention|您好|你好|尊敬|亲)\b", re.IGNORECASE)
# A store's name alone on a line: two to six capitalised words ('Glowtech Official Store'), joined by the small words
# names take in English, Italian, Spanish, German and Dutch ('Bottega Luce di Marco Rossi', 'Casa de la Luz'), or Chinese
# ending in a word for a shop or a firm ('光影家居旗舰店').
_STORE_LINE_RE = re.compile(r"[A-Z][\w&'.-]*(?:\s+(?:&|and|of|di|da|del|della|de|la|von|van|und|[A-Z][\w&'.-]*)){1,5}|[\u4e00-\u9fff]{2,20}(?:店|馆|商行|铺|工作室|公司)")


# A store's name under its label, in the languages sellers write in: the seller's own ('店铺：苏州悦途户外专营店', 'Store:
# Peakway Outdoor Store') or, in brackets after a licensee, the store a licence is for ('（店铺：悦途箱包旗舰店）', '(store:
# Peakway Bags Official Store)').
STORE_LABELS = ("店铺名称", "店铺名", "店铺", "店名", "网店", "online store", "store name", "shop name", "store", "shop", "toko", "kedai",
                "tienda", "negozio", "boutique", "geschäft")
_STORE_LABEL = "|".join(map(re.escape, STORE_LABELS))
_STORE_LABEL_LINE_RE = re.compile(rf"^[ \t]*(?:{_STORE_LABEL})[ \t]*[:：][ \t]*(?P<name>[^\n]{{2,60}}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_STORE_IN_BRACKETS_RE = re.compile(rf"[(（][ \t]*(?:{_STORE_LABEL})[ \t]*[:：][ \t]*(?P<name>[^)）\n]{{2,60}}?)[ \t]*[)）]", re.IGNORECASE)
# A closing and the name that signs, at the end of a one-line message ('... Terima kasih. Kedai Rimba Gear').
_CLOSING_THEN_NAME_RE = re.compile(
    r"(?:terima kasih|thank you|thanks|regards|salam|saludos|grazie|danke|谢谢)[.!,，。！]?\s+(?P<name>[^.,!\n]{2,60}?)[ \t.]*$", re.IGNORECASE)


def store_named(text: str, after: str | None = None) -> str | None:
    """The store a text names under a store's label, in brackets right after ``after`` when given ('苏州悦途户外用品有限公司
    （店铺：悦途箱包旗舰店）'), else in brackets anywhere (a licence's store); as written."""
    plain = _plain(text or "")
    at = plain.find(after) if after else -1
    if after and at < 0:
        return None
    found = _STORE_IN_BRACKETS_RE.match(plain, at + len(after)) if after else _STORE_IN_BRACKETS_RE.search(plain)
    if after and not found:
        found = _STORE_IN_BRACKETS_RE.match(plain, at + len(after) + 1)  # 'X (store: Y)' with a space between
    return found.group("name").strip() if found else None


def seller_names(text: str) -> list[str]:
    """The names the seller gives itself, as written, most telling first (its own words, then its signature, then a
    letterhead); a person's name in a signature may be among them."""
    text = _plain(text)
    names = [m.group("name").strip() for pattern in (_WE_THE_SHOP_RE, _WE_ARE_RE, _OUR_STORE_RE, _CJK_WE_RE, _CJK_WE_ARE_RE, _WE_ARE_NAME_RE, _OUR_SHOP_NAME_RE,
                                                     _KAMI_SHOP_RE)
             for m in pattern.finditer(text)]
    names += [name for m in _IS_DEALER_RE.finditer(text) for name in [leading_company(m.group("rest"))] if name]
    names += [name for m in _WE_ARE_ELSEWHERE_RE.finditer(text) for name in [leading_company(text[m.end():])] if name]
    names += _signature_names(text)
    names += [m.group("name").strip() for m in _STORE_LABEL_LINE_RE.finditer(text)]  # '店铺：苏州悦途户外专营店', 'Store: ...'
    inline = _CLOSING_THEN_NAME_RE.search(text.strip())
    if inline and _STORE_LINE_RE.fullmatch(inline.group("name").strip()):
        names.append(inline.group("name").strip())
    signed = _CLOSING_THEN_COMPANY_RE.search(text.strip())
    if signed and leading_company(signed.group("name")) in (signed.group("name"), signed.group("name").rstrip(".")):
        names.append(signed.group("name"))
    lines = _without_dated_end([line.strip() for line in text.splitlines() if line.strip()])
    last_company = leading_company(lines[-1]) if lines else None
    if lines and last_company in (lines[-1], lines[-1].rstrip(".")):
        names.append(lines[-1])  # a company's full name alone on the last line signs the letter
    elif last_company and _PLACE_AFTER_RE.fullmatch(lines[-1][len(last_company):]):
        names.append(lines[-1])  # with its place, as a paper's party line writes it too ('CV Sumber Petualang, Bandung')
    elif len(lines) > 2:
        last = re.split(r"\s*[,，]\s*", lines[-1])[-1]  # 'Regards, Bright Star Trading': the name after the closing
        if _STORE_LINE_RE.fullmatch(last) and not _CLOSING_RE.fullmatch(last) and not _GREETING_RE.match(last):
            names.append(last)  # a store's name alone on the last line ('Glowtech Official Store') signs the letter too
    if lines and _looks_like_a_name(lines[0]) and len(lines) > 1:
        names.append(lines[0])  # a letterhead
    return [n for n in dict.fromkeys(names) if not is_role_word(n) and not _JOB_TITLE_RE.fullmatch(n.strip(" ,.")) and not _company_number(n)]


def _company_number(words: str) -> bool:
    """A tax, VAT or register number with its label ('P.IVA IT09876543210', 'CIF B12345678', 'USt-IdNr. DE123456789'): a
    company's number, never its name."""
    return bool(COMPANY_NUMBER_LABEL_RE.match(words.strip()) and re.search(r"\d{5,}", words))


# A signer's job title on a line of its own under its name ('Thomas Müller\nGeschäftsführer'): it names nobody.
_JOB_TITLE_RE = re.compile(
    r"(?:managing |general |sales |executive )?(?:director|manager)|ceo|owner|founder|president|gesch[äa]ftsf[üu]hrer(?:in)?|inhaber(?:in)?"
    r"|prokurist(?:in)?|gerente(?: general)?|director(?:a)? general|administrador(?:a)?|amministratore(?: unico| delegato)?|titolare"
    r"|direttore|g[ée]rant(?:e)?|directeur(?: g[ée]n[ée]ral)?|pr[ée]sident|direktur(?: utama)?|pengarah|pemilik|总经理|经理|董事长|法人代表|店长",
    re.IGNORECASE,
)


def _date_line(line: str) -> bool:
    """A line that only dates the letter, with or without its place or a label ('2026年11月26日', '27 November 2026',
    'Valencia, 25 de noviembre de 2026', '日期：2026-11-27'): it ends a signature, never names the one who signs."""
    from assistant.domain.appeals.evidence import document_date

    return len(line) <= 48 and len(line.split()) <= 7 and not re.search(r"[。；;!?！？]", line) and document_date(line) is not None


def _without_dated_end(lines: list[str]) -> list[str]:
    """The letter's lines without the date lines that end it: the name above the date signs it."""
    while len(lines) > 1 and _date_line(lines[-1]):
        lines = lines[:-1]
    return lines


def _signature_names(text: str) -> list[str]:
    closing = list(_CLOSING_RE.finditer(text))
    if not closing:
        return []
    lines = [line.strip(" ,") for line in text[closing[-1].end():].splitlines() if line.strip(" ,") and not _date_line(line.strip(" ,"))][:3]
    # A company's name with a comma in its legal form ('Brightpeak Trading Co., Ltd.') is one name, never split at it.
    parts = [_TEAM_RE.sub("", part).strip() for line in lines
             for part in ([line] if leading_company(line) in (line, line.rstrip(".")) else re.split(r"\s*[,，]\s*|\s+[-–—/|]\s+", line))]
    # The company usually signs last ('Anna Berg / Lakeshore Living', 'Li Wei, Alpine Gear Direct'); a legal form alone names nobody.
    return [p for p in reversed(parts) if _looks_like_a_name(p) and not is_legal_form_word(p)]


def _looks_like_a_name(line: str) -> bool:
    if _GREETING_RE.match(line) or len(line) > 60 or line.endswith(",") or line.endswith((":", "：", ".", "。")) and not is_legal_form_word(line.split()[-1]):
        return False
    if re.search(r"[\u4e00-\u9fff]", line):
        return 2 <= len(line) <= 30 and not re.search(r"[，。！？]", line)
    words = line.split()
    return 1 <= len(words) <= 6 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _CONNECTORS or w == "&" for w in words)


# --- What a document names ----------------------------------------------------------------------------------------------

# The one table of the labels documents give their parties, in the languages sellers' papers come in: English, Chinese,
# Spanish, Italian, German, French, Portuguese, Indonesian and Malay, Japanese. A label is matched whole, in any case.
_LABELS_BY_ROLE = {
    PartyRole.LICENSOR: [
        "licensor", "grantor", "issued by", "authorised by", "authorized by",  # English
        "授权方", "许可方", "授权单位", "授权人", "许可人",  # Chinese
        "licenciante", "otorgante", "concedente", "cedente",  # Spanish, Portuguese, Italian
        "licenziante", "lizenzgeber", "concédant", "concedant", "donneur de licence", "licenciador",  # Italian, German, French, Portuguese
        "pemberi lisensi", "pemberi kuasa", "pemberi izin",  # Indonesian, Malay
        "ライセンサー", "許諾者",  # Japanese
    ],
    PartyRole.SUPPLIER: [
        "seller", "supplier", "vendor", "sold by", "issuer",
        "销售方", "销货单位", "卖方", "供货方", "供方",
        "proveedor", "vendedor", "emisor", "fornecedor",
        "venditore", "fornitore", "verkäufer", "lieferant", "vendeur", "fournisseur",
        "penjual", "pemasok",
    ],
    PartyRole.OWNER: [
        "trademark owner", "brand owner", "owner", "商标所有人", "商标权人",
        "titular de la marca", "titolare del marchio", "markeninhaber", "titulaire de la marque", "pemilik merek",
    ],
    PartyRole.LICENSEE: [
        "licensee", "grantee", "issued to", "authorised party", "authorized party",
        "被授权方", "被许可方", "被授权人", "被授权单位", "被许可人",
        "licenciatario", "licenciado", "licenziatario", "lizenznehmer", "licencié", "licencie", "preneur de licence",
        "penerima lisensi", "penerima kuasa", "penerima izin",
        "ライセンシー", "被許諾者",
    ],
    PartyRole.BUYER: [
        "buyer", "purchaser", "bill to", "billed to", "sold to", "invoice to", "customer",
        "购买方", "购货单位", "买方", "采购方", "购方", "需方",
        "comprador", "cliente", "acquirente", "cessionario", "käufer", "kunde", "rechnungsempfänger", "acheteur", "client",
        "pembeli", "diterima oleh", "received by",  # 'received by' (Indonesian 'diterima oleh') heads an invoice's buyer
        "kepada", "bil kepada", "ditagihkan kepada", "dijual kepada",  # Malay and Indonesian 'to', 'bill to', 'sold to' on an invoice
    ],
}
_DOCUMENT_ROLES = {label: role for role, labels in _LABELS_BY_ROLE.items() for label in labels}
# The labels of the party a document comes from: who grants it, or who sold what it is for.
ISSUING_LABELS = frozenset(label for label, role in _DOCUMENT_ROLES.items() if role in (PartyRole.LICENSOR, PartyRole.SUPPLIER))
_LABEL_RE = re.compile(
    # a role in brackets after another word for the party counts as its label ('Photographer (Licensor): Lena Vogt')
    r"^\s*(?:[^\W\d_][^\n:：(]{0,30}\(\s*)?(?P<label>" + "|".join(sorted(map(re.escape, _DOCUMENT_ROLES), key=len, reverse=True))
    + r")\s*\)?\s*(?:name|名称)?\s*[:：]\s*(?P<rest>.+)$",
    re.IGNORECASE | re.MULTILINE,
)


def party_labels() -> list[str]:
    """Every party label of the one table, longest first (for a pattern that must try '被授权方' before '授权方')."""
    return sorted(_DOCUMENT_ROLES, key=len, reverse=True)


def label_role(label: str) -> PartyRole | None:
    """The role a document's party label gives ('Licenziante' -> licensor), None for a label not in the table."""
    return _DOCUMENT_ROLES.get(label.strip().casefold())
_GRANT_LINE_RE = re.compile(r"^\s*(?P<rest>.+?)\s+(?:hereby\s+)?(?:authori[sz]es?|licen[cs]es?|grants?|appoints?)\s", re.IGNORECASE | re.MULTILINE)
_WE_BEFORE_RE = re.compile(r"^\s*(?:we|i|us)\s*,\s*", re.IGNORECASE)
_CJK_GRANT_RE = re.compile(rf"^\s*(?P<name>{_CJK})(?:特此|现)?(?:授权|许可)", re.MULTILINE)


_LABEL_WORDS = "|".join(sorted(map(re.escape, _DOCUMENT_ROLES), key=len, reverse=True))
# A party's label in the middle of a line ('... 开票日期：2025年9月18日 销售方：某某有限公司 购买方：...'): a scan or a
# text layer read as one line still names its parties. A label may say it gives the party's name ('Buyer name:',
# '购买方名称：', the VAT invoice's block '购买方  名称：').
_MID_LINE_LABEL_RE = re.compile(rf"[ \t\u3000]+(?=(?:{_LABEL_WORDS})[ \t]*(?:name|名称)?[ \t]*[:：])", re.IGNORECASE)


# Words before a party's label that make the name after it a person signing for that party, not the party itself:
# 'Signed for the Licensor: Peter Hale', 'For and on behalf of the Seller: ...', 'Por el Licenciante: Dr. Katrin Vogel',
# 'Per il Licenziante: ...', 'Für den Lizenzgeber: ...', 'Pour le Concédant: ...', 'Timbro e firma del venditore: ...',
# 'Untuk dan atas nama Pemberi Lisensi: ...', '授权方代表：...'.
SIGNATORY_BEFORE_RE = re.compile(
    r"(?:\bsign\w*|\bbehalf of|\bfor|\bpor|\bper|\bfür|\bpour|\buntuk|\bbagi|\batas nama|\bfirma|\btimbro|\bunterschrift|\bsello"
    r"|\bstempel|\bsignature)(?:\s+(?:the|el|la|lo|il|l'|del|della|dello|dell'|de la|de|des|der|den|die|du|le|pihak))?\s*$|代表\s*$",
    re.IGNORECASE)


# A paper's fields copied into a sentence ('(adjuntamos factura: ..., Fecha 10/04/2022, Cliente Hogar Martínez S.L., ...)',
# '（发票号码：44012345，购买方：杭州美厨贸易有限公司）'): a party's label after a comma, a bracket or a colon, with or without
# its own colon.
_FIELD_LABEL_RE = re.compile(rf"(?<=[,，;；(（:：])[ \t\u3000]*(?P<label>{_LABEL_WORDS})(?:[ \t]*[:：][ \t]*|[ \t]+(?=[^\W\d_]))", re.IGNORECASE)


def said_parties(sentence: str, role: PartyRole) -> list[str]:
    """The companies a sentence names in ``role`` among a paper's fields it copies ('..., Cliente Hogar Martínez S.L., ...'),
    as written; only names with a legal form, as a label without its colon may be an ordinary word."""
    fields = _FIELD_LABEL_RE.sub(lambda m: "\n" + m.group("label") + ": ", _plain(sentence))
    return [name for name in document_parties(fields, role) if leading_company(name) and not is_role_word(name)]


def labels_on_lines(text: str) -> str:
    """``text`` with each party's label that follows a space in mid-line moved to a line of its own, unless the words
    before it make it a signatory's line ('Por el Licenciante: Dr. Katrin Vogel' names who signs, not the party)."""
    def split(match: re.Match) -> str:
        before = text[text.rfind("\n", 0, match.start()) + 1: match.start()]
        return match.group(0) if SIGNATORY_BEFORE_RE.search(before) else "\n"
    return _MID_LINE_LABEL_RE.sub(split, text)


_GRANTED_TO_RE = re.compile(r"\b(?:authori[sz]es|licen[cs]es|grants|appoints)\s+(?P<rest>[^\n]{2,120})", re.IGNORECASE)
# A contract defines its parties once, the company then its role in brackets: 'Entre Lumora Home GmbH, Hafenstraße 12,
# 20457 Hamburgo ("el Licenciante")', 'and PanHaus Trading Ltd, 22 Dock Road (the "Licensee")', 'tra ... ("il Licenziante")',
# often after a word for 'hereinafter' ('(nachfolgend „Händler“)', '(en adelante, "el Distribuidor")', '(doravante "o
# Fornecedor")', '(di seguito denominato "il Distributore")', '(hereinafter referred to as the "Dealer")').
_HEREAFTER = (r"(?:here(?:in)?after(?:\s+(?:referred\s+to\s+as|called))?|(?:nachfolgend|im\s+folgenden)(?:\s+(?:kurz|als))?"
              r"|en\s+(?:lo\s+sucesivo|adelante)|(?:di|in)\s+seguito(?:\s+(?:denominat[oa]|dett[oa]))?"
              r"|doravante(?:\s+(?:designad[oa]|denominad[oa]))?"
              r"|ci-apr[eè]s(?:\s+d[ée]nomm[ée]e?)?)\s*[,:]?\s*")
# An article before a party's role, in the languages contracts come in ('il Distributore', 'den Händler', 'ao Distribuidor').
_ARTICLE = r"(?:(?:the|el|la|lo|il|der|die|das|den|dem|des|le|les|o|a|os|as|al|ao|à)\s+|l')"
_QUOTE = "[\"“”„'«‘»’]"


def _named_role(label: str) -> str:
    """A party's role in brackets, as a contract defines it: '(the "Licensee")', '(nachfolgend „Händler“ genannt)'."""
    return (rf"[(（]\s*(?:{_HEREAFTER})?{_ARTICLE}?{_QUOTE}?\s*{_ARTICLE}?(?P<label>{label})\s*{_QUOTE}?\s*(?:genannt\s*)?[)）]")


_DEFINED_AS_RE = re.compile(_named_role("|".join(sorted(map(re.escape, _DOCUMENT_ROLES), key=len, reverse=True))), re.IGNORECASE)
# Any role a contract gives a party, one to three words ('il Fornitore', 'the Company', 'Händler'): what its clauses
# then call that party ('Il Fornitore autorizza il Distributore ...').
_DEFINED_ROLE_RE = re.compile(_named_role(r"[^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*){0,2}"), re.IGNORECASE)
_BETWEEN_RE = re.compile(r"^.*?\b(?:between|entre|tra|fra|zwischen|antara|and|y|e|und|et)\s+|^", re.IGNORECASE)


def defined_parties(text: str, role: PartyRole) -> list[str]:
    """The companies a contract defines in ``role``, the company before its role in brackets on its line, as written."""
    names = []
    for match in _DEFINED_AS_RE.finditer(text):
        if _DOCUMENT_ROLES.get(match.group("label").casefold()) is not role:
            continue
        before = text[text.rfind("\n", 0, match.start()) + 1: match.start()]
        companies = companies_in(before[_BETWEEN_RE.match(before).end():])
        names.append(companies[-1]) if companies else None
    return names


def defined_roles(text: str) -> dict[str, str]:
    """What a contract calls each party it defines (its role, lower-cased, without an article) and the company, as
    written: 'Tra Kestival Toys S.r.l., Via dei Tigli 14 (il Fornitore) e Giocattoli Bellini S.n.c., ... (il Distributore)'
    gives {'fornitore': 'Kestival Toys S.r.l.', 'distributore': 'Giocattoli Bellini S.n.c.'}. The company is the last one
    named before the role, after the role defined before it (or from the line above, where the name stands alone)."""
    plain = _plain(text or "")
    roles: dict[str, str] = {}
    after = 0
    for match in _DEFINED_ROLE_RE.finditer(plain):
        line = plain.rfind("\n", 0, match.start()) + 1
        above = plain.rfind("\n", 0, max(0, line - 1)) + 1
        companies = (_companies_after_between(plain[max(after, line): match.start()])
                     or _companies_after_between(plain[max(after, above): max(after, line)]))
        after = match.end()
        if companies:
            roles.setdefault(normalize_text(match.group("label")).strip(), companies[-1])
    return roles


def defined_party(party: str, roles: dict[str, str]) -> str:
    """The company a contract defined (``roles``, from defined_roles) in the role ``party`` ends with, after a clause's
    number ('art. 1 - il fornitore', '§ 1 der Hersteller'); else ``party`` as given."""
    for role, company in roles.items():
        if re.search(rf"(?:^|[\s.:\-–]){_ARTICLE}?{re.escape(role)}$", party, re.IGNORECASE):
            return company
    return party


def _companies_after_between(segment: str) -> list[str]:
    """The companies a stretch of a contract's parties names after the word that opens or joins them ('Tra', 'e', 'and')."""
    return companies_in(segment[_BETWEEN_RE.match(segment).end():])


def document_parties(text: str, role: PartyRole) -> list[str]:
    """The companies a document names in ``role`` ('Licensor: Acme GmbH', 'Acme GmbH hereby licenses ...',
    '销售方：...', 'Bill to: ...'), as written, first named first. A label says the name is a party's, so a labelled name
    needs no legal form ('Buyer: Lakeside Home Trading'); a place written after the legal form stays ('..., Shenzhen')."""
    text = labels_on_lines(_plain(text))
    names = defined_parties(text, role)
    for match in _LABEL_RE.finditer(text):
        if _DOCUMENT_ROLES[match.group("label").lower()] is role:
            name = labelled_name(match.group("rest"))
            names.append(name) if name else None
    if role is PartyRole.LICENSEE:
        for match in _GRANTED_TO_RE.finditer(text):
            name = leading_company(match.group("rest"))  # '... hereby authorizes Shenzhen Brightway Trading Co., Ltd. to sell'
            names.append(name) if name and not is_role_word(name) else None
    if role is PartyRole.LICENSOR:
        roles = defined_roles(text)
        for match in _GRANT_LINE_RE.finditer(text):
            # 'We, Acme Co., Ltd., hereby authorise ...'; '1. The Company appoints ...' names the company defined as 'the Company'
            name = leading_company(defined_party(_WE_BEFORE_RE.sub("", match.group("rest")).strip(), roles))
            names.append(name) if name else None
        names += [match.group("name") for match in _CJK_GRANT_RE.finditer(text)]
    return list(dict.fromkeys(names))


# A company's tax or registration number, which an invoice prints beside or under its issuer's name: Australia's ABN,
# VAT and GST numbers, Spain's NIF and CIF, Italy's P.IVA, Germany's USt-IdNr., France's SIRET, Indonesia's NPWP,
# China's 统一社会信用代码 and 纳税人识别号.
_TAX_NUMBER_RE = re.compile(
    r"(?:^|[\s,;|(\-–])(?:ABN|ACN|VAT(?:\s*(?:No|Reg(?:istration)?|ID|number))?|GST(?:\s*No)?|NIF|CIF|NIE|P\.?\s?IVA|Partita\s+IVA|C\.?F\."
    r"|USt-?Id(?:Nr)?|Steuer-?Nr|SIRE[NT]|TVA|CNPJ|NPWP|UEN|SSM|GSTIN|EIN|Tax\s+ID)\.?\s*(?:No\.?|n[.º°o]+)?\s*[:：#]?\s*[A-Z]{0,3}-?[\d][\d\s.\-/]{5,}"
    r"|(?:统一社会信用代码|纳税人识别号|税号)\s*[:：]?\s*[0-9A-Z]{8,}",
    re.IGNORECASE,
)


# A company's registration number in brackets after its name ('Outdoor Hub Sdn Bhd (1234567-X)', '(202301012345)').
# A letterhead's town after the name, in brackets ('Brightwel Hardware Co., Ltd. (Yongkang, Zhejiang)', '（义乌）').
_PLACE_IN_BRACKETS_RE = re.compile(r"[(（]\s*[A-Z][\w'-]*(?:,?\s+[A-Z][\w'-]*){0,3}\s*[)）]|[(（][\u4e00-\u9fff]{2,8}[)）]")
_NUMBER_IN_BRACKETS_RE = re.compile(r"[(（]\s*(?=[^)）]*\d{5})[0-9A-Z][0-9A-Z .\-/]{4,20}[)）]")


def heading_issuer(text: str) -> str | None:
    """The company an invoice names in its heading, as written: among its first lines, before any party's label, a line
    that is a company's name up to its legal form ('TAX INVOICE / Kirra Outdoor Pty Ltd / ABN ...'), or the name on
    the line of its tax number, or just above it ('Distribuciones Turia S.L. - NIF B12345678'). None when the heading
    names no company."""
    lines = [line.strip() for line in labels_on_lines(_plain(text)).splitlines() if line.strip()][:8]
    for number, line in enumerate(lines):
        if _LABEL_RE.match(line):
            break
        company = _company_on(line)
        rest = line[len(company):].strip(" ,.-–|") if company else line
        if company and (not rest or _TAX_NUMBER_RE.search(" " + rest) or _NUMBER_IN_BRACKETS_RE.fullmatch(rest)
                        or _PLACE_IN_BRACKETS_RE.fullmatch(rest)):
            return company  # the line is the name, or the name with its address, its tax number or its town in brackets
        if _TAX_NUMBER_RE.search(" " + line) and number and not company:
            above = lines[number - 1]
            named = _company_on(above)
            if named and named == above.rstrip(" ,"):
                return named
            if _looks_like_a_name(above) and not _LABEL_RE.match(above):
                return above  # a name without a legal form over its tax number ('Acme Trading / VAT No: GB...')
    return None


def _company_on(line: str) -> str | None:
    """The company a line begins with, its legal form's full stop kept when the line ends there ('Oliveto Cosmetici S.r.l.')."""
    company = leading_company(line)
    if company and line[len(company):].startswith(".") and is_legal_form_word(company.split()[-1] + "."):
        company += "."
    return company


_PLACE_AFTER_RE = re.compile(r",\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*$")
# Where a labelled value ends: a bracket, a column, the next label ('购买方：某某电器店 货物名称：...'), or a space after
# Chinese (a Chinese name has none).
_LABEL_VALUE_END_RE = re.compile(r"\s*(?:[(（,;；|]|\s{2,}|$)|\s+(?=[^\s:：]{1,12}[:：])|(?<=[\u4e00-\u9fff])\s")


# What a line gives after a party's label when it is the place the party signs, not its name.
_SIGNING_CAPTION_RE = re.compile(
    r"(?:signature|signed|sign here|seal|stamp|chop|unterschrift|firmenstempel|stempel|sello|timbro|cachet)\b|签字|签名|盖章|签章",
    re.IGNORECASE)


def signing_caption(rest: str) -> bool:
    """Whether what follows a party's label is the place it signs ('Unterschrift und Firmenstempel', 'Signature'), no name
    (a company named so, 'Signature Homes Ltd', is a name)."""
    return bool(_SIGNING_CAPTION_RE.match(rest.strip())) and not leading_company(rest)


def labelled_name(rest: str) -> str | None:
    """The name after a party's label: up to its legal form and a place after it ('CorVane Lighting Co., Ltd., Ningbo'),
    else the words before an address, a bracket or a column ('Lakeside Home Trading')."""
    rest = rest.strip()
    if signing_caption(rest):
        return None  # 'Für den Lizenzgeber: Unterschrift und Firmenstempel': where the party signs, not its name
    name = leading_company(rest)
    if name:
        tail = rest[len(name):]
        if tail.startswith(".") and (not tail[1:].strip() or _PLACE_AFTER_RE.fullmatch(tail[1:])):
            name, tail = name + ".", tail[1:]  # the line ends with the name: its full stop is the legal form's ('Co., Ltd.')
        return name + tail.rstrip() if _PLACE_AFTER_RE.fullmatch(tail) else name
    cut = _LABEL_VALUE_END_RE.search(rest)
    value = rest[: cut.start()].strip() if cut else rest
    return value if 2 <= len(value) <= 80 and not value[0].isdigit() else None


# What a document calls its parties instead of naming them: 'The Licensor grants the Licensee ...'.
_ROLE_WORDS_RE = re.compile(
    r"^(?:the\s+)?(?:licen[cs]or|licen[cs]ee|grantor|grantee|company|undersigned|authori[sz]ed party|brand owner|owner|party [ab]|we|i)$"
    r"|^(?:甲方|乙方|授权方|被授权方|许可方|被许可方|本公司|我司)$",
    re.IGNORECASE,
)


def is_role_word(name: str | None) -> bool:
    """Whether a party is only called by its role ('the Licensor', '甲方'), not named."""
    return bool(name) and bool(_ROLE_WORDS_RE.match(name.strip(" ,.")))


def characters_apart(a: str, b: str) -> int:
    """How many characters one name must change to be the other (edit distance)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def near_name(name: str, owners: list[str]) -> tuple[str, int] | None:
    """(the owner, how many characters apart) when a company's name, legal form and place aside, is one or two characters
    from an owner's ('Olivetto Cosmetici' for 'Oliveto Cosmetici'): a look-alike worth a close look."""
    base = company_parts(_plain(name))[0].casefold()
    found = [(owner, characters_apart(base, company_parts(_plain(owner))[0].casefold())) for owner in owners]
    near = [(owner, apart) for owner, apart in found if 0 < apart <= 2]
    return min(near, key=lambda pair: pair[1]) if near else None


def near_spelling(name: str, owners: list[str]) -> tuple[str, str] | None:
    """(the owner, how the name differs from it) for a company's name a character or two from an owner's, legal form and
    place aside, said truthfully: "the names differ in 1 character" only when that is all that differs; with another legal
    form too, "a near spelling of the name, 'Nordvik Outdoors' for 'Nordvik Outdoor', with another legal form, 'Limited'
    for 'AB'" (compare_names reads the form apart: a count of characters would hide it)."""
    near = near_name(name, owners)
    if near is None:
        return None
    owner, apart = near
    (base, form, _), (our_base, our_form, _) = company_parts(_plain(name)), company_parts(_plain(owner))
    if form_key(form) == form_key(our_form):
        return owner, f"the names differ in {apart} character{'s' if apart > 1 else ''}"
    other = (f"another legal form, '{form}' for '{our_form}'" if form and our_form else f"a legal form, '{form}', ours has not" if form
             else f"no legal form, ours being '{our_form}'")
    return owner, f"a near spelling of the name, '{base}' for '{our_base}', with {other}"


def companies_in(text: str) -> list[str]:
    """Every company a text names with a legal form, as written ('PT Rumah Dapur Makmur', 'Rumah Dapur Makmur Sdn Bhd'),
    each once, in order: a company's name read (leading_company) from each capitalised word on. Latin script only."""
    text = _plain(text or "")[:5000]
    found: list[str] = []
    end = 0
    for match in re.finditer(r"(?<![\w.&'-])[A-Z]", text):  # Latin names: where a name in Chinese ends is read apart
        if match.start() < end:
            continue
        name = leading_company(text[match.start():])
        if name and (split_legal_form(name)[1] or form_before_name(name)):
            found.append(name)
            end = match.start() + len(name)
    return list(dict.fromkeys(found))


def looks_like(name: str, owner: str) -> bool:
    """Whether another company's name is written to look like the owner's (a similar name): the owner's name (legal form
    and place aside) inside it with words added ('Bergmann Outdoor Trading Ltd' for 'Bergmann Outdoor GmbH', '杭州云岚服饰
    贸易有限公司' for '杭州云岚服饰有限公司'), a character or two from it, or its first, distinctive word kept or a character
    or two from it with other words after ('Brightwel Hardware Co., Ltd' for 'Brightwell Tools Ltd'). Said with both names:
    it may be a distributor of the owner or a company named to pass for it; the documents do not show which."""
    if compare_names(name, owner) is not NameMatch.OTHER:
        return False
    ours, theirs = _base_key(company_parts(_plain(owner))[0]), _base_key(company_parts(_plain(name))[0])
    return bool(ours) and len(ours) >= 3 and (ours in theirs or near_name(name, [owner]) is not None or _first_word_alike(name, owner))


# First words too common to make a name the owner's, a letter from another ('Globel Tools' for 'Global Hardware').
_COMMON_FIRST_WORDS = {"global", "international", "china", "asia", "euro", "europe", "union", "united", "general", "royal", "golden", "smart",
                       "super", "first", "great", "happy", "modern", "world", "trading", "trade", "import", "export", "industrial"}


def _first_word_alike(name: str, owner: str) -> bool:
    """Whether a Latin name starts with the owner's first, distinctive word misspelt by a character or two ('Brightwel' for
    'Brightwell', 'Kestrell' for 'Kestrel'): five letters at least, never a common word. The same first word is no sign
    (two companies of one town: 'Ningbo Sunrise' and 'Ningbo Brightwell')."""
    words = [re.findall(r"[A-Za-z]+", company_parts(_plain(n))[0]) for n in (name, owner)]
    if not words[0] or not words[1]:
        return False
    theirs, ours = words[0][0].casefold(), words[1][0].casefold()
    return len(ours) >= 5 and ours not in _COMMON_FIRST_WORDS and 0 < characters_apart(theirs, ours) <= min(2, len(ours) // 4)


def written_as(written: str, ours: str) -> str:
    """', written in pinyin' (or 'in pinyin and English') when a company's name as a document writes it is ours in another
    script ('Shenzhen Guangming Zhaoming Co., Ltd.' for '深圳市光明照明有限公司'), to say beside both names; else nothing."""
    how = romanised_pair(_plain(written), _plain(ours))
    return f", written in {how}" if how else ""


def name_differences(a: str, b: str) -> list[str]:
    """What differs between two names of one company (compare_names: SAME or LEGAL_FORM): "the legal form ('Co., Ltd.'
    vs 'Limited')", 'the letter case', "a place ('Shenzhen')", in that order; empty when written alike."""
    if romanised_pair(_plain(a), _plain(b)):
        return []  # one name in two scripts: said as such (written_as), never as a difference of form or letter case
    base_a, form_a, place_a = company_parts(_plain(a))
    base_b, form_b, place_b = company_parts(_plain(b))
    out = []
    if written_alike(a, b):  # spacing and punctuation are how a name is written or read (OCR), never another name
        return ["the letter case"] if re.sub(r"[\W_]+", "", _plain(a)) != re.sub(r"[\W_]+", "", _plain(b)) else []
    if form_a and form_b and form_key(form_a) != form_key(form_b):
        out.append(f"the legal form ({form_difference(form_a, form_b)})")
    bare_a, bare_b = (re.sub(r"\W+", "", base.translate(_UMLAUTS)) for base in (base_a, base_b))  # 'Kuechen' is 'Küchen'
    if bare_a != bare_b:
        out.append("the letter case")
    if place_a.casefold() != place_b.casefold():
        out.append(f"a place ('{place_a or place_b}')" if not (place_a and place_b) else f"the place ('{place_a}', '{place_b}')")
    return out


__all__ = [
    "ISSUING_LABELS", "NameMatch", "NamedParty", "PartyRole", "compare_names", "document_parties", "heading_issuer", "is_role_word",
    "characters_apart", "companies_in", "defined_party", "defined_roles",
    "label_role", "labelled_name", "leading_company", "looks_like", "name_differences", "near_name", "near_spelling", "party_labels", "said_parties", "seller_names", "seller_parties",
    "one_business", "signing_caption", "store_named", "written_alike", "written_as", "STORE_LABELS",
]
