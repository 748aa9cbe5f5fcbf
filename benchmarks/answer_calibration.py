"""Calibrating when an answer abstains, on the development questions (never the frozen blind ones).

The development questions are `evals/datasets/questions.jsonl` and `evals/datasets/questions_paraphrased.jsonl` (asked in
people's own words, with near-field out-of-field questions: selling, shipping, fees, taxes).

Whether a question is in the field is the scope gate's decision (assistant/retrieval/scope.py, calibrated on its own);
an answer abstains only when the evidence in the passages is weak: no sentence reaches MIN_EVIDENCE (words and meaning
together) and no top passage is known to answer a question worded like it (MIN_ASKED).

1. The coverage/accuracy curve (reported). For every in-field development question the answer is built with no
   abstaining at all, and the evidence of its best sentence is kept with the share of expected facts the answer states.
   Each threshold gives a point: the share answered (coverage) and the mean fact coverage of those answered (accuracy).
2. MIN_EVIDENCE, through the scope gate on every development question, as `ask` runs: per threshold, the in-field
   questions refused, and the wrong answers (out-of-field questions answered, in-field ones answered with none of their
   expected facts). The rule: the threshold with the fewest errors (refusals plus wrong answers), the higher one on a tie
   (abstaining is the safer side).
3. MAX_UNSEEN: the share of the question's weight carried by words the corpus never uses, above which no sentence is
   evidence. The rule: the highest share of an in-field development question answered (without abstaining) with at
   least one of its expected facts, plus UNSEEN_MARGIN, rounded up to a step of 0.05.
4. The 'Asked as' closeness (MIN_ASKED): a question below the threshold is still answered when it comes close in meaning
   to a question a top passage is known to answer. MIN_ASKED is the highest closeness any out-of-field development
   question reaches, plus ASKED_MARGIN, rounded to a step of 0.05.

    .venv/bin/python benchmarks/answer_calibration.py            # the tables, and the thresholds the rules pick
    .venv/bin/python benchmarks/answer_calibration.py --json
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.retrieval import answer as answers  # noqa: E402
from assistant.retrieval.scope import ScopeDecision  # noqa: E402
from evals.cases import load_cases  # noqa: E402
from evals.scorers.answers import fact_coverage  # noqa: E402
from integrations.bootstrap import App  # noqa: E402

ASKED_MARGIN = 0.05
UNSEEN_MARGIN = 0.1
THRESHOLDS = [round(0.40 + 0.05 * i, 3) for i in range(19)]
TRADE_OFF = [round(0.50 + 0.05 * i, 3) for i in range(12)]


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


def measure(index, questions: list[dict]) -> list[tuple[float, float, float]]:
    """(best evidence, fact coverage of the answer given without abstaining, unseen share) per question."""
    points = []
    saved = answers.MIN_EVIDENCE, answers.MAX_UNSEEN
    answers.MIN_EVIDENCE, answers.MAX_UNSEEN = float("-inf"), float("inf")
    try:
        for question in questions:
            hits, weights, unseen, meaning = _reading(index, question["question"], _site(question))
            candidates = answers._candidates(question["question"], hits, weights, meaning, unseen)
            best = max((c.evidence for c in candidates), default=0.0)
            reply = answers.answer_question(index, question["question"], question.get("site"))
            points.append((best, fact_coverage(reply.answer, question["expected_facts"]).share, unseen))
    finally:
        answers.MIN_EVIDENCE, answers.MAX_UNSEEN = saved
    return points


def choose_unseen(points: list[tuple[float, float, float]]) -> float:
    """The highest unseen share of an in-field question answered with an expected fact, plus the margin, rounded up."""
    highest = max((unseen for _evidence, share, unseen in points if share > 0), default=0.0)
    return round(math.ceil(round((highest + UNSEEN_MARGIN) / 0.05, 6)) * 0.05, 3)


def scope_examples() -> list[dict]:
    """The scope calibration questions (evals/datasets/scope-calibration.jsonl) in the shape of the development ones:
    labelled in or out of the field, with no expected facts (an in-field one counts only when refused)."""
    return [
        {"id": case["id"], "question": case["question"], "site": None, "expected_facts": [],
         "kind": "in_scope" if case["label"] == "in_field" else "out_of_scope"}
        for case in load_cases("scope-calibration")
    ]


def trade_off(index, questions: list[dict]) -> list[dict]:
    """Per threshold: the in-field questions refused (by the gate or for weak evidence) and their fact coverage, the
    in-field ones answered with none of their facts, and the out-of-field ones answered, both through the scope gate as
    `ask` runs and with the answer's own check alone (as if the gate let every question through)."""
    rows = []
    saved = answers.MIN_EVIDENCE, answers.judge_scope
    admit_all = lambda question, *_args: ScopeDecision(in_scope=True, reason="calibration")  # noqa: E731
    try:
        for threshold in TRADE_OFF:
            answers.MIN_EVIDENCE = threshold
            refused, coverage, answered, alone, wrong, counted = 0, [], 0, 0, 0, 0
            for question in questions:
                answers.judge_scope = saved[1]
                reply = answers.answer_question(index, question["question"], question.get("site"))
                declined = not (reply.in_scope and reply.grounded)
                if question["kind"] == "out_of_scope":
                    answered += not declined
                    answers.judge_scope = admit_all
                    alone += answers.answer_question(index, question["question"], question.get("site")).grounded
                    continue
                counted += 1
                refused += declined
                if question["expected_facts"]:
                    share = fact_coverage(reply.answer, question["expected_facts"]).share
                    wrong += not declined and share == 0.0
                    coverage.append(share)
            rows.append(
                {
                    "threshold": threshold,
                    "in_field_refused": refused / counted,
                    "in_field_refused_count": refused,
                    "fact_coverage": statistics.fmean(coverage),
                    "in_field_answered_wrong": wrong,
                    "out_of_field_answered": answered,
                    "out_of_field_answered_alone": alone,
                    "errors": refused + wrong + alone,
                }
            )
    finally:
        answers.MIN_EVIDENCE, answers.judge_scope = saved
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


