"""The case's kind in a message: the marketplace (assistant/domain/site_names.py), the complaint reason,
the kind of right and of patent."""

from __future__ import annotations

import re

from assistant.domain.models import ComplaintReason, IPType, PatentKind, Site
from assistant.domain.site_names import sites_mentioned

_NEGATION_BEFORE = re.compile(r"(?:\bnot|\bno longer|\binstead of|\brather than|\bisn'?t|\bwasn'?t)\s+(?:on\s+|from\s+)?$", re.I)


def find_site(text: str) -> Site | None:
    """The marketplace named last in the text, skipping ones negated ("Taobao, not Tmall")."""
    found = [m for m in sites_mentioned(text) if not _NEGATION_BEFORE.search(text[max(0, m.start - 20) : m.start])]
    return found[-1].site if found else None


# Most specific first: "a test buy showed it was counterfeit" is a test buy, not a feature comparison.
_REASON_PATTERNS: list[tuple[ComplaintReason, str]] = [
    (ComplaintReason.TEST_BUY, r"test[- ]?(?:buy|purchase|order)|we (?:bought|ordered|purchased)|made a purchase"),
    (ComplaintReason.MODEL_DOES_NOT_EXIST,
     r"(?:model|version|product|colou?r(?:way)?)s?\b[^.]{0,40}\b(?:does ?n[o']t|do ?n[o']t|never) (?:exists?|made|produced|released)"
     r"|never (?:made|produced|released)|non-?existent model|model (?:does not|doesn't) exist|fantasy model"),
    (ComplaintReason.OFFICIAL_IMAGE_THEFT,
     r"official (?:site|website|web site|store|shop|page|catalogue)[^.]{0,40}(?:photo|image|picture)"
     r"|(?:photo|image|picture)s?[^.]{0,40}official (?:site|website|store|shop|page)"),
    (ComplaintReason.IMAGE_THEFT,
     r"(?:stole|stolen|steal|copied|copy|copies|using|use|uses|took|lifted) (?:our|my|the client'?s) (?:own )?(?:product )?(?:photo|image|picture|shot)s?"
     r"|image theft|photo theft|stolen (?:photo|image|picture)s"
     # as the case reader reads it: a few words may stand between ("stolen product photos", "copied all our studio images")
     r"|\b(?:stole|stolen|steal|stealing|copied|copying|copies|took|lifted|reusing)\b[^.?]{0,25}\b(?:photos?|images?|pictures?|product shots?)\b"),
    (ComplaintReason.PIRATED_COPY, r"pirat|bootleg|unauthori[sz]ed cop(?:y|ies)|illegal cop(?:y|ies)|cracked"),
    (ComplaintReason.REGISTERED_WORK, r"registered (?:work|artwork|artistic work|copyright work)|our (?:artwork|illustration|drawing)s?"),
    (ComplaintReason.TRADEMARK_MISUSE,
     r"misuse|misusing|(?:brand|mark|trademark|name)[^.]{0,30}\bin (?:the |their )?(?:titles?|descriptions?|store names?|shop names?|keywords?)"
     r"|(?:titles?|descriptions?|store names?|shop names?) (?:use|uses|using|contain|contains)"),
    (ComplaintReason.PATENT_INFRINGEMENT, r"patent"),
    (ComplaintReason.COUNTERFEIT_FEATURES, r"counterfeit|\bfakes?\b|knock-?offs?|replicas?|imitations?"),
]
_REASON_NAMES = {reason.value.replace("_", " "): reason for reason in ComplaintReason}


def find_reason(text: str) -> ComplaintReason | None:
    """The complaint ground the text describes, most specific first; None when it names none. Words written in
    another language the chat reads ("Gefälschte ... Kopfhörer", "réplicas", "barang palsu") are read in English first;
    a phrase that negates or doubts in its own language ("keine Fälschungen", "quizás") gives none."""
    found = _reason_in(text)
    if found is not None:
        return found
    read = in_english(text, firm=True)
    return _reason_in(read[1]) if read else None


def _reason_in(text: str) -> ComplaintReason | None:
    lowered = text.lower()
    for name, reason in _REASON_NAMES.items():
        if name in lowered or reason.value in lowered:
            return reason
    for reason, pattern in _REASON_PATTERNS:
        if re.search(pattern, text, re.I):
            return reason
    return None


def said_unsure(text: str, language: str) -> bool:
    """Whether the text negates or doubts in its language (the cues the triage reads sellers' sentences with)."""
    from assistant.domain.appeals.unsure_words import HEDGE_CUES, NEGATION_CUES

    cues = [cue for table in (NEGATION_CUES, HEDGE_CUES) for cue in [table.get(language)] if cue]
    return any(re.search(cue, text, re.I) for cue in cues)


def _firm(text: str, language: str, pieces: tuple[tuple[str, int, int], ...]) -> str:
    """The reading without the pieces a negation or doubt of the language stands just before ("keine Fälschungen",
    "vielleicht Plagiate"); "Die Fälschungen haben kein Logo" keeps "Fälschungen"."""
    return " ".join(english for english, start, _ in pieces
                    if not said_unsure(" ".join(text[:start].split()[-3:]), language))


def in_english(text: str, *, firm: bool = False) -> tuple[str, str] | None:
    """(language, the text read in English) through the glossary `ask` reads questions with
    (assistant/retrieval/foreign_terms.py), when the text is written in Chinese, Spanish, German or Malay/Indonesian;
    None for English, or when the glossary reads none of its words. With ``firm``, what the text negates or doubts is
    left out of the reading (a Chinese reading that cannot place its words is then none when any of it does).

    A short phrase ("Gefälschte KESTREL Kopfhörer auf AliExpress") holds too few function words to tell its language:
    it is read in the language whose glossary reads the most of its words, when one reads more than any other."""
    from assistant.retrieval.bm25 import STOPWORDS
    from assistant.retrieval.query_language import has_chinese, read_question
    from assistant.retrieval.question_languages import LANGUAGE_NAMES, question_language, read_foreign

    if has_chinese(text):
        reading = read_question(text)
        if not reading.translated or (firm and not reading.pieces and said_unsure(text, "zh")):
            return None
        return "zh", _firm(text, "zh", reading.pieces) if firm and reading.pieces else reading.english
    told = question_language(text)
    if told is None and any(len(word) > 2 and word.lower() in STOPWORDS for word in re.findall(r"\w+", text)):
        return None  # English words around ("the fakes on AliExpress"): read as written
    ranked = []
    for language in [told] if told else list(LANGUAGE_NAMES):
        reading = read_foreign(text, language)
        translated = sum(english.lower() != text[start:end].lower() for english, start, end in reading.pieces)
        if translated:
            ranked.append((translated, language, _firm(text, language, reading.pieces) if firm else reading.english))
    ranked.sort(key=lambda item: -item[0])
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1], ranked[0][2]


def find_ip_type(text: str) -> IPType | None:
    for ip_type in (IPType.TRADEMARK, IPType.COPYRIGHT, IPType.PATENT):
        if re.search(rf"\b{ip_type.value}s?\b", text, re.I):
            return ip_type
    return None


def find_patent_kind(text: str) -> PatentKind | None:
    if re.search(r"design patent|design (?:right|registration)|industrial design", text, re.I):
        return PatentKind.DESIGN
    if re.search(r"utility model", text, re.I):
        return PatentKind.UTILITY_MODEL
    if re.search(r"invention", text, re.I):
        return PatentKind.INVENTION
    return None
