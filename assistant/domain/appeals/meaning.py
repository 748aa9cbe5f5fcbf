"""Grounds by meaning: each sentence of a counter-notice compared with descriptions and examples of each ground.

Two signals. The keyword patterns (English and Chinese) are precise but miss paraphrase; the bundled model
(sentence embeddings, passed in as ``embed`` so this module stays pure) reads paraphrase. When a sentence matches
keyword patterns, they decide its classes. When none matches, the model does: a class is raised when its best
cosine similarity to the class's description and examples reaches THRESHOLD, beats the sentence's similarity to
'neutral' (greetings, requests, complaints about fairness) by MARGIN, and is within DELTA of the sentence's best
class. The model (all-MiniLM-L6-v2) was trained on English: it reads only sentences mostly in Latin script, of at
least MIN_WORDS words; Chinese sentences are read by their patterns and concept pairs (chinese_meaning: on Chinese
the model keeps a quarter of the characters and reads at F1 0.375, `benchmarks/appeal_grounds_chinese.py`).

THRESHOLD, MARGIN and DELTA were calibrated on held-apart sentences (`benchmarks/appeal_grounds_calibration.py`),
never on the evaluation cases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.domain.appeals.ground_examples import GROUND_MEANINGS
from assistant.domain.appeals.unsure_words import SAID_AS_FACT, firm_part
from assistant.domain.untrusted_text import normalize_text

Embed = Callable[[Sequence[str]], np.ndarray]

# Calibrated on benchmarks/appeal_grounds_calibration.jsonl (74 sentences, English and Chinese; 18 added with the
# 'no contest' class and the negatives: resale from an authorised source, bare "genuine" claims, photos of the goods
# offered as evidence; 6 with the 'non_infringement' class and its negatives: goods said to be unaltered, a writer
# naming itself), the script's first row: micro F1 0.921 (precision 0.983, recall 0.866), 89 % of sentences read
# exactly. In the same run: keyword patterns alone F1 0.604 (precision 1.000, recall 0.433); the model alone F1 0.775
# (precision 0.977).
THRESHOLD = 0.35
MARGIN = 0.10
DELTA = 0.0
MIN_WORDS = 4

CLASSES = tuple(name for name in GROUND_MEANINGS if name != "neutral")


@dataclass(frozen=True)
class SentenceReading:
    """One sentence of the seller's text, and the classes it argues (with their scores)."""

    sentence: str
    scores: dict[str, float]
    raised: tuple[str, ...]


class MeaningReader:
    """Compares sentences with the examples of every class; the examples are embedded once."""

    def __init__(self, embed: Embed):
        self.embed = embed
        self.names: list[str] = []
        texts: list[str] = []
        for name, meaning in GROUND_MEANINGS.items():
            for text in [str(meaning["description"]), *meaning["examples"]]:
                self.names.append(name)
                texts.append(text)
        self.matrix = np.asarray(embed(texts), dtype=np.float32)
        self.rows = {name: [i for i, n in enumerate(self.names) if n == name] for name in GROUND_MEANINGS}

    def similarities(self, sentences: Sequence[str]) -> list[dict[str, float]]:
        """For each sentence, its best similarity to each class (neutral included). A sentence said again (a pasted thread,
        boilerplate repeated down a long paste) is embedded once."""
        if not sentences:
            return []
        unique = list(dict.fromkeys(sentences))
        vectors = np.asarray(self.embed(unique), dtype=np.float32)
        sims = vectors @ self.matrix.T
        by_text = {text: {name: float(row[idx].max()) for name, idx in self.rows.items()} for text, row in zip(unique, sims)}
        return [dict(by_text[s]) for s in sentences]


    def referential(self, sentences: Sequence[str]) -> bool:
        """Whether any sentence the model reads says the mark is there only to say what the goods fit or are, rather than
        that it is not shown at all: nearer REFERENTIAL_USE than MARK_NOT_SHOWN, and near enough to count."""
        from assistant.domain.appeals.ground_examples import MARK_NOT_SHOWN, REFERENTIAL_USE

        readable = [s for s in sentences if model_reads(s)]
        if not readable:
            return False
        if not hasattr(self, "_uses"):
            self._uses = np.asarray(self.embed([*REFERENTIAL_USE, *MARK_NOT_SHOWN]), dtype=np.float32)
        sims = np.asarray(self.embed(readable), dtype=np.float32) @ self._uses.T
        cut = len(REFERENTIAL_USE)
        return any(row[:cut].max() >= THRESHOLD and row[:cut].max() > row[cut:].max() for row in sims)


