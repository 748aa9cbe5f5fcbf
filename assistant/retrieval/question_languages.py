"""A question asked in Spanish, German, Malay/Indonesian, Italian, French or Portuguese, read in the corpus's English
before it is searched and judged in or out of the field, as query_language.py reads a Chinese one.

The corpus is English and the bundled model reads English only: a Spanish question shares no word with the passage
that answers it, and its meaning is read from English word pieces. So the question's language is told by its function
words (articles, pronouns, prepositions: words any question has, whatever it asks), and each word is then read through
the glossary (foreign_terms.py): a phrase first ("cuánto tiempo" is "how long"), then the word, then the longest word
start the glossary lists ("denuncias" by "denuncia*"), and for German a compound split in two known words
("Markenurkunde": "Marke" + "Urkunde"), and a word joined by hyphens part by part ("IPP-Konto"). A word the corpus
itself uses (a site's name, "IPP", a figure) is kept as written; function words are dropped; any other word is kept
apart as `unknown`: the corpus cannot speak to it.

Italian, French and Portuguese share many function words with Spanish: they are told apart first, by the function
words only they write (OTHER_FUNCTION_WORDS), and read through their own glossary, never as Spanish (told_language).

The answer stays the corpus's own sentences, in English, with their citations; `sources_note` says so in the
question's language. A question too little of which could be read (fewer than MIN_READ_SHARE of its words) is not
searched as if the corpus lacked the fact: `not_read_reply` says which languages are read.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from assistant.retrieval.bm25 import STOPWORDS
from assistant.retrieval.foreign_terms import FUNCTION_WORDS, OTHER_FUNCTION_WORDS, TERMS

LANGUAGE_NAMES = {"es": "Spanish", "de": "German", "ms": "Malay/Indonesian"}
# Languages told apart by OTHER_FUNCTION_WORDS (never by LANGUAGE_NAMES' function words) and read through their glossary.
TOLD_LANGUAGES = {"it": "Italian", "fr": "French", "pt": "Portuguese"}
READ_LANGUAGES = {"zh": "Chinese", **LANGUAGE_NAMES, **TOLD_LANGUAGES}
# The share of a question's words (function words aside) the reading must know for the question to be searched: below
# it, most of what the question asks would be missing from the reading, and an answer would be to another question.
MIN_READ_SHARE = 0.5
# Function words of a language a question must hold, more than English ones, to be read as written in it.
MIN_FUNCTION_WORDS = 2
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*")
_LINKS = ("", "s", "n", "en", "es", "e")  # German compounds' linking letters ("Marken|urkunde", "Rechts|anwalt")

SOURCES_NOTES = {
    "es": "Las fuentes están en inglés, así que la respuesta las cita en inglés (su pregunta se leyó en español).",
    "de": "Die Quellen sind auf Englisch, daher zitiert die Antwort sie auf Englisch (Ihre Frage wurde auf Deutsch gelesen).",
    "ms": "Sumber-sumber ini dalam bahasa Inggeris/Inggris, jadi jawapan/jawaban memetiknya dalam bahasa Inggeris/Inggris "
    "(soalan/pertanyaan anda dibaca dalam bahasa Melayu/Indonesia).",
    "zh": "资料来源是英文的，所以答案引用英文原文（您的问题已按中文读取）。",
    "it": "Le fonti sono in inglese, quindi la risposta le cita in inglese (la sua domanda è stata letta in italiano).",
    "fr": "Les sources sont en anglais, la réponse les cite donc en anglais (votre question a été lue en français).",
    "pt": "As fontes estão em inglês, por isso a resposta as cita em inglês (sua pergunta foi lida em português).",
}
SUPPORTED = "English, Chinese, Spanish, German, Malay/Indonesian, Italian, French and Portuguese"
# The first line of a decline to a question read in another language, in that language: the English reply that follows
# names what is covered and what is not, and someone who asked in Chinese must not have to read English to learn that.
DECLINED = {
    "zh": "这个问题不在本助手的范围内：本助手只回答通过阿里巴巴集团知识产权保护平台（IPP）举报侵权的问题。以下是英文说明。",
    "es": "Esta pregunta queda fuera de lo que cubro: solo respondo sobre denuncias de infracciones de propiedad intelectual "
    "en la plataforma IPP de Alibaba Group. Los detalles siguen en inglés.",
    "de": "Diese Frage liegt außerhalb dessen, was ich abdecke: Ich beantworte nur Fragen zu Meldungen von "
    "Schutzrechtsverletzungen über die IPP-Plattform der Alibaba Group. Die Einzelheiten folgen auf Englisch.",
    "it": "Questa domanda è fuori da ciò che tratto: rispondo solo sulle segnalazioni di violazioni della proprietà "
    "intellettuale tramite la piattaforma IPP di Alibaba Group. I dettagli seguono in inglese.",
    "fr": "Cette question sort de ce que je couvre : je réponds seulement sur les signalements d'atteintes à la propriété "
    "intellectuelle via la plateforme IPP d'Alibaba Group. Les détails suivent en anglais.",
    "pt": "Esta pergunta está fora do que eu cubro: só respondo sobre denúncias de violações de propriedade intelectual "
    "pela plataforma IPP do Alibaba Group. Os detalhes seguem em inglês.",
    "ms": "Soalan/pertanyaan ini di luar bidang saya: saya hanya menjawab tentang aduan/laporan pelanggaran hak kekayaan "
    "intelek/intelektual melalui platform IPP Alibaba Group. Butirannya dalam bahasa Inggeris/Inggris di bawah.",
}
NOT_READ = {
    "es": "No pude leer suficientes palabras de su pregunta para buscarla en las fuentes, que están en inglés.",
    "de": "Ich konnte nicht genug Wörter Ihrer Frage lesen, um sie in den Quellen zu suchen, die auf Englisch sind.",
    "ms": "Saya tidak dapat membaca cukup perkataan/kata dalam soalan/pertanyaan anda untuk mencarinya dalam sumber, "
    "yang dalam bahasa Inggeris/Inggris.",
    "it": "Non sono riuscito a leggere abbastanza parole della sua domanda per cercarla nelle fonti, che sono in inglese.",
    "fr": "Je n'ai pas pu lire assez de mots de votre question pour la chercher dans les sources, qui sont en anglais.",
    "pt": "Não consegui ler palavras suficientes da sua pergunta para procurá-la nas fontes, que estão em inglês.",
}


@dataclass(frozen=True)
class ForeignReading:
    """A question in one of LANGUAGE_NAMES's languages as the search reads it."""

    language: str  # 'es', 'de', 'ms', 'it', 'fr' or 'pt'
    english: str  # the question in the corpus's English, unknown words left out
    unknown: tuple[str, ...]  # words neither the glossary nor the corpus knows
    known: int  # words read (a term, or a word the corpus uses)
    pieces: tuple[tuple[str, int, int], ...] = ()  # each English piece of the reading, and where its words stand in the question

    @property
    def readable(self) -> bool:
        return self.known > 0 and self.known >= MIN_READ_SHARE * (self.known + len(self.unknown))


