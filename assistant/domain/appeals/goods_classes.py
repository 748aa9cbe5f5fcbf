"""The seller's argument that our registration does not cover the goods it sells: the mark is registered for other goods,
in other classes ('贵方注册商标仅核定使用在第25类商品…并不包括第18类的背包', 'your mark is only registered for clothing,
not bags', 'la clase 25 no cubre mochilas', 'Rucksäcke gehören zu Klasse 18').

A trademark covers the goods its registration names, grouped in the Nice classes; where the goods stand is a question of
the registration's scope, never of where the listing is sold (territory). What decides is our certificate's goods, so
the argument goes to legal, with the seller's classes set against the classes our record lists:
- the goods' class the seller names is not among our record's classes: the seller's point agrees with our record;
- it is among them: the seller's point disagrees with our record, which lists that class (the certificate's goods in it
  then decide whether they include the listed goods);
- our record lists no classes: nothing to compare with until the certificate's class pages are read.

Read in the languages sellers write in (English, Chinese, Spanish, German, Italian, Malay/Indonesian): these are the
keyword signal; the bundled model reads English paraphrase from the 'classes' examples (ground_examples).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# A class of the Nice classification named by its number: 'class 25', 'Nice class 18', 'classes 18 and 25', '第25类',
# 'clase 25', 'Klasse 18', 'classe 25', 'kelas 18'.
_CLASS_WORD = r"(?:nice\s+)?(?:class(?:es)?|clase(?:s)?|klassen?|classe|classi|kelas)"
_CLASS_NUMBER_RE = re.compile(rf"\b{_CLASS_WORD}\s*(?:no\.?\s*)?(\d{{1,2}})\b|第\s*(\d{{1,2}})\s*类")
# A word of the registration's scope of goods: what it covers, includes or is registered (approved) for, or where goods
# belong or fall.
_SCOPE = (r"(?:cover(?:s|ed|ing)?|include[sd]?|including|registered|approved|protected|valid|belong(?:s|ing)?|fall(?:s|ing)?|only|solely"
          r"|cubre|cubren|incluye|incluyen|registrad[oa]|pertenec\w*|solo|s[oó]lo|solamente|[uú]nicamente"
          r"|erfasst|umfasst|eingetragen|gesch[üu]tzt|geh[öo]r\w*|f[äa]ll\w*|nur"
          r"|copre|include|registrat[oa]|appartien\w*|soltanto|meliputi|terdaftar|hanya|termasuk"
          r"|核定|包括|包含|属于|范围|仅|只|不同)")
# The argument said with a class number beside a word of scope, in one sentence.
_NUMBERED_RE = re.compile(
    rf"(?:\b{_CLASS_WORD}\s*\d{{1,2}}\b|第\s*\d{{1,2}}\s*类)[^.;!?。；！？]{{0,80}}?{_SCOPE}|{_SCOPE}[^.;!?。；！？]{{0,80}}?(?:\b{_CLASS_WORD}\s*\d{{1,2}}\b|第\s*\d{{1,2}}\s*类)"
)
# Or without a number: the mark registered (approved) only for some goods, not for others; the goods said to be of another
# class or category than the registration's ('商品类别不同', 'a different class of goods').
_UNNUMBERED_RE = re.compile(
    r"\b(?:only|solely|just)\s+(?:registered|approved|protected|valid)\s+for\b[^.;!?]{1,60}\bnot\b"
    r"|\b(?:registered|approved|protected)\s+(?:only|solely|just)\s+for\b[^.;!?]{1,60}\bnot\b"
    r"|\b(?:registration|trade ?mark|mark)\b[^.;!?]{0,40}\b(?:does|do)(?: not|n't) (?:cover|include|extend to)\b"
    r"|\bdifferent (?:class|category) of goods\b|\b(?:goods|products) of (?:a |another |a different )(?:class|category)\b"
    # The goods outside the mark's scope of protection ('不在贵方商标的保护范围内', 'outside the scope of your trademark'): a
    # mark's scope is its goods (a patent's, its claims, is read elsewhere).
    r"|不(?:在|属于)[^，。；]{0,8}商标的?(?:保护|核定使用|核定|专用权)范围"
    r"|\b(?:outside|not (?:within|covered by)) the scope of (?:your |the |its |this )?(?:trade ?mark|registration|mark)\b"
    r"|(?:商品|服务)?类别不同|不同(?:的)?(?:商品)?类别|不(?:属于|在)[^，。；]{0,10}核定(?:使用)?(?:的)?(?:商品|范围)|核定使用(?:的)?商品[^，。；]{0,10}(?:不包括|不含|没有|不同)"
    r"|\bregistrad[oa]\s+(?:solo|s[oó]lo|solamente|[uú]nicamente)\s+para\b|\bno (?:cubre|incluye)n?\b[^.;!?]{0,30}\b(?:productos|mochilas|bolsos|art[ií]culos)"
    r"|\bnur f[üu]r\b[^.;!?]{1,40}\b(?:eingetragen|gesch[üu]tzt)\b[^.;!?]{0,40}\bnicht\b|\bnicht (?:erfasst|umfasst|gesch[üu]tzt)\b[^.;!?]{0,20}$"
)
# Who is said to have applied or registered: a sentence about the seller's own filing names a class without arguing our scope.
_OWN_FILING_RE = re.compile(
    r"\b(?:we|i)\b[^.;!?]{0,30}\b(?:applied|filed|registered)\b|(?:我们|我司|我方|本公司|本店)[^，。；]{0,24}申请|\b(?:hemos|habemos) (?:solicitado|registrado)\b"
    r"|\bwir haben\b[^.;!?]{0,40}\b(?:angemeldet|eingetragen)\b"
)
# A word of exclusivity before the class ('only in class 25', '仅核定使用在第25类', 'solo en la clase 25', 'nur ... Klasse 25') or
# after it ('class 25 only', 'class 25 (clothing) only'): the class the seller says our right is limited to.
# Nothing between the word and the class turns away from it (a comma, a negation: '仅…第25类商品（服装），并不包括第18类').
_ONLY_BEFORE_RE = re.compile(
    r"(?:\b(?:only|solely|solo|s[oó]lo|solamente|[uú]nicamente|nur|soltanto|hanya)\b|仅|只)"
    r"(?![^.;!?。；！？]*?(?:[,，、()（）]|\b(?:not|no|nicht|non|but|pero|aber|tidak|bukan)\b|不|非|但))[^.;!?。；！？]{0,30}$"
)
_ONLY_AFTER_RE = re.compile(r"^\s*(?:\([^()]{0,60}\)|（[^（）]{0,60}）)?\s*(?:only|solely)\b")
# Or a verb of what our right covers before the class in the class's own clause, said firmly: 'your trademark only covers
# bags (class 18)', 'is registered for bags (class 18)': the class the seller gives for our mark, never one for its goods
# ('does not cover clothing (class 25)' denies it: that class is the goods').
_COVERS_RE = re.compile(
    r"\b(?:covers?|protects?|includes?|(?:registered|approved|valid) (?:only |solely |just )?(?:for|in)|cubre|protege|incluye"
    r"|registrad[ao] (?:solo |s[oó]lo )?(?:para|en)|umfasst|erfasst|sch[üu]tzt|eingetragen f[üu]r|copre|protegge|registrat[ao] per"
    r"|couvre|prot[eè]ge|enregistr[ée]e? pour|meliputi|melindungi|terdaftar untuk)\b|核定|注册在"
)
# The goods the seller names with a class: '第18类的背包', 'backpacks in class 18', 'Backpacks belong to Nice class 18', 'class 18 (bags)'.
_GOODS_AFTER_ZH_RE = re.compile(r"第\s*(\d{1,2})\s*类的([\u4e00-\u9fff]{1,6}?)(?=[、，。；等）)]|商品|$)")
_GOODS_BEFORE_RE = re.compile(
    rf"\b([a-z][a-z-]{{2,20}}s)\s+(?:are\s+in|in|belong\s+to|fall\s+(?:in|under|into)|are)\s+{_CLASS_WORD}\s*(\d{{1,2}})\b"
    rf"|\b([a-zäöüáéíóúñ][a-zäöüáéíóúñ-]{{2,20}}),?\s+(?:(?:que|die|che)\s+)?(?:geh[öo]ren zu|pertenecen a(?: la)?|son de(?: la)?|appartengono alla)"
    rf"\s+{_CLASS_WORD}\s*(\d{{1,2}})\b"
)


# Words that name no goods ('goods in class 25').
_NO_GOODS = frozenset({"goods", "products", "items", "services", "things", "productos", "artículos", "articulos", "waren", "produkte", "prodotti"})


def argues_classes(sentence: str) -> bool:
    """Whether a sentence argues that our registration's classes or goods leave out the goods sold (the keyword signal)."""
    norm = normalize_text(sentence)
    if _OWN_FILING_RE.search(norm):
        return False
    return bool(_NUMBERED_RE.search(norm) or _UNNUMBERED_RE.search(norm))