def model_reads(sentence: str) -> bool:
    """Whether the English model can read a sentence: mostly Latin letters, and a few words long."""
    letters = [ch for ch in sentence if ch.isalpha()]
    latin = sum(1 for ch in letters if ch.isascii())
    return bool(letters) and latin / len(letters) >= 0.8 and len(_LATIN_WORD_RE.findall(sentence)) >= MIN_WORDS


_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")


def read_sentences(
    reader: MeaningReader | None,
    sentences: Sequence[str],
    keywords: Callable[[str], set[str]],
    *,
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
    delta: float = DELTA,
    similarities: list[dict[str, float] | None] | None = None,
    cues: Mapping[str, Callable[[str], bool]] | None = None,
    model_text: Callable[[str], str] | None = None,
) -> list[SentenceReading]:
    """Which classes each sentence argues: its keyword patterns when they match, else the model's reading.

    ``similarities``: already computed for these sentences (the calibration tries many settings on the same ones).
    ``cues``: for some classes, a test the sentence must also pass when the model raises the class (a word the class
    cannot do without: giving up is said by the seller of itself, owning photos says who made them); a class whose cue
    the sentence lacks is out of the running.
    ``model_text``: the part of a sentence the model reads (the keyword patterns read it whole): without the greeting
    and the writer's name, which say nothing of the argument but pull the model's reading.
    """
    if similarities is None:
        texts = [model_text(s) if model_text else s for s in sentences]
        readable = [t for t in texts if reader and model_reads(t)]
        found = iter(reader.similarities(readable) if reader and readable else [])
        similarities = [next(found) if reader and model_reads(t) else None for t in texts]
    out = []
    for sentence, sim in zip(sentences, similarities):
        hits = keywords(sentence)
        if hits or sim is None:
            out.append(SentenceReading(sentence, {c: float(c in hits) for c in CLASSES}, tuple(c for c in CLASSES if c in hits)))
            continue
        running = [c for c in CLASSES if c not in (cues or {}) or cues[c](sentence)]
        top = max((sim[c] for c in running), default=0.0)
        raised = tuple(c for c in running if sim[c] >= threshold and sim[c] >= sim["neutral"] + margin and sim[c] >= top - delta)
        out.append(SentenceReading(sentence, {c: sim[c] for c in CLASSES}, _said_as_fact(reader, sentence, raised, threshold, margin)))
    return out


def _said_as_fact(reader: MeaningReader | None, sentence: str, raised: tuple[str, ...], threshold: float, margin: float) -> tuple[str, ...]:
    """The classes the model raised, without a ground it finds only in a negated or hedged clause (unsure_words.py): the
    sentence's firm part, read alone, must still reach the ground ('We did not take these photos ourselves' is no claim of
    the seller's own photos, however close its words are to one)."""
    doubtful = [c for c in raised if c in SAID_AS_FACT]
    norm = normalize_text(sentence)
    firm = firm_part(norm) if doubtful else norm
    if firm == norm:
        return raised
    sim = reader.similarities([firm])[0] if reader and firm.strip() and model_reads(firm) else None
    kept = {c for c in doubtful if sim and sim[c] >= threshold and sim[c] >= sim["neutral"] + margin}
    return tuple(c for c in raised if c not in SAID_AS_FACT or c in kept)


_WORD_RE = re.compile(r"\w")


def worth_reading(sentence: str) -> bool:
    """Sentences with a few letters in them (not a bare number, a bullet or a signature dash)."""
    return len(_WORD_RE.findall(sentence)) >= 4


__all__ = ["CLASSES", "DELTA", "MARGIN", "MIN_WORDS", "THRESHOLD", "MeaningReader", "SentenceReading", "model_reads", "read_sentences", "worth_reading"]
