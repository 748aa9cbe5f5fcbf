"""Negated and hedged statements of the seller, in every language the triage reads: one notion every ground reader uses.

A seller's sentence can name a ground and deny it in the same breath: 'our own brand HALDA, which is not registered by
us', 'wir haben noch keine Lizenz', '这些图片不是我们自己拍的', 'the licence was never signed'. Or it can only guess: 'maybe we
have a licence', 'vielleicht', 'quizás', 'mungkin', '可能'. Neither is the ground said as a fact. The keyword readers
(grounds.py and the per-language readers) and the model (meaning.py) read a positive ground (a purchase, a licence, the
seller's own photos or creation, a right or a step of its own) only from the sentence's firm part: its clauses with no
negation or hedge in them.

A clause is cut at a comma, semicolon or colon and before a word that starts a new clause (and, but, because, which,
pero, aber, mais, ma, tetapi, 但是 ...). A clause that is only the cue ('I think,', 'maybe,', '我们不确定，') governs the
clause after it. Negating an end is no negation ('the licence has not expired', 'nicht widerrufen', '未过期'), nor is
'not only' or 'no doubt'. The cue tables are the closed vocabulary of negation and doubt in each language, none fitted
to one appeal's wording.
"""

from __future__ import annotations

import re

# The grounds a seller says it has (goods bought, a licence, a chain of authorisation, its own photos or creation): read
# only from a sentence's firm part. Grounds said by denying ('not your product', 'we do not use the mark') are not.
SAID_AS_FACT = frozenset({"purchase_invoice", "licence", "authorization_chain", "own_photos", "own_creation"})
# The legal arguments that say the seller holds a right or took a step (grounds.LEGAL_KINDS): the same.
FACT_KINDS = frozenset({"own_registration", "own_application", "invalidation", "prior_use"})
# (Prior art is read from the whole sentence, hedged or not: it is argued by negating ('a patent for something already
# public cannot be enforced'), and a guess at it ('we think it was maybe sold before your patent') is still the argument
# the seller makes, said as hedged (hedge_words) and answered by its documents' dates.)

