"""Hybrid, dense-only and BM25-only search over real indexes: the bundled corpus, and a small one for filters."""

from __future__ import annotations

import pytest

from assistant.retrieval.search import CANDIDATES, bm25_only, dense_only, hybrid_search, lexical_index, reciprocal_rank_fusion

METHODS = [hybrid_search, dense_only, bm25_only]


def where(hits):
    return [(hit.chunk.source, hit.chunk.section) for hit in hits]


@pytest.mark.parametrize("search", METHODS, ids=lambda f: f.__name__)
def test_each_method_returns_k_distinct_ranked_hits(corpus_index, search):
    hits = search(corpus_index, "How many links can one complaint hold?", k=5)
    assert len(hits) == 5
    assert [hit.rank for hit in hits] == [1, 2, 3, 4, 5]
    assert len({hit.chunk.id for hit in hits}) == 5
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("search", METHODS, ids=lambda f: f.__name__)
def test_each_method_finds_the_link_limit_section(corpus_index, search):
    hits = search(corpus_index, "How many links can one complaint hold?", k=3)
    assert ("knowledge/complaints.md", "How many links can one complaint hold?") in where(hits)


def test_hybrid_scores_are_the_fusion_of_both_rankings(corpus_index):
    query = "Which identity documents does a company need to register?"
    hybrid = hybrid_search(corpus_index, query, k=5)
    lexical = bm25_only(corpus_index, query, k=CANDIDATES)
    dense = dense_only(corpus_index, query, k=CANDIDATES)
    expected = reciprocal_rank_fusion([[h.chunk.id for h in lexical], [h.chunk.id for h in dense]])[:5]
    assert [(h.chunk.id, pytest.approx(h.score)) for h in hybrid] == [(i, pytest.approx(s)) for i, s in expected]
    for hit in hybrid:
        assert hit.bm25_rank is not None or hit.dense_rank is not None


def test_hybrid_keeps_an_exact_term_only_bm25_ranks_well(corpus_index):
    # An email address is a token BM25 matches exactly; the passage that names it must survive the fusion.
    hits = hybrid_search(corpus_index, "ipr@alibaba-inc.com", k=5)
    assert any("ipr@alibaba-inc.com" in hit.chunk.text for hit in hits)
    assert bm25_only(corpus_index, "ipr@alibaba-inc.com", k=1)[0].chunk.text.count("ipr@alibaba-inc.com") >= 1


def test_hybrid_finds_a_paraphrase_with_few_shared_words(corpus_index):
    hits = hybrid_search(corpus_index, "fake goods with my brand logo, how do I prove they're not genuine?", k=5)
    assert any(hit.chunk.source == "knowledge/evidence.md" for hit in hits)


def test_bm25_returns_nothing_for_words_the_corpus_lacks(corpus_index):
    assert bm25_only(corpus_index, "zyxwvut qqqq", k=5) == []


def test_topic_filter_keeps_only_that_topic(corpus_index):
    for search in METHODS:
        hits = search(corpus_index, "What evidence do I need?", k=5, topics=["evidence"])
        assert hits, search.__name__
        assert all("evidence" in hit.chunk.topics for hit in hits), search.__name__


def test_unknown_topic_finds_nothing(corpus_index):
    for search in METHODS:
        assert search(corpus_index, "What evidence do I need?", k=5, topics=["no-such-topic"]) == []


def test_lexical_index_is_built_once_per_index(corpus_index):
    assert lexical_index(corpus_index) is lexical_index(corpus_index)


@pytest.fixture
def small_index(local_index, small_corpus):
    local_index.sync([small_corpus])
    return local_index


@pytest.mark.parametrize("search", METHODS, ids=lambda f: f.__name__)
def test_site_filter_keeps_that_site_and_passages_for_all_sites(small_index, search):
    hits = search(small_index, "rights holder reply counter-notice complaint programme", k=10, sites=["aliexpress"])
    sources = {hit.chunk.source for hit in hits}
    assert sources, "the filter left nothing"
    assert all(
        "aliexpress" in hit.chunk.sites or "all" in hit.chunk.sites for hit in hits
    ), "a passage for another site got through"
    assert not any(source.endswith("appeals.md") for source in sources)  # Taobao only


@pytest.mark.parametrize("search", METHODS, ids=lambda f: f.__name__)
def test_site_filter_accepts_a_single_string(small_index, search):
    hits = search(small_index, "counter-notice reply window", k=10, sites="taobao")
    assert any(hit.chunk.source.endswith("appeals.md") for hit in hits)


def test_lexical_index_follows_changes_to_the_index(small_index, small_corpus, tmp_path):
    assert bm25_only(small_index, "hologram sticker", k=3) == []
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "holograms.md").write_text(
        "---\ntitle: Holograms\nsites: [all]\ntopics: [evidence]\n---\n# Holograms\n\n## Stickers\n\n"
        "A genuine product carries a hologram sticker.\n",
        encoding="utf-8",
    )
    small_index.sync([small_corpus, extra])
    hits = bm25_only(small_index, "hologram sticker", k=3)
    assert hits and hits[0].chunk.title == "Holograms"
    assert hybrid_search(small_index, "hologram sticker", k=1)[0].chunk.title == "Holograms"
