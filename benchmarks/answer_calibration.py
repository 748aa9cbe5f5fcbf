"""Calibrating when an answer abstains, on the development questions (never the frozen blind ones).

The development questions are `evals/datasets/questions.jsonl`, `evals/datasets/questions_paraphrased.jsonl` (asked in
people's own words, with near-field out-of-field questions: selling, shipping, fees, taxes) and the scope calibration
questions (`evals/datasets/scope-calibration.jsonl`, labelled in or out of the field, without expected facts).

Whether a question is in the field is the scope gate's decision (assistant/retrieval/scope.py, calibrated on its own);
an answer abstains only when the evidence in the passages is weak: no sentence reaches MIN_EVIDENCE (words and meaning
together), the passage the search put first is not an agreed match (both rankings within AGREED_RANK, one of them
first, the meaning's ahead of every other passage by AGREED_MARGIN, and the question at least AGREED_FIELD inside the
scope gate's border), and no top passage is known to answer a question worded like it (MIN_ASKED).

Each question is read once per way an answer can be given (its best sentence leading, the agreed passage leading, the
passage asked as it is leading, none of them), so every threshold is judged without answering again. A third of the
questions (chosen by a hash of their id) is held apart: the thresholds are chosen on the other two thirds and the
held-apart third shows whether the choice holds on questions it was not chosen on.

1. The coverage/accuracy curve (reported). For every in-field development question the answer is built with no
   abstaining at all, and the evidence of its best sentence is kept with the share of expected facts the answer states.
   Each threshold gives a point: the share answered (coverage) and the mean fact coverage of those answered (accuracy).
2. MIN_EVIDENCE: per threshold, the in-field questions refused, and the wrong answers (out-of-field questions
   answered, in-field ones answered with none of their expected facts), through the scope gate as `ask` runs and by the
   answer's own check alone (as if the gate let every question through: a gate's errors on the questions it was fitted
   on say little of its errors on new ones). The rule: the threshold with the fewest errors by the answer's own check
   alone (refusals plus wrong answers) on the fitting part, the higher one on a tie (abstaining is the safer side).
   The agreed match (AGREED_FIELD, AGREED_MARGIN) is held at the values in use for this table.
2b. AGREED_FIELD and AGREED_MARGIN: the agreed match only ever answers a question the gate lets in (AGREED_FIELD is a
   margin on the gate's own score), so its errors are counted through the gate: in-field questions refused plus
   out-of-field ones answered, with fact coverage; the pair with the fewest on the fitting part, the higher ones on a
   tie.
2c. The evidence model (answer.EVIDENCE_WEIGHTS): past the gate, a question whose probability of being in the field
   stays below MIN_IN_FIELD is declined whatever the rules say. A logistic regression over the gate's score, the share
   of the question's words the top passage never uses and the closeness of the closest question that passage is known
   to answer, judged with 5-fold cross-validation on the questions the gate lets in. Its out-of-fold curve (coverage,
   accuracy, in-field refused, false answers per probability threshold, the rules deciding the rest) is set beside the
   rules alone; MIN_IN_FIELD is the threshold with the fewest refused plus false answers (the higher on a tie), and the
   weights are fitted on all of them.
2d. MIN_READ_TOP: the model's other side. When the rules abstain, a question whose out-of-fold probability is at least
   MIN_READ_TOP is answered from the passage the search put first. Per threshold: in-field questions refused, in-field
   ones answered with none of their facts, out-of-field ones answered (MIN_IN_FIELD as in use); the threshold with the
   fewest of the three together, the higher on a tie. The passage is read only for a question in the corpus's words:
   MAX_UNSEEN_READ is the highest unseen share of an in-field question past the model that the rules refuse and the
   passage found first answers with an expected fact, plus UNSEEN_MARGIN, rounded up to a step of 0.05.
3. MAX_UNSEEN: the share of the question's weight carried by words the corpus never uses, above which no sentence is
   evidence. The rule: the highest share of an in-field fitting question answered (without abstaining) with at least
   one of its expected facts, plus UNSEEN_MARGIN, rounded up to a step of 0.05.
4. The 'Asked as' closeness (MIN_ASKED): a question below the thresholds is still answered when it comes close in
   meaning to a question a top passage is known to answer. MIN_ASKED is the highest closeness any out-of-field
   development question reaches, plus ASKED_MARGIN, rounded to a step of 0.05.

5. Reading the passage found first (READ_TOP_PASSAGE): its sentence sharing the most of the question's words and its
   opening sentence join the answer. Reported, not chosen by a threshold: fact coverage with and without it (answers as
   `ask` gives them), on the two thirds and on the held-apart third, and the questions it gives more or fewer facts.

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

import numpy as np

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
AGREED_FIELDS = [round(0.01 * i, 3) for i in range(11)]
AGREED_MARGINS = [float("-inf"), 0.0, 0.02]
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
    """The passages found and the question as the answer reads it (answer.read_words: a question in Chinese in the
    corpus's English, as `ask` reads it, so its unseen share and the gate's score are the answer's own)."""
    hits = answers.hybrid_search(index, text, k=5, sites=site)
    asked, weights, meaning, unseen = answers.read_words(index, text)
    return hits, weights, unseen, meaning, asked


# How each way of answering is forced: the thresholds that make it the one taken (None: the module's own).
_FORCED = {
    "best": {"MIN_EVIDENCE": float("-inf"), "MAX_UNSEEN": float("inf")},
    "agreed": {"MIN_EVIDENCE": float("inf"), "MAX_UNSEEN": float("inf")},
    "asked": {"MIN_EVIDENCE": float("inf"), "AGREED_RANK": 0, "MIN_READ_TOP": float("inf")},
    "none": {"MIN_EVIDENCE": float("inf"), "AGREED_RANK": 0, "MIN_READ_TOP": float("inf")},
}


def _answer_by(index, question: dict, path: str) -> tuple[bool, float]:
    """(grounded, fact coverage) of the answer given the way `path` names, the scope gate letting the question through."""
    names = (
        "MIN_EVIDENCE", "AGREED_RANK", "MAX_UNSEEN", "judge_scope", "_asked_closely", "_agreed_passage", "MIN_IN_FIELD",
        "MIN_READ_TOP",
    )
    saved = {name: getattr(answers, name) for name in names}
    try:
        for name, value in _FORCED[path].items():
            setattr(answers, name, value)
        answers.judge_scope = lambda *_args: ScopeDecision(in_scope=True, reason="calibration")
        answers.MIN_IN_FIELD = float("-inf")  # the evidence model is judged from the records, not by answering again
        if path == "agreed":  # the passage the search put first leads
            answers._agreed_passage = lambda hits, *_args, **_kwargs: hits[0] if hits else None
        if path == "none":
            answers._asked_closely = lambda *_args, **_kwargs: None
        reply = answers.answer_question(index, question["question"], question.get("site"))
    finally:
        for name, value in saved.items():
            setattr(answers, name, value)
    share = fact_coverage(reply.answer, question["expected_facts"]).share if question["expected_facts"] else 0.0
    return reply.grounded, share


def record(index, questions: list[dict]) -> list[dict]:
    """Per question, what every threshold needs: the scope gate's decision and score, the best sentence's evidence, the
    passage the search put first (its place in each ranking, the meaning's margin over the other passages), whether a
    passage is asked as the question is, the unseen share, and the answer each way of answering gives."""
    records = []
    for question in questions:
        text = question["question"]
        hits, weights, unseen, meaning, asked = _reading(index, text, _site(question))
        dense = max((h.dense_score for h in hits if h.dense_score is not None), default=None)
        gate = answers.judge_scope(text, dense, getattr(index, "sentence_vectors", None)).in_scope
        hits = answers.passages_asked_about(asked, hits, meaning)
        candidates = sorted(
            answers._candidates(asked, hits, weights, meaning, unseen), key=lambda c: (-c.score, c.hit.rank, c.position)
        )
        top = hits[0] if hits else None
        others = [h.dense_score for h in hits[1:] if h.dense_score is not None]
        ways = {path: _answer_by(index, question, path) for path in PATHS}
        top_reading = _top_passage_evidence(top, weights, meaning)
        records.append(
            {
                "id": question["id"],
                "held_apart": held_apart(question),
                "in_field": question["kind"] != "out_of_scope",
                "has_facts": bool(question["expected_facts"]),
                "gate": gate,
                "field": answers.field_margin(asked, dense, index),
                "best": candidates[0].evidence if candidates else None,
                "ranks": (top.bm25_rank or math.inf, top.dense_rank or math.inf) if top else (math.inf, math.inf),
                "margin": (top.dense_score or 0.0) - max(others, default=0.0) if top else -math.inf,
                "asked": answers._asked_closely(hits, meaning, unseen) is not None,
                "unseen": unseen,
                "ways": ways,
                **top_reading,
            }
        )
    return records


def _top_passage_evidence(top, weights: dict[str, float], meaning) -> dict:
    """What the passage the search put first offers the question (answer.top_passage_evidence, the model's reading)."""
    return answers.top_passage_evidence(top, weights, meaning)


def agreed(row: dict, field: float, margin: float) -> bool:
    """Whether the passage the search put first is an agreed match under these thresholds (answer._agreed_passage)."""
    words, meaning = row["ranks"]
    return (
        max(words, meaning) <= answers.AGREED_RANK
        and min(words, meaning) == 1
        and row["margin"] >= margin
        and row["field"] is not None
        and row["field"] >= field
        and row["unseen"] <= answers.MAX_UNSEEN
    )


def decide(row: dict, min_evidence: float, field: float, margin: float, max_unseen: float) -> tuple[bool, float]:
    """(grounded, fact coverage) as answer_question gives it under these thresholds."""
    speaks = row["unseen"] <= max_unseen
    if row["best"] is not None and row["best"] >= min_evidence and speaks:
        return row["ways"]["best"]
    if agreed(row, field, margin):
        return row["ways"]["agreed"]
    return row["ways"]["asked"] if row["asked"] else row["ways"]["none"]


def errors(rows: list[dict], min_evidence: float, field: float, margin: float, max_unseen: float) -> dict:
    """In-field refused, in-field answered with none of their facts, out-of-field answered (through the gate and by the
    answer's own check alone), and their fact coverage."""
    refused = wrong = through = alone = counted = 0
    coverage = []
    for row in rows:
        grounded, share = decide(row, min_evidence, field, margin, max_unseen)
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
    answered_alone = sum(not decide(r, min_evidence, field, margin, max_unseen)[0] for r in rows if r["in_field"])
    return {
        "in_field_refused": refused / counted if counted else 0.0,
        "in_field_refused_count": refused,
        "fact_coverage": statistics.fmean(coverage) if coverage else 0.0,
        "in_field_answered_wrong": wrong,
        "out_of_field_answered": through,
        "out_of_field_answered_alone": alone,
        "errors": answered_alone + wrong + alone,
        "errors_through_gate": refused + through,
    }


def trade_off(rows: list[dict], max_unseen: float, field: float, margin: float) -> list[dict]:
    """Per MIN_EVIDENCE (the agreed match as in use): the errors on the fitting and the held-apart questions."""
    fitting = [r for r in rows if not r["held_apart"]]
    apart = [r for r in rows if r["held_apart"]]
    return [
        {"threshold": t, "fitting": errors(fitting, t, field, margin, max_unseen), "held_apart": errors(apart, t, field, margin, max_unseen)}
        for t in TRADE_OFF
    ]


def choose(trade: list[dict]) -> float:
    """MIN_EVIDENCE with the fewest errors on the fitting questions; the higher one on a tie."""
    fewest = min(row["fitting"]["errors"] for row in trade)
    return max(row["threshold"] for row in trade if row["fitting"]["errors"] == fewest)


def agreed_table(rows: list[dict], min_evidence: float, max_unseen: float) -> list[dict]:
    """Per (AGREED_FIELD, AGREED_MARGIN): the errors through the gate on the fitting and the held-apart questions."""
    fitting = [r for r in rows if not r["held_apart"]]
    apart = [r for r in rows if r["held_apart"]]
    return [
        {"field": f, "margin": m, "fitting": errors(fitting, min_evidence, f, m, max_unseen),
         "held_apart": errors(apart, min_evidence, f, m, max_unseen)}
        for m in AGREED_MARGINS
        for f in AGREED_FIELDS + [math.inf]
    ]


def choose_agreed(table: list[dict]) -> tuple[float, float]:
    """(AGREED_FIELD, AGREED_MARGIN) with the fewest errors through the gate on the fitting questions; the higher
    ones on a tie."""
    fewest = min(row["fitting"]["errors_through_gate"] for row in table)
    row = max((r for r in table if r["fitting"]["errors_through_gate"] == fewest), key=lambda r: (r["field"], r["margin"]))
    return row["field"], row["margin"]


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
        hits, _weights, unseen, meaning, _asked = _reading(index, question["question"], _site(question))
        asked = [q for hit in hits[: answers.PASSAGES_READ] for q in hit.chunk.questions]
        closeness = float(max(meaning(asked))) if asked and meaning is not None else 0.0
        found.append(closeness * (1.0 - answers.UNSEEN_DISCOUNT * unseen))
    return found


def choose_asked(closeness: list[float]) -> float:
    return round(round((max(closeness, default=0.0) + ASKED_MARGIN) / 0.05) * 0.05, 3)


def curve(rows: list[dict]) -> list[dict]:
    """Per threshold on the best sentence's evidence, answering without abstaining otherwise: coverage and accuracy of
    the in-field questions with facts, and the false answers (out-of-field questions the gate lets in and the
    threshold answers)."""
    points = [(r["best"] or 0.0, r["ways"]["best"][1]) for r in rows if r["in_field"] and r["has_facts"]]
    outside = [r["best"] or 0.0 for r in rows if not r["in_field"] and r["gate"]]
    table = []
    for threshold in THRESHOLDS:
        answered = [share for evidence, share in points if evidence >= threshold]
        table.append(
            {
                "threshold": threshold,
                "coverage": len(answered) / len(points),
                "accuracy": statistics.fmean(answered) if answered else 0.0,
                "refused": 1 - len(answered) / len(points),
                "false_answers": sum(evidence >= threshold for evidence in outside),
            }
        )
    return table


# The evidence model (answer.EVIDENCE_WEIGHTS): a logistic regression telling in-field questions from out-of-field ones
# among those the gate lets in, over MODEL_FEATURES: the gate's score, the share of the question's words the top passage
# never uses, and the closeness of the closest question the top passage is known to answer. Judged with K_FOLDS-fold
# cross-validation (folds by a hash of the id): per threshold on the out-of-fold probability, the rules' answer is kept
# only above it. The rule for MIN_IN_FIELD: the threshold with the fewest in-field questions refused plus out-of-field
# ones answered out of fold, the higher on a tie; the weights are then fitted on all the questions. Wider models were
# tried (the best sentence's evidence, the closest sentence of the top passage, the unseen share): on these questions
# they did no better. Answering every question the model lets in (the best sentence leading, no evidence threshold)
# refused fewer in-field questions, but answered in-field questions the corpus cannot answer ("What fee does IPP
# charge ...?") from whatever passage came first: the model tells the field, not whether the corpus holds the answer.
MODEL_FEATURES = ("field", "uncovered", "asked_top")
K_FOLDS = 5
MODEL_L2 = 1.0
MODEL_THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 13)]
READ_TOP_THRESHOLDS = [round(0.1 * i, 2) for i in range(2, 11)] + [math.inf]


