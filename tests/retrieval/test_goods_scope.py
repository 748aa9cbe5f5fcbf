"""A question whether a right reaches goods it is not registered for is read by its meaning (goods_scope.py) and answered
first with the corpus's sentence on the rule that decides it; a question comparing two kinds of right keeps to the one it
asks about (site_focus.keep_to_the_right_asked)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from assistant.retrieval import site_focus
from assistant.retrieval.answer import answer_question
from assistant.retrieval.embedding import bundled_encoder
from assistant.retrieval.goods_scope import OTHER, OUTSIDE, asks_about_goods_scope

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"
NEAR_COPY = 0.85  # as for the scope gate's examples (tests/retrieval/test_scope_examples.py)


def _evaluation_questions() -> list[str]:
    paths = sorted(DATASETS.rglob("questions*.jsonl"))
    return [json.loads(line)["question"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_no_example_is_a_near_copy_of_an_evaluation_question():
    encoder = bundled_encoder()
    mine = [*OUTSIDE, *OTHER]
    similarity = np.asarray(encoder.encode(mine)) @ np.asarray(encoder.encode(_evaluation_questions())).T
    assert [mine[i] for i, row in enumerate(similarity) if row.max() >= NEAR_COPY] == []


@pytest.mark.parametrize(
    "question",
    [
        "our registration is for perfume only and a shop sells handbags under the name, does it help",
        "Our logo is registered in class 9 for phones; a seller puts it on T-shirts. Can IPP take those down?",
    ],
)
def test_a_right_set_against_other_goods_is_read_as_such(question):
    assert asks_about_goods_scope(question)


@pytest.mark.parametrize(
    "question",
    [
        "the classes of our mark are printed on three separate pages, do we upload every one",
        "what is a trademark class and how many are there",
        "our design was never registered, can we still complain about the copies",
        "how do we report a seller using our logo on fake shoes",
    ],
)
def test_other_questions_in_the_same_words_are_not(question):
    assert not asks_about_goods_scope(question)


def test_the_answer_opens_with_the_rule_that_decides_it(corpus_index):
    answer = answer_question(corpus_index, "We registered the brand for watches only; a shop sells sunglasses with our logo. Can we report it?")
    assert answer.grounded and "a right that does not cover the goods" in answer.answer.split("\n")[0]
    cited = {c.section for c in answer.citations}
    assert "Reading a rejection notice" in cited


def _sentence(text: str):
    return SimpleNamespace(text=text)


def test_a_comparison_of_two_rights_keeps_to_the_one_asked_about():
    chosen = [
        _sentence("General infringement is unfair use of someone's trademark in descriptions."),
        _sentence("For a patent complaint, map the listed product to the claims."),
        _sentence("IPP publishes no template."),
    ]
    question = "Is a patent complaint handled differently from a trademark complaint?"
    assert [c.text for c in site_focus.keep_to_the_right_asked(chosen, question)] == [chosen[1].text, chosen[2].text]
    # No comparison, or one right only: nothing is set aside.
    assert site_focus.keep_to_the_right_asked(chosen, "What does a trademark and patent complaint need?") == chosen
    assert site_focus.keep_to_the_right_asked(chosen, "Is a patent complaint different on Taobao?") == chosen
