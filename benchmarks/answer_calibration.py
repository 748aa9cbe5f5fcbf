"""Calibrating when an answer abstains, on the development questions (never the frozen blind ones).

The development questions are `evals/datasets/questions.jsonl` and `evals/datasets/questions_paraphrased.jsonl` (asked in
people's own words, with near-field out-of-field questions: selling, shipping, fees, taxes).

1. The evidence curve (MIN_EVIDENCE). For every in-field question of questions.jsonl the answer is built with no
   abstaining at all, and the evidence of its best sentence is kept with the share of expected facts the answer states.
   Each threshold gives a point of the coverage/accuracy curve: the share answered, and the mean fact coverage of those
   answered. The rule, fixed before the blind questions were measured: the highest threshold that refuses at most
   MAX_DEV_REFUSALS of those questions.
2. The trade-off through the scope gate, on the whole development set: per threshold, the in-field questions refused
   and the out-of-field questions answered (the gate and the threshold together, as `ask` runs them).
3. The 'Asked as' closeness (MIN_ASKED): a question below the threshold is still answered when it comes close in meaning
   to a question a top passage is known to answer. MIN_ASKED is the highest closeness any out-of-field development
   question reaches, plus ASKED_MARGIN, rounded to a step of 0.05.

    .venv/bin/python benchmarks/answer_calibration.py            # the tables, and the thresholds the rules pick
    .venv/bin/python benchmarks/answer_calibration.py --json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.retrieval import answer as answers  # noqa: E402
from evals.cases import load_cases  # noqa: E402
from evals.scorers.answers import fact_coverage  # noqa: E402
from integrations.bootstrap import App  # noqa: E402

MAX_DEV_REFUSALS = 0.015
ASKED_MARGIN = 0.05
THRESHOLDS = [round(0.40 + 0.05 * i, 3) for i in range(19)]
TRADE_OFF = [round(0.55 + 0.05 * i, 3) for i in range(10)]


def development_questions(paraphrased: bool = False) -> list[dict]:
    """The development questions (never a frozen blind case): questions.jsonl, and with `paraphrased` the questions
    asked in people's own words too."""
    questions = load_cases("questions") + (load_cases("questions_paraphrased") if paraphrased else [])
    return [q for q in questions if not q.get("frozen")]


def in_field(questions: list[dict]) -> list[dict]:
    return [q for q in questions if q["kind"] != "out_of_scope"]


def out_of_field(questions: list[dict]) -> list[dict]:
    return [q for q in questions if q["kind"] == "out_of_scope"]


def _site(question: dict) -> list[str] | None:
    return [question["site"]] if question.get("site") else None


def _reading(index, text: str, site):
    hits = answers.hybrid_search(index, text, k=5, sites=site)
    weights = answers._weights(answers.tokenize(text), index)
    unseen = answers._unseen_share(answers.tokenize(text), weights, index)
    return hits, weights, unseen, answers._meaning(index, text)


def measure(index, questions: list[dict]) -> list[tuple[float, float]]:
    """(best evidence, fact coverage of the answer given without abstaining) per question."""
    points = []
    saved = answers.MIN_EVIDENCE
    answers.MIN_EVIDENCE = float("-inf")
    try:
        for question in questions:
            hits, weights, unseen, meaning = _reading(index, question["question"], _site(question))
            candidates = answers._candidates(question["question"], hits, weights, meaning, unseen)
            best = max((c.evidence for c in candidates), default=0.0)
            reply = answers.answer_question(index, question["question"], question.get("site"))
            points.append((best, fact_coverage(reply.answer, question["expected_facts"]).share))
    finally:
        answers.MIN_EVIDENCE = saved
    return points