# What the model's reading of the argument needs in the sentence: a word for the registration (or the mark) and one for
# the goods or classes it covers ('your trademark covers only clothing'); a sentence without them is no argument of scope.
_RIGHT_WORDS_RE = re.compile(r"\b(?:trade ?marks?|marks?|registrations?|registered|certificate|marca|marke|marchio|merek)\b|商标|注册")
# A word of what the registration covers (not goods or a brand alone, which every seller names).
_SCOPE_WORDS_RE = re.compile(
    r"\b(?:class(?:es)?|categor(?:y|ies)|cover(?:s|ed|ing)?|include[sd]?|registered (?:only )?for|approved (?:only )?for|protects?|list of goods"
    r"|clase|categor[ií]a|klassen?|classe|kelas)\b|类别|第\s*\d{1,2}\s*类|核定|范围"
)


def speaks_of_goods_scope(sentence: str) -> bool:
    """Whether a sentence speaks of what our registration covers: a word for the right and one for goods or classes."""
    norm = normalize_text(sentence)
    return bool(_RIGHT_WORDS_RE.search(norm) and _SCOPE_WORDS_RE.search(norm)) and not _OWN_FILING_RE.search(norm)


def class_difference_said(sentence: str) -> bool:
    """Whether a sentence says the goods are of another class than the registration's ('商品类别不同'): a difference of
    classes, never of the product itself."""
    return bool(_UNNUMBERED_RE.search(normalize_text(sentence))) and bool(re.search(r"类别|class|category|categor[ií]a|klasse", normalize_text(sentence)))


