"""Cited answers without a language model: the few retrieved sentences that best answer the question, each
ending with the number of its source.

A sentence is chosen for how much of the question's vocabulary it shares (rare words weigh more, a term
in its section heading counts for part), how high its passage ranked, and whether it carries the figure a
"how many / how long" question asks for. Nothing is written that is not in a passage: when no sentence
is close enough the answer says so and is not grounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex
from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.domain.models import Site
from assistant.errors import BadInput
from assistant.retrieval.bm25 import tokenize
from assistant.retrieval.scope import judge_scope, scoped_reply
from assistant.retrieval.search import SearchHit, hybrid_search, lexical_index
from assistant.retrieval.sentences import split_sentences

# How many passages an answer may draw on, and how much it may say.
PASSAGES_READ = 4
MAX_SENTENCES = 4
MAX_ANSWER_CHARS = 900
# A sentence must cover this share of the question's weighted vocabulary (with its heading) to be an answer.
MIN_SUPPORT = 0.34
# Further sentences join the best one when they score at least this share of it.
KEEP_RATIO = 0.6
# A term found only in the sentence's section heading counts this much.
HEADING_CREDIT = 0.5
# Words that ask for a figure.
QUANTITY_QUESTION = regex.compile(
    r"\b(how\s+(many|much|long|soon|often|fast|quickly)|what\s+(percentage|share|proportion|rate|number|limit)|"
    r"limit|maximum|minimum|at\s+most|deadline|within|days?|weeks?|months?|when)\b",
    regex.IGNORECASE,
)

NOT_SUPPORTED = (
    "I could not find an answer to that in the indexed sources (the IP Protection Platform guide and policy notes), "
    "so I won't guess. Try naming the site or the kind of complaint, or check the platform's own pages."
)
DEFAULT_MAX_QUESTION_CHARS: int = Settings.model_fields["max_question_chars"].default


class Citation(BaseModel):
    """A numbered source of an answer: the passage a [n] marker points to."""

    n: int = Field(description="The number used in the answer's [n] markers, from 1.")
    source: str = Field(description="Corpus path of the document, e.g. 'knowledge/complaints.md'.")
    title: str = Field(description="The document's title.")
    section: str | None = Field(default=None, description="Heading path of the passage within the document.")
    url: str | None = Field(default=None, description="The public address the passage's facts come from.")


class Passage(BaseModel):
    """A passage the search returned for the question (cited or not)."""

    rank: int = Field(description="Position in the search results, from 1.")
    id: str = Field(description="The passage's id in the index.")
    source: str = Field(description="Corpus path of the document.")
    section: str | None = Field(default=None, description="Heading path of the passage.")
    score: float = Field(description="Fused search score (higher is better).")


class Answer(BaseModel):
    """An answer built from the corpus, with its numbered sources."""

    answer: str = Field(description="The answer text; every factual sentence ends with [n] pointing to a citation.")
    citations: list[Citation] = Field(default_factory=list, description="The sources cited in the answer, numbered from 1.")
    grounded: bool = Field(description="True when the answer is taken from retrieved passages; False when out of scope or not found.")
    in_scope: bool = Field(default=True, description="False when the question is outside the assistant's field.")
    notices: list[str] = Field(default_factory=list, description="Things the person should know about how the question was handled.")
    passages: list[Passage] = Field(default_factory=list, description="The passages retrieved for the question, best first.")


def prepare_question(question: str | None, max_chars: int = DEFAULT_MAX_QUESTION_CHARS) -> tuple[str, list[str]]:
    """The question trimmed and capped at max_chars, with a notice when it was cut; BadInput when empty."""
    text = (question or "").strip()
    if not text:
        raise BadInput("The question is empty.", hint='Ask something, e.g. ipr-assistant ask "How many links can one complaint hold?"')
    notices = []
    if len(text) > max_chars:
        notices.append(
            f"Your question was {len(text):,} characters long; only the first {max_chars:,} characters were used."
        )
        text = text[:max_chars].rstrip()
    return text, notices


def check_site(site: str | None) -> str | None:
    """The site as a known marketplace value, or BadInput naming the allowed ones."""
    if site is None:
        return None
    value = site.strip().lower()
    allowed = [member.value for member in Site]
    if value not in allowed:
        raise BadInput(f"Unknown site '{site}'.", hint=f"Allowed sites: {', '.join(allowed)}.")
    return value


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage, scored against the question."""

    hit: SearchHit
    position: int  # order within the passage
    text: str
    support: float  # share of the question's weighted vocabulary it covers
    score: float
    terms: frozenset[str]


def _weights(question_terms: Sequence[str], index) -> dict[str, float]:
    lexical = lexical_index(index)
    return {term: max(lexical.bm25.idf(term), 0.1) for term in dict.fromkeys(question_terms)}


