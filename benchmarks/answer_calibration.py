"""Calibrating when an answer abstains, on the development questions (never the frozen blind ones).

The development questions are `evals/datasets/questions.jsonl`, `evals/datasets/questions_paraphrased.jsonl` (asked in
people's own words, with near-field out-of-field questions: selling, shipping, fees, taxes) and the scope calibration
questions (`evals/datasets/scope-calibration.jsonl`, labelled in or out of the field, without expected facts).

Whether a question is in the field is the scope gate's decision (assistant/retrieval/scope.py, calibrated on its own);
an answer abstains only when the evidence in the passages is weak: no sentence reaches MIN_EVIDENCE (words and meaning
together), the passage both rankings put first does not reach MIN_AGREED, and no top passage is known to answer a
question worded like it (MIN_ASKED).

Each question is read once per way an answer can be given (its best sentence leading, the agreed passage leading, the
passage asked as it is leading, none of them), so every threshold is judged without answering again. A third of the
questions (chosen by a hash of their id) is held apart: the thresholds are chosen on the other two thirds and the
held-apart third shows whether the choice holds on questions it was not chosen on.

1. The coverage/accuracy curve (reported). For every in-field development question the answer is built with no
   abstaining at all, and the evidence of its best sentence is kept with the share of expected facts the answer states.
   Each threshold gives a point: the share answered (coverage) and the mean fact coverage of those answered (accuracy).
2. MIN_EVIDENCE and MIN_AGREED: per pair, the in-field questions refused, and the wrong answers (out-of-field questions
   answered, in-field ones answered with none of their expected facts), through the scope gate as `ask` runs and by the
   answer's own check alone (as if the gate let every question through: a gate's errors on the questions it was fitted
   on say little of its errors on new ones). The rule: the pair with the fewest errors by the answer's own check alone
   (refusals plus wrong answers) on the fitting part, the higher thresholds on a tie (abstaining is the safer side).
3. MAX_UNSEEN: the share of the question's weight carried by words the corpus never uses, above which no sentence is
   evidence. The rule: the highest share of an in-field fitting question answered (without abstaining) with at least
   one of its expected facts, plus UNSEEN_MARGIN, rounded up to a step of 0.05.
4. The 'Asked as' closeness (MIN_ASKED): a question below the thresholds is still answered when it comes close in
   meaning to a question a top passage is known to answer. MIN_ASKED is the highest closeness any out-of-field
   development question reaches, plus ASKED_MARGIN, rounded to a step of 0.05.

    .venv/bin/python benchmarks/answer_calibration.py            # the tables, and the thresholds the rules pick
    .venv/bin/python benchmarks/answer_calibration.py --json
"""

from __future__ import annotations

import argparse
import hashlib
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
AGREED = [round(0.40 + 0.05 * i, 3) for i in range(10)]
HELD_APART = 3  # one question in three
PATHS = ("best", "agreed", "asked", "none")


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


def held_apart(question: dict) -> bool:
    """Whether a question is in the held-apart third (a stable hash of its id, so the split never moves)."""
    return int(hashlib.sha1(question["id"].encode()).hexdigest(), 16) % HELD_APART == 0


def _reading(index, text: str, site):
    hits = answers.hybrid_search(index, text, k=5, sites=site)
    weights = answers._weights(answers.tokenize(text), index)
    unseen = answers._unseen_share(answers.tokenize(text), weights, index)
    return hits, weights, unseen, answers._meaning(index, text)


# How each way of answering is forced: the thresholds that make it the one taken (None: the module's own).
_FORCED = {
    "best": {"MIN_EVIDENCE": float("-inf"), "MAX_UNSEEN": float("inf")},
    "agreed": {"MIN_EVIDENCE": float("inf"), "MIN_AGREED": float("-inf"), "MAX_UNSEEN": float("inf")},
    "asked": {"MIN_EVIDENCE": float("inf"), "MIN_AGREED": float("inf")},
    "none": {"MIN_EVIDENCE": float("inf"), "MIN_AGREED": float("inf")},
}


