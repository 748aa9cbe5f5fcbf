"""The language a seller wrote its counter-notice in, when its grounds were read from that language's own words.

English is read by the bundled model and Chinese by its patterns and concept pairs; French, German, Spanish, Portuguese,
Italian and Malay/Indonesian are read by each language's closed vocabulary (french_meaning, german_meaning, spanish_meaning,
portuguese_meaning, italian_malay_meaning), never translated. The triage says so ('Read from French'), so that whoever checks it reads the
seller's own words beside the grounds found in them.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.domain.appeals.french_meaning import french_words
from assistant.domain.appeals.german_meaning import german_words
from assistant.domain.appeals.italian_malay_meaning import italian_words, malay_words
from assistant.domain.appeals.portuguese_meaning import portuguese_words
from assistant.domain.appeals.spanish_meaning import spanish_words
from assistant.domain.untrusted_text import normalize_text

# Each language, its words in a sentence, and how many make a sentence its (as each reader decides).
_LANGUAGES = (("French", french_words, 2), ("German", german_words, 3), ("Spanish", spanish_words, 2), ("Portuguese", portuguese_words, 2),
              ("Italian", italian_words, 2), ("Malay or Indonesian", malay_words, 2))


_MIN_WORDS = 4


def read_from(sentences: list[str]) -> str | None:
    """The language at least half of the seller's sentences of a few words are in, among those read by their own words (a sentence
    counted for the language most of whose words it holds; for none on a tie); None when the text is English or Chinese, or no language holds half."""
    counted: Counter[str] = Counter()
    sentences = [s for s in sentences if len(s.split()) >= _MIN_WORDS]  # not a greeting, a sign-off or a shop's name
    for sentence in sentences:
        norm = normalize_text(sentence)
        scores = sorted(((count(norm), name) for name, count, enough in _LANGUAGES if count(norm) >= enough), reverse=True)
        if scores and (len(scores) == 1 or scores[0][0] > scores[1][0]):
            counted[scores[0][1]] += 1  # ('la' is French, Spanish and Italian: the language with the most of its words)
    if not counted:
        return None
    language, count = counted.most_common(1)[0]
    return language if count * 2 >= len(sentences) else None


# Languages no reader here reads, each told by its own letters (a script of its own, or Vietnamese's tone-marked vowels and
# 'đ', 'ơ', 'ư', which no language read here writes): named, so that nobody takes a text not read for one that says nothing.
_UNREAD = (("Vietnamese", re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưă]")),
           ("Thai", re.compile(r"[\u0e01-\u0e5b]")), ("Korean", re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")),
           ("Japanese", re.compile(r"[\u3040-\u30ff]")), ("Arabic", re.compile(r"[\u0600-\u06ff]")),
           ("Russian (or another language in Cyrillic letters)", re.compile(r"[\u0400-\u04ff]")),
           ("Hindi (or another language in Devanagari letters)", re.compile(r"[\u0900-\u097f]")),
           ("Greek", re.compile(r"[\u0370-\u03ff]")), ("Hebrew", re.compile(r"[\u0590-\u05ff]")))
_UNREAD_SHARE = 0.3  # of a sentence's words that hold its letters before it is counted in that language (not a name in it)


def unread_language(sentences: list[str]) -> tuple[str, bool] | None:
    """The language, none of this triage's readers reads, that the most of the seller's sentences are written in, and whether
    most of its sentences of a few words are in it (False: only part of the text is, and the rest was read); None when there is none."""
    counted: Counter[str] = Counter()
    long = [s for s in sentences if len(s.split()) >= _MIN_WORDS or len(s) >= 12]  # Thai and Japanese need no spaces
    for sentence in long:
        words = normalize_text(sentence).split()
        scores = sorted(((sum(bool(letters.search(w)) for w in words), name) for name, letters in _UNREAD), reverse=True)
        if scores[0][0] >= max(1.0, _UNREAD_SHARE * len(words)):
            counted[scores[0][1]] += 1
    if not counted:
        return None
    language, count = counted.most_common(1)[0]
    return language, count * 2 >= len(long)


def unread_line(language: str, whole: bool) -> str:
    """What is said of a text (or part of it) in a language the triage does not read: never that it names no ground."""
    which = "The counter-notice is written" if whole else "Part of the counter-notice is written"
    return (f"{which} in {language}, which this triage does not read: the grounds given in {'it' if whole else 'that part'} "
            f"could not be read (not that there are none). Ask the seller for a translation (into English), or have someone "
            f"who reads {language} read it, before the grounds are answered.")


def language_step(language: str | None) -> str | None:
    """The checklist's words for it."""
    if language is None:
        return None
    return (f"Read from {language}: the seller wrote in {language}, and its grounds were read from its own words, quoted as "
            "written (not translated); check the grounds against them.")


__all__ = ["language_step", "read_from", "unread_language", "unread_line"]