def plain(word: str) -> str:
    """Lower case without accents ('Qué' -> 'que', 'Verkäufer' -> 'verkaufer', 'ß' -> 'ss')."""
    text = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _glossary(language: str) -> tuple[dict[tuple[str, ...], str], dict[str, str], dict[str, str]]:
    """(phrases by their words, words, word starts) of one language, each to its English, accents removed; the
    accented word is kept beside it when it differs ('qué' is 'what', 'que' a function word)."""
    phrases: dict[tuple[str, ...], str] = {}
    words: dict[str, str] = {}
    starts: dict[str, str] = {}
    for lang, written, english in TERMS:
        if lang != language:
            continue
        for entry in written.split():
            if entry.endswith("*"):
                starts[plain(entry[:-1])] = english
            elif "_" in entry:
                phrases[tuple(plain(part) for part in entry.split("_"))] = english
            else:
                words.setdefault(entry.lower(), english)
                if entry.lower() == plain(entry):  # 'qué' is read by its accent; 'que' stays a function word
                    words.setdefault(plain(entry), english)
    return phrases, words, starts


@lru_cache(maxsize=None)
def _function_words(language: str) -> frozenset[str]:
    return frozenset(plain(word) for word in FUNCTION_WORDS[language].split())


@lru_cache(maxsize=1)
def corpus_words() -> frozenset[str]:
    """The words the bundled corpus uses, lower case: a word of the question the corpus writes is kept as written."""
    from assistant.paths import KNOWLEDGE_DIR

    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(KNOWLEDGE_DIR.glob("*.md")))
    return frozenset(word.lower() for word in _WORD.findall(text))