def _answer_by(index, question: dict, path: str) -> tuple[bool, float]:
    """(grounded, fact coverage) of the answer given the way `path` names, the scope gate letting the question through."""
    names = ("MIN_EVIDENCE", "MIN_AGREED", "MAX_UNSEEN", "judge_scope", "_asked_closely")
    saved = {name: getattr(answers, name) for name in names}
    try:
        for name, value in _FORCED[path].items():
            setattr(answers, name, value)
        answers.judge_scope = lambda *_args: ScopeDecision(in_scope=True, reason="calibration")
        if path == "none":
            answers._asked_closely = lambda *_args, **_kwargs: None
        reply = answers.answer_question(index, question["question"], question.get("site"))
    finally:
        for name, value in saved.items():
            setattr(answers, name, value)
    share = fact_coverage(reply.answer, question["expected_facts"]).share if question["expected_facts"] else 0.0
    return reply.grounded, share


def record(index, questions: list[dict]) -> list[dict]:
    """Per question, what every threshold needs: the scope gate's decision, the best sentence's evidence, the agreed
    passage's (None when the rankings disagree), whether a passage is asked as the question is, the unseen share, and
    the answer each way of answering gives."""
    records = []
    for question in questions:
        hits, weights, unseen, meaning = _reading(index, question["question"], _site(question))
        candidates = sorted(
            answers._candidates(question["question"], hits, weights, meaning, unseen),
            key=lambda c: (-c.score, c.hit.rank, c.position),
        )
        agreed = [c.evidence for c in candidates if c.hit.bm25_rank == 1 and c.hit.dense_rank == 1]
        dense = max((h.dense_score for h in hits if h.dense_score is not None), default=None)
        gate = answers.judge_scope(question["question"], dense, getattr(index, "sentence_vectors", None)).in_scope
        ways = {path: _answer_by(index, question, path) for path in PATHS}
        records.append(
            {
                "id": question["id"],
                "held_apart": held_apart(question),
                "in_field": question["kind"] != "out_of_scope",
                "has_facts": bool(question["expected_facts"]),
                "gate": gate,
                "best": candidates[0].evidence if candidates else None,
                "agreed": agreed[0] if agreed else None,
                "asked": answers._asked_closely(hits, meaning, unseen) is not None,
                "unseen": unseen,
                "ways": ways,
            }
        )
    return records


def decide(row: dict, min_evidence: float, min_agreed: float, max_unseen: float) -> tuple[bool, float]:
    """(grounded, fact coverage) as answer_question gives it under these thresholds."""
    speaks = row["unseen"] <= max_unseen
    if row["best"] is not None and row["best"] >= min_evidence and speaks:
        return row["ways"]["best"]
    if row["agreed"] is not None and row["agreed"] >= min_agreed and speaks:
        return row["ways"]["agreed"]
    return row["ways"]["asked"] if row["asked"] else row["ways"]["none"]


def errors(rows: list[dict], min_evidence: float, min_agreed: float, max_unseen: float) -> dict:
    """In-field refused, in-field answered with none of their facts, out-of-field answered (through the gate and by the
    answer's own check alone), and their fact coverage."""
    refused = wrong = through = alone = counted = 0
    coverage = []
    for row in rows:
        grounded, share = decide(row, min_evidence, min_agreed, max_unseen)
        if not row["in_field"]:
            alone += grounded
            through += grounded and row["gate"]
            continue
        counted += 1
        declined = not (grounded and row["gate"])
        refused += declined
        if row["has_facts"]:
            wrong += not declined and share == 0.0
            coverage.append(0.0 if declined else share)
    return {
        "in_field_refused": refused / counted if counted else 0.0,
        "in_field_refused_count": refused,
        "fact_coverage": statistics.fmean(coverage) if coverage else 0.0,
        "in_field_answered_wrong": wrong,
        "out_of_field_answered": through,
        "out_of_field_answered_alone": alone,
        "errors": sum(not decide(r, min_evidence, min_agreed, max_unseen)[0] for r in rows if r["in_field"]) + wrong + alone,
    }