@dataclass(frozen=True)
class ClassesSaid:
    """The classes a seller names: those it says our right is limited to, those of the goods, and the goods' words."""

    limited_to: tuple[int, ...]
    of_goods: tuple[int, ...]
    goods: dict[int, str]


def classes_said(sentences: tuple[str, ...] | list[str]) -> ClassesSaid:
    """The classes the seller's sentences name, each read as the one it says our right is limited to ('only class 25') or
    as the goods' class (every other class it names), with the goods it names for a class, as written."""
    limited, named, goods = [], [], {}
    for sentence in sentences:
        norm = normalize_text(sentence)
        for found in _CLASS_NUMBER_RE.finditer(norm):
            number = int(found.group(1) or found.group(2))
            named.append(number)
            if _ONLY_BEFORE_RE.search(norm[max(0, found.start() - 40):found.start()]) or _ONLY_AFTER_RE.match(norm[found.end():]) \
                    or _said_of_our_right(norm, found):
                limited.append(number)
        for found in _GOODS_AFTER_ZH_RE.finditer(sentence):
            goods.setdefault(int(found.group(1)), found.group(2))
        for found in _GOODS_BEFORE_RE.finditer(norm):
            word, number = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
            if word not in _NO_GOODS:
                goods.setdefault(int(number), _as_written(sentence, word))
    limited_to = tuple(dict.fromkeys(limited))
    return ClassesSaid(limited_to, tuple(n for n in dict.fromkeys(named) if n not in limited_to), goods)


def _said_of_our_right(norm: str, found: re.Match) -> bool:
    """Whether a class is named as what our right covers, in a clause that does not deny it (unsure_words)."""
    from assistant.domain.appeals.unsure_words import clause_before, unsure_at

    return bool(_COVERS_RE.search(clause_before(norm, found.start()))) and not unsure_at(norm, found.start(), found.end())


def _as_written(sentence: str, found: str) -> str:
    written = re.search(re.escape(found), sentence, flags=re.IGNORECASE)
    return written.group(0) if written else found


def _listed(classes) -> str:
    classes = sorted(set(classes))
    return f"class{'es' if len(classes) > 1 else ''} {', '.join(map(str, classes))}"


@dataclass(frozen=True)
class RecordComparison:
    """The seller's classes set against our record's: what to say, and whether our record disagrees with the seller or
    agrees with it (neither: nothing to compare)."""

    text: str
    disagrees: bool
    agrees: bool = False
    # The classes the seller says our right is limited to, when the disagreement is about them (not about its goods' class).
    limited_to: tuple[int, ...] = ()