def _function_word_counts(question: str) -> tuple[list[str], int, str, int]:
    """The question's words (plain), how many are English function words, and the language read here whose function
    words (those English does not also write) it holds most, with their count."""
    words = [plain(word) for word in _WORD.findall(question or "")]
    english = sum(word in STOPWORDS for word in words)
    counts = {lang: sum(w in _function_words(lang) and w not in STOPWORDS for w in words) for lang in LANGUAGE_NAMES}
    language, count = max(counts.items(), key=lambda item: item[1])
    return words, english, language, count


def question_language(question: str) -> str | None:
    """'es', 'de' or 'ms' when the question holds at least MIN_FUNCTION_WORDS function words of that language (words
    English also writes, 'a', 'in', 'no', aside) and more than English ones; None otherwise."""
    words, english, language, count = _function_word_counts(question)
    if _told_not_read(words, english):
        return None
    if count >= MIN_FUNCTION_WORDS and count > english:
        return language
    return _read_by_its_words(question) if english == 0 else None


@lru_cache(maxsize=None)
def _other_function_words(name: str) -> frozenset[str]:
    """OTHER_FUNCTION_WORDS[name] without the words a language read here or English also writes."""
    read = set().union(*(_function_words(language) for language in LANGUAGE_NAMES))
    return frozenset(w for w in (plain(word) for word in OTHER_FUNCTION_WORDS[name].split()) if w not in read | STOPWORDS)


def _told_not_read(words: list[str], english: int) -> str | None:
    """The name of a language told but not read (Italian, French, Portuguese) when the question holds at least
    MIN_FUNCTION_WORDS of its own function words, more than of English's and as many as of any language read here;
    else None. A read language's words the told one also writes ('un', 'su', 'se', 'solo' in Spanish and Italian) tell
    neither apart, so they are not counted for the read language."""
    counts = {name: sum(word in _other_function_words(name) for word in words) for name in OTHER_FUNCTION_WORDS}
    name, count = max(counts.items(), key=lambda item: item[1])
    shared = _told_words(name)
    read_count = max(
        sum(w in _function_words(lang) and w not in STOPWORDS and w not in shared for w in words) for lang in LANGUAGE_NAMES
    )
    return name if count >= MIN_FUNCTION_WORDS and count > english and count >= read_count else None


@lru_cache(maxsize=None)
def _told_words(name: str) -> frozenset[str]:
    """Every function word a language told apart writes: its own (OTHER_FUNCTION_WORDS) and, once read, its glossary's."""
    code = next((code for code, told in TOLD_LANGUAGES.items() if told == name), None)
    written = OTHER_FUNCTION_WORDS[name].split() + (FUNCTION_WORDS[code].split() if code in FUNCTION_WORDS else [])
    return frozenset(plain(word) for word in written)


def told_language(question: str) -> str | None:
    """'it', 'fr' or 'pt' when the question is written in a language told apart by its own function words and read
    through its glossary (TOLD_LANGUAGES); None otherwise."""
    words, english, _, _ = _function_word_counts(question)
    name = _told_not_read(words, english)
    return next((code for code, told in TOLD_LANGUAGES.items() if told == name), None)


def language_not_read(question: str) -> str | None:
    """The name of a language told apart (OTHER_FUNCTION_WORDS) that no glossary reads, when the question is written in
    it; None otherwise (every language told apart today is read: TOLD_LANGUAGES)."""
    words, english, _, _ = _function_word_counts(question)
    name = _told_not_read(words, english)
    return name if name not in TOLD_LANGUAGES.values() else None


