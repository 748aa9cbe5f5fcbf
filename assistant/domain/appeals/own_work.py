"""Reading a seller's claim that a work is its own creation, and the dates it and its documents give for the creation.

Against a copyright complaint about a work (an illustration, a pattern printed on goods, a text), a seller often answers
that the work is its own original creation, made before ours: "该图案为我司原创作品，2023年5月创作完成，早于贵方",
"our designer drew it in 2022, long before the complainant", "es una obra original nuestra". That is a ground of its
own (a kind of 'other', judged in own_creation.py), not 'no recognised ground' and not a bare legal argument.

A claim is read as two halves in one sentence, in any words between them: the seller's own side (we, our designer,
我司, nuestra ilustradora) and the making of a work (created, drew, 原创, 创作, creó), or a work called original and
the seller's. English, Chinese, Spanish, Italian, Malay/Indonesian and German words, the languages sellers write in;
the bundled model reads English paraphrase (ground_examples, 'own_creation'). No cue was fitted to an evaluation case.

The dates: the seller's for the creation is the date nearest a word for making in its sentence (a day, a month, or a
year alone: "drew it in 2022" is a year, never made a day); a document's is the date its own label gives for the
creation ('创作完成日期：', 'Created:', 'Fecha de creación:'); ours is the date our complaint's statement gives for
creating or first publishing the work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.domain.appeals.evidence import _as_in, days_and_months, find_dates, normalize_text

# Making a work: the verbs and nouns sellers use for it.
_MAKING_RE = re.compile(
    r"\b(?:creat(?:ed|e|ing|ion|or)|drew|drawn|draw|design(?:ed|er|ers)|paint(?:ed|er)|illustrat(?:ed|or|ors)|authored|author|wrote|written"
    r"|composed|sketched|original(?:ly)?)\b"
    r"|原创|首创|创作|绘制|画的|设计(?:的|完成|并)|独立完成|自主完成"
    r"|\b(?:cre(?:ó|o|amos|ad[oa]s?|aci[oó]n)|dibuj(?:ó|amos|ad[oa]s?|o)|diseñ(?:ó|amos|ad[oa]s?)|pint(?:ó|amos|ad[oa])|ilustrador[a]?|autor[a]?|original(?:es)?)\b"
    r"|\b(?:creat[oa]|disegnat[oa]|ideat[oa]|creazione|originale|autore|scritt[oaie]|redatt[oaie])\b"
    r"|\b(?:escrit[oa]s?|escribimos|redact(?:amos|ó|ad[oa]s?)|r[ée]dig[ée]e?s?|[ée]crite?s?)\b"
    r"|\b(?:dicipta|dibuat|direka|digambar|ciptaan|karya asli|asli)\b"
    r"|\b(?:entworfen|gestaltet|gezeichnet|erstellt|geschaffen|schöpfung|werk)\b",
    re.IGNORECASE,
)
# The seller's own side: itself, its staff, or the work said to be its own.
_OWN_SIDE_RE = re.compile(
    r"\b(?:we|our|ours|us|ourselves|in-house|i|my|mine|myself)\b|我司|我们|本公司|本店|我方|自己|自行|自主|独立"
    r"|\b(?:nuestr[oa]s?|nosotros|propi[oa]s?|hemos|yo|mis?|mism[oa])\b|\b(?:noi|nostr[oa]|nostri|io|mio|mia|miei|me)\b"
    r"|\b(?:kami|kita|sendiri|saya|aku)\b|\b(?:wir|unser\w*|eigene?\w*|ich|mein\w*|mir|selbst)\b",
    re.IGNORECASE,
)
# A work, or the right in one.
_WORK_RE = re.compile(
    r"\b(?:art ?works?|works?|designs?|illustrations?|drawings?|patterns?|prints?|paintings?|graphics?|images?|pictures?|photos?|text|poem"
    r"|characters?|motifs?|artwork|copyright|author)\b|作品|图案|插画|图片|画作|设计|花型|文案|图稿|著作权|版权"
    r"|\b(?:obra|ilustraci[oó]n|dibujo|diseño|estampado|imagen|derechos de autor)\b|\b(?:opera|illustrazione|disegno)\b"
    r"|\b(?:karya|reka bentuk|ilustrasi|gambar)\b|\b(?:werk|illustration|zeichnung|muster)\b|\bit\b|\bla\b|\blo\b",
    re.IGNORECASE,
)
# Said of the complainant's work, not the seller's ('your original design', '贵方原创'): the seller's side must be there too.
_CLAIM_PHRASE_RE = re.compile(
    r"\b(?:our|ours)\b[^.;]{0,40}\b(?:original|own) (?:\w+ ){0,2}?(?:art ?work|work|creation|design|illustration|drawing|pattern|print|painting|graphic)"
    r"|\b(?:art ?work|work|design|illustration|drawing|pattern|print|painting|graphic)s? (?:is|are|was|were) (?:our|ours)\b[^.;]{0,20}"
    r"(?:own|original|creation)|\bour (?:own )?(?:original )?creation\b|\bwe are the (?:real |true |original |sole )?(?:author|creator)s?\b"
    r"|\b(?:we|i|(?:our|my) (?:\w+ ){0,2}?(?:designers?|artists?|illustrators?|team|studio|staff|employees?))\b[^.;]{0,30}"
    r"\b(?:created|drew|designed|painted|illustrated|authored|wrote|composed|sketched)\b"
    # A single maker writing of itself: 'I drew it myself', 'my own original drawing', 'habe ich selbst gezeichnet', 'lo dibujé
    # yo misma', 'l'ho disegnato io', 'saya lukis sendiri'.
    r"|\bmy (?:own )?(?:original )?(?:art ?work|work|creation|design|illustration|drawing|sketch|painting)\b"
    r"|\b(?:ich|wir)\b[^.;]{0,40}\bselbst\b[^.;]{0,30}\b(?:gezeichnet|entworfen|gestaltet|erstellt|geschaffen|gemalt|illustriert)\b"
    r"|\b(?:habe|haben) (?:ich|wir)\b[^.;]{0,40}\b(?:gezeichnet|entworfen|gemalt|geschaffen|illustriert)\b|\bvon mir (?:selbst )?(?:gezeichnet|entworfen|gestaltet|gemalt)\b"
    r"|\b(?:dibuj[eé]|cre[eé]|diseñ[eé]|pint[eé])\b[^.;]{0,20}\byo\b|\byo (?:mism[oa] )?(?:dibuj[eé]|cre[eé]|diseñ[eé]|pint[eé])\b"
    r"|\b(?:creat[oa]|disegnat[oa]|ideat[oa]) da me\b|\bl'ho (?:disegnat|creat|ideat)[oa] io\b"
    r"|\b(?:saya|aku) (?:sendiri )?(?:lukis|melukis|reka|mereka|cipta|mencipta)\b|\b(?:dilukis|direka|dicipta) sendiri\b"
    r"|(?:我司|我们|本公司|本店|我方|自己|自行)[^，。；]{0,16}(?:原创|首创|独立创作|自主创作|创作完成|创作的|绘制|设计创作)"
    r"|(?:原创|独立创作|自主创作)[^，。；]{0,6}(?:作品|图案|插画|设计)"
    r"|(?:作品|图案|插画|图片|设计)[^，。；]{0,4}(?:为|是|系)(?:我司|我们|本公司|本店|我方)(?:的)?(?:原创|独立创作|自主创作)"
    r"|\bobra (?:original|propia)\b|\bcreaci[oó]n (?:original|propia|nuestra)\b|\b(?:cre[oó]|creamos|dibuj[oó]|dibujamos|diseñ[oó]|diseñamos|pint[oó])\b"
    r"[^.;]{0,30}\b(?:nuestr[oa]s?|nosotros)\b|\b(?:nuestr[oa]s?) (?:\w+ )?(?:ilustrador[a]?|diseñador[a]?|artista)\b[^.;]{0,20}\b(?:cre[oó]|dibuj[oó]|diseñ[oó])"
    r"|\bopera originale\b|\b(?:creat[oa]|disegnat[oa]|ideat[oa]) da noi\b|\bnostra creazione\b"
    # A text written by the seller itself: 'l'abbiamo scritto noi', 'scritto da noi', 'lo redactamos nosotros', 'escrito por
    # nosotros', 'nous l'avons rédigé'.
    r"|\bl'abbiamo (?:scritt|redatt|creat|disegnat|ideat|realizzat)[oa] noi\b|\b(?:scritt|redatt|realizzat)[oaie] da noi\b"
    r"|\b(?:lo|la) (?:escribimos|redactamos|creamos|diseñamos|dibujamos) (?:nosotr[oa]s|nosotros mismos)\b|\b(?:escrit|redactad)[oa]s? por nosotros\b"
    r"|\bnous l'avons (?:[ée]crit|r[ée]dig[ée]|cr[ée][ée]|con[çc]u|dessin[ée])e?\b|\b(?:[ée]crit|r[ée]dig[ée]|con[çc]u)e?s? par nous\b"
    r"|\bkarya asli (?:kami|kita)\b|\b(?:dicipta|dibuat|direka|digambar) (?:sendiri )?oleh (?:kami|pereka kami|tim kami|pasukan kami)\b|\bciptaan (?:kami|sendiri)\b"
    r"|\beigene[snm]? (?:werk|schöpfung|entwurf)\b|\bvon uns (?:selbst )?(?:entworfen|gestaltet|gezeichnet|erstellt|geschaffen)\b",
    re.IGNORECASE,
)
# The complainant's side named as the maker ('your designer created it', '贵方原创'): not the seller's claim.
_THEIR_SIDE_RE = re.compile(r"\b(?:your|their|the complainant's)\s+(?:own\s+)?(?:original\s+)?(?:designer|artist|work|creation)|贵方原创|对方原创")


def claims_own_work(sentence: str) -> bool:
    """Whether a sentence has the seller claim a work as its own creation (made by itself or its staff)."""
    norm = normalize_text(sentence)
    if _THEIR_SIDE_RE.search(norm) and not re.search(r"\b(?:we|our)\b|我司|我们", norm):
        return False
    return bool(_CLAIM_PHRASE_RE.search(norm))


def says_made(sentence: str) -> bool:
    """The words a sentence needs for the model's 'own creation' reading to count: a word for making, one for the seller's
    own side and one for a work (or 'it')."""
    norm = normalize_text(sentence)
    return bool(_MAKING_RE.search(norm) and _OWN_SIDE_RE.search(norm) and _WORK_RE.search(norm))


@dataclass(frozen=True)
class CreationDate:
    """A date given for the creation of a work, as written: a day, a month (``precision`` 'month') or a year alone ('year')."""

    value: date  # the day; for a month or a year, its first day
    written: str
    precision: str = "day"

    def agrees_with(self, day: date) -> bool:
        if self.precision == "year":
            return self.value.year == day.year
        if self.precision == "month":
            return (self.value.year, self.value.month) == (day.year, day.month)
        return self.value == day

    def before(self, other: CreationDate) -> bool:
        """Whether this date is wholly before ``other``, at the coarser of the two precisions."""
        coarse = "year" if "year" in (self.precision, other.precision) else "month" if "month" in (self.precision, other.precision) else "day"
        if coarse == "year":
            return self.value.year < other.value.year
        if coarse == "month":
            return (self.value.year, self.value.month) < (other.value.year, other.value.month)
        return self.value < other.value

    def said(self) -> str:
        """The date quoted as written, with what it is when that is not a day ('2022' (a year, no day))."""
        quoted = f"'{self.written}'"
        if self.precision != "day":
            return f"{quoted} (a {self.precision}, no day)"
        return quoted if self.written == self.value.isoformat() else f"{quoted} ({self.value.isoformat()})"


# Words for making a work that tie a date to it in the seller's sentence (not 'before yours', which dates ours).
_MAKING_DATE_WORDS_RE = re.compile(
    r"\b(?:created|drew|drawn|designed|painted|illustrated|authored|wrote|written|composed|sketched|made|finished|completed)\b"
    r"|创作|绘制|设计|完成|原创|\b(?:cre[oóeé]|creamos|cread[oa]|dibuj[oóeé]|dibujad[oa]|diseñ[oóeé]|diseñad[oa]|pint[oóeé]|realizad[oa])\b"
    r"|\b(?:creat[oa]|disegnat[oa]|realizzat[oa])\b|\b(?:dicipta|dibuat|direka)\b|\b(?:entworfen|gestaltet|gezeichnet|erstellt|geschaffen)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)(?:\s*年(?!\s*\d))?")


def _dates_in(sentence: str) -> list[tuple[int, int, CreationDate]]:
    """Every day, month and year alone in a sentence, with where it stands (in the normalised text)."""
    found = [(d.start, d.end, CreationDate(d.value, d.written, "month" if d.month_only else "day")) for d in days_and_months(sentence)]
    norm = normalize_text(sentence)
    for match in _YEAR_RE.finditer(norm):
        if any(start <= match.start() < end for start, end, _ in found):
            continue
        year = int(match.group(0)[:4])
        found.append((match.start(), match.end(), CreationDate(date(year, 1, 1), _as_in(sentence, match.group(0).strip()), "year")))
    return found


def creation_dates_said(text: str, sentences_of) -> list[CreationDate]:
    """The dates the seller gives for creating its work, in the order it says them: in each sentence with a word for
    making, the date nearest to it."""
    out = []
    for sentence in sentences_of(text):
        norm = normalize_text(sentence)
        words = [m.start() for m in _MAKING_DATE_WORDS_RE.finditer(norm)]
        found = _dates_in(sentence) if words else []
        if found:
            out.append(min(found, key=lambda d: min(min(abs(d[0] - w), abs(d[1] - w)) for w in words))[2])
    return out


# A document's own label for the day the work was created: 'Created:', 'Date of creation:', '创作完成日期：', 'Fecha de creación:'.
_CREATED_LABEL_RE = re.compile(
    r"(?:date\s+(?:of\s+)?creat(?:ion|ed)|creation\s+date|created(?:\s+on)?|completed(?:\s+on)?|date\s+completed"
    r"|创作(?:完成)?(?:日期|时间)|完成(?:日期|时间)|创作于|创建(?:日期|时间)"
    r"|fecha\s+de\s+(?:creaci[oó]n|realizaci[oó]n)|creado\s+el|data\s+di\s+creazione|tarikh\s+(?:dicipta|ciptaan)|tanggal\s+dibuat|erstellt\s+am)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)


# A plain date label ('Date:', 'Datum:', 'Fecha:', '日期：') dates the work on a document that itself says who drew or made it
# ('Drawn by: ...', 'Gezeichnet von: ...', 'Dibujado por: ...', a sketch or a draft by its title): a dated original.
_DATE_LABEL_RE = re.compile(r"(?:date|datum|fecha|data|tanggal|tarikh|日期)\s*[:：]?\s*$", re.IGNORECASE)
_MADE_BY_RE = re.compile(
    r"\b(?:drawn|created|designed|painted|sketched|made) by\b|\bsketch(?:book)?\b|\b(?:gezeichnet|entworfen|erstellt|gemalt) von\b|\bskizze\b"
    r"|\bentwurf\b|\b(?:dibujad[oa]|cread[oa]|diseñad[oa]|pintad[oa]) por\b|\bboceto\b|\b(?:disegnat[oa]|creat[oa]) da\b|\bbozzetto\b"
    r"|\b(?:dilukis|direka|dicipta) oleh\b|\blakaran\b|\bsketsa\b|手稿|草图|绘制人|作者[:：]",
    re.IGNORECASE,
)


def document_creation_date(text: str) -> CreationDate | None:
    """The day a document's own label gives for the creation of the work, as written; on a dated original (a sketch, a
    drawing that says who drew it), its plain date label; None when it gives none."""
    norm = normalize_text(text or "")
    dates = find_dates(text or "")
    for labels in (_CREATED_LABEL_RE, _DATE_LABEL_RE if _MADE_BY_RE.search(norm) else None):
        for found in dates if labels else ():
            line_start = norm.rfind("\n", 0, found.start) + 1
            if labels.search(norm[line_start:found.start]):
                return CreationDate(found.value, _as_in(text, norm[found.start:found.end].strip()))
    return None


# Our statement's words for making or first publishing the work ('created on 12 January 2024', 'first published ... in February 2024').
_OUR_DATE_WORDS_RE = re.compile(r"\b(?:created|drawn|designed|painted|made|completed|published|first shown|released)\b|创作|完成|发表|首次公开",
                                re.IGNORECASE)


def our_creation_date(statement: str, sentences_of) -> CreationDate | None:
    """The earliest date our complaint's statement gives for creating or first publishing the work, or None."""
    found = []
    for sentence in sentences_of(statement or ""):
        norm = normalize_text(sentence)
        words = [m.start() for m in _OUR_DATE_WORDS_RE.finditer(norm)]
        dates = [d for d in _dates_in(sentence) if d[2].precision != "year"] if words else []
        if dates:
            found.append(min(dates, key=lambda d: min(min(abs(d[0] - w), abs(d[1] - w)) for w in words))[2])
    return min(found, key=lambda d: d.value) if found else None


