"""Lexical search: a tokenizer for English, figures, web addresses and CJK text, and a BM25F scorer.

BM25F lets a term found in a section heading count more than the same term in the body, without
repeating text. IDF uses the Lucene form, which never goes negative for common terms.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import regex

# Words too common to tell passages apart: English function words, pronouns and the adverbs and fillers of
# everyday questions ("I heard that now ...", "even though it looks fine").
STOPWORDS = frozenset(
    """
    a about above after again against all almost already also although always am among an and another any anyone
    anything anyway are around as at be because been before being below between both but by can cannot could did do
    does doing done down during each either else even ever every everyone everything few for from further had has
    have having he hence her here hers herself him himself his how however i if in indeed into is it its itself just
    least less let like likely may me meanwhile might mine more moreover most mostly much must my myself neither never
    nevertheless no nobody none nor not nothing now of off often on once only onto or other others otherwise ought
    our ours ourselves out over own perhaps quite rather really same seem seemed seems several shall she should
    since so some somebody someone something sometimes somewhat still such than that the their theirs them
    themselves then there thereby therefore these they this those though through thus to together too toward
    towards under unless until up upon us very via was we well were what whatever when whenever where whereas
    wherever whether which while who whoever whom whose why will with would yet you your yours
    yourself yourselves get got gets s t
    """.split()
)
# Words that say a thing is done a second time ("report the link again", "already reported") are searched for all the
# same: the corpus speaks of links reported again and of links already under review, and a question about a duplicate
# report says so only through them. ("Same" stays a stopword: the corpus writes it mostly as "says the same".)
REPETITION_WORDS = frozenset({"again", "already"})
SEARCH_STOPWORDS = STOPWORDS - REPETITION_WORDS
# Parts of a web address that say nothing about its content.
URL_NOISE = frozenset({"http", "https", "www", "com", "org", "net", "htm", "html", "php", "cn", "co", "en"})

_URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>()\[\]\"'`|]+"  # web addresses
    r"|[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+"  # email addresses
)
_DOMAIN = regex.compile(r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|hk|cn|co|uk|gov|io)\b")
_CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")
_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+)*")
# Figures standing alone ("300", "1.5", "240,000"); digits inside words ("1688", "b2b") stay with the word.
_FIGURE = regex.compile(r"(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])")
_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})+")
_CLITIC = regex.compile(r"'(?:s|m|re|ve|ll|d)$")
_URL_SCHEME = regex.compile(r"^(?:https?://)?(?:www\.)?")
_URL_PATH = regex.compile(r"[/?#]")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
# Texts up to this long have their terms remembered: an answer reads the same passages' sentences and headings for
# every question, and a pasted letter is read once.
REMEMBERED_TEXT_CHARS = 4000


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: plurals, -ing, -ed and -ion after t/s, so 'complaints' meets 'complaint'."""
    if len(word) <= 3 or not word.isalpha() or not word.isascii():
        return word
    base = _strip_suffix(word)
    # A final silent e goes too, so "close", "closed" and "closing" meet at "clos".
    return base[:-1] if len(base) > 4 and base.endswith("e") and not base.endswith("ee") else base