def _features(row: dict) -> list[float]:
    return [float(row[name]) if row.get(name) is not None else 0.0 for name in MODEL_FEATURES]


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = MODEL_L2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, scale, weights) of an L2-regularised logistic regression, the two classes weighed equally (Newton's
    method: a handful of features, a few hundred questions)."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.c_[np.ones(len(x)), (x - mean) / scale]
    balance = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    penalty = l2 * np.diag(np.r_[0.0, np.ones(z.shape[1] - 1)])
    weights = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ weights))
        gradient = z.T @ (balance * (p - y)) + penalty @ weights
        hessian = (z * (balance * p * (1 - p))[:, None]).T @ z + penalty
        weights -= np.linalg.solve(hessian, gradient)
    return mean, scale, weights


def _probability(model, x: np.ndarray) -> np.ndarray:
    mean, scale, weights = model
    return 1 / (1 + np.exp(-(np.c_[np.ones(len(x)), (x - mean) / scale] @ weights)))


def evidence_model(rows: list[dict]) -> dict:
    """The evidence model's out-of-fold curve over the questions the gate lets in: per threshold on the probability of
    being in the field, answering (the best sentence leading) only above it: the in-field questions answered
    (coverage), their mean fact coverage (accuracy), and the out-of-field ones answered (false answers); beside it the
    rules in use on the same questions, and the weights fitted on all of them."""
    let_in = [r for r in rows if r["gate"]]
    x = np.array([_features(r) for r in let_in])
    y = np.array([1.0 if r["in_field"] else 0.0 for r in let_in])
    folds = np.array([int(hashlib.sha1(r["id"].encode()).hexdigest(), 16) % K_FOLDS for r in let_in])
    p = np.zeros(len(let_in))
    for fold in range(K_FOLDS):
        p[folds == fold] = _probability(fit_logistic(x[folds != fold], y[folds != fold]), x[folds == fold])
    facts = [i for i, r in enumerate(let_in) if r["in_field"] and r["has_facts"]]
    outside = [i for i, r in enumerate(let_in) if not r["in_field"]]

    def point(answered: list[tuple[bool, float]], false_answers: int) -> dict:
        given = [share for grounded, share in answered if grounded]
        return {"coverage": len(given) / len(answered) if answered else 0.0,
                "accuracy": statistics.fmean(given) if given else 0.0, "false_answers": false_answers}

    inside = [i for i, r in enumerate(let_in) if r["in_field"]]
    in_use = (answers.MIN_EVIDENCE, answers.AGREED_FIELD, answers.AGREED_MARGIN, answers.MAX_UNSEEN)
    # What the rules answer, with the top passage read for a question the model puts plainly in the field; below
    # MIN_IN_FIELD the model takes the answer away.
    by_rules = [read_top(r, p[i], answers.MIN_READ_TOP, in_use) for i, r in enumerate(let_in)]
    curve = []
    for t in MODEL_THRESHOLDS:
        answered = [(bool(p[i] >= t and by_rules[i][0]), by_rules[i][1]) for i in facts]
        false_answers = int(sum(p[i] >= t and by_rules[i][0] for i in outside))
        refused = int(sum(not (p[i] >= t and by_rules[i][0]) for i in inside))
        curve.append({"threshold": t, **point(answered, false_answers), "refused": refused, "errors": refused + false_answers})
    fewest = min(row["errors"] for row in curve)
    chosen = max(row["threshold"] for row in curve if row["errors"] == fewest)
    rules = point([decide(let_in[i], *in_use) for i in facts], sum(decide(let_in[i], *in_use)[0] for i in outside))
    rules["refused"] = sum(not decide(let_in[i], *in_use)[0] for i in inside)
    cap = choose_read_unseen(let_in, p, in_use)
    reading = read_top_table(let_in, p, in_use, cap)
    mean, scale, weights = fit_logistic(x, y)
    raw = weights[1:] / scale  # on the features as answer.py reads them
    intercept = weights[0] - float(np.sum(weights[1:] * mean / scale))
    return {
        "questions": len(let_in), "in_field": len(inside), "out_of_field": len(outside), "curve": curve,
        "rules_in_use": rules, "chosen": chosen, "in_use": answers.MIN_IN_FIELD,
        "weights": dict(zip(("intercept",) + MODEL_FEATURES, (round(float(w), 3) for w in np.r_[intercept, raw]), strict=True)),
        "weights_in_use": {"intercept": answers.EVIDENCE_INTERCEPT, **answers.EVIDENCE_WEIGHTS},
        "read_top": reading, "read_top_chosen": choose_read_top(reading), "read_top_in_use": answers.MIN_READ_TOP,
        "read_unseen_chosen": cap, "read_unseen_in_use": answers.MAX_UNSEEN_READ,
    }