# Negation, per language. 'No' as a number sign ('No. 123', 'licence no. AB-12', 'no 5') is no negation.
NEGATION_CUES: dict[str, str] = {
    # (a refusal negates the act refused: 'we refuse to remove it')
    "en": r"\bnot\b|n't\b|n['’]t\b|\bnever\b|\bno\b(?![.:#]|\s*\d)|\bnone\b|\bneither\b|\bnor\b|\bwithout\b|\bcannot\b|\byet to\b"
          r"|\brefuse[sd]? to\b",
    "es": r"\bno\b(?![.:#]|\s*\d)|\bnunca\b|\bjam[aá]s\b|\bsin\b|\bning[uú]n\w*",
    "de": r"\bnicht\b|\bkein\w*|\bnie\b|\bniemals\b|\bohne\b",
    # (Portuguese 'sem' and 'nem' beside 'não', 'nenhum', 'nunca', 'jamais': 'nem precisamos', 'sem licença')
    "pt": r"\bn[ãa]o\b|\bnenhum\w*|\bnunca\b|\bjamais\b|\bnem\b|\bsem\b",
    # (French 'ne' only with its second word: Italian 'ne' is 'of it')
    "fr": r"\bne\b(?=[^.;,]{0,30}\b(?:pas|jamais|plus|aucun\w*|rien|point)\b)|\bn['’](?!t\b)|\bpas\b|\bjamais\b|\baucun\w*|\bsans\b",
    # (Italian 'mai' is never the month of a date: '5. Mai 2026', 'le 3 mai')
    "it": r"\bnon\b|(?<![\d.] )\bmai\b(?! \d)|\bnessun\w*|\bsenza\b",
    "ms": r"\btidak\b|\btak\b|\btdk\b|\bbukan(?:nya)?\b|\bbelum\b|\btiada\b|\btanpa\b|\b(?:n?gak|enggak)\b",
    # (an act refused or not to be done: '我们不会下架', '不同意撤下', '不愿意删除')
    "zh": r"不是|并非|并不|并没|没有|没|未(?!来)|从未|尚未|不曾|不属于|非我|不会|不愿|不肯|不同意|不打算|拒绝",
}
# Doubt, per language: the seller guesses, or says it is not sure. 'may' only before a verb of having or doing ('May 2024').
HEDGE_CUES: dict[str, str] = {
    "en": r"\b(?:maybe|perhaps|probably|possibly|presumably|apparently|supposedly)\b|\bmight\b|\bmay (?:have|be|hold|own|still)\b"
          r"|\bcould (?:have|be)\b|\b(?:i|we) (?:think|believe|guess|suppose|assume)\b|\b(?:not|n't) (?:sure|certain)\b|\bunsure\b"
          r"|\buncertain\b",
    "es": r"\bquiz[aá]s?\b|\btal vez\b|\ba lo mejor\b|\bpuede (?:ser )?que\b|\bprobablemente\b|\bposiblemente\b|\b(?:creo|creemos|supongo|suponemos) que\b"
          r"|\bno (?:estoy|estamos) segur",
    "pt": r"\btalvez\b|\bprovavelmente\b|\bpossivelmente\b|\bpode ser que\b|\b(?:acho|achamos|creio|cremos|penso|pensamos|suponho|supomos) que\b"
          r"|\bn[ãa]o (?:tenho|temos|estou|estamos) (?:a )?(?:certeza|segur[oa]s?)\b",
    "de": r"\bvielleicht\b|\bwahrscheinlich\b|\bm[öo]glicherweise\b|\beventuell\b|\bevtl\b|\bvermutlich\b|\b(?:ich|wir) (?:glaube|glauben|denke|denken|vermute|vermuten)\b"
          r"|\bnicht sicher\b",
    "fr": r"\bpeut-[êe]tre\b|\bprobablement\b|\bsans doute\b|\bpossiblement\b|\b(?:je|nous) (?:crois|croyons|pense|pensons|suppose|supposons)\b"
          r"|\bpas s[ûu]rs?\b|\bil se peut\b",
    "it": r"\bforse\b|\bprobabilmente\b|\bmagari\b|\bpossibilmente\b|\b(?:credo|crediamo|penso|pensiamo|suppongo) che\b|\bnon (?:sono|siamo) sicur"
          r"|\bpu[òo] darsi\b",
    "ms": r"\bmungkin\b|\bbarangkali\b|\brasanya\b|\bagaknya\b|\bkayaknya\b|\bsepertinya\b|\b(?:kurang|tidak|tak|belum) (?:pasti|yakin)\b",
    "zh": r"可能|也许|或许|大概|好像|似乎|不确定|不太确定|不清楚是否|不知道是否|说不定",
}
# Not a negation: negating an end ('has not expired', 'nie widerrufen', '未过期'), 'not only', 'no doubt', 'no longer' stays one.
_NO_NEGATION = (
    r"(?:\bnot|n't|\bnever|\bno|\bnicht|\bnie|\bno|\bnon|\bpas|\btidak|\btak|\bbelum|\bbukan|\bn[ãa]o)\b(?:\s+\w+){0,2}?\s+"
    r"(?:expir\w*|lapsed?|revok\w*|cancel+ed|terminat\w*|withdrawn|ended|caduc\w*|vencid\w*|revocad\w*|expirou|revogad\w*|abgelaufen|widerrufen|gek[üu]ndigt|erloschen"
    r"|expir[ée]e?s?|r[ée]voqu[ée]e?s?|scadut\w*|revocat\w*|tamat|luput|dibatalkan|dicabut|berakhir)\b"
    r"|(?:未|没有|没|并未|尚未|从未)(?:被)?(?:过期|到期|撤销|撤回|失效|终止|吊销)"
    r"|\bnot (?:only|just|merely)\b"
    # A purchase paper said to be missing ('no invoice', 'ohne Rechnung', '没有发票'): the paper is missing, the purchase is still said.
    r"|(?:\bnot|n't|\bno|\bwithout|\bsin|\bohne|\bkeine?|\bsans|\bpas de|\bsenza|\btidak|\btanpa|\btiada|\bsem|\bn[ãa]o)\b(?:\s+\w+){0,3}?\s+"
    r"(?:invoices?|receipts?|facturas?|faturas?|nota fiscal|recibos?|rechnung\w*|quittung\w*|factures?|fattur\w*|ricevut\w*|resit|faktur|kuitansi|nota)\b"
    r"|(?:没有|没|未|无)(?:开|提供|保留)?(?:发票|收据)"
    r"|\bno (?:doubt|question)\b|\bwithout prejudice\b|\bsin duda\b|\bohne (?:zweifel|frage)\b|\bsenza dubbio\b|\bsem d[úu]vida\b|\bn[ãa]o s[óo]\b|\btanpa ragu\b|不仅|不但|毫无疑问"
)
_NEGATION_RE = re.compile("|".join(f"(?:{cue})" for cue in NEGATION_CUES.values()))
_HEDGE_RE = re.compile("|".join(f"(?:{cue})" for cue in HEDGE_CUES.values()))
_NO_NEGATION_RE = re.compile(_NO_NEGATION)
# Where a clause ends: a comma, semicolon or colon, or before a word that opens a new clause.
_CLAUSE_CUT_RE = re.compile(
    r"\s*[,;:，；：]\s*"
    r"|\s+(?=(?:and|but|because|so|while|whereas|although|though|which|who|y|pero|porque|aunque|und|aber|weil|denn|obwohl|et|mais|car|parce"
    r"|e|ma|perch[ée]|poich[ée]|mas|por[ée]m|pois|embora|dan|tetapi|tapi|namun|karena|kerana|sebab|yang)\b)"
    r"|(?=但是|但|而且|因为|所以|不过|可是)"
)
# A clause with nothing but a hedge ('I think', 'maybe', 'we are not sure', 'vielleicht'): it governs the next clause.
_CUE_ONLY_WORDS = 5
# A verb of saying or claiming: negated in a short clause ('wir behaupten auch nicht, dass ...', 'we do not claim that ...'),
# it denies the clause it introduces.
_SAYING_RE = re.compile(
    r"\b(?:claim\w*|say|saying|state|stating|assert\w*|pretend\w*|behaupt\w*|sagen|sage|erkl[äa]ren|decimos|decir|afirm\w*|aleg\w*"
    r"|pr[ée]tend\w*|disons|dire|diciamo|dire|sosten\w*|mengatakan|mendakwa|menyatakan|kata)\b|声称|表示|说"
)


