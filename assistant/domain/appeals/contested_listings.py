"""A counter-notice that contests some of the reported listings only, and says the others are taken down.

A seller answering a complaint on several listings may give some of them up and contest the rest ('Untuk 2 produk
pertama ... kami sudah turunkan listing ... Sila tarik balik aduan untuk produk ketiga', 'We have removed the first two
listings ... We only dispute the third listing', '前两个链接我们已经下架了 ... 只对第三个链接提出申诉'). Which listings it
took down is read from its take-down sentences, which it contests from its other sentences, each by the listings' places
in the complaint ('the third listing', '第三个链接'), or by a run from the first ('the first two listings', '2 produk
pertama', '前两个链接'). The report then says both, with the seller's words, and the reply is about the contested ones.

The same split within one listing: a seller may concede one element of it (the logo on its main image, its title, its
packaging: 'Das Brightwell-Logo auf dem Hauptbild war ein Fehler ... Wir entfernen das Bild bis Freitag') and contest
another ('Den Titel ... halten wir jedoch für zulässig'). Each sentence is read for the elements it names and whether it
concedes them (a mistake, an apology, a removal made or promised, no use again) or contests them (permitted, only
describing, disputed), in the words of the languages sellers write in; an element conceded anywhere is conceded. Such a
reply is neither a give-up (something is contested) nor a plain contest (something is conceded): the report says both in
one line, and what to check on the listing for the part conceded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.appeals.checks import Basis, Finding, Severity
from assistant.domain.appeals.unsure_words import firm_part
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

PARTIAL_CONTEST = "partial_contest"

# The first few listings named as a run: 'the first two listings', 'first 2 links', '2 produk pertama', 'dua produk pertama',
# '前两个链接', 'los dos primeros anuncios', 'i primi due annunci', 'die ersten zwei Angebote'.
_COUNTS = {"two": 2, "2": 2, "three": 3, "3": 3, "dua": 2, "tiga": 3, "两": 2, "二": 2, "三": 3, "dos": 2, "tres": 3, "due": 2,
           "tre": 3, "zwei": 2, "drei": 3}
_COUNT = r"(two|three|2|3|dua|tiga|dos|tres|due|tre|zwei|drei)"
_THINGS = (r"(?:links?|listings?|items?|products?|produk|pautan|senarai|listing|enlaces?|anuncios?|productos?|annunci|prodotti|angebote"
           r"|artikel)")
_FIRST_RUN_RE = re.compile(
    rf"\bfirst {_COUNT} {_THINGS}\b|\b{_COUNT} {_THINGS} pertama\b|\b(?:los|las) {_COUNT} primer[oa]s {_THINGS}\b"
    rf"|\b(?:los|las) primer[oa]s {_COUNT} {_THINGS}\b|\bi primi {_COUNT} {_THINGS}\b|\bdie ersten {_COUNT} {_THINGS}\b"
    r"|前([两二三23])个?(?:链接|商品|宝贝|产品)"
)


def first_run(text: str) -> tuple[set[int], str]:
    """The places of the listings a text names as a run from the first ('the first two listings': {1, 2}), and the text
    with those words taken out (so that 'pertama' in '2 produk pertama' is not read again as the first alone)."""
    norm = normalize_text(text or "")
    places: set[int] = set()
    for match in _FIRST_RUN_RE.finditer(norm):
        count = next(g for g in match.groups() if g)
        places |= set(range(1, _COUNTS.get(count.lower(), 0) + 1))
    return places, _FIRST_RUN_RE.sub(" ", norm)


def partial_contest(listings: list, removed: list[str], contested: list[str]) -> Finding | None:
    """The seller's contest limited to some listings, the others said to be taken down: which are which. The seller's own
    sentences stay in its text (quoted with the grounds), never in a finding. None unless both are named and differ."""
    contested = [url for url in contested if url not in removed]
    if not removed or not contested or len(listings) < 2:
        return None
    one = len(contested) == 1
    return Finding(
        code=PARTIAL_CONTEST, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED, names=contested,
        message=f"The seller contests only {', '.join(contested)}; it says it has taken down {', '.join(removed)} (see its text). "
        f"The grounds above, the recommendation and the draft reply are about the contested listing{'' if one else 's'} only; "
        "for the others what is left is to check that they are offline.",
    )


PARTIAL_CONCESSION = "partial_concession"

# The elements of a listing a seller concedes or contests one by one, in the order they are said in ('the logo on the
# main image'), with the words that name each.
_ELEMENTS = {
    "logo": re.compile(r"\blogo\w*|logotip\w*|标志|标识|图标|logo"),
    "image": re.compile(r"\b(main )?(images?|pictures?|photos?|pics?)\b|\b(haupt|produkt)?bild(er|es)?\b|\bfotos?\b|\bfotograf\w*|\bim[aá]gen(es)?\b"
                        r"|\bimmagin\w*|\bgambar\b|主图|图片|照片"),
    "packaging": re.compile(r"\bpackag\w*|\bverpackung\w*|\bembalaje\w*|\bempaque\w*|\bemballage\w*|\bconfezion\w*|\bkemasan\b|包装"),
    "title": re.compile(r"\btit(le|el|olo|re)s?\b|\bt[ií]tulo\w*|\btajuk\b|\bjudul\b|标题"),
}
# A sentence conceding what it names: a mistake or an apology, what should not have been there (its own negation is the
# admission), or the thing removed, replaced or changed (done or promised, said as a fact: 'the title was not changed'
# concedes nothing). Only an admission lets us say the seller concedes the use of our mark; a change alone is said as a change.
_ADMITS_RE = re.compile(
    r"\b(mistake|error|wrong|fehler|falsch|erreur|equivocaci[oó]n|errore|silap|kesilapan)\b|you are right|sie haben recht|tienen raz[oó]n"
    r"|vous avez raison|\b(we|i) (admit|accept|acknowledge|concede)|\breconocemos\b|\badmitimos\b|\breconnaissons\b|\bammettiamo\b"
    r"|should( not|n't| never)( have)? (been|be)|h[äa]tte[^.;]{0,30}\bnicht\b|失误|错误|不应该|抱歉|对不起|承认"
)
_CHANGES_RE = re.compile(
    r"\b(remov|delet|replac|took (it |them )?(down|off)|entfern|l[öo]sch|ausgetauscht|austausch|tausch|retir|elimin|quit|borr|sustitu"
    r"|reemplaz|supprim|enl[eè]v|remplac|rimuov|tolt|sostitu|buang|padam|hapus|ganti|chang|modifi|cambi|ge[äa]ndert|ubah)\w*"
    r"|删除|删掉|去掉|撤下|换掉|更换|修改|更改"
)
# A sentence contesting what it names: permitted, fair, only saying what the goods fit, disputed, kept.
_CONTESTS_RE = re.compile(
    r"\b(zul[äa]ssig|erlaubt|rechtm[äa]ßig|permitted|allowed|lawful|legitimate|fair|fine|l[ií]cito|permitid[oa]|legal|l[ée]gitime|autoris[ée]e?"
    r"|lecito|consentit[oa])\b|\bonly (says|describes|indicates|tells|names|shows|refers)|\bnur\b[^.;]{0,40}\b(beschreib|sag|nenn|zeig|pass)"
    r"|\bbeschreibt nur\b|\b(solo|s[oó]lamente|[uú]nicamente)\b[^.;]{0,20}\b(describ|indic|dic|sirv)|ne fait que|\bseulement\b[^.;]{0,20}\b(d[ée]cri|indiqu)"
    r"|\b(dispute|contest|disagree|challenge)\w*|(do not|don't|cannot|can't) agree|nicht einverstanden|widersprechen|\bimpugn\w*|\bcontestamos\b"
    r"|no estamos de acuerdo|\bcontest(ons|er)\b|pas d'accord|\bcontestiamo\b|non siamo d'accordo|\btidak setuju\b|\bbantah\w*"
    r"|\b(behalten|keep|mantener|garder|mantenere)\b|不同意|不认同|不接受|只是说明|仅说明|只是描述|仅用于说明|申诉"
    r"|\b(indiqu|d[ée]cri)\w* seulement|\b(descriptive use|usage descriptif|uso descriptivo|uso descrittivo)\b|\bbeschreibende\w* (nutzung|verwendung|gebrauch)"
    r"|描述性使用"
)
# A quoted title: in double or typographic quotes, or in single quotes that no letter touches outside ("l'image" is none).
_QUOTE_RE = re.compile(r"[\"“„«「『‘]\s*([^\"“”„«»「」『』‘’]{3,120}?)\s*[\"”“»」』’]|(?<!\w)'([^'\n]{3,120}?)'(?!\w)")
# The day the seller sets itself for the change ('bis Freitag', 'by Friday', 'antes del viernes', "d'ici vendredi", '周五前').
_BY_DAY_RE = re.compile(
    r"\b(by|before|until|bis( zum)?|vor|antes del?|hasta el|d'ici|avant|entro|sebelum)\s+(\w+\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|ma[ñn]ana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domani"
    r"|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)\b|(周|星期|礼拜)[一二三四五六日天](之?前)?|明天"
)


@dataclass(frozen=True)
class ElementSplit:
    """What the seller concedes of one listing and what it contests: our names for the elements, and its words for them."""

    conceded: tuple[str, ...]
    contested: tuple[str, ...]
    conceded_words: tuple[str, ...]
    contested_words: tuple[str, ...]
    by_day: str | None
    admitted: bool = True  # False: the seller only says it changed what it no longer contests, admitting nothing

    @property
    def verb(self) -> str:
        """'concedes' where the seller admits it; 'says it changed' where it only made (or promised) the change."""
        return "concedes" if self.admitted else "says it changed"

    def line(self) -> str:
        """The plain summary: 'The seller concedes the logo on the image ('…') and contests the title ('…')'."""
        conceded, contested = _named(self.conceded), _named(self.contested)
        by = f", to be removed by the day it names ('{escape_untrusted(self.by_day)}')," if self.by_day else ""
        return (f"The seller {self.verb} {conceded}{_quoted(self.conceded_words)}{by} and contests {contested}"
                f"{_quoted(self.contested_words)}: only that is disputed.")


def _named(elements: tuple[str, ...]) -> str:
    """'the logo on the image', 'the title', 'the logo and the title'."""
    rest = [e for e in elements if e != "logo"]
    if "logo" in elements and rest and rest[0] in ("image", "packaging"):
        head, rest = f"the logo on the {rest[0]}", rest[1:]
    else:
        head, rest = f"the {elements[0]}", list(elements[1:])
    return " and ".join([head] + [f"the {e}" for e in rest])


# (our plain names, and the same words in the languages sellers write: 'titre' adds nothing beside 'the title')
_PLAIN_NAMES = {"title", "titles", "logo", "image", "images", "photo", "photos", "picture", "pictures", "packaging", "titre", "titel",
                "título", "titulo", "titolo", "tajuk", "judul", "标题", "foto", "fotos", "bild", "imagen", "imagenes", "immagine", "gambar",
                "主图", "图片", "照片"}


def _quoted(words: tuple[str, ...]) -> str:
    """' ('its words')', or '' when its words are only our plain name for the element ('title')."""
    said = [w for w in words if w.lower() not in _PLAIN_NAMES]
    return " (" + ", ".join(f"'{escape_untrusted(w)}'" for w in said) + ")" if said else ""


def _read(sentence: str) -> tuple[list[str], bool, bool, str, bool]:
    """The elements a sentence names (what it quotes left out: a title's own words are no cue), whether it concedes and
    whether it contests them, the words naming them as written (what it quotes, else the first element's word), and
    whether its concession is an admission (not only a change)."""
    quoted = [(a or b).strip() for a, b in _QUOTE_RE.findall(sentence)]
    bare = normalize_text(_QUOTE_RE.sub(" ", sentence))
    named = sorted((m.start(), name) for name, pattern in _ELEMENTS.items() if (m := pattern.search(bare)))
    elements = [name for _, name in named]
    if not elements:
        return [], False, False, "", False
    admits = bool(_ADMITS_RE.search(bare))
    concedes = admits or bool(_CHANGES_RE.search(firm_part(bare)))
    contests = bool(_CONTESTS_RE.search(bare)) and not concedes
    return elements, concedes, contests, quoted[0] if quoted else _element_words(sentence), admits


def _element_words(sentence: str) -> str:
    """The seller's words naming the elements of a sentence, as written: from the first to the last, with the word joined
    to the first by a hyphen ('Brightwell-Logo auf dem Hauptbild'); the first alone when the span runs long."""
    low = sentence.lower()
    if len(low) != len(sentence):
        return ""
    spans = [(m.start(), m.end()) for pattern in _ELEMENTS.values() for m in pattern.finditer(low)]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    if end - start > 45 or re.search(r"[,.;:，。；：]", sentence[start:end]):
        end = min(spans)[1]
    joined = re.search(r"[\w]+-$", sentence[:start])
    start = joined.start() if joined else start
    return sentence[start:end].strip()


def element_split(said: list[str]) -> ElementSplit | None:
    """What the seller's sentences concede of the listing and what they contest, each element read once (conceded
    anywhere, conceded); None unless at least one element is conceded and another contested."""
    conceded: dict[str, str] = {}
    contested: dict[str, str] = {}
    by_day, admitted = None, False
    for sentence in said:
        elements, concedes, contests, word, admits = _read(sentence)
        if (concedes or conceded) and not by_day:  # the day may follow in a sentence of its own ('lo retiraremos antes del viernes')
            day = _BY_DAY_RE.search(sentence.lower())
            by_day = sentence[day.start():day.end()] if day and len(sentence.lower()) == len(sentence) else None
        if concedes:
            admitted = admitted or admits
            for element in elements:
                conceded.setdefault(element, word)
        elif contests:
            for element in elements:
                contested.setdefault(element, word)
    contested = {e: w for e, w in contested.items() if e not in conceded}
    if not conceded or not contested:
        return None
    order = list(_ELEMENTS)
    kept = sorted(conceded, key=order.index)
    disputed = sorted(contested, key=order.index)
    return ElementSplit(tuple(kept), tuple(disputed), tuple(dict.fromkeys(w for w in conceded.values() if w)),
                        tuple(dict.fromkeys(w for w in contested.values() if w)), by_day, admitted)


def partial_concession(said: list[str]) -> Finding | None:
    """The concession and the contest said together, with what to check on the listing for the part conceded."""
    split = element_split(said)
    if split is None:
        return None
    when = f" after the day it names ('{escape_untrusted(split.by_day)}')" if split.by_day else ""
    carriers = [e for e in split.conceded if e != "logo"]
    where = f"{_named(tuple(carriers))} of it" if carriers else "it"
    return Finding(
        code=PARTIAL_CONCESSION, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED,
        message=f"What the seller {split.verb} ({_named(split.conceded)}) it does not contest: check the listing{when}, our mark "
        f"should be gone from {where}, and keep a dated screenshot. The grounds above, the recommendation and the draft "
        f"reply are about what it contests ({_named(split.contested)}).",
        reply=(f"The seller itself concedes the use of our mark in {_named(split.conceded)} of its listing; it contests only "
               f"{_named(split.contested)}." if split.admitted else f"The seller says it has changed {_named(split.conceded)} of its "
               f"listing since our complaint; it contests only {_named(split.contested)}."),
    )



PART_REMOVED = "part_removed_said"


def part_removed_from_listing(said: list[str], contested: bool = True) -> Finding | None:
    """Some goods, variants or other part of one listing the seller says it took out of it ('Los juegos de bloque de
    cuchillos ya los hemos retirado del anuncio', '下架了其中两个SKU'), the rest contested (listing_changes.part_removed): by
    its own words the listing is still up, so this is a change to check, never a take-down; a part it also concedes (not
    genuine, not to be sold again) is said as conceded. The part is quoted as written, never the sentence; ``contested``:
    whether the seller contests the rest (a seller that only gives up that part leaves the complaint standing for it)."""
    from assistant.domain.appeals.listing_changes import part_conceded, part_removed

    found = [(part, part_conceded(s)) for s in said for part in [part_removed(s)] if part]
    if not found:
        return None
    parts = "', '".join(escape_untrusted(part) for part in dict.fromkeys(part for part, _ in found))
    conceded = any(c for _, c in found)
    rest = ("the rest of it is contested, and the grounds above answer that" if contested
            else "it says nothing against the rest of it, for which the complaint stands")
    what = (f"The seller concedes '{parts}' and says it has taken that out of the listing" if conceded
            else f"The seller says it has taken '{parts}' out of the listing")
    return Finding(
        code=PART_REMOVED, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED, names=[p for p, _ in found],
        message=f"{what} (its words are quoted below). By its own words the listing itself is still up: a change of the listing, not "
        f"a take-down; {rest}. Check that '{parts}' is gone from the listing, and save a dated screenshot.",
        reply=(f"The seller itself concedes '{parts}' and says it has removed that from its listing; it contests only the rest of "
               "the listing, which by its own account is still online." if conceded else f"The seller says it has removed '{parts}' "
               "from its listing; it contests only the rest of the listing, which by its own account is still online."),
    )

__all__ = ["PARTIAL_CONCESSION", "PARTIAL_CONTEST", "PART_REMOVED", "ElementSplit", "element_split", "first_run", "part_removed_from_listing",
           "partial_concession", "partial_contest"]