def _candidates(question: str, hits: Sequence[SearchHit], weights: dict[str, float]) -> list[Candidate]:
    total = sum(weights.values()) or 1.0
    wants_figure = bool(QUANTITY_QUESTION.search(question))
    found = []
    for hit in hits[:PASSAGES_READ]:
        heading_terms = set(tokenize(hit.chunk.section or "")) | set(tokenize(hit.chunk.title))
        for position, sentence in enumerate(split_sentences(hit.chunk.text)):
            terms = frozenset(tokenize(sentence))
            own = sum(weight for term, weight in weights.items() if term in terms)
            if own == 0.0:
                continue  # a sentence sharing no word with the question answers nothing by itself
            heading = sum(weight for term, weight in weights.items() if term in heading_terms and term not in terms)
            support = (own + HEADING_CREDIT * heading) / total
            score = support + 0.12 / hit.rank
            if wants_figure and regex.search(r"\d", sentence):
                score += 0.1
            if sentence.endswith(":"):
                score -= 0.15  # a lead-in ("Two ways:") says little on its own
            if len(sentence) > 400:
                score -= 0.1
            found.append(Candidate(hit, position, sentence, support, score, terms))
    return found


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.7


def select_sentences(question: str, hits: Sequence[SearchHit], weights: dict[str, float]) -> list[Candidate]:
    """The sentences that best answer the question, in the order to read them; empty when none is close enough."""
    ranked = sorted(_candidates(question, hits, weights), key=lambda c: (-c.score, c.hit.rank, c.position))
    if not ranked or ranked[0].support < MIN_SUPPORT:
        return []
    best = ranked[0].score
    chosen: list[Candidate] = []
    length = 0
    for candidate in ranked:
        if len(chosen) >= MAX_SENTENCES or candidate.score < KEEP_RATIO * best:
            break
        if any(_similar(candidate.terms, other.terms) for other in chosen):
            continue
        if chosen and length + len(candidate.text) > MAX_ANSWER_CHARS:
            continue
        chosen.append(candidate)
        length += len(candidate.text)
    # Read passage by passage, the passage holding the best sentence first; within one, in the text's order.
    passage_order = {id(c.hit): i for i, c in reversed(list(enumerate(chosen)))}
    return sorted(chosen, key=lambda c: (passage_order[id(c.hit)], c.position))


def _citation_key(hit: SearchHit) -> tuple:
    chunk = hit.chunk
    return (chunk.source, chunk.section, chunk.url)


def _with_marker(sentence: str, n: int) -> str:
    """'Up to 300 links.' -> 'Up to 300 links [1].'"""
    match = regex.search(r"[.!?。！？]+[\"')\]]*$", sentence)
    if match:
        return f"{sentence[: match.start()].rstrip()} [{n}]{sentence[match.start():]}"
    return f"{sentence.rstrip(':;, ')} [{n}]."


def compose_answer(chosen: Sequence[Candidate]) -> tuple[str, list[Citation]]:
    """The answer text with [n] markers, and the citations numbered in order of first use."""
    numbers: dict[tuple, int] = {}
    citations: list[Citation] = []
    parts = []
    for candidate in chosen:
        key = _citation_key(candidate.hit)
        if key not in numbers:
            numbers[key] = len(numbers) + 1
            chunk = candidate.hit.chunk
            citations.append(
                Citation(n=numbers[key], source=chunk.source, title=chunk.title, section=chunk.section, url=chunk.url)
            )
        parts.append(_with_marker(candidate.text, numbers[key]))
    return " ".join(parts), citations


def answer_question(
    index, question: str, site: str | None = None, *, max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS
) -> Answer:
    """Answer a question from the corpus: extractive sentences with [n] citations, a scoped reply, or a plain 'not found'."""
    text, notices = prepare_question(question, max_question_chars)
    site = check_site(site)
    hits = hybrid_search(index, text, k=5, sites=[site] if site else None)
    passages = [
        Passage(rank=h.rank, id=h.chunk.id, source=h.chunk.source, section=h.chunk.section, score=h.score) for h in hits
    ]
    best_dense = max((h.dense_score for h in hits if h.dense_score is not None), default=None)
    decision = judge_scope(text, best_dense)
    if not decision.in_scope:
        return Answer(answer=scoped_reply(decision), grounded=False, in_scope=False, notices=notices)
    chosen = select_sentences(text, hits, _weights(tokenize(text), index))
    if not chosen:
        return Answer(answer=NOT_SUPPORTED, grounded=False, notices=notices, passages=passages)
    answer, citations = compose_answer(chosen)
    return Answer(answer=answer, citations=citations, grounded=True, notices=notices, passages=passages)