# A short question with fewer function words than MIN_FUNCTION_WORDS ("Bagaimana cara lapor produk palsu di Lazada?")
# is told by its words instead, when it holds no English function word and looks written in another language: the
# language whose glossary reads at least MIN_WORDS_READ of its words, MIN_READ_SHARE of them, and more than any other's.
MIN_WORDS_READ = 3


def _read_by_its_words(question: str) -> str | None:
    if not in_a_language_not_read(question):
        return None
    known = {}
    for language in LANGUAGE_NAMES:
        reading = read_foreign(question, language)
        as_written = sum(_single(word, language) is None and word.lower() in corpus_words() for word in _WORD.findall(question))
        glossary = reading.known - as_written  # words its glossary read, not the corpus's own words kept as written
        known[language] = (glossary, reading.readable)
    ranked = sorted(known.items(), key=lambda item: -item[1][0])
    (best, (read, readable)), runner_up = ranked[0], ranked[1][1][0]
    return best if readable and read >= MIN_WORDS_READ and read > runner_up else None


def _word_start(word: str, starts: dict[str, str]) -> str | None:
    for end in range(len(word), 2, -1):
        if word[:end] in starts:
            return starts[word[:end]]
    return None


def _single(word: str, language: str) -> str | None:
    """The English of one word: the word, its accented form, (German) a compound of two known words, or its longest
    listed start. A German compound is read before its start: "Produktfotos" is product photos, not a product."""
    _, words, starts = _glossary(language)
    found = words.get(word.lower()) or words.get(plain(word))
    if found:
        return found
    if language == "de":
        found = _compound(plain(word), words, starts)
    return found or _word_start(plain(word), starts) or _hyphenated(word, language)


def _hyphenated(word: str, language: str) -> str | None:
    """A word joined by hyphens read part by part ("IPP-Konto": IPP account), when every part is read: by the glossary,
    as a word the corpus uses, or as a function word (dropped); None otherwise."""
    parts = [part for part in word.split("-") if part]
    if len(parts) < 2:
        return None
    english = []
    for part in parts:
        if part.lower() in corpus_words() or any(c.isdigit() for c in part):
            english.append(part)
        elif (read := _single(part, language)) is not None:
            english.append(read)
        elif plain(part) not in _function_words(language):
            return None
    return " ".join(english) or None


def _compound(text: str, words: dict[str, str], starts: dict[str, str]) -> str | None:
    """A German compound's two known words in English ("Markenurkunde": "Marke" + "Urkunde"), or None."""
    for cut in range(len(text) - 3, 3, -1):
        head, tail = text[:cut], text[cut:]
        tail_english = words.get(tail) or _word_start(tail, starts)
        for link in _LINKS:
            if tail_english and head.endswith(link) and len(head) - len(link) >= 3:
                stem = head[: len(head) - len(link)] if link else head
                head_english = words.get(stem) or _word_start(stem, starts)
                if head_english:
                    return f"{head_english} {tail_english}"
    return None


