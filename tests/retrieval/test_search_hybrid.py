"""Hybrid, dense-only and BM25-only search over real indexes: the bundled corpus, and a small one for filters."""

from __future__ import annotations

import pytest

from assistant.retrieval.search import (
    ASKED_FLOOR,
    ASKED_WEIGHT,
    CANDIDATES,
    READING_DENSE_WEIGHT,
    asked_closeness,
    bm25_only,
    dense_only,
    hybrid_search,
    known_questions,
    lexical_index,
    reciprocal_rank_fusion,
)

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


def test_hybrid_scores_are_the_fusion_of_both_rankings_and_the_known_questions(corpus_index):
    query = "how do we open an account to report fakes, step by step?"
    hybrid = hybrid_search(corpus_index, query, k=5)
    lexical = bm25_only(corpus_index, query, k=CANDIDATES)
    dense = dense_only(corpus_index, query, k=CANDIDATES)
    fused = reciprocal_rank_fusion([[h.chunk.id for h in lexical], [h.chunk.id for h in dense]])
    closeness = asked_closeness(corpus_index, query, [i for i, _ in fused])
    assert max(closeness.values()) > ASKED_FLOOR  # the registration section is asked about in these words
    raised = {i: s + ASKED_WEIGHT * max(0.0, closeness.get(i, 0.0) - ASKED_FLOOR) for i, s in fused}
    expected = sorted(raised.items(), key=lambda pair: -pair[1])[:5]
    assert [(h.chunk.id, pytest.approx(h.score)) for h in hybrid] == [(i, pytest.approx(s)) for i, s in expected]
    for hit in hybrid:
        assert hit.bm25_rank is not None or hit.dense_rank is not None


def test_fusion_weighs_each_ranking_by_its_weight():
    assert reciprocal_rank_fusion([["a", "b"], ["b", "a"]], k=60) == [("a", pytest.approx(1 / 61 + 1 / 62)), ("b", pytest.approx(1 / 62 + 1 / 61))]
    weighted = dict(reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=60, weights=[1.0, 0.5]))
    assert weighted == {"a": pytest.approx(1 / 61), "b": pytest.approx(1 / 62 + 0.5 / 61), "c": pytest.approx(0.5 / 62)}


def test_a_question_read_in_english_from_chinese_weighs_its_dense_ranking_less():
    """Its English reading is a list of the field's terms: BM25 reads it as a sentence, the bundled model does not."""
    assert 0.0 <= READING_DENSE_WEIGHT < 1.0
    rankings = [["a", "b", "c"], ["c", "b", "a"]]
    assert [i for i, _ in reciprocal_rank_fusion(rankings, weights=[1.0, READING_DENSE_WEIGHT])][0] == "a"


def test_hybrid_scores_of_a_chinese_question_are_the_weighted_fusion_of_both_rankings(corpus_index):
    query = "我们只有美国注册的商标，在1688上投诉能通过吗"
    hybrid = hybrid_search(corpus_index, query, k=5)
    lexical = bm25_only(corpus_index, query, k=CANDIDATES)
    dense = dense_only(corpus_index, query, k=CANDIDATES)
    fused = reciprocal_rank_fusion([[h.chunk.id for h in lexical], [h.chunk.id for h in dense]], weights=[1.0, READING_DENSE_WEIGHT])
    assert {h.chunk.id for h in hybrid} <= {i for i, _ in fused}
    for hit in hybrid:
        plain = dict(fused)[hit.chunk.id]
        assert hit.score >= plain - 1e-9  # the known questions only raise a passage
    assert ("knowledge/ipr-submission.md", "Territory: which rights work on which site") in where(hybrid)


ACCOUNTS_MD = """---
title: Accounts
sites: [all]
topics: [account]
---
# Accounts

## Logging in with a marketplace account

A seller's marketplace account logs in to the platform's seller centre. The steps of the seller centre's login are
listed on the platform's help page for sellers.

## Creating a rights holder account

A rights holder creates its own account on the protection portal with an email address, then confirms the email and
adds the company's details.

Asked as: how do I sign up? | how do we get access to the portal?
"""


def test_a_passage_asked_about_in_other_words_leads_its_neighbours(local_index, tmp_path):
    # "sign up" is not the account section's word, and the login section shares more of the question's words; the
    # account section is known to answer a question worded like it ('Asked as') and leads.
    folder = tmp_path / "accounts"
    folder.mkdir()
    (folder / "accounts.md").write_text(ACCOUNTS_MD, encoding="utf-8")
    local_index.sync([folder])
    query = "what are the steps to sign up on the platform?"
    lexical = bm25_only(local_index, query, k=CANDIDATES)
    dense = dense_only(local_index, query, k=CANDIDATES)
    fused = reciprocal_rank_fusion([[h.chunk.id for h in lexical], [h.chunk.id for h in dense]])
    sections = {chunk.id: chunk.section for chunk in local_index.chunks()}
    assert sections[fused[0][0]] == "Logging in with a marketplace account"  # words and passages alone
    assert hybrid_search(local_index, query, k=2)[0].chunk.section == "Creating a rights holder account"


def test_a_subsection_answers_the_questions_of_its_section_and_added_documents_none(corpus_index):
    known = lexical_index(corpus_index).known
    by_section = {(c.source, c.section): c for c in corpus_index.chunks()}
    parent = by_section[("knowledge/timelines.md", "Complainant response window")]
    child = by_section[("knowledge/timelines.md", "Complainant response window > Taobao")]
    assert parent.questions and set(parent.questions) <= set(known[child.id])
    assert known_questions(corpus_index.chunks()) == known
    added = [c.model_copy(update={"origin": "user"}) for c in corpus_index.chunks()]  # the same text, added by a team
    assert known_questions(added) == {}


def test_no_passage_is_raised_below_the_floor(corpus_index):
    query = "What evidence do I need?"
    lexical = bm25_only(corpus_index, query, k=CANDIDATES)
    dense = dense_only(corpus_index, query, k=CANDIDATES)
    fused = reciprocal_rank_fusion([[h.chunk.id for h in lexical], [h.chunk.id for h in dense]])
    closeness = asked_closeness(corpus_index, query, [i for i, _ in fused])
    hybrid = {h.chunk.id: h.score for h in hybrid_search(corpus_index, query, k=10)}
    for chunk_id, score in fused:
        if chunk_id in hybrid and closeness.get(chunk_id, 0.0) < ASKED_FLOOR:
            assert hybrid[chunk_id] == pytest.approx(score)


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
