"""Hybrid search: BM25 and dense rankings fused by reciprocal rank fusion, with site and topic filters.

`dense_only` and `bm25_only` take the same arguments, so benchmarks and evals compare the three like for like.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import Field

from assistant.domain.models import Site
from assistant.retrieval.bm25 import BM25Index, tokenize
from assistant.retrieval.passages import Chunk, ScoredChunk
from assistant.retrieval.query_language import read_question

# The constant of reciprocal rank fusion (Cormack et al., 2009). Left at the published default: the
# question set is too small to split into a tuning half and a fair evaluation half.
RRF_K = 60
# Each ranking contributes this many candidates to the fusion.
CANDIDATES = 30
# A term in a section heading or document title counts this many times a term in the body (BM25F). The questions
# people ask for a section ('Asked as:' lines) count for less than its text: tried at 1.0, 0.5, 0.3 and 0 on the
# retrieval questions (evals/datasets/questions.jsonl), 0.3 kept hybrid search ahead of both baselines (recall@5
# 0.981 against 0.967 and 0.935; MRR margin +0.041), where 1.0 and 0.5 put BM25 alone ahead on recall@5.
FIELD_WEIGHTS = {"text": 1.0, "section": 2.0, "title": 1.0, "questions": 0.3}
# The questions a passage of our corpus is known to answer (its 'Asked as' lines, its heading when it is a question, and
# those of the sections it sits in: a subsection answers its parent's question for its own case) say what it is for in
# people's words. BM25 reads their words (FIELD_WEIGHTS); their meaning joins the fusion here: a passage one of whose
# known questions comes at least ASKED_FLOOR close to the question (cosine, the bundled model) gains ASKED_WEIGHT per
# unit of closeness above the floor. The two rankings judge whole passages, and a question worded like one a section is
# known to answer is that section's even when a neighbour shares more of its words ("how do i sign up" finds the login
# section first and the registration section fifth). Calibrated by benchmarks/asked_calibration.py on the development
# and paraphrased questions (5-fold cross-validation, the fusion's first-place rate and MRR).
ASKED_FLOOR = 0.7
ASKED_WEIGHT = 0.05
# A question in another language is searched through its English reading (query_language.py): the field's terms in the
# corpus's English, without the question's grammar. BM25 reads a list of terms as it reads a sentence; the bundled
# model, which embeds sentences, reads it much worse (recall@5 of the Chinese development questions: BM25 0.91, dense
# 0.76). So the dense ranking of a reading is fused with this weight (1 for an English question). Calibrated by
# benchmarks/reading_fusion_calibration.py on the development questions asked in another language.
READING_DENSE_WEIGHT = 0.1
# The corpus's words for Alibaba Group's own sites, and for passages that apply to every site.
OWN_SITES = frozenset({site.value for site in Site} | {"all"})
# A question that names another marketplace, or asks for a comparison, may be answered from passages about other
# marketplaces; any other question is about Alibaba's sites, so those passages rank below the rest (a Temu or Etsy
# figure is never the answer to an IPP question that happens to share its words).
OTHER_MARKETPLACE_WORDS = re.compile(
    r"\b(?:amazon|ebay|vero|etsy|shopee|temu|tik ?tok|walmart|wish\.com|mercado ?libre|rakuten|zalando|jd\.com|pinduoduo|"
    r"other (?:marketplaces?|platforms?|sites?|websites?|shops?)|elsewhere|compared? (?:to|with)|comparison with|versus|vs\.?)\b",
    re.IGNORECASE,
)


class SearchHit(ScoredChunk):
    """A passage found by a search, with its place in each ranking that found it."""

    rank: int = Field(description="Position in the returned list, from 1.")
    bm25_rank: int | None = Field(default=None, description="Position in the BM25 ranking, from 1; None if BM25 did not find it.")
    dense_rank: int | None = Field(
        default=None, description="Position in the dense ranking, from 1; None if dense search did not find it."
    )
    bm25_score: float | None = Field(default=None, description="BM25F score, when BM25 found the passage.")
    dense_score: float | None = Field(default=None, description="Cosine similarity, when dense search found the passage.")


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[str]], k: int = RRF_K, weights: Sequence[float] | None = None
) -> list[tuple[str, float]]:
    """Fuse ranked lists of ids: each id scores the sum of 1 / (k + rank) over the lists holding it, times the list's
    weight (1 unless given); best first."""
    fused: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings), strict=True):
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    first_seen = {item: position for position, item in enumerate(dict.fromkeys(i for r in rankings for i in r))}
    return sorted(fused.items(), key=lambda pair: (-pair[1], first_seen[pair[0]]))


def passage_fields(chunk: Chunk) -> dict[str, list[str]]:
    """The searchable fields of a passage, as terms."""
    return {
        "text": tokenize(chunk.text),
        "section": tokenize(chunk.section or ""),
        "title": tokenize(chunk.title),
        "questions": tokenize(" ".join(chunk.questions)),
    }


@dataclass(frozen=True)
class LexicalIndex:
    """BM25 over every passage of a corpus index, as it was when built."""

    fingerprint: tuple
    chunks: tuple[Chunk, ...]
    positions: dict[str, int]
    bm25: BM25Index
    known: dict[str, tuple[str, ...]]  # passage id -> the questions it is known to answer (known_questions)
    vectors: dict = field(default_factory=dict)  # the known questions' vectors, read from the index once (asked_closeness)

    @classmethod
    def build(cls, chunks: Sequence[Chunk], fingerprint: tuple) -> LexicalIndex:
        """Index the passages' text, section and title."""
        bm25 = BM25Index.from_fields((passage_fields(chunk) for chunk in chunks), FIELD_WEIGHTS)
        return cls(fingerprint, tuple(chunks), {chunk.id: i for i, chunk in enumerate(chunks)}, bm25, known_questions(chunks))

    def search(self, query: str, k: int, allowed_ids: set[str] | None = None) -> list[ScoredChunk]:
        """The k best passages for the query, optionally only among allowed_ids."""
        allowed = None if allowed_ids is None else {self.positions[i] for i in allowed_ids if i in self.positions}
        return [ScoredChunk(chunk=self.chunks[p], score=s) for p, s in self.bm25.top(tokenize(query), k, allowed)]