# Our statement's words for each event of our work, and a year and month written as '2024-11' (a month, not a code's year).
_OUR_EVENT_WORDS_RE = {
    "created": re.compile(r"\b(?:created|drawn|drew|designed|painted|made|completed|creado|creada|dibujad[oa]|diseñad[oa])\b|创作|完成", re.IGNORECASE),
    "published": re.compile(r"\b(?:published|publication|first shown|released|publicad[oa]|publicaci[oó]n)\b|发表|首次公开", re.IGNORECASE),
    "registered": re.compile(r"\b(?:registered|registrad[oa]|inscrit[oa])\b|登记|注册", re.IGNORECASE),
}
_YEAR_MONTH_RE = re.compile(r"(?<![\d\w-])((?:19|20)\d{2})-(0?[1-9]|1[0-2])(?![\d\w-])")
# A year inside a number or a code ('国作登字-2025-F-01234567', 'VA 2-391-207') is no date.
_IN_CODE_RE = re.compile(r"[-\w]$")


def our_work_dates(statement: str, sentences_of) -> dict[str, CreationDate]:
    """The days our complaint's statement gives for our work being created, first published and registered, each the first
    date written within a few words after its word ('created 2024-11, first published 2025-03-15, registered 2025-06-20')."""
    out: dict[str, CreationDate] = {}
    for sentence in sentences_of(statement or ""):
        norm = normalize_text(sentence)
        months = [(m.start(), m.end(), CreationDate(date(int(m.group(1)), int(m.group(2)), 1), m.group(0), "month"))
                  for m in _YEAR_MONTH_RE.finditer(norm)]
        dates = months + [d for d in _dates_in(sentence) if not any(s <= d[0] < e for s, e, _ in months)
                          and not (d[2].precision == "year" and (_IN_CODE_RE.search(norm[:d[0]]) or norm[d[1]:d[1] + 1] == "-"))]
        cues = sorted((m.start(), m.end(), event) for event, pattern in _OUR_EVENT_WORDS_RE.items() for m in pattern.finditer(norm))
        for number, (_, end, event) in enumerate(cues):
            limit = min(end + 50, cues[number + 1][0] if number + 1 < len(cues) else len(norm))
            after = sorted((d for d in dates if end <= d[0] < limit), key=lambda d: d[0])
            if after and event not in out:
                out[event] = after[0][2]
    return out


__all__ = ["CreationDate", "claims_own_work", "creation_dates_said", "document_creation_date", "our_creation_date", "our_work_dates", "says_made"]
