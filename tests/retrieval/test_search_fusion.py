"""Reciprocal rank fusion and sentence splitting: pure functions over lists."""

from __future__ import annotations

import pytest

from assistant.retrieval.search import RRF_K, reciprocal_rank_fusion
from assistant.retrieval.sentences import split_sentences


def test_rrf_scores_are_sums_of_reciprocal_ranks():
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60))
    assert fused["a"] == pytest.approx(1 / 61)
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["c"] == pytest.approx(1 / 63)
    assert fused["d"] == pytest.approx(1 / 62)


def test_rrf_puts_an_item_both_rankings_agree_on_first():
    fused = [item for item, _ in reciprocal_rank_fusion([["a", "b", "c"], ["c", "b", "a"], ["b"]])]
    assert fused[0] == "b"


def test_rrf_item_second_in_both_beats_item_first_in_one():
    fused = [item for item, _ in reciprocal_rank_fusion([["x", "y"], ["z", "y"]])]
    assert fused[0] == "y"


def test_rrf_ties_keep_first_seen_order():
    fused = [item for item, _ in reciprocal_rank_fusion([["a", "b"], ["c", "d"]])]
    assert fused == ["a", "c", "b", "d"]


def test_rrf_smaller_k_rewards_top_ranks_more():
    rankings = [["a", "b", "c", "d", "e"], ["e", "d", "c", "b", "x"]]
    # 'c' is third in both; 'a' first in one only. A small k favours the single first place.
    small = [item for item, _ in reciprocal_rank_fusion(rankings, k=1)]
    large = [item for item, _ in reciprocal_rank_fusion(rankings, k=1000)]
    assert small.index("a") < small.index("c")
    assert large.index("c") < large.index("a")


def test_rrf_of_nothing_is_empty():
    assert reciprocal_rank_fusion([]) == []
    assert reciprocal_rank_fusion([[], []]) == []


def test_rrf_default_constant_is_the_published_one():
    assert RRF_K == 60


def test_split_sentences_prose_keeps_abbreviations_and_decimals():
    text = "Alibaba recognises three kinds, e.g. design patents. The rate is 1.5% or 5%. See ipp.alibabagroup.com for more."
    assert split_sentences(text) == [
        "Alibaba recognises three kinds, e.g. design patents.",
        "The rate is 1.5% or 5%.",
        "See ipp.alibabagroup.com for more.",
    ]


def test_split_sentences_ends_a_sentence_on_a_word_that_only_ends_like_an_abbreviation():
    # "trust." ends like "st." and "up." like "p.": whole words are compared, so the sentences after them stand alone.
    text = "IPP refuses copies it cannot trust. A black-and-white copy is refused. Names must line up. The registrant (e.g. a company) counts."
    assert split_sentences(text) == [
        "IPP refuses copies it cannot trust.",
        "A black-and-white copy is refused.",
        "Names must line up.",
        "The registrant (e.g. a company) counts.",
    ]


def test_split_sentences_list_items_and_continuation_lines():
    text = "Two ways:\n1. Print the template,\n   sign it and upload it.\n2. Use your own POA.\n- A bullet."
    assert split_sentences(text) == ["Two ways:", "Print the template, sign it and upload it.", "Use your own POA.", "A bullet."]


def test_split_sentences_tables_read_as_labelled_rows():
    text = "| Year | Figure |\n|---|---|\n| 2019 | **96%** within 24 hours |\n| 2020 | 98% |"
    assert split_sentences(text) == ["Year: 2019; Figure: 96% within 24 hours", "Year: 2020; Figure: 98%"]


def test_split_sentences_drops_markup_headings_and_keeps_link_text():
    text = "## Heading\n**Bold** and `code` with [the FAQ](https://example.org/faq)."
    assert split_sentences(text) == ["Bold and code with the FAQ."]


def test_split_sentences_cjk():
    assert split_sentences("淘宝的投诉。第二句！") == ["淘宝的投诉。", "第二句！"]


def test_split_sentences_of_blank_text():
    assert split_sentences("  \n\n ") == []