def _clauses(norm: str) -> list[str]:
    return [clause for clause in _CLAUSE_CUT_RE.split(norm) if clause and clause.strip()]


def _negated(clause: str) -> bool:
    return bool(_NEGATION_RE.search(_NO_NEGATION_RE.sub(" ", clause)))


def _hedged(clause: str) -> bool:
    return bool(_HEDGE_RE.search(clause))


def _unsure(clause: str) -> bool:
    return _negated(clause) or _hedged(clause)


def _cue_only(clause: str) -> bool:
    """Whether a clause is little more than its cue ('i think', 'maybe', 'we are not sure', '我们不确定')."""
    words = re.findall(r"\w+", clause)
    return (len(words) <= _CUE_ONLY_WORDS if clause.isascii() or " " in clause.strip() else len(clause.strip()) <= 6)


def firm_part(norm: str) -> str:
    """A (normalised) sentence without its negated and hedged clauses: what it says as a fact. The whole sentence when no
    clause is negated or hedged; an empty string when every clause is."""
    clauses = _clauses(norm)
    if not any(_unsure(clause) for clause in clauses):
        return norm
    return ", ".join(_firm_or_not(clauses)[0])


def unsure_part(norm: str) -> str:
    """The clauses `firm_part` leaves out (negated or hedged, and those they govern): what the sentence denies or guesses
    at; empty when it says all as a fact. A ground read in the whole sentence but in none of these clauses ('we do not
    admit the photos are similar to yours: they were all taken by our team') is not what the negation denies."""
    return ", ".join(_firm_or_not(_clauses(norm))[1])


