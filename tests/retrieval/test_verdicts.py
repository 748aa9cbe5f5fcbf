"""A passage's leading "Yes:"/"No." is quoted only on the sentence that answers a yes/no question asking what the
passage's heading asks; quoted for any other question it is dropped, and the rest still cites its passage."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from assistant.retrieval.answer import MIN_ASKED, answer_question
from assistant.retrieval.verdicts import is_yes_no_question, keep_verdicts_where_they_answer, without_verdict


@dataclass(frozen=True)
class FakeChunk:
    section: str
    questions: tuple = ()


@dataclass(frozen=True)
class FakeHit:
    chunk: FakeChunk


@dataclass(frozen=True)
class Sentence:
    text: str
    score: float
    hit: FakeHit


AGENT = FakeHit(FakeChunk("Can an agent or law firm file for the rights holder?", ("can our lawyers report for the brand?",)))
CHOSEN = [Sentence("Yes: on IPP an agent needs a power of attorney.", 1.0, AGENT), Sentence("No. Each complaint has one right.", 0.5, AGENT)]


def closeness(value):
    return lambda texts: np.full(len(texts), value)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Can a law firm file for us?", True),
        ("We run the brand's enforcement - is our own letter enough?", True),
        ("What authorisation does a law firm need?", False),
        ("which sites can I report through ipp?", False),
    ],
)
def test_yes_no_questions_are_told_apart(question, expected):
    assert is_yes_no_question(question) is expected


def test_the_verdict_goes_and_the_sentence_keeps_its_words():
    assert without_verdict("Yes: on IPP an agent needs a power of attorney.") == "On IPP an agent needs a power of attorney."
    assert without_verdict("No. An IPP complaint holds one kind of link.") == "An IPP complaint holds one kind of link."
    assert without_verdict("Nobody publishes it.") == "Nobody publishes it."


def test_the_verdict_stays_only_on_the_answer_to_the_headings_own_question():
    kept = keep_verdicts_where_they_answer("Can a law firm file for us?", CHOSEN, closeness(0.8), MIN_ASKED)
    assert [s.text for s in kept] == ["Yes: on IPP an agent needs a power of attorney.", "Each complaint has one right."]


@pytest.mark.parametrize(
    "question, meaning",
    [
        ("What authorisation does a law firm need?", closeness(0.9)),  # not a yes/no question
        ("Is our own letter of authorisation wording enough?", closeness(0.3)),  # asks something the heading does not
        ("Can a law firm file for us?", None),  # no way to tell what it asks
    ],
)
def test_the_verdict_goes_for_any_other_question(question, meaning):
    kept = keep_verdicts_where_they_answer(question, CHOSEN, meaning, MIN_ASKED)
    assert [s.text for s in kept] == ["On IPP an agent needs a power of attorney.", "Each complaint has one right."]


def test_a_quote_without_its_verdict_still_cites_the_passage_that_holds_it(corpus_index):
    answer = answer_question(corpus_index, "A brand-protection vendor will be filing on our behalf; what do they need from us?")
    assert "Yes:" not in answer.answer
    passages = {p.id: p for p in answer.passages}
    texts = {chunk.id: chunk.text for chunk in corpus_index.chunks() if chunk.id in passages}
    assert "needs a power of attorney" in answer.answer
    assert any("needs a power of attorney" in text for text in texts.values())