def against_record(sentences: tuple[str, ...] | list[str], recorded: list[int]) -> RecordComparison:
    """The seller's classes and goods set against the classes our record lists for the right."""
    if not recorded:
        return RecordComparison("Our record does not list the classes: check the certificate's class pages (its goods in each class) "
                                "against the listed goods.", False)
    said = classes_said(sentences)
    ours = f"our record lists {_listed(recorded)}"
    outside = [n for n in said.of_goods if n not in recorded]
    inside = [n for n in said.of_goods if n in recorded]
    if outside:
        named = "; ".join(_goods_in(said, n) for n in outside)
        return RecordComparison(f"{_capital(ours)} only: the seller's point that {named} {'is' if len(outside) == 1 and not said.goods.get(outside[0]) else 'are'} "
                                "not covered agrees with our record: send to legal (the certificate's goods decide).", False, True)
    if inside:
        named = "; ".join(_goods_in(said, n) for n in inside)
        return RecordComparison(f"{_capital(ours)}: the seller's point that {named} {'are' if said.goods.get(inside[0]) else 'is'} not covered "
                                f"disagrees with our record, which lists {_listed(inside)}; check that the certificate's goods in it include "
                                "the listed goods before answering from it.", True)
    if said.limited_to and set(said.limited_to) != set(recorded):
        return RecordComparison(f"{_capital(ours)}, not only {_listed(said.limited_to)} as the seller says: the seller's point disagrees "
                                "with our record; check the certificate's goods against the listed goods.", True, limited_to=said.limited_to)
    if said.limited_to:
        return RecordComparison(f"{_capital(ours)} only, as the seller says: the seller's point agrees with our record; whether the listed "
                                "goods fall in it decides: send to legal (the certificate's goods decide).", False, True)
    return RecordComparison(f"{_capital(ours)}; the seller names no class for its goods: check whether the certificate's goods in "
                            f"{'it' if len(recorded) == 1 else 'them'} include the listed goods, then legal answers.", False)


# A registration named by its place's adjective ('your Chinese trademark', 'the EU registration'): the ISO code of the place.
_PLACE_ADJECTIVES = {"chinese": "CN", "japanese": "JP", "korean": "KR", "american": "US", "us": "US", "u.s.": "US", "british": "GB",
                     "uk": "GB", "indonesian": "ID", "malaysian": "MY", "thai": "TH", "vietnamese": "VN", "philippine": "PH",
                     "singaporean": "SG", "indian": "IN", "european": "EU", "eu": "EU", "swedish": "SE", "german": "DE"}
_PLACE_ADJECTIVE_RE = re.compile(rf"(?<![\w.])({'|'.join(re.escape(a) for a in _PLACE_ADJECTIVES)})\s+(?:trade ?marks?|registrations?|marks?|certificates?)\b")


def places_said(sentences) -> list[str]:
    """The places (ISO codes, 'EU') the seller's sentences name for the registration or the goods: 'your Chinese trademark',
    'in China', '在中国注册的商标'."""
    from assistant.domain.appeals.territory import countries_in

    codes = []
    for sentence in sentences:
        norm = normalize_text(sentence)
        codes += [_PLACE_ADJECTIVES[m.group(1)] for m in _PLACE_ADJECTIVE_RE.finditer(norm)] + [code for _, _, code in countries_in(norm)]
    return list(dict.fromkeys(codes))


def other_registration(sentences, places: list[str], number: str | None, recorded: list[int]) -> str | None:
    """When the seller speaks of our registration in a place the complaint's registration does not cover ('your Chinese
    trademark does not cover class 25', against our EU registration), what to say: the classes are compared per
    registration, so this one's classes neither confirm nor contradict its point; None when it names no such place."""
    from assistant.domain.appeals.territory import country_name, is_eu_entry, recorded_place_covering

    said = places_said(sentences)
    covered = [c for c in said if (c == "EU" and any(is_eu_entry(p) for p in places)) or (c != "EU" and recorded_place_covering(places, c))]
    others = [c for c in said if c not in covered]
    if not others or covered:
        return None
    where = " or ".join("the EU" if c == "EU" else country_name(c) for c in others)
    ours = f"registration {number}" if number else "our registration"
    classes = f"our record lists {_listed(recorded)} for it" if recorded else "our record lists no classes for it"
    return (f"The seller speaks of our registration in {where}; this complaint relies on {ours} ({', '.join(places) or 'place not recorded'}), "
            f"and {classes}. Classes are compared registration by registration: this one's classes neither confirm nor contradict the "
            f"seller's point. Check the classes of our registration in {where} in our rights record (the seller may be right about it); "
            f"the complaint stands on {ours}, and legal answers the point.")


def _goods_in(said: ClassesSaid, number: int) -> str:
    words = said.goods.get(number)
    return f"'{escape_untrusted(words)}' (class {number})" if words else f"the goods it sells (class {number})"


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


__all__ = ["ClassesSaid", "places_said", "RecordComparison", "against_record", "argues_classes", "other_registration", "class_difference_said", "classes_said", "speaks_of_goods_scope"]