def trade_off(rows: list[dict], max_unseen: float) -> list[dict]:
    """Per MIN_EVIDENCE (MIN_AGREED at its best for it): the errors on the fitting and the held-apart questions."""
    fitting = [r for r in rows if not r["held_apart"]]
    apart = [r for r in rows if r["held_apart"]]
    table = []
    for threshold in TRADE_OFF:
        agreed = choose_agreed(fitting, threshold, max_unseen)
        table.append(
            {"threshold": threshold, "agreed": agreed, "fitting": errors(fitting, threshold, agreed, max_unseen),
             "held_apart": errors(apart, threshold, agreed, max_unseen)}
        )
    return table


def choose_agreed(rows: list[dict], min_evidence: float, max_unseen: float) -> float:
    """MIN_AGREED for a MIN_EVIDENCE: the fewest errors, the higher one on a tie; never above MIN_EVIDENCE."""
    options = [a for a in AGREED if a <= min_evidence] + [min_evidence]
    fewest = min(errors(rows, min_evidence, a, max_unseen)["errors"] for a in options)
    return max(a for a in options if errors(rows, min_evidence, a, max_unseen)["errors"] == fewest)


def choose(trade: list[dict]) -> tuple[float, float]:
    """(MIN_EVIDENCE, MIN_AGREED) with the fewest errors on the fitting questions; the higher ones on a tie."""
    fewest = min(row["fitting"]["errors"] for row in trade)
    row = max((row for row in trade if row["fitting"]["errors"] == fewest), key=lambda row: row["threshold"])
    return row["threshold"], row["agreed"]


def choose_unseen(rows: list[dict]) -> float:
    """The highest unseen share of an in-field fitting question answered with an expected fact, plus the margin,
    rounded up."""
    highest = max(
        (r["unseen"] for r in rows if r["in_field"] and not r["held_apart"] and r["ways"]["best"][1] > 0), default=0.0
    )
    return round(math.ceil(round((highest + UNSEEN_MARGIN) / 0.05, 6)) * 0.05, 3)


def scope_examples() -> list[dict]:
    """The scope calibration questions (evals/datasets/scope-calibration.jsonl) in the shape of the development ones:
    labelled in or out of the field, with no expected facts (an in-field one counts only when refused)."""
    return [
        {"id": case["id"], "question": case["question"], "site": None, "expected_facts": [],
         "kind": "in_scope" if case["label"] == "in_field" else "out_of_scope"}
        for case in load_cases("scope-calibration")
    ]


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


