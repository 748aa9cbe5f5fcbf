"""Checking an answer a model wrote, sentence by sentence, against what each sentence cites.

An extractive answer quotes its passages, so its citations hold by construction. A model paraphrases: each of its
sentences that carries [n] markers is kept only when what it cites supports it:

- every figure it states (a number of days, links, appeals, a year) is in the cited text: a wrong figure is the
  error people act on, and closeness in meaning cannot see it ("within 3 days" and "within 30 days" read alike);
- it quotes the cited text, restates it in its own words (every word of four letters or more is in it), or is close in
  meaning (the bundled model) to one of its sentences. Closeness tells a claim the source does not make from one it
  makes; it cannot tell a contradiction ("can be mixed" against "cannot be mixed"), which reads as close.

A sentence that fails is dropped, and the answer says how many were left out, so the person knows it was cut. Sentences
without markers (a greeting, a question back) are left as they are: whether an answer cites at all is the citation
guard's (assistant.agent.guards).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import regex

from assistant.retrieval.sentences import split_sentences

# Cosine similarity (the bundled model) a sentence needs with the closest sentence of what it cites. Calibrated with
# benchmarks/support_calibration.py: paraphrases of corpus sentences against other sentences of the corpus.
MIN_CLOSENESS = 0.7

MARKER = regex.compile(r"\s*\[(\d{1,3})\]")
# Where a sentence ends: its full stop (and any marker written after it), then spaces; or a line break.
_BOUNDARY = regex.compile(r"(?:[.!?。！？]+(?:[ \t]*\[\d{1,3}\])*[ \t]+)|\n+")
_FIGURE = regex.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen twenty".split()
    )
}
_NUMBER_WORD = regex.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", regex.IGNORECASE)
_WORD = regex.compile(r"[\p{L}]{4,}|\d+(?:[.,]\d+)*%?")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})

LEFT_OUT = "({count} sentence{s} of this answer left out: the sources {it_they} cited do not say {that_those}.)"


@dataclass(frozen=True)
class SentenceCheck:
    """One cited sentence of an answer, judged against what it cites."""

    sentence: str  # as written, markers included
    numbers: tuple[int, ...]
    supported: bool
    reason: str = ""  # why not, in plain words


@dataclass(frozen=True)
class SupportReport:
    """An answer checked sentence by sentence: the text to show (unsupported sentences dropped) and each verdict."""

    text: str
    checks: list[SentenceCheck] = field(default_factory=list)

    @property
    def dropped(self) -> list[SentenceCheck]:
        return [check for check in self.checks if not check.supported]


def figures(text: str) -> set[str]:
    """The figures a text states, number words up to twenty as digits ("three appeals" states 3), markers left out."""
    plain = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1).lower()], MARKER.sub("", text))
    return {figure.replace(",", "") for figure in _FIGURE.findall(plain)}


def _plain(text: str) -> str:
    return regex.sub(r"\s+", " ", MARKER.sub("", text).translate(_QUOTES)).strip().casefold()


def _embed(texts: list[str]) -> np.ndarray:
    from assistant.retrieval.embedding import bundled_encoder

    return bundled_encoder().encode(texts)


def judge_sentence(
    sentence: str, cited: Sequence[str], embed: Callable[[list[str]], np.ndarray] | None = None
) -> tuple[bool, str]:
    """Whether the cited texts support the sentence: (supported, why not)."""
    if not cited:
        return False, "it cites no source the search returned"
    said = _plain(sentence).rstrip(".!?:; ")
    if not said:
        return True, ""
    held = [_plain(text) for text in cited]
    if any(said in text for text in held):
        return True, ""
    missing = sorted(figures(sentence) - set().union(*(figures(text) for text in cited)))
    if missing:
        return False, f"it states {', '.join(missing)}, which its source does not"
    words = set(_WORD.findall(said))
    if words and all(any(word in text for text in held) for word in words):
        return True, ""  # a short restatement in the source's own words ("At most 300 [1].")
    candidates = [s for text in cited for s in split_sentences(text)] or list(cited)
    vectors = (embed or _embed)([MARKER.sub("", sentence).strip(), *candidates])
    closeness = float(np.max(vectors[1:] @ vectors[0]))
    if closeness < MIN_CLOSENESS:
        return False, f"its source does not say this (closeness {closeness:.2f})"
    return True, ""


def split_answer(text: str) -> list[str]:
    """The answer's pieces in order: its sentences, each with the spaces or line break after it, so that joining the
    pieces gives the text back. A marker written after the full stop ("... 300 links. [1]") stays with its sentence."""
    pieces, start = [], 0
    for match in _BOUNDARY.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def check_support(
    answer: str, cited: Mapping[int, Sequence[str]], embed: Callable[[list[str]], np.ndarray] | None = None
) -> SupportReport:
    """Check every sentence of the answer that carries [n] markers against the texts cited under those numbers
    (`cited[n]`: the passages, or the sentences of them the model was given); drop the sentences they do not support.

    A sentence citing several sources is kept when one of them supports it."""
    kept: list[str] = []
    checks: list[SentenceCheck] = []
    for piece in split_answer(answer):
        numbers = tuple(int(n) for n in MARKER.findall(piece))
        if not numbers:
            kept.append(piece)
            continue
        verdicts = [judge_sentence(piece, cited.get(n, ()), embed) for n in dict.fromkeys(numbers)]
        supported = any(ok for ok, _ in verdicts)
        reason = "" if supported else verdicts[0][1]
        checks.append(SentenceCheck(sentence=piece.strip(), numbers=numbers, supported=supported, reason=reason))
        kept.append(piece if supported else piece[len(piece.rstrip()) :])  # a dropped sentence's line break stays
    text = regex.sub(r"[ \t]+\n", "\n", regex.sub(r"[ \t]{2,}", " ", "".join(kept))).strip()
    dropped = [check for check in checks if not check.supported]
    if dropped:
        many = len(dropped) > 1
        note = LEFT_OUT.format(
            count=len(dropped), s="s" if many else "", it_they="they" if many else "it", that_those="those" if many else "that"
        )
        text = f"{text}\n\n{note}" if text else note
    return SupportReport(text=text, checks=checks)


def cited_material(answers: Sequence[str]) -> dict[int, list[str]]:
    """What the search gave under each [n]: the sentences of its answers that carry [n], markers removed. This is what
    a model writing from those answers saw of each source."""
    material: dict[int, list[str]] = {}
    for answer in answers:
        for piece in split_answer(answer):
            for n in dict.fromkeys(int(n) for n in MARKER.findall(piece)):
                material.setdefault(n, []).append(MARKER.sub("", piece).strip())
    return material
