"""A decline says what the assistant covers and what it does not: one service (assistant/retrieval/declines.py) writes
it for `ask`, the chat and Slack. A question naming a marketplace the sources do not cover names it and says it is not
covered, without a word about how that marketplace works; one the sources only compare with IPP points to that
comparison; a question on another subject says which."""

from __future__ import annotations

import pytest

from assistant.retrieval.answer import answer_question
from assistant.retrieval.declines import COVERAGE, decline_text
from assistant.retrieval.question_languages import DECLINED
from assistant.retrieval.scope import judge_scope

SITES = "AliExpress, Alibaba.com, 1688, Taobao, Tmall, Lazada and Miravia"
FAR = 0.0  # no passage close to the question


def test_the_coverage_sentence_names_the_platform_and_every_site_it_serves():
    assert "Alibaba Group's IP Protection Platform" in COVERAGE and SITES in COVERAGE


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("How do I report a fake on Xianyu (闲鱼)?", "Xianyu"),
        ("闲鱼上有人卖假货怎么办", "Xianyu"),
        ("pinduoduo sellers copy our design, how do we complain?", "Pinduoduo"),
        ("京东上的假货怎么投诉", "JD.com"),
        ("¿Cómo denuncio falsificaciones en Mercado Libre?", "Mercado Libre"),
        ("楽天で偽物を見つけました", "Rakuten"),
    ],
)
def test_a_marketplace_outside_the_field_is_named_and_said_to_be_not_covered(question, named):
    reply = decline_text(question, judge_scope(question, FAR))
    assert reply.startswith(COVERAGE)
    assert f"{named}" in reply and "not covered" in reply
    assert "IPP takes" not in reply and "report it through" not in reply  # nothing said about how that site works


def test_a_marketplace_the_sources_compare_points_to_that_comparison_only():
    question = "does shopee take a commission on every sale in malaysia?"
    reply = decline_text(question, judge_scope(question, FAR), compared={"Shopee"})
    assert reply.startswith(COVERAGE)
    assert "Shopee" in reply and "only" in reply and "compare" in reply and "not covered" in reply


@pytest.mark.parametrize(
    ("question", "topic"),
    [("What's the weather in Paris?", "weather"), ("Write a Python function", "programming"), ("hello", "small talk")],
)
def test_another_subject_is_named(question, topic):
    reply = decline_text(question, judge_scope(question, FAR))
    assert reply.startswith(COVERAGE) and topic in reply


def test_ask_declines_with_the_services_words(corpus_index):
    question = "How do I report a fake on Xianyu (闲鱼)?"
    answer = answer_question(corpus_index, question)
    assert not answer.grounded and answer.citations == []
    assert answer.answer.startswith(COVERAGE) and "Xianyu" in answer.answer and "not covered" in answer.answer


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("怎么在拼多多上投诉假货？", "zh"),
        ("¿Cómo declaro el IVA de mis ventas en Amazon España?", "es"),
        ("Wie melde ich eine Fälschung bei Zalando?", "de"),
    ],
)
def test_a_decline_to_a_question_in_another_language_opens_in_that_language(corpus_index, question, language):
    answer = answer_question(corpus_index, question)
    assert not answer.in_scope
    assert answer.answer.startswith(DECLINED[language])
    assert COVERAGE in answer.answer  # the English reply follows, unchanged


def test_an_english_decline_has_no_other_language_in_it(corpus_index):
    answer = answer_question(corpus_index, "What's the best pizza place near the office?")
    assert not answer.in_scope and answer.answer.startswith(COVERAGE)


@pytest.mark.parametrize(
    "question",
    ["how do I take a taobao counterfeiter to court?", "我们想起诉淘宝上卖假货的卖家，应该怎么做？"],
)
def test_a_declined_question_on_going_to_court_gets_the_platforms_contact_from_the_corpus(corpus_index, question):
    """Going to court is outside the field; the decline still gives the contact the corpus holds for rights holders who
    take that road (IPP's instructions: ipr@alibaba-inc.com), cited to the page that says it, never an address of its own."""
    answer = answer_question(corpus_index, question)
    assert not answer.in_scope and not answer.grounded
    assert "ipr@alibaba-inc.com" in answer.answer and "[1]" in answer.answer
    [citation] = answer.citations
    assert citation.source == "knowledge/portals.md" and citation.url and "ipp.alibabagroup.com" in citation.url
    assert citation.section in {p.section for p in answer.passages}


@pytest.mark.parametrize(
    "question", ["whats the VAT on aliexpress orders shipped to the EU", "aliexpress gave our seller account a penalty for late delivery, how do we appeal it?"]
)
def test_a_decline_on_another_matter_gives_no_contact(corpus_index, question):
    answer = answer_question(corpus_index, question)
    assert not answer.in_scope and "@" not in answer.answer and not answer.citations