def _firm_or_not(clauses: list[str]) -> tuple[list[str], list[str]]:
    """The clauses said as a fact, and the others (negated or hedged, or governed by a clause that is only a hedge or a
    denied claim: 'I think', 'we do not claim')."""
    kept, dropped, governed = [], [], False
    for clause in clauses:
        if governed or _unsure(clause):
            governed = not governed and _cue_only(clause) and (_hedged(clause) or _negated(clause) and bool(_SAYING_RE.search(clause)))
            dropped.append(clause)
            continue
        kept.append(clause)
    return kept, dropped


def sure_part(norm: str) -> str:
    """A (normalised) sentence without its hedged clauses (its negated ones kept): what it does not guess at."""
    clauses = _clauses(norm)
    if not any(_hedged(clause) for clause in clauses):
        return norm
    kept, governed = [], False
    for clause in clauses:
        if governed or _hedged(clause):
            governed = not governed and _cue_only(clause)
            continue
        kept.append(clause)
    return ", ".join(kept)


def denied_or_guessed(norm: str, reads) -> bool:
    """Whether what ``reads`` (a clause -> bool) finds in a (normalised) sentence is found only in clauses that guess at it
    ('我们不确定...是不是完全一样', 'not sure whether it is the same') or deny it: a negated clause read so only from its
    negation on, and still read so with its negation taken out ('不是我们自己设计的'). A negation that is the reading's own ('not
    the same product', '不是同一款'), or one after it ('a generic item with no brand'), denies nothing of it."""
    hits = [clause for clause in _clauses(norm) if reads(clause)]
    return bool(hits) and all(_hedged(clause) or _denies(clause, reads) for clause in hits)


def _denies(clause: str, reads) -> bool:
    """Whether a clause's negation denies what ``reads`` finds in it: found only from the negation on, and found still
    with the negation taken out."""
    cue = _NEGATION_RE.search(_NO_NEGATION_RE.sub(lambda m: " " * len(m.group(0)), clause))
    return cue is not None and not reads(clause[:cue.start()]) and reads(_NEGATION_RE.sub(" ", clause))


def negated(norm: str) -> bool:
    """Whether a (normalised) piece of a sentence denies something ('we never signed', '从未签订', 'keinen Vertrag'); negating an
    end ('has not expired'), 'not only' and 'no doubt' are no denial."""
    return _negated(norm)


def _clause_spans(norm: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for cut in _CLAUSE_CUT_RE.finditer(norm):
        spans.append((at, cut.start()))
        at = cut.end()
    spans.append((at, len(norm)))
    return [(a, b) for a, b in spans if b > a]


def clause_before(norm: str, index: int) -> str:
    """The words of a (normalised) sentence's clause that holds ``index``, from the clause's start up to it."""
    return next((norm[a:index] for a, b in _clause_spans(norm) if a <= index < b), "")


def unsure_at(norm: str, start: int, end: int, *, hedges: bool = True) -> bool:
    """Whether the words at ``norm[start:end]`` (a normalised sentence) stand in a negated or hedged clause, or follow a
    clause that is only a hedge ('maybe, ...', '我们不确定，...'): 'the title was not changed', 'we will not remove it',
    '标题未修改' say no change was made. With ``hedges`` False, only a negated clause counts."""
    spans = _clause_spans(norm)
    for n, (a, b) in enumerate(spans):
        if b <= start or a >= max(end, start + 1):
            continue
        if _negated(norm[a:b]) or hedges and _hedged(norm[a:b]):
            return True
        before = norm[spans[n - 1][0]:spans[n - 1][1]] if n else ""
        if hedges and before and _cue_only(before) and _hedged(before):
            return True
    return False


def hedged(norm: str) -> bool:
    """Whether a (normalised) sentence guesses or says it is not sure of something."""
    return bool(_HEDGE_RE.search(norm))


def hedge_words(norm: str) -> tuple[str, ...]:
    """The words a (normalised) sentence guesses with ('we think', 'maybe', '可能'), as it writes them, each once."""
    return tuple(dict.fromkeys(m.group(0) for m in _HEDGE_RE.finditer(norm)))


__all__ = ["FACT_KINDS", "HEDGE_CUES", "NEGATION_CUES", "SAID_AS_FACT", "clause_before", "denied_or_guessed", "firm_part",
           "hedge_words", "hedged", "negated", "sure_part", "unsure_at", "unsure_part"]