def _own_questions(chunk: Chunk) -> list[str]:
    heading = (chunk.section or "").split(" > ")[-1]
    return ([heading] if heading.endswith("?") else []) + list(chunk.questions)


def known_questions(chunks: Sequence[Chunk]) -> dict[str, tuple[str, ...]]:
    """The questions each passage of our corpus is known to answer: its own ('Asked as' lines, a question heading) and
    those of the sections it sits in. A document someone added has none: its words never lead the search."""
    by_section: dict[tuple[str, str], list[str]] = {}
    for chunk in chunks:
        if chunk.origin == "corpus" and chunk.section:
            by_section.setdefault((chunk.source, chunk.section), []).extend(_own_questions(chunk))
    known = {}
    for chunk in chunks:
        if chunk.origin != "corpus" or not chunk.section:
            continue
        path = chunk.section.split(" > ")
        found = [q for depth in range(1, len(path) + 1) for q in by_section.get((chunk.source, " > ".join(path[:depth])), [])]
        if found:
            known[chunk.id] = tuple(dict.fromkeys(found))
    return known


def asked_closeness(index, query: str, ids: Sequence[str]) -> dict[str, float]:
    """How close in meaning the query comes to the closest question each passage is known to answer (cosine); passages
    with none, or an index without sentence vectors, are left out."""
    embed = getattr(index, "sentence_vectors", None)
    lexical = lexical_index(index)
    wanted = [i for i in dict.fromkeys(ids) if i in lexical.known]
    if embed is None or not wanted:
        return {}
    from assistant.retrieval.embedding import query_vector

    if "questions" not in lexical.vectors:  # the same texts give the same vectors: read once per lexical index
        questions = list(dict.fromkeys(q for known in lexical.known.values() for q in known))
        lexical.vectors["questions"] = ({q: row for row, q in enumerate(questions)}, embed(questions))
    rows, vectors = lexical.vectors["questions"]
    closeness = vectors @ query_vector(query)
    return {i: float(max(closeness[rows[q]] for q in lexical.known[i])) for i in wanted}


# One lexical index per corpus index object, dropped with it.
_lexical_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lexical_lock = threading.Lock()


def _fingerprint(chunks: Sequence[Chunk]) -> tuple:
    """What the lexical index depends on: every passage's id, text hash, title and section."""
    return tuple((chunk.id, chunk.content_hash, chunk.title, chunk.section, tuple(chunk.questions)) for chunk in chunks)


def lexical_index(index) -> LexicalIndex:
    """The BM25 index of a corpus index, built once and rebuilt when its passages change."""
    chunks = index.chunks()
    fingerprint = _fingerprint(chunks)
    with _lexical_lock:
        cached = _lexical_cache.get(index)
        if cached is None or cached.fingerprint != fingerprint:
            cached = LexicalIndex.build(chunks, fingerprint)
            _lexical_cache[index] = cached
        return cached


