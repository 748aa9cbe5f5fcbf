"""The scope gate's labelled example questions are our own: never a copy, nor a near copy by the bundled model, of an
evaluation question; and the calibration questions the gate is tuned on are not near copies of the evaluation ones."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.retrieval.embedding import bundled_encoder
from assistant.retrieval.scope_examples import IN_FIELD, OUT_OF_FIELD

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"
CALIBRATION = DATASETS / "scope-calibration.jsonl"
# Cosine similarity (bundled model) at and above which two questions count as the same question reworded.
NEAR_COPY = 0.85


def _questions(paths) -> list[str]:
    return [json.loads(line)["question"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


EVALUATION = _questions(sorted(DATASETS.rglob("questions*.jsonl")))
CALIBRATION_QUESTIONS = _questions([CALIBRATION])
EXAMPLES = [*IN_FIELD, *OUT_OF_FIELD]


@pytest.fixture(scope="module")
def encode():
    encoder = bundled_encoder()
    return lambda texts: np.asarray(encoder.encode(list(texts)))


def _near_copies(encode, mine: list[str], theirs: list[str]) -> list[tuple[float, str, str]]:
    similarity = encode(mine) @ encode(theirs).T
    found = []
    for i, row in enumerate(similarity):
        j = int(row.argmax())
        if row[j] >= NEAR_COPY:
            found.append((round(float(row[j]), 3), mine[i], theirs[j]))
    return found


def test_the_evaluation_and_calibration_questions_are_read():
    assert len(EVALUATION) >= 250 and len(CALIBRATION_QUESTIONS) >= 100


def test_no_example_is_an_evaluation_or_calibration_question():
    asked = {q.strip().casefold() for q in (*EVALUATION, *CALIBRATION_QUESTIONS)}
    assert not asked & {q.strip().casefold() for q in EXAMPLES}


def test_no_example_is_a_near_copy_of_an_evaluation_or_calibration_question(encode):
    assert _near_copies(encode, EXAMPLES, [*EVALUATION, *CALIBRATION_QUESTIONS]) == []


def test_no_calibration_question_is_a_near_copy_of_an_evaluation_question(encode):
    assert _near_copies(encode, CALIBRATION_QUESTIONS, EVALUATION) == []


def test_the_near_copy_check_catches_a_reworded_question(encode):
    # The check must be able to fail: a question reworded slightly is caught.
    question = EVALUATION[0]
    assert _near_copies(encode, [question.rstrip("?!.") + " please?"], EVALUATION)


def test_examples_are_labelled_once_and_cover_both_sides_well():
    assert len(IN_FIELD) >= 120 and len(OUT_OF_FIELD) >= 120
    assert not {q.casefold() for q in IN_FIELD} & {q.casefold() for q in OUT_OF_FIELD}
    assert len(set(EXAMPLES)) == len(EXAMPLES)


def test_the_calibration_set_is_labelled_both_ways():
    labels = [json.loads(line)["label"] for line in CALIBRATION.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert set(labels) == {"in_field", "out_of_field"} and min(labels.count("in_field"), labels.count("out_of_field")) >= 40
