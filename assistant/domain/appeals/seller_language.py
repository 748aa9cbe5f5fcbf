"""The language a seller wrote its counter-notice in, when its grounds were read from that language's own words.

English is read by the bundled model and Chinese by its patterns and concept pairs; French, German, Spanish, Portuguese,
Italian and Malay/Indonesian are read by each language's closed vocabulary (french_meaning, german_meaning, spanish_meaning,
portuguese_meaning, italian_malay_meaning), never translated. The triage says so ('Read from French'), so that whoever checks it reads the
seller's own words beside the grounds found in them.
"""

from __future__ import annotations

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


def language_step(language: str | None) -> str | None:
    """The checklist's words for it."""
    if language is None:
        return None
    return (f"Read from {language}: the seller wrote in {language}, and its grounds were read from its own words, quoted as "
            "written (not translated); check the grounds against them.")


__all__ = ["language_step", "read_from"]