def read_top(row: dict, probability: float, threshold: float, in_use: tuple, cap: float | None = None) -> tuple[bool, float]:
    """(grounded, fact coverage) as answer_question gives it past the gate: the rules' answer, or, when they abstain,
    the model's probability is at least `threshold` and words the corpus never uses carry no more than `cap` of the
    question (answer.MAX_UNSEEN_READ), the passage the search put first read (answer.MIN_READ_TOP)."""
    grounded, share = decide(row, *in_use)
    cap = answers.MAX_UNSEEN_READ if cap is None else cap
    if not grounded and probability >= threshold and row["unseen"] <= cap:
        return tuple(row["ways"]["agreed"])
    return grounded, share


def choose_read_unseen(let_in: list[dict], p: np.ndarray, in_use: tuple) -> float:
    """MAX_UNSEEN_READ: the highest unseen share of an in-field question past the model (out of fold, MIN_IN_FIELD) that
    the rules refuse and the passage found first answers with an expected fact, plus UNSEEN_MARGIN, rounded up to a step
    of 0.05 (as MAX_UNSEEN)."""
    highest = max(
        (
            r["unseen"] for i, r in enumerate(let_in)
            if r["in_field"] and p[i] >= answers.MIN_IN_FIELD and not decide(r, *in_use)[0] and r["ways"]["agreed"][1] > 0
        ),
        default=0.0,
    )
    return round(math.ceil(round((highest + UNSEEN_MARGIN) / 0.05, 6)) * 0.05, 3)