def trade_off(index, questions: list[dict]) -> list[dict]:
    """Per threshold, through the scope gate as `ask` runs: in-field refused, their fact coverage, out-of-field answered."""
    rows = []
    saved = answers.MIN_EVIDENCE
    try:
        for threshold in TRADE_OFF:
            answers.MIN_EVIDENCE = threshold
            refused, coverage, answered = 0, [], 0
            for question in questions:
                reply = answers.answer_question(index, question["question"], question.get("site"))
                declined = not (reply.in_scope and reply.grounded)
                if question["kind"] == "out_of_scope":
                    answered += not declined
                else:
                    refused += declined
                    coverage.append(fact_coverage(reply.answer, question["expected_facts"]).share)
            rows.append(
                {
                    "threshold": threshold,
                    "in_field_refused": refused / len(coverage),
                    "fact_coverage": statistics.fmean(coverage),
                    "out_of_field_answered": answered,
                    "errors": refused + answered,
                }
            )
    finally:
        answers.MIN_EVIDENCE = saved
    return rows


def asked_closeness(index, questions: list[dict]) -> list[float]:
    """Per question: how close it comes to a question a top passage is known to answer (discounted as the answer does)."""
    found = []
    for question in questions:
        hits, _weights, unseen, meaning = _reading(index, question["question"], _site(question))
        asked = [q for hit in hits[: answers.PASSAGES_READ] for q in hit.chunk.questions]
        closeness = float(max(meaning(asked))) if asked and meaning is not None else 0.0
        found.append(closeness * (1.0 - answers.UNSEEN_DISCOUNT * unseen))
    return found


def choose_asked(closeness: list[float]) -> float:
    return round(round((max(closeness, default=0.0) + ASKED_MARGIN) / 0.05) * 0.05, 3)


def curve(points: list[tuple[float, float]]) -> list[dict]:
    rows = []
    for threshold in THRESHOLDS:
        answered = [share for evidence, share in points if evidence >= threshold]
        rows.append(
            {
                "threshold": threshold,
                "coverage": len(answered) / len(points),
                "accuracy": statistics.fmean(answered) if answered else 0.0,
                "refused": 1 - len(answered) / len(points),
            }
        )
    return rows


def choose(rows: list[dict]) -> float:
    return max(row["threshold"] for row in rows if row["refused"] <= MAX_DEV_REFUSALS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        index = App.for_home(Path(home)).index  # built on first use
        questions = in_field(development_questions())
        rows = curve(measure(index, questions))
        everything = development_questions(paraphrased=True)
        trade = trade_off(index, everything)
        outside = asked_closeness(index, out_of_field(everything))
    chosen = choose(rows)
    asked = choose_asked(outside)
    result = {
        "questions": len(questions),
        "curve": rows,
        "chosen": chosen,
        "in_use": answers.MIN_EVIDENCE,
        "development_in_field": len(in_field(everything)),
        "development_out_of_field": len(out_of_field(everything)),
        "trade_off": trade,
        "highest_asked_closeness_out_of_field": max(outside, default=0.0),
        "asked_chosen": asked,
        "asked_in_use": answers.MIN_ASKED,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"{len(questions)} in-field questions of questions.jsonl; chosen threshold {chosen} (in use: {answers.MIN_EVIDENCE})")
    print("| threshold | answered (coverage) | fact coverage of answered (accuracy) | refused |")
    print("| ---: | ---: | ---: | ---: |")
    for row in rows:
        print(f"| {row['threshold']:.3f} | {row['coverage']:.3f} | {row['accuracy']:.3f} | {row['refused']:.3f} |")
    print()
    print(
        f"Through the scope gate, all development questions ({result['development_in_field']} in field, "
        f"{result['development_out_of_field']} out of field):"
    )
    print("| threshold | in-field refused | fact coverage | out-of-field answered | errors |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for row in trade:
        print(
            f"| {row['threshold']:.2f} | {row['in_field_refused']:.3f} | {row['fact_coverage']:.3f} | "
            f"{row['out_of_field_answered']} | {row['errors']} |"
        )
    print()
    print(
        f"Closest an out-of-field development question comes to an 'Asked as' line: "
        f"{result['highest_asked_closeness_out_of_field']:.3f}; MIN_ASKED chosen {asked} (in use: {answers.MIN_ASKED})"
    )


if __name__ == "__main__":
    main()