def curve(points: list[tuple[float, float, float]]) -> list[dict]:
    rows = []
    for threshold in THRESHOLDS:
        answered = [share for evidence, share, _unseen in points if evidence >= threshold]
        rows.append(
            {
                "threshold": threshold,
                "coverage": len(answered) / len(points),
                "accuracy": statistics.fmean(answered) if answered else 0.0,
                "refused": 1 - len(answered) / len(points),
            }
        )
    return rows


def choose(trade: list[dict]) -> float:
    """The threshold with the fewest errors (in-field refused or answered wrong, out-of-field answered by the answer's
    own check alone); the higher one on a tie."""
    fewest = min(row["errors"] for row in trade)
    return max(row["threshold"] for row in trade if row["errors"] == fewest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        index = App.for_home(Path(home)).index  # built on first use
        everything = development_questions(paraphrased=True)
        questions = in_field(everything)
        points = measure(index, questions)
        rows = curve(points)
        trade = trade_off(index, everything + scope_examples())
        outside = asked_closeness(index, out_of_field(everything))
    chosen = choose(trade)
    asked = choose_asked(outside)
    unseen = choose_unseen(points)
    result = {
        "questions": len(questions),
        "curve": rows,
        "chosen": chosen,
        "in_use": answers.MIN_EVIDENCE,
        "development_in_field": len(in_field(everything)),
        "development_out_of_field": len(out_of_field(everything)),
        "scope_examples": len(scope_examples()),
        "trade_off": trade,
        "highest_asked_closeness_out_of_field": max(outside, default=0.0),
        "asked_chosen": asked,
        "asked_in_use": answers.MIN_ASKED,
        "highest_unseen_answered": max((u for _e, share, u in points if share > 0), default=0.0),
        "unseen_chosen": unseen,
        "unseen_in_use": answers.MAX_UNSEEN,
    }
    if args.json:
        print(json.dumps(result))
        return
    print_tables(result)


def print_tables(result: dict) -> None:
    """The calibration as markdown tables, with the thresholds the rules pick and those in use."""
    rows, trade = result["curve"], result["trade_off"]
    chosen, asked, unseen = result["chosen"], result["asked_chosen"], result["unseen_chosen"]
    print(f"{result['questions']} in-field development questions, answered without abstaining (best sentence's evidence >= threshold):")
    print("| threshold | answered (coverage) | fact coverage of answered (accuracy) | refused |")
    print("| ---: | ---: | ---: | ---: |")
    for row in rows:
        print(f"| {row['threshold']:.3f} | {row['coverage']:.3f} | {row['accuracy']:.3f} | {row['refused']:.3f} |")
    print()
    print(
        f"All development questions ({result['development_in_field']} in field, {result['development_out_of_field']} out "
        f"of field) and the scope calibration questions ({result['scope_examples']}):"
    )
    print(
        "| threshold | in-field refused | fact coverage | in-field answered wrong | out-of-field answered (through the gate) "
        "| out-of-field answered (answer's check alone) | errors |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in trade:
        print(
            f"| {row['threshold']:.2f} | {row['in_field_refused']:.3f} ({row['in_field_refused_count']}) | "
            f"{row['fact_coverage']:.3f} | {row['in_field_answered_wrong']} | {row['out_of_field_answered']} | "
            f"{row['out_of_field_answered_alone']} | {row['errors']} |"
        )
    print(f"MIN_EVIDENCE chosen {chosen} (in use: {answers.MIN_EVIDENCE})")
    print()
    print(
        f"Highest unseen share of an in-field question answered with an expected fact: "
        f"{result['highest_unseen_answered']:.3f}; MAX_UNSEEN chosen {unseen} (in use: {answers.MAX_UNSEEN})"
    )
    print(
        f"Closest an out-of-field development question comes to an 'Asked as' line: "
        f"{result['highest_asked_closeness_out_of_field']:.3f}; MIN_ASKED chosen {asked} (in use: {answers.MIN_ASKED})"
    )


if __name__ == "__main__":
    main()