def read_top_table(let_in: list[dict], p: np.ndarray, in_use: tuple, cap: float) -> list[dict]:
    """Per MIN_READ_TOP, on the out-of-fold probabilities with MIN_IN_FIELD as in use and MAX_UNSEEN_READ at `cap`: the
    in-field questions refused, those answered with none of their facts (wrong), the out-of-field ones answered, and
    the fact coverage."""
    table = []
    for threshold in READ_TOP_THRESHOLDS:
        refused = wrong = false_answers = 0
        shares = []
        for i, row in enumerate(let_in):
            grounded, share = read_top(row, p[i], threshold, in_use, cap)
            grounded = grounded and p[i] >= answers.MIN_IN_FIELD
            if not row["in_field"]:
                false_answers += grounded
                continue
            refused += not grounded
            if row["has_facts"]:
                wrong += grounded and share == 0.0
                shares.append(share if grounded else 0.0)
        table.append({"threshold": threshold, "refused": int(refused), "wrong": int(wrong), "false_answers": int(false_answers),
                      "coverage": statistics.fmean(shares) if shares else 0.0, "errors": int(refused + wrong + false_answers)})
    return table


def choose_read_top(table: list[dict]) -> float:
    """MIN_READ_TOP with the fewest errors (in-field refused, answered wrong, out-of-field answered); the higher on a tie."""
    fewest = min(row["errors"] for row in table)
    return max(row["threshold"] for row in table if row["errors"] == fewest)