def _allowed_ids(index, sites, topics) -> set[str] | None:
    if not sites and not topics:
        return None
    return {chunk.id for chunk in index.chunks(sites=sites, topics=topics)}


def _as_list(value) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value) or None


def about_other_marketplace(chunk: Chunk) -> bool:
    """Whether a passage is about marketplaces outside Alibaba Group only (its document names no Alibaba site)."""
    return bool(chunk.sites) and not (set(chunk.sites) & OWN_SITES)


def own_sites_first(query: str, found: Sequence, chunk_of=lambda item: item.chunk) -> list:
    """The ranking with passages about other marketplaces moved below the rest, keeping each group's order, unless
    the query names another marketplace or asks for a comparison (see OTHER_MARKETPLACE_WORDS)."""
    if OTHER_MARKETPLACE_WORDS.search(query):
        return list(found)
    return [item for item in found if not about_other_marketplace(chunk_of(item))] + [
        item for item in found if about_other_marketplace(chunk_of(item))
    ]


def bm25_only(index, query: str, k: int = 5, sites=None, topics=None) -> list[SearchHit]:
    """The k best passages by BM25 alone (a baseline for hybrid search). A question in Chinese is searched in the
    corpus's English (query_language.py), with the Chinese words the glossary does not know."""
    sites, topics = _as_list(sites), _as_list(topics)
    query = read_question(query).searched
    found = own_sites_first(query, lexical_index(index).search(query, max(k, CANDIDATES), _allowed_ids(index, sites, topics)))
    return [
        SearchHit(chunk=hit.chunk, score=hit.score, rank=rank, bm25_rank=rank, bm25_score=hit.score)
        for rank, hit in enumerate(found[:k], start=1)
    ]


def dense_only(index, query: str, k: int = 5, sites=None, topics=None) -> list[SearchHit]:
    """The k best passages by embedding similarity alone (a baseline for hybrid search). A question in Chinese is
    embedded in the corpus's English (query_language.py): the bundled model reads English only."""
    query = read_question(query).english or query
    found = own_sites_first(query, index.dense_search(query, k=max(k, CANDIDATES), sites=_as_list(sites), topics=_as_list(topics)))
    return [
        SearchHit(chunk=hit.chunk, score=hit.score, rank=rank, dense_rank=rank, dense_score=hit.score)
        for rank, hit in enumerate(found[:k], start=1)
    ]


def with_asked_closeness(index, query: str, fused: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The fused ranking with each passage's known-question closeness above ASKED_FLOOR added (ASKED_WEIGHT per unit),
    re-sorted; the order of equal scores kept."""
    closeness = asked_closeness(index, read_question(query).english or query, [i for i, _ in fused])
    raised = [(i, score + ASKED_WEIGHT * max(0.0, closeness.get(i, 0.0) - ASKED_FLOOR)) for i, score in fused]
    return sorted(raised, key=lambda pair: -pair[1])


def hybrid_search(index, query: str, k: int = 5, sites=None, topics=None, *, rrf_k: int = RRF_K) -> list[SearchHit]:
    """The k best passages by BM25 and dense rankings fused with reciprocal rank fusion (the dense ranking of a question
    read in another language weighing READING_DENSE_WEIGHT), raised for passages known to answer a question worded like
    this one (ASKED_FLOOR)."""
    depth = max(k, CANDIDATES)
    lexical = bm25_only(index, query, depth, sites, topics)
    dense = dense_only(index, query, depth, sites, topics)
    by_id: dict[str, Chunk] = {hit.chunk.id: hit.chunk for hit in lexical + dense}
    lexical_by_id = {hit.chunk.id: hit for hit in lexical}
    dense_by_id = {hit.chunk.id: hit for hit in dense}
    dense_weight = READING_DENSE_WEIGHT if read_question(query).translated else 1.0
    fusion = reciprocal_rank_fusion([[h.chunk.id for h in lexical], [h.chunk.id for h in dense]], k=rrf_k, weights=[1.0, dense_weight])
    fused = own_sites_first(query, with_asked_closeness(index, query, fusion), lambda pair: by_id[pair[0]])
    hits = []
    for rank, (chunk_id, score) in enumerate(fused[:k], start=1):
        lexical_hit, dense_hit = lexical_by_id.get(chunk_id), dense_by_id.get(chunk_id)
        hits.append(
            SearchHit(
                chunk=by_id[chunk_id],
                score=score,
                rank=rank,
                bm25_rank=lexical_hit.rank if lexical_hit else None,
                bm25_score=lexical_hit.score if lexical_hit else None,
                dense_rank=dense_hit.rank if dense_hit else None,
                dense_score=dense_hit.score if dense_hit else None,
            )
        )
    return hits