def _phrase_at(words: list[str], i: int, phrases: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    for length in (4, 3, 2):
        key = tuple(plain(word) for word in words[i : i + length])
        if len(key) == length and key in phrases:
            return phrases[key], length
    return None


def read_foreign(question: str, language: str) -> ForeignReading:
    """The question read in the corpus's English (see the module's notes)."""
    phrases, _, _ = _glossary(language)
    function_words = _function_words(language)
    found = list(_WORD.finditer(question))
    words = [match.group(0) for match in found]
    english: list[str] = []
    pieces: list[tuple[str, int, int]] = []
    unknown: list[str] = []
    known = 0
    i = 0

    def read_as(piece: str, first: int, last: int) -> None:
        english.append(piece)
        pieces.append((piece, found[first].start(), found[last].end()))

    while i < len(words):
        phrase = _phrase_at(words, i, phrases)
        if phrase:
            read_as(phrase[0], i, i + phrase[1] - 1)
            known += 1
            i += phrase[1]
            continue
        word = words[i]
        i += 1
        single = _single(word, language)
        if single:
            read_as(single, i - 1, i - 1)
            known += 1
        elif plain(word) in function_words:
            continue
        elif word.lower() in corpus_words() or any(c.isdigit() for c in word):
            read_as(word, i - 1, i - 1)  # a site's name, 'IPP', 'links', a figure: the corpus's own word
            known += 1
        else:
            unknown.append(word)
    text = " ".join(english)
    if question.rstrip().endswith("?"):
        text += "?"
    return ForeignReading(language, text, tuple(dict.fromkeys(unknown)), known, tuple(pieces))


ANSWERED_IN_ENGLISH = "The sources are in English, so the answer quotes them in English (your question was read in Chinese)."


@dataclass(frozen=True)
class LanguageNotes:
    """What an answer says of the question's language: its name, that the sources are in English (in the question's
    language and in English), and the reply when too little of it could be read. Empty for an English question."""

    name: str | None = None
    english: str = ""
    native: str = ""
    unread: str = ""
    declined: str = ""  # the first line of a decline, in the question's language

    @property
    def both(self) -> str:
        return f"{self.native} {self.english}".strip()


def read_language_notes(language: str | None) -> LanguageNotes:
    """The notes for a question read in `language` ('zh', 'es', 'de', 'ms'; None for English)."""
    if language not in READ_LANGUAGES:
        return LanguageNotes()
    name = READ_LANGUAGES[language]
    english = ANSWERED_IN_ENGLISH.replace("Chinese", name)
    unread = not_read_reply(language) if language in NOT_READ else ""
    return LanguageNotes(name, english, SOURCES_NOTES[language], unread, DECLINED[language])


HAN_LETTERS = 3


def mostly_in(question: str, language: str | None) -> bool:
    """Whether a question read in `language` is written in it, not in English with a name in it ('How do I report a fake
    on Xianyu (闲鱼)?' is read as Chinese for its search, but asked in English): for Chinese, most of its letters are
    Chinese characters, each weighed as HAN_LETTERS Latin letters (a character carries about what a short word does); a
    question read in another language was already told by its function words."""
    if language != "zh":
        return language in LANGUAGE_NAMES or language in TOLD_LANGUAGES
    han = len(regex.findall(r"\p{Han}", question))
    latin = len(regex.findall(r"\p{Latin}", question))
    return han * HAN_LETTERS >= latin


def not_read_reply(language: str) -> str:
    """The reply to a question in a language read here of which too little could be read."""
    name = READ_LANGUAGES[language]
    return (
        f"{NOT_READ[language]} I read questions in {SUPPORTED}; this one was read as {name}, but too few of its words "
        "are ones I know, so I did not search for it. Ask it in English, or in simpler words, about reporting IP "
        "infringements on Alibaba Group's marketplaces."
    )


# A question none of whose words English or the corpus writes, in a language not read here ('Combien de liens ...'):
# it holds no English function word, and at most this share of its words is a word of the corpus.
MAX_ENGLISH_SHARE = 0.5


def in_a_language_not_read(question: str) -> bool:
    """Whether a question (not one question_language reads) looks written in another language: three words or more,
    not Chinese, no English function word of three letters or more, and fewer than MAX_ENGLISH_SHARE of them words the corpus uses."""
    words = [word.lower() for word in _WORD.findall(question or "") if not any(c.isdigit() for c in word)]
    if len(words) < 3 or regex.search(r"\p{Han}", question) or any(len(w) > 2 and w in STOPWORDS for w in words):
        return False
    english = sum(word in corpus_words() for word in words)
    return english < MAX_ENGLISH_SHARE * len(words)


def other_language_reply(name: str | None = None) -> str:
    """The reply to a question in a language not read here (`name`, when it was told) that found no answer."""
    written = f"it looks written in {name}, and " if name else ""
    return (
        f"I could not read this question: {written}I read questions in {SUPPORTED}, and the sources are in English. "
        "Ask it in one of those languages, about reporting IP infringements on Alibaba Group's marketplaces."
    )