def _strip_suffix(word: str) -> str:
    for suffix, replacement, min_stem in (
        ("ies", "y", 3),
        ("sses", "ss", 2),
        ("ings", "", 4),
        ("ing", "", 4),
        ("eed", "ee", 2),
        ("edly", "", 4),
        ("ed", "", 4),
        ("tions", "t", 3),
        ("tion", "t", 3),
        ("sions", "s", 3),
        ("sion", "s", 3),
        ("es", "", 4),
        ("s", "", 3),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            base = word[: len(word) - len(suffix)] + replacement
            if suffix == "es" and not base.endswith(("ss", "x", "z", "ch", "sh")):
                base = word[:-1]  # "licences" -> "licence", "boxes" -> "box"
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix in ("ing", "ings", "ed", "edly") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "submitted" -> "submit"
            return base
    return word


def _url_terms(url: str) -> list[str]:
    url = url.rstrip(".,;:")
    host_and_path = _URL_SCHEME.sub("", url)
    host = _URL_PATH.split(host_and_path, maxsplit=1)[0]
    terms = [host] if "." in host else []
    for piece in _NOT_ALNUM.split(host_and_path):
        if piece and piece not in URL_NOISE:
            terms.append(piece)
    return terms


def _word_terms(word: str) -> list[str]:
    word = word.replace("’", "'")
    if word.endswith("n't"):
        return []  # "don't", "isn't", "can't": function words
    word = _CLITIC.sub("", word)  # "seller's" -> "seller", "we're" -> "we"
    if "-" in word:
        parts = [part for part in word.split("-") if part]
        joined = "".join(parts)
        return [stem(part) for part in parts if part not in SEARCH_STOPWORDS] + [stem(joined)]
    if word in SEARCH_STOPWORDS:
        return []
    return [stem(word)]


def tokenize(text: str) -> list[str]:
    """Split text into search terms: stemmed English words without stopwords, whole figures ('240,000' ->
    '240000', '1.5'), web and email addresses (the host and its words), CJK as single characters and bigrams."""
    if len(text) <= REMEMBERED_TEXT_CHARS:
        return list(_remembered_terms(text))
    return _terms(text)


@lru_cache(maxsize=32768)
def _remembered_terms(text: str) -> tuple[str, ...]:
    return tuple(_terms(text))


def _terms(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    terms: list[str] = []

    def take_urls(match: regex.Match) -> str:
        terms.extend(_url_terms(match.group(0)))
        return " "

    text = _URL.sub(take_urls, text)
    text = _DOMAIN.sub(take_urls, text)

    def take_cjk(match: regex.Match) -> str:
        run = match.group(0)
        terms.extend(run)
        terms.extend(run[i : i + 2] for i in range(len(run) - 1))
        return " "

    text = _CJK_RUN.sub(take_cjk, text)

    def take_number(match: regex.Match) -> str:
        figure = match.group(0)
        if _THOUSANDS.fullmatch(figure):
            figure = figure.replace(",", "")
        terms.extend(part for part in figure.rstrip(".").split(",") if part)
        return " "

    text = _FIGURE.sub(take_number, text)
    for match in _WORD.finditer(text):
        terms.extend(_word_terms(match.group(0)))
    return terms


class BM25Index:
    """BM25F over a fixed list of documents, each given as weighted fields of terms."""

    def __init__(self, documents: Sequence[Mapping[str, float]], *, k1: float = 1.2, b: float = 0.75):
        """Index documents given as {term: weighted frequency}; use `from_fields` to build them."""
        self.k1 = k1
        self.b = b
        self.size = len(documents)
        self._lengths = [sum(doc.values()) for doc in documents]
        self._average_length = (sum(self._lengths) / self.size) if self.size else 0.0
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for position, doc in enumerate(documents):
            for term, frequency in doc.items():
                self._postings.setdefault(term, []).append((position, frequency))

    @classmethod
    def from_fields(
        cls, documents: Iterable[Mapping[str, Sequence[str]]], weights: Mapping[str, float] | None = None, **params
    ) -> BM25Index:
        """Index documents given as {field: terms}; a term in field f counts weights[f] times (default 1)."""
        weights = weights or {}
        bags = []
        for fields in documents:
            bag: Counter[str] = Counter()
            for field, terms in fields.items():
                weight = weights.get(field, 1.0)
                for term in terms:
                    bag[term] += weight
            bags.append(dict(bag))
        return cls(bags, **params)

    @classmethod
    def from_texts(cls, texts: Iterable[str], **params) -> BM25Index:
        """Index plain texts with `tokenize`."""
        return cls.from_fields(({"text": tokenize(text)} for text in texts), **params)

    def idf(self, term: str) -> float:
        """How rare a term is: 0 for unknown terms, larger for rarer ones."""
        postings = self._postings.get(term)
        if not postings:
            return 0.0
        found = len(postings)
        return math.log(1.0 + (self.size - found + 0.5) / (found + 0.5))

    def idf_of_unseen(self) -> float:
        """The IDF a term would have if one document held it: the largest there is."""
        return math.log(1.0 + (self.size - 1 + 0.5) / 1.5) if self.size else 0.0

    def scores(self, query_terms: Iterable[str]) -> list[float]:
        """The BM25F score of every document for the query terms (each distinct term counted once)."""
        totals = [0.0] * self.size
        for term in dict.fromkeys(query_terms):
            postings = self._postings.get(term)
            if not postings:
                continue
            weight = self.idf(term)
            for position, frequency in postings:
                norm = 1.0 - self.b + self.b * (self._lengths[position] / self._average_length)
                totals[position] += weight * frequency * (self.k1 + 1.0) / (frequency + self.k1 * norm)
        return totals

    def top(self, query_terms: Iterable[str], k: int, allowed: set[int] | None = None) -> list[tuple[int, float]]:
        """The k best documents with a score above zero, best first, optionally only among `allowed` positions."""
        ranked = [
            (position, score)
            for position, score in enumerate(self.scores(query_terms))
            if score > 0.0 and (allowed is None or position in allowed)
        ]
        ranked.sort(key=lambda item: (-item[1], item[0]))
        return ranked[:k]
