"""Cited answers over the bundled corpus: quoted, numbered, traceable to their passages, and scoped."""

from __future__ import annotations

import re

import pytest

from assistant.retrieval.answer import NOT_SUPPORTED, answer_question
from assistant.retrieval.sentences import split_sentences

MARKER = re.compile(r"\s*\[(\d+)\]")


def quoted_sentences(answer):
    """(sentence, n) pairs of an answer: each sentence with each citation number that ends it (a sentence resting on
    several pages of its passage's section ends with one marker per page)."""
    pairs = []
    for match in re.finditer(r"(.+?)((?:\s*\[\d+\])+)([.!?。！？]?)(?:\s+|$)", answer.answer):
        sentence = match.group(1).strip() + match.group(3)
        pairs.extend((sentence, int(n)) for n in re.findall(r"\[(\d+)\]", match.group(2)))
    return pairs


QUESTIONS = [
    ("How many links can one complaint hold?", "300"),
    ("Do documents in German need a translation?", "translation"),
    ("How long does IPR review take?", "business days"),
    ("What share of complaints did Alibaba handle within 24 hours in 2020?", "98%"),
]


@pytest.mark.parametrize(("question", "fact"), QUESTIONS)
def test_answers_quote_their_cited_passages_word_for_word(corpus_index, question, fact):
    answer = answer_question(corpus_index, question)
    assert answer.grounded and answer.in_scope
    assert fact in answer.answer
    pairs = quoted_sentences(answer)
    assert pairs and MARKER.sub("", answer.answer).count(".") >= 1
    by_number = {c.n: c for c in answer.citations}
    for sentence, n in pairs:
        citation = by_number[n]  # every [n] resolves
        texts = [
            s
            for chunk in corpus_index.chunks()
            if (chunk.source, chunk.section) == (citation.source, citation.section)
            for s in split_sentences(chunk.text)
        ]
        assert sentence in texts, f"{sentence!r} is not a sentence of {citation.source} > {citation.section}"
    assert sorted(by_number) == list(range(1, len(by_number) + 1))
    assert {n for _, n in pairs} == set(by_number)


def test_citations_carry_the_public_address_of_the_passage(corpus_index):
    answer = answer_question(corpus_index, "How many links can one complaint hold?")
    chunk_urls = {(c.source, c.section): c.urls for c in corpus_index.chunks()}
    for citation in answer.citations:
        assert citation.url in chunk_urls[(citation.source, citation.section)]  # the source that gives the sentence
        assert citation.title


def test_an_unpublished_fact_is_answered_as_unpublished(corpus_index):
    answer = answer_question(corpus_index, "How many days does the complainant have to reply to a seller appeal on AliExpress?")
    assert answer.grounded
    assert "not published" in answer.answer.lower()


def test_passages_list_the_search_results(corpus_index):
    answer = answer_question(corpus_index, "Which identity documents does IPP ask for?")
    assert [p.rank for p in answer.passages] == list(range(1, len(answer.passages) + 1))
    cited = {(c.source, c.section) for c in answer.citations}
    assert cited <= {(p.source, p.section) for p in answer.passages}


@pytest.mark.parametrize(
    "question",
    [
        "What's the weather like in Hangzhou tomorrow?",
        "Can you give me a recipe for dumplings?",
        "Who won the Champions League final?",
        "Write a Python function to sort a list",
        "hello!",
        "What is the capital of Australia?",
    ],
)
def test_out_of_field_questions_get_the_scoped_reply(corpus_index, question):
    answer = answer_question(corpus_index, question)
    assert not answer.in_scope and not answer.grounded
    assert answer.citations == [] and not MARKER.search(answer.answer)
    assert "I can help with reporting IP infringements" in answer.answer and "I can't help with" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Where do I upload the certificate?",  # no field words: retrieval evidence decides
        "What happens after the seller files an appeal?",
        "Our photos were copied by a shop, what now?",
    ],
)
def test_field_questions_without_brand_words_stay_in_scope(corpus_index, question):
    assert answer_question(corpus_index, question).in_scope


def test_site_filter_changes_nothing_for_passages_that_apply_everywhere(corpus_index):
    plain = answer_question(corpus_index, "How many links can one complaint hold?")
    filtered = answer_question(corpus_index, "How many links can one complaint hold?", site="lazada")
    assert filtered.grounded and "300" in filtered.answer
    assert {c.source for c in filtered.citations} <= {c.source for c in plain.citations} | {
        chunk.source for chunk in corpus_index.chunks(sites=["lazada"])
    }


def test_a_question_the_corpus_cannot_answer_is_not_grounded(corpus_index):
    answer = answer_question(corpus_index, "Which bank account does IPP pay refunds into?")
    assert not answer.grounded and answer.in_scope
    assert answer.answer == NOT_SUPPORTED and answer.citations == []


def test_a_fee_question_is_answered_with_what_the_corpus_says_of_fees_not_published(corpus_index):
    answer = answer_question(corpus_index, "What fee does IPP charge per complaint in euros?")
    assert answer.grounded and "not published" in answer.answer