def curve(rows: list[dict]) -> list[dict]:
    """Coverage and accuracy per threshold on the best sentence's evidence, in-field questions with facts, answering
    without abstaining."""
    points = [(r["best"] or 0.0, r["ways"]["best"][1]) for r in rows if r["in_field"] and r["has_facts"]]
    table = []
    for threshold in THRESHOLDS:
        answered = [share for evidence, share in points if evidence >= threshold]
        table.append(
            {
                "threshold": threshold,
                "coverage": len(answered) / len(points),
                "accuracy": statistics.fmean(answered) if answered else 0.0,
                "refused": 1 - len(answered) / len(points),
            }
        )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        index = App.for_home(Path(home)).index  # built on first use
        everything = development_questions(paraphrased=True)
        rows = record(index, everything + scope_examples())
        outside = asked_closeness(index, out_of_field(everything))
    unseen = choose_unseen(rows)
    trade = trade_off(rows, unseen)
    chosen, agreed = choose(trade)
    fitting = [r for r in rows if not r["held_apart"]]
    apart = [r for r in rows if r["held_apart"]]
    in_use = (answers.MIN_EVIDENCE, answers.MIN_AGREED, answers.MAX_UNSEEN)
    result = {
        "questions": sum(r["in_field"] and r["has_facts"] for r in rows),
        "curve": curve(rows),
        "chosen": chosen,
        "agreed_chosen": agreed,
        "in_use": answers.MIN_EVIDENCE,
        "agreed_in_use": answers.MIN_AGREED,
        "development_in_field": sum(r["in_field"] for r in rows),
        "development_out_of_field": sum(not r["in_field"] for r in rows),
        "held_apart": len(apart),
        "trade_off": trade,
        "in_use_errors": {"fitting": errors(fitting, *in_use), "held_apart": errors(apart, *in_use)},
        "highest_asked_closeness_out_of_field": max(outside, default=0.0),
        "asked_chosen": choose_asked(outside),
        "asked_in_use": answers.MIN_ASKED,
        "highest_unseen_answered": max(
            (r["unseen"] for r in fitting if r["in_field"] and r["ways"]["best"][1] > 0), default=0.0
        ),
        "unseen_chosen": unseen,
        "unseen_in_use": answers.MAX_UNSEEN,
    }
    if args.json:
        print(json.dumps(result))
        return
    print_tables(result)


def print_tables(result: dict) -> None:
    """The calibration as markdown tables, with the thresholds the rules pick and those in use."""
    print(f"{result['questions']} in-field development questions, answered without abstaining (best sentence's evidence >= threshold):")
    print("| threshold | answered (coverage) | fact coverage of answered (accuracy) | refused |")
    print("| ---: | ---: | ---: | ---: |")
    for row in result["curve"]:
        print(f"| {row['threshold']:.3f} | {row['coverage']:.3f} | {row['accuracy']:.3f} | {row['refused']:.3f} |")
    print()
    print(
        f"Development and scope calibration questions ({result['development_in_field']} in field, "
        f"{result['development_out_of_field']} out of field; {result['held_apart']} held apart), MAX_UNSEEN "
        f"{result['unseen_chosen']}: errors = in-field refused + answered wrong + out-of-field answered by the answer's check alone"
    )
    print(
        "| MIN_EVIDENCE | MIN_AGREED | fitting: refused (gate) / wrong / out answered (gate, alone) / coverage / errors "
        "| held apart: refused (gate) / wrong / out answered (gate, alone) / coverage / errors |"
    )
    print("| ---: | ---: | :--- | :--- |")

    def cell(e: dict) -> str:
        return (
            f"{e['in_field_refused_count']} / {e['in_field_answered_wrong']} / {e['out_of_field_answered']}, "
            f"{e['out_of_field_answered_alone']} / {e['fact_coverage']:.3f} / **{e['errors']}**"
        )

    for row in result["trade_off"]:
        print(f"| {row['threshold']:.2f} | {row['agreed']:.2f} | {cell(row['fitting'])} | {cell(row['held_apart'])} |")
    print(
        f"MIN_EVIDENCE chosen {result['chosen']}, MIN_AGREED chosen {result['agreed_chosen']} "
        f"(in use: {result['in_use']}, {result['agreed_in_use']}; errors in use: fitting "
        f"{result['in_use_errors']['fitting']['errors']}, held apart {result['in_use_errors']['held_apart']['errors']})"
    )
    print()
    print(
        f"Highest unseen share of an in-field fitting question answered with an expected fact: "
        f"{result['highest_unseen_answered']:.3f}; MAX_UNSEEN chosen {result['unseen_chosen']} (in use: {result['unseen_in_use']})"
    )
    print(
        f"Closest an out-of-field development question comes to an 'Asked as' line: "
        f"{result['highest_asked_closeness_out_of_field']:.3f}; MIN_ASKED chosen {result['asked_chosen']} (in use: {result['asked_in_use']})"
    )


if __name__ == "__main__":
    main()
