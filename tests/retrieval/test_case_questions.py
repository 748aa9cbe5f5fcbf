"""Which questions the case reader answers: asked in the words of a documents / eligibility question and meant so
(assistant/retrieval/case_questions.py). Its example questions are our own (never a near copy of an evaluation or
calibration question), and its margin is the one the calibration benchmark chooses on the held-apart questions."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.agent.guided.intents import Intent, recognise
from assistant.retrieval.case_questions import CASE, MARGIN, OTHER, judge_case_question
from assistant.retrieval.embedding import bundled_encoder
from benchmarks.case_question_calibration import choose, labelled, scored

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"
NEAR_COPY = 0.85  # as for the scope gate's examples (tests/retrieval/test_scope_examples.py)


def _questions(paths) -> list[str]:
    return [json.loads(line)["question"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


EVALUATION = _questions(sorted(DATASETS.rglob("questions*.jsonl")))
CALIBRATION = _questions([DATASETS / "case-questions-calibration.jsonl"])


@pytest.fixture(scope="module")
def encode():
    encoder = bundled_encoder()
    return lambda texts: np.asarray(encoder.encode(list(texts)))


def _near_copies(encode, mine: list[str], theirs: list[str]) -> list[tuple[float, str]]:
    """Our texts that come this close to one of theirs (only ours are named: the frozen questions stay unread)."""
    similarity = encode(mine) @ encode(theirs).T
    return [(round(float(row.max()), 3), mine[i]) for i, row in enumerate(similarity) if row.max() >= NEAR_COPY]


def test_no_example_is_a_near_copy_of_an_evaluation_or_calibration_question(encode):
    assert _near_copies(encode, [*CASE, *OTHER], [*EVALUATION, *CALIBRATION]) == []


def test_no_calibration_question_is_a_near_copy_of_an_evaluation_question(encode):
    assert _near_copies(encode, CALIBRATION, EVALUATION) == []


def test_the_margin_is_the_one_calibrated_on_the_held_apart_questions():
    rows = scored(labelled())
    assert {row["label"] for row in rows} == {"case", "other"} and len(rows) >= 40
    margin, right = choose(rows)
    assert MARGIN == margin
    assert right >= 0.9 * len(rows)


@pytest.mark.parametrize(
    "question",
    [
        "What do we upload for a copyright complaint about our photos on AliExpress?",
        "We only hold a Korean trademark; can we take down Taobao listings with it?",
        "Our patent lapsed in spring. Can we still file against copies on 1688?",
    ],
)
def test_questions_about_a_cases_documents_or_eligibility_are_case_questions(question):
    assert judge_case_question(question).is_case


@pytest.mark.parametrize(
    "question",
    [
        "Is the letter of authorisation our counsel drafted acceptable, or must we use the platform's form?",
        "Can we report an entire storefront on Taobao?",
        "Can I get into IPP with the account we sell with on Tmall?",
        "How many links can we put in one complaint?",  # not even asked in those words
    ],
)
def test_other_questions_in_the_same_words_are_not(question):
    assert not judge_case_question(question).is_case


def test_the_chat_answers_other_questions_from_the_guide_and_case_questions_from_the_documents_rules():
    assert recognise("Can I get into IPP with the account we sell with on Tmall?") is Intent.QUESTION
    assert recognise("Which documents do we need for a trademark complaint on Taobao?") is Intent.DOCUMENTS


def test_a_case_question_that_leaves_out_the_kind_of_right_gets_what_every_kind_needs_and_what_each_adds(corpus_index):
    from assistant.retrieval.answer import answer_question

    answer = answer_question(corpus_index, "We are a law firm acting for a client on AliExpress. What must we upload?")
    assert answer.checklist is not None
    shared = answer.checklist.ids()
    assert "power_of_attorney" in shared and "trademark_certificate" not in shared
    asked, *others = answer.checklist.open_questions
    assert asked.fact == "ip_type" and asked.question in answer.answer
    assert [line.split(":")[0] for line in asked.depends] == ["A trademark", "A copyright", "A patent"]
    assert "Trademark registration certificate" in asked.depends[0]
    # The other deciding facts left out are asked too, with what depends on them (whether a copyright is registered,
    # as `documents` asks it when the kind is not said); not the role, which was said.
    assert [other.fact for other in others] == ["holder_type", "registered"]
    assert all(other.question in answer.answer for other in others)
    # An answer, not an abstention: the documents rules ground it, each document with its rule's source.
    assert answer.grounded and all(document.source for document in answer.checklist.documents)


def test_a_case_question_the_evidence_puts_out_and_of_which_nothing_is_read_is_not_answered_from_the_documents_rules(
    corpus_index,
):
    """Asked in a case question's words about an office's filing, with no fact of a complaint in it: the documents
    rules would give a checklist for no case at all. A question the reader reads a fact from keeps its checklist."""
    from assistant.retrieval.answer import answer_question
    from assistant.retrieval.case_questions import reads_a_case

    office = "what paperwork does an overseas applicant need to lodge a design application with the Korean office?"
    assert not reads_a_case(office) and reads_a_case(office, "taobao")
    answer = answer_question(corpus_index, office)
    assert answer.checklist is None and not answer.grounded
    read = answer_question(corpus_index, "docs for tmall??")
    assert read.checklist is not None and read.grounded


def test_a_chinese_question_on_what_to_prepare_gets_the_documents_checklist_as_in_english(corpus_index):
    from assistant.retrieval.answer import answer_question

    chinese = answer_question(corpus_index, "天猫上有很多店卖我们品牌的仿品，要投诉需要准备哪些东西？")
    english = answer_question(corpus_index, "Many Tmall shops sell copies of our brand; what do we need to prepare to complain?")
    assert chinese.checklist is not None and english.checklist is not None
    assert "trademark_certificate" in chinese.checklist.ids() and "business_license" in chinese.checklist.ids()


def test_an_agents_documents_asked_in_chinese_are_a_case_question():
    assert judge_case_question("代理人在阿里知识产权保护平台投诉要哪些材料？授权书需要公证吗").is_case
