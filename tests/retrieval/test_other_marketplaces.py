"""Passages about other marketplaces (Amazon, eBay, Etsy, Temu...) rank below the passages about Alibaba's sites unless
the question names another marketplace or asks for a comparison: a Temu figure is never the answer to an IPP question."""

from __future__ import annotations

import pytest

from assistant.retrieval.answer import answer_question
from assistant.retrieval.passages import Chunk
from assistant.retrieval.search import about_other_marketplace, bm25_only, dense_only, hybrid_search, own_sites_first

METHODS = [hybrid_search, dense_only, bm25_only]
OTHER = "knowledge/other-marketplaces.md"


def chunk(sites, name="x") -> Chunk:
    return Chunk(id=name, source=f"knowledge/{name}.md", title=name, section=None, text="text", sites=list(sites), content_hash=name)


def test_a_passage_is_about_other_marketplaces_only_when_its_document_names_no_alibaba_site():
    assert about_other_marketplace(chunk(["amazon", "temu"]))
    assert not about_other_marketplace(chunk(["all"]))
    assert not about_other_marketplace(chunk(["aliexpress", "amazon"]))
    assert not about_other_marketplace(chunk([]))  # a person's own file, with no sites


def test_other_marketplaces_move_down_keeping_each_groups_order_unless_the_question_names_one():
    ranked = [chunk(["etsy"], "etsy"), chunk(["taobao"], "taobao"), chunk(["temu"], "temu"), chunk(["all"], "all")]
    moved = own_sites_first("How many links can one complaint hold?", ranked, lambda c: c)
    assert [c.id for c in moved] == ["taobao", "all", "etsy", "temu"]
    for asked in ("How many links does Temu allow?", "How does IPP compare with other marketplaces?", "IPP vs eBay VeRO"):
        assert own_sites_first(asked, ranked, lambda c: c) == ranked, asked


@pytest.mark.parametrize("search", METHODS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "question",
    ["Do we have to register our rights in the portal before reporting anything?", "How many listings fit in one report?"],
)
def test_questions_about_alibabas_sites_get_no_other_marketplace_above_an_alibaba_passage(corpus_index, search, question):
    sources = [hit.chunk.source for hit in search(corpus_index, question, k=5)]
    if OTHER in sources:
        assert all(source == OTHER for source in sources[sources.index(OTHER) :]), sources


@pytest.mark.parametrize("search", METHODS, ids=lambda f: f.__name__)
def test_a_question_naming_another_marketplace_still_finds_it(corpus_index, search):
    hits = search(corpus_index, "How many listings can one Temu complaint hold?", k=3)
    assert (OTHER, "Temu") in [(hit.chunk.source, hit.chunk.section) for hit in hits]


def test_the_answer_to_an_alibaba_question_cites_no_other_marketplace(corpus_index):
    answer = answer_question(corpus_index, "Do we have to register our rights in the portal before reporting anything?")
    assert answer.grounded
    assert OTHER not in [citation.source for citation in answer.citations]


def test_another_marketplaces_section_is_quoted_from_its_opening(corpus_index):
    """The opening of another marketplace's section says where and how it takes reports (Shopee's Brand IP Portal); a
    later sentence of it ("enforcement runs market by market") is quoted with it, never alone."""
    answer = answer_question(corpus_index, "we sell on lazada and shopee. is reporting counterfeits the same on both, and how fast does each one act?")
    assert "Brand IP Portal" in answer.answer
    assert "removed 8 proactively" not in answer.answer  # Lazada's past figures answer no question asked here
