"""A question asked in Chinese (or in Chinese and English mixed), read in the corpus's English before it is searched.

The corpus is English and the bundled model reads English only: it scores unrelated Chinese sentences as near copies
of each other, and BM25 cannot match a Chinese word against an English passage. So the question is cut into words
(jieba: Chinese word segmentation from PyPI, offline, its dictionary bundled; the glossary's terms are added to it so
that "速卖通" stays one word), after Traditional characters are written in Simplified ones (OpenCC's official Python
package, its dictionaries inside the wheel: "商標" and "檢舉" are read as "商标" and "检举", one glossary for both) and each word the glossary knows (zh_terms.py) is replaced by the corpus's English for it.
Chinese function words ("的", "了", "我们") are dropped; other Chinese words are kept apart as `unknown`: the corpus
cannot speak to them. A question in Spanish, German or Malay/Indonesian is read the same way through its own glossary
(question_languages.py); an English question is returned unchanged.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache

import regex

from assistant.retrieval.zh_terms import TERMS

_HAN = regex.compile(r"\p{Han}")
_HAN_WORD = regex.compile(r"^\p{Han}+$")
# Words that carry no subject of their own: particles, pronouns, measure words, fillers of everyday questions.
FUNCTION_WORDS = frozenset(
    """
    的 了 吗 呢 吧 啊 呀 嘛 哦 么 是 有 在 和 与 及 或 或者 还 也 都 就 又 再 才 被 把 给 让 对 从 到 向 往 为 以 于 用 拿 去
    来 上 下 里 中 内 后 前 以后 以前 之后 之前 时 时候 的话 这 那 这个 那个 这种 那种 这些 那些 其 该 此 我 我们 你 你们 他
    他们 她 它 它们 自己 咱们 人家 别人 有人 一些 一下 一点 一般 大概 大约 已经 现在 还是 就是 但是 可是 如果 因为 所以
    然后 而且 并且 不 没 没有 不是 不会 会 要 想 得 着 过 很 太 更 最 比较 直接 所有 每个 每 各 个 条 张
    次 家 份 只 只有 手上 手里 发现 觉得 看着 好像 应该 怎么办 请问 一下子 之类 等 等等 啥 咋 呗 嗯 还能 才能 才行 算不算
    算 行 好 话 事 东西 情况 问题 一次 一直 只是 而 并 由 将 让 叫 使 吧 呐 嘞 哈
    刚 刚刚 先 之内 以内 期间 放在 放 比如 例如 有没有 是不是 什么样 写 写着 说 是从 拿出 拿出来 发 不想 出来 看 看到 会发 进 找 找到
    """.split()
)
_lock = threading.Lock()


@dataclass(frozen=True)
class Reading:
    """A question as the search reads it."""

    english: str  # the question with its Chinese terms in the corpus's English; unknown Chinese words left out
    unknown: tuple[str, ...] = ()  # Chinese words (not function words) the glossary does not know
    translated: bool = False  # whether any Chinese (or another language question_languages.py reads) was read
    language: str | None = None  # the language read: 'zh', or question_languages.py's ('es', 'it' ...); None for English
    readable: bool = True  # False when too few of a question's words could be read to search for it
    pieces: tuple[tuple[str, int, int], ...] = ()  # each English piece of the reading, and where its words stand in the question

    def said_as(self, question: str, words: str) -> str | None:
        """The question's own words (the span they stand in) that `words`, a part of the English reading, were read
        from: "agencia" for "agent", so a fact read from the reading is quoted to the asker in the asker's words. None
        when the reading does not hold them."""
        reading = self.english.casefold()
        at = reading.find(words.casefold())
        if at < 0 or not words:
            return None
        stop, position, spans = at + len(words), 0, []
        for piece, start, end in self.pieces:  # laid out as the reading joins them (a negation read in may widen one)
            found = reading.find(piece.casefold(), position)
            if found < 0:
                continue
            position = found + len(piece)
            if found < stop and at < position:
                spans.append((start, end))
        if not spans:
            return None
        return question[min(start for start, _ in spans) : max(end for _, end in spans)]

    @property
    def searched(self) -> str:
        """What BM25 searches: the English reading and the unknown Chinese words (they can only match Chinese text)."""
        return " ".join([self.english, *self.unknown]).strip()


@lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    return {chinese: english for words, english, _ in TERMS for chinese in words.split()}


@lru_cache(maxsize=1)
def _simplified():
    import opencc

    return opencc.OpenCC("t2s").convert


@lru_cache(maxsize=1)
def _segmenter():
    import jieba

    jieba.setLogLevel(logging.WARNING)  # its dictionary-loading messages would reach the CLI's stderr
    segmenter = jieba.Tokenizer()
    # Built here rather than by jieba's own initialize(), which writes a cache file to the system's temporary folder:
    # nothing is written outside the data folder, for about a second once per process.
    segmenter.FREQ, segmenter.total = segmenter.gen_pfdict(segmenter.get_dict_file())
    segmenter.initialized = True
    for word in _glossary():
        if _HAN.search(word):
            segmenter.add_word(word, freq=100_000)  # a term of the field is kept whole ("速卖通", "实用新型")
    return segmenter


def has_chinese(text: str) -> bool:
    return bool(_HAN.search(text or ""))


# The field's abbreviations people write in English questions that the corpus spells out ("POA - is there a template?"):
# read in the corpus's words, so that the search and the answer do not take them for words the corpus never uses.
ABBREVIATIONS = {
    "poa": "power of attorney",
    "loa": "letter of authorisation",
    "tm": "trademark",
    "cn": "China",
    "sku": "listing",
}
_ABBREVIATION = regex.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")s?\b", regex.IGNORECASE)
# An apostille is the legalisation of a paper for use abroad: "apostilled" asks whether it must be legalised.
_APOSTILLE = regex.compile(r"\bapostill(e|es|ed|ing|ise|ised|ize|ized)\b", regex.IGNORECASE)
# The American spelling of a verb in -ise ("notarized", "authorized", "legalization"), in the corpus's British one:
# the words are read as tokens, and "notariz" is not "notaris". Five letters at least before it: "size", "seized",
# "prized" and "capsized" are not such verbs.
_IZE = regex.compile(r"\b(\p{L}{5,})iz(e|es|ed|ing|ation|ations)\b", regex.IGNORECASE)


# Everyday words for what the corpus names otherwise, read in its words too: to "pull", "drop" or "retract" a complaint
# (a notice, a report, a takedown) is to withdraw it, and the American "program" is the corpus's "programme" (a software
# program stays one).
_WITHDRAWN = regex.compile(
    r"\b(?:pull(?:s|ed|ing)?|drop(?:s|ped|ping)?|retract(?:s|ed|ing)?)\b(?=(?:\s+\w+){0,4}?\s+(?:complaints?|notices?|reports?|takedowns?)\b)",
    regex.IGNORECASE,
)
_PROGRAM = regex.compile(r"\b(?<!(?:software|computer|running)\s)programs?\b", regex.IGNORECASE)


def spelled_out(question: str) -> str:
    """The question with the field's abbreviations and everyday words in the corpus's words (see ABBREVIATIONS,
    _APOSTILLE, _IZE, _WITHDRAWN)."""
    question = _ABBREVIATION.sub(lambda match: ABBREVIATIONS[match.group(1).lower()], question)
    question = _APOSTILLE.sub(lambda match: "legalisation" if match.group(1).lower() in ("e", "es") else "legalised", question)
    question = _IZE.sub(lambda match: f"{match.group(1)}is{match.group(2)}", question)
    question = _WITHDRAWN.sub("withdraw", question)
    return _PROGRAM.sub("programme", question)


@lru_cache(maxsize=512)
def read_question(question: str) -> Reading:
    """The question read in the corpus's English (see the module's notes); without Chinese, unchanged but for the
    field's abbreviations spelled out."""
    if not has_chinese(question):
        return _read_other_language(question)
    glossary = _glossary()
    with _lock:  # jieba builds its prefix dictionary on first use
        words = list(_segmenter().cut(_simplified()(question)))
    english: list[str] = []
    unknown: list[str] = []
    pieces: list[tuple[str, int, int]] = []
    # Where each word stands in the question: Simplified characters are written one for one (a conversion that
    # changes the length leaves the words unplaced, and a fact read from them is quoted in English).
    placed = len(_simplified()(question)) == len(question)
    end = 0
    for word in words:
        start, end = end, end + len(word)
        word = word.strip()
        if not word:
            continue
        if word in glossary:
            english.append(glossary[word])
            if placed:
                pieces.append((glossary[word], start, end))
        elif _HAN_WORD.match(word):
            if word not in FUNCTION_WORDS:
                unknown.append(word)
        elif regex.search(r"[\p{L}\p{N}]", word):
            english.append(word)  # English words, figures and names inside a Chinese question stay as written
        elif word in "？?":
            english[-1:] = [english[-1] + "?"] if english else []
        elif word in "，,；;。.！!、":
            english[-1:] = [english[-1] + ","] if english else []
    text = regex.sub(r"\s+", " ", " ".join(english)).strip(" ,")
    return Reading(_with_negated_registration(question, text), tuple(dict.fromkeys(unknown)), True, "zh", pieces=tuple(pieces))


def _with_negated_registration(question: str, english: str) -> str:
    """The reading, saying "unregistered" where the question says its right is not registered ("没有版权登记证书",
    "sin registro"): read term by term, it would say "registered copyright certificate", the opposite."""
    from assistant.domain.case_reading import says_unregistered

    if not says_unregistered(question):
        return english
    said = regex.sub(r"\b(?:registered|registration)\b", "unregistered", english, flags=regex.IGNORECASE)
    return said if "unregistered" in said else f"{english} unregistered"


def _read_other_language(question: str) -> Reading:
    """A question in Spanish, German, Malay/Indonesian, Italian, French or Portuguese read through
    question_languages.py; English unchanged but for the field's abbreviations spelled out."""
    from assistant.retrieval.question_languages import question_language, read_foreign, told_language

    language = question_language(question) or told_language(question)
    if language is None:
        return Reading(spelled_out(question))
    reading = read_foreign(question, language)
    return Reading(
        _with_negated_registration(question, reading.english), reading.unknown, True, language, reading.readable, reading.pieces
    )