def top_passage_reading(index, questions: list[dict]) -> dict:
    """Fact coverage of the in-field development questions with expected facts, answered as `ask` answers them with and
    without READ_TOP_PASSAGE, on the fitting two thirds and the held-apart third."""
    saved = answers.READ_TOP_PASSAGE
    shares: dict[bool, list[float]] = {True: [], False: []}
    asked = [q for q in in_field(questions) if q["expected_facts"]]
    try:
        for reading in (True, False):
            answers.READ_TOP_PASSAGE = reading
            for question in asked:
                reply = answers.answer_question(index, question["question"], question.get("site"))
                shares[reading].append(fact_coverage(reply.answer, question["expected_facts"]).share)
    finally:
        answers.READ_TOP_PASSAGE = saved
    result = {}
    for part, keep in (("fitting", False), ("held_apart", True)):
        rows = [i for i, q in enumerate(asked) if held_apart(q) == keep]
        result[part] = {
            "questions": len(rows),
            "with": statistics.fmean(shares[True][i] for i in rows) if rows else 0.0,
            "without": statistics.fmean(shares[False][i] for i in rows) if rows else 0.0,
            "more_facts": sum(shares[True][i] > shares[False][i] for i in rows),
            "fewer_facts": sum(shares[True][i] < shares[False][i] for i in rows),
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rows", type=Path, help="also write each question's reading here (JSON), to study the choice")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        index = App.for_home(Path(home)).index  # built on first use
        everything = development_questions(paraphrased=True)
        rows = record(index, everything + scope_examples())
        outside = asked_closeness(index, out_of_field(everything))
        reading = top_passage_reading(index, everything)
    if args.rows:
        args.rows.write_text(json.dumps(rows, default=str), encoding="utf-8")
    unseen = choose_unseen(rows)
    field, margin = answers.AGREED_FIELD, answers.AGREED_MARGIN
    trade = trade_off(rows, unseen, field, margin)
    chosen = choose(trade)
    table = agreed_table(rows, chosen, unseen)
    field_chosen, margin_chosen = choose_agreed(table)
    fitting = [r for r in rows if not r["held_apart"]]
    apart = [r for r in rows if r["held_apart"]]
    in_use = (answers.MIN_EVIDENCE, field, margin, answers.MAX_UNSEEN)
    result = {
        "questions": sum(r["in_field"] and r["has_facts"] for r in rows),
        "curve": curve(rows),
        "chosen": chosen,
        "in_use": answers.MIN_EVIDENCE,
        "development_in_field": sum(r["in_field"] for r in rows),
        "development_out_of_field": sum(not r["in_field"] for r in rows),
        "held_apart": len(apart),
        "trade_off": trade,
        "agreed_table": table,
        "agreed_field_chosen": field_chosen,
        "agreed_margin_chosen": margin_chosen,
        "agreed_field_in_use": field,
        "agreed_margin_in_use": margin,
        "in_use_errors": {"fitting": errors(fitting, *in_use), "held_apart": errors(apart, *in_use)},
        "highest_asked_closeness_out_of_field": max(outside, default=0.0),
        "asked_chosen": choose_asked(outside),
        "asked_in_use": answers.MIN_ASKED,
        "highest_unseen_answered": max(
            (r["unseen"] for r in fitting if r["in_field"] and r["ways"]["best"][1] > 0), default=0.0
        ),
        "unseen_chosen": unseen,
        "unseen_in_use": answers.MAX_UNSEEN,
        "evidence_model": evidence_model(rows),
        "top_passage_reading": reading,
    }
    if args.json:
        print(json.dumps(result, default=str))
        return
    print_tables(result)


def print_tables(result: dict) -> None:
    """The calibration as markdown tables, with the thresholds the rules pick and those in use."""
    print(
        f"{result['questions']} in-field development questions, answered without abstaining (best sentence's evidence >= "
        "threshold); false answers: out-of-field development questions the gate lets in that the threshold answers:"
    )
    print("| threshold | answered (coverage) | fact coverage of answered (accuracy) | refused | false answers |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for row in result["curve"]:
        print(
            f"| {row['threshold']:.3f} | {row['coverage']:.3f} | {row['accuracy']:.3f} | {row['refused']:.3f} "
            f"| {row['false_answers']} |"
        )
    print()
    print(
        f"Development and scope calibration questions ({result['development_in_field']} in field, "
        f"{result['development_out_of_field']} out of field; {result['held_apart']} held apart), MAX_UNSEEN "
        f"{result['unseen_chosen']}: errors = in-field refused + answered wrong + out-of-field answered by the answer's check alone"
    )
    print(
        "| MIN_EVIDENCE | fitting: refused (gate) / wrong / out answered (gate, alone) / coverage / errors "
        "| held apart: refused (gate) / wrong / out answered (gate, alone) / coverage / errors |"
    )
    print("| ---: | :--- | :--- |")

    def cell(e: dict) -> str:
        return (
            f"{e['in_field_refused_count']} / {e['in_field_answered_wrong']} / {e['out_of_field_answered']}, "
            f"{e['out_of_field_answered_alone']} / {e['fact_coverage']:.3f} / **{e['errors']}**"
        )

    for row in result["trade_off"]:
        print(f"| {row['threshold']:.2f} | {cell(row['fitting'])} | {cell(row['held_apart'])} |")
    print(f"MIN_EVIDENCE chosen {result['chosen']} (in use: {result['in_use']})")
    print_agreed(result)


def print_agreed(result: dict) -> None:
    """The agreed match's table, and the thresholds for unseen words and asked-as closeness."""
    print()
    print("The agreed match, errors through the gate = in-field refused + out-of-field answered:")
    print("| AGREED_FIELD | AGREED_MARGIN | fitting: refused / out answered / coverage / errors | held apart: same |")
    print("| ---: | ---: | :--- | :--- |")

    def gate_cell(e: dict) -> str:
        return (
            f"{e['in_field_refused_count']} / {e['out_of_field_answered']} / {e['fact_coverage']:.3f} "
            f"/ **{e['errors_through_gate']}**"
        )

    for row in result["agreed_table"]:
        print(f"| {row['field']} | {row['margin']} | {gate_cell(row['fitting'])} | {gate_cell(row['held_apart'])} |")
    print(
        f"AGREED_FIELD chosen {result['agreed_field_chosen']}, AGREED_MARGIN chosen {result['agreed_margin_chosen']} "
        f"(in use: {result['agreed_field_in_use']}, {result['agreed_margin_in_use']}; errors through the gate in use: "
        f"fitting {result['in_use_errors']['fitting']['errors_through_gate']}, held apart "
        f"{result['in_use_errors']['held_apart']['errors_through_gate']})"
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
    print_model(result["evidence_model"])
    print_top_passage(result["top_passage_reading"])


def print_top_passage(reading: dict) -> None:
    """Fact coverage with and without reading the passage found first (READ_TOP_PASSAGE)."""
    print()
    print("Reading the passage the search put first (its sentence sharing most words, its opening), answers as `ask` gives them:")
    print("| questions | n | fact coverage with | without | more facts | fewer facts |")
    print("| :--- | ---: | ---: | ---: | ---: | ---: |")
    for part, row in reading.items():
        print(
            f"| {part.replace('_', ' ')} | {row['questions']} | {row['with']:.3f} | {row['without']:.3f} "
            f"| {row['more_facts']} | {row['fewer_facts']} |"
        )


def print_model(model: dict) -> None:
    """The evidence model's out-of-fold curve beside the rules alone, and the weights fitted."""
    print()
    print(
        f"The evidence model ({K_FOLDS}-fold, out of fold) on the {model['questions']} questions the gate lets in "
        f"({model['in_field']} in the field, {model['out_of_field']} out of it); coverage and accuracy over the in-field "
        "ones with expected facts:"
    )
    print("| P(in field) >= | coverage | accuracy | in-field refused | false answers | errors |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in model["curve"]:
        print(
            f"| {row['threshold']:.2f} | {row['coverage']:.3f} | {row['accuracy']:.3f} | {row['refused']} "
            f"| {row['false_answers']} | **{row['errors']}** |"
        )
    rules = model["rules_in_use"]
    print(
        f"| the rules alone | {rules['coverage']:.3f} | {rules['accuracy']:.3f} | {rules['refused']} "
        f"| {rules['false_answers']} | **{rules['refused'] + rules['false_answers']}** |"
    )
    print(f"MIN_IN_FIELD chosen {model['chosen']} (in use: {model['in_use']})")
    print(f"Weights fitted on all of them: {model['weights']} (in use: {model['weights_in_use']})")
    print()
    print(
        "Reading the passage the search put first when the rules abstain and the model's out-of-fold probability is at "
        f"least MIN_READ_TOP (MIN_IN_FIELD {model['in_use']}); errors = in-field refused + answered wrong + out-of-field answered:"
    )
    print("| MIN_READ_TOP | in-field refused | answered wrong | false answers | fact coverage | errors |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in model["read_top"]:
        print(
            f"| {row['threshold']} | {row['refused']} | {row['wrong']} | {row['false_answers']} | {row['coverage']:.3f} "
            f"| **{row['errors']}** |"
        )
    print(f"MIN_READ_TOP chosen {model['read_top_chosen']} (in use: {model['read_top_in_use']})")
    print(f"MAX_UNSEEN_READ chosen {model['read_unseen_chosen']} (in use: {model['read_unseen_in_use']})")


if __name__ == "__main__":
    main()
