"""Calibrating the scope gate (assistant/retrieval/scope.py) on labelled questions, and testing it on held-apart ones.

The gate scores a question by its nearness to the labelled in-field and out-of-field example questions
(assistant/retrieval/scope_examples.py), moved by how close the best passage comes. To measure how it does on questions
it has not seen, the examples are split once, deterministically (a hash of the text): 70 % are the reference the
neighbours are found among while calibrating, 30 % are held apart as test questions and never used to choose.

Chosen on: the development questions (`evals/datasets/questions.jsonl`, and `questions_paraphrased.jsonl`, the same
questions in people's own words), the calibration set (`evals/datasets/scope-calibration.jsonl`) and the 70 % reference
examples, each judged against the others (leave one out). A question about another marketplace's own business is out
whatever the constants (scope.py: another_marketplace_only). For each candidate (neighbours K, passage weight, pivot,
the band a case question keeps, the weights of the examples' words, of their words' log-odds and of the reading with
the right's name neutral; for questions written in Chinese, which are judged by their words, the word neighbours and
margin, chosen on those questions alone) it counts separately the false refusals (in-field questions judged out of the
field) and the false answers (out-of-field questions judged in) over all those questions together, and picks the
lowest cost, a false refusal counting three times a false answer (an answer can still abstain; a refusal is final).
Then it reports, for the chosen candidate and for the constants in the code, both figures on the held-apart examples,
and on every split with all examples as the reference (as the gate runs). The frozen blind questions (every `blind/questions*.jsonl`)
are only reported in aggregate, never used to choose.

It also measures the choice itself on unseen questions (k-fold: constants chosen on four fifths of every labelled
question, examples included, and measured on the last fifth, whose examples leave the reference), and reports the
false-refusal / false-answer curve as the threshold moves.

    .venv/bin/python benchmarks/scope_calibration.py          # the best candidates and the figures per split
    .venv/bin/python benchmarks/scope_calibration.py --json
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.retrieval import scope  # noqa: E402
from assistant.retrieval.embedding import bundled_encoder, query_vector  # noqa: E402
from assistant.retrieval.scope_examples import IN_FIELD, OUT_OF_FIELD  # noqa: E402
from assistant.retrieval.search import hybrid_search  # noqa: E402
from integrations.bootstrap import App  # noqa: E402

DATASETS = Path(__file__).resolve().parents[1] / "evals" / "datasets"
SPLITS = {
    "development": [DATASETS / "questions.jsonl"],
    "paraphrased": [DATASETS / "questions_paraphrased.jsonl"],
    "calibration": [DATASETS / "scope-calibration.jsonl"],
    "frozen": sorted((DATASETS / "blind").glob("questions*.jsonl")),
}
CHOOSE_ON = ("development", "paraphrased", "calibration", "examples (reference, leave one out)")
REFUSAL_COST = 3.0
GRID = {
    "neighbours": [3, 5, 7, 10],
    "weight": [0.0, 0.25, 0.5],
    # With a weight, the pivot is the threshold too (a margin would only move it), so it is tried finely.
    "pivot": [round(0.30 + 0.02 * step, 2) for step in range(16)],
    # How far nearer other subjects a question asked as a case question may come and stay in the field (scope.py).
    "case_band": [0.0, 0.04, 0.08, 0.12],
    # How much the examples' words count beside their meaning (scope.py: EXAMPLE_WORDS_WEIGHT).
    "words_weight": [0.0, 0.5, 1.0],
    # How much the examples' words' log-odds count (scope.py: ODDS_WEIGHT).
    "odds_weight": [0.0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04],
    # How much the reading with the right's name neutral takes off when it comes nearer other subjects (scope.py:
    # NEUTRAL_WEIGHT).
    "neutral": [0.0, 0.25, 0.5, 0.75, 1.0],
}
ENGLISH_WORDS = scope.ENGLISH_WORD_NEIGHBOURS  # fixed: the words' K for English questions
# Questions written in Chinese are judged by their words and their English reading (scope.py: READING_WEIGHT), so
# their constants are chosen apart, on the Chinese questions only; the others' on the rest. This grid measures the
# words alone (the words' K and margin); the reading's constants are chosen by benchmarks/scope_chinese_calibration.py.
WORD_GRID = {"word_neighbours": [1, 2, 3, 5, 7], "word_margin": [round(-0.10 + 0.02 * step, 2) for step in range(11)]}


def held_apart(text: str) -> bool:
    """The 30 % of examples kept for testing: fixed by the text, so the split never moves when examples are added."""
    return zlib.crc32(text.encode("utf-8")) % 10 < 3


@dataclass
class Row:
    """One question: whether it is out of the field, its best passage's closeness, its similarity to every example
    (by meaning and by words), whether it is written in Chinese, and which example it is (-1 for none)."""

    out_of_field: bool
    dense: float
    similarities: np.ndarray
    words: np.ndarray
    words_calibrating: np.ndarray
    chinese: bool
    case: bool
    self_index: int = -1
    text: str = ""
    # another marketplace's own business, or only marketplaces the corpus lacks (scope.py: another_marketplace_only,
    # only_marketplaces_the_corpus_lacks)
    other_marketplace: bool = False
    # its similarity to every example, both read with the right's name neutral (scope.py: NEUTRAL_WEIGHT)
    neutral_similarities: np.ndarray | None = None


@dataclass
class Prepared:
    """A question's evidence against a reference set of examples, each kind's similarities nearest first."""

    out_of_field: bool
    dense: float
    inside: np.ndarray
    outside: np.ndarray
    words_inside: np.ndarray
    words_outside: np.ndarray
    chinese: bool
    case: bool
    other_marketplace: bool = False
    odds: float = 0.0
    neutral_inside: np.ndarray | None = None
    neutral_outside: np.ndarray | None = None


def questions(paths: list[Path]) -> list[tuple[str, str | None, bool]]:
    """(question, site, out of field) per line of each file."""
    rows = []
    for line in (line for path in paths if path.is_file() for line in path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            case = json.loads(line)
            label = case.get("label") or case.get("kind")
            rows.append((case["question"], case.get("site"), label in ("out_of_scope", "out_of_field")))
    return rows


EXAMPLES = [*IN_FIELD, *OUT_OF_FIELD]
IS_OUT = np.array([False] * len(IN_FIELD) + [True] * len(OUT_OF_FIELD))
HELD = np.array([held_apart(text) for text in EXAMPLES])
NEUTRAL_EXAMPLES = [*scope.NEUTRAL_IN_FIELD, *scope.NEUTRAL_OUT_OF_FIELD]


# The word weights while calibrating know nothing of the held-apart examples (empty texts keep the rows aligned).
CALIBRATING_WORDS = scope.WordIndex([text if not held else "" for text, held in zip(EXAMPLES, HELD, strict=True)])


def collect(index, rows, vectors: np.ndarray, neutral: np.ndarray, own: bool = False) -> list[Row]:
    out = []
    for i, (text, site, off) in enumerate(rows):
        hits = hybrid_search(index, text, k=5, sites=[site] if site else None)
        dense = max((h.dense_score for h in hits if h.dense_score is not None), default=0.0)
        words, calibrating = scope.word_index().similarities(text), CALIBRATING_WORDS.similarities(text)
        chinese = scope.written_in_chinese(text)
        case = scope.asked_as_a_case(text)
        out.append(Row(off, dense, vectors @ query_vector(text), words, calibrating, chinese, case, i if own else -1, text,
                       scope.another_marketplace_only(text) or scope.only_marketplaces_the_corpus_lacks(text),
                       neutral @ query_vector(scope.without_right_names(text))))
    return out


def odds_model(reference: np.ndarray) -> scope.WordOdds:
    """The words' log-odds learnt from the reference examples alone."""
    texts = np.array(EXAMPLES, dtype=object)
    return scope.WordOdds(list(texts[reference & ~IS_OUT]), list(texts[reference & IS_OUT]))


def odds_of(model: scope.WordOdds, row: Row, reference: np.ndarray) -> float:
    """A question's words' log-odds, an example judged as if it were not among those the odds were learnt from."""
    own = row.self_index >= 0 and reference[row.self_index]
    leave_out = (frozenset(scope.tokenize(row.text)), not IS_OUT[row.self_index]) if own else None
    return model.score(row.text, leave_out)


def prepared(rows: list[Row], reference: np.ndarray) -> list[Prepared]:
    """Each question's nearest reference examples of each kind (never the question itself). With every example as
    the reference, as the gate runs; else as while calibrating."""
    out = []
    calibrating = not reference.all()
    model = odds_model(reference)
    for row in rows:
        words = row.words_calibrating if calibrating else row.words
        usable = reference.copy()
        if row.self_index >= 0:
            usable[row.self_index] = False

        def nearest(values: np.ndarray, kind: np.ndarray, usable=usable) -> np.ndarray:
            return np.sort(values[usable & kind])[::-1]

        out.append(
            Prepared(
                row.out_of_field, row.dense, nearest(row.similarities, ~IS_OUT), nearest(row.similarities, IS_OUT),
                nearest(words, ~IS_OUT), nearest(words, IS_OUT), row.chinese, row.case, row.other_marketplace,
                odds_of(model, row, reference), nearest(row.neutral_similarities, ~IS_OUT),
                nearest(row.neutral_similarities, IS_OUT),
            )
        )
    return out


def judged_in(
    row: Prepared, neighbours: int, weight: float, pivot: float, case_band: float, word_neighbours: int, word_margin: float,
    words_weight: float = 0.0, odds_weight: float = 0.0, neutral: float = 0.0,
) -> bool:
    """The gate's decision (assistant/retrieval/scope.py: judge_scope) under given constants."""
    if row.other_marketplace:
        return False
    if row.chinese:
        return row.words_inside[:word_neighbours].mean() - row.words_outside[:word_neighbours].mean() >= word_margin
    words = row.words_inside[:ENGLISH_WORDS].mean() - row.words_outside[:ENGLISH_WORDS].mean()
    margin = row.inside[:neighbours].mean() - row.outside[:neighbours].mean()
    if neutral:
        read_neutrally = row.neutral_inside[:neighbours].mean() - row.neutral_outside[:neighbours].mean()
        margin -= neutral * max(0.0, margin - read_neutrally)
    score = margin + weight * (row.dense - pivot) + words_weight * words
    score += odds_weight * row.odds
    return score >= 0 or (row.case and min(score, score - odds_weight * row.odds) >= -case_band)


def errors(rows: list[Prepared], **constants) -> dict:
    refused = answered = in_field = out_field = 0
    for row in rows:
        judged = judged_in(row, **constants)
        if row.out_of_field:
            out_field += 1
            answered += judged
        else:
            in_field += 1
            refused += not judged
    return {
        "false_refusals": int(refused), "in_field": in_field, "false_refusal_rate": round(refused / max(in_field, 1), 4),
        "false_answers": int(answered), "out_of_field": out_field, "false_answer_rate": round(answered / max(out_field, 1), 4),
    }


def cost(measured: dict) -> float:
    """Over all the questions chosen on together (each question counts once, whichever set it comes from)."""
    refused, in_field = (sum(m[key] for m in measured.values()) for key in ("false_refusals", "in_field"))
    answered, out_field = (sum(m[key] for m in measured.values()) for key in ("false_answers", "out_of_field"))
    return round(REFUSAL_COST * refused / max(in_field, 1) + answered / max(out_field, 1), 4)


# k-fold: every labelled question (the examples, and the development, paraphrased and calibration questions) falls in
# one of FOLDS folds by a hash of its text. The constants are chosen on four folds and measured on the fifth, the
# examples of the fifth fold taken out of the reference (their neighbours and their words' weights), so that each
# question is judged by constants and examples that never saw it.
FOLDS = 5


def fold_of(text: str) -> int:
    return zlib.crc32(text.encode("utf-8")) % FOLDS


EXAMPLE_FOLDS = np.array([fold_of(text) for text in EXAMPLES])


@dataclass
class Evidence:
    """The questions' evidence as arrays, for judging many candidates at once: for each K, the mean similarity of
    the K nearest in-field examples minus that of the out-of-field ones (by meaning and by words)."""

    out_of_field: np.ndarray
    chinese: np.ndarray
    case: np.ndarray
    dense: np.ndarray
    margin: dict
    word_margin: dict
    other_marketplace: np.ndarray
    odds: np.ndarray
    neutral_margin: dict


def evidence(rows: list[Row], reference: np.ndarray, words_of) -> Evidence:
    margin = {k: [] for k in GRID["neighbours"]}
    neutral_margin = {k: [] for k in GRID["neighbours"]}
    word_margin = {k: [] for k in {*WORD_GRID["word_neighbours"], ENGLISH_WORDS}}
    model = odds_model(reference)
    for row in rows:
        usable = reference.copy()
        if row.self_index >= 0:
            usable[row.self_index] = False
        inside, outside = (np.sort(row.similarities[usable & kind])[::-1] for kind in (~IS_OUT, IS_OUT))
        n_inside, n_outside = (np.sort(row.neutral_similarities[usable & kind])[::-1] for kind in (~IS_OUT, IS_OUT))
        words = words_of(row)
        w_inside, w_outside = (np.sort(words[usable & kind])[::-1] for kind in (~IS_OUT, IS_OUT))
        for k in margin:
            margin[k].append(inside[:k].mean() - outside[:k].mean())
            neutral_margin[k].append(n_inside[:k].mean() - n_outside[:k].mean())
        for k in word_margin:
            word_margin[k].append(w_inside[:k].mean() - w_outside[:k].mean())
    return Evidence(
        np.array([r.out_of_field for r in rows], dtype=bool), np.array([r.chinese for r in rows], dtype=bool),
        np.array([r.case for r in rows], dtype=bool), np.array([r.dense for r in rows]),
        {k: np.array(v) for k, v in margin.items()}, {k: np.array(v) for k, v in word_margin.items()},
        np.array([r.other_marketplace for r in rows], dtype=bool),
        np.array([odds_of(model, row, reference) for row in rows]),
        {k: np.array(v) for k, v in neutral_margin.items()},
    )


def as_evidence(rows: list[Prepared]) -> Evidence:
    """Prepared questions as arrays (the same decision, many candidates at once)."""

    def margins(pairs, ks) -> dict:
        return {k: np.array([inside[:k].mean() - outside[:k].mean() for inside, outside in pairs]) for k in ks}

    return Evidence(
        np.array([r.out_of_field for r in rows], dtype=bool), np.array([r.chinese for r in rows], dtype=bool),
        np.array([r.case for r in rows], dtype=bool), np.array([r.dense for r in rows]),
        margins([(r.inside, r.outside) for r in rows], GRID["neighbours"]),
        margins([(r.words_inside, r.words_outside) for r in rows], {*WORD_GRID["word_neighbours"], ENGLISH_WORDS}),
        np.array([r.other_marketplace for r in rows], dtype=bool), np.array([r.odds for r in rows]),
        margins([(r.neutral_inside, r.neutral_outside) for r in rows], GRID["neighbours"]),
    )


def judged_in_all(e: Evidence, constants: dict) -> np.ndarray:
    """judged_in for every question at once."""
    margin = e.margin[constants["neighbours"]]
    if constants.get("neutral"):
        margin = margin - constants["neutral"] * np.maximum(0.0, margin - e.neutral_margin[constants["neighbours"]])
    score = margin + constants["weight"] * (e.dense - constants["pivot"])
    score = score + constants.get("words_weight", 0.0) * e.word_margin[ENGLISH_WORDS]
    score = score + constants.get("odds_weight", 0.0) * e.odds
    meaning = score - constants.get("odds_weight", 0.0) * e.odds  # the band is never stretched by the words' odds
    english = (score >= 0) | (e.case & (np.minimum(score, meaning) >= -constants["case_band"]))
    chinese = e.word_margin[constants["word_neighbours"]] >= constants["word_margin"]
    return np.where(e.chinese, chinese, english) & ~e.other_marketplace


def counted(e: Evidence, judged: np.ndarray, where: np.ndarray) -> dict:
    inside, outside = where & ~e.out_of_field, where & e.out_of_field
    refused, answered = int((inside & ~judged).sum()), int((outside & judged).sum())
    return {
        "false_refusals": refused, "in_field": int(inside.sum()), "false_refusal_rate": round(refused / max(int(inside.sum()), 1), 4),
        "false_answers": answered, "out_of_field": int(outside.sum()), "false_answer_rate": round(answered / max(int(outside.sum()), 1), 4),
    }


def choose(e: Evidence, where: np.ndarray, in_code: dict) -> dict:
    """The lowest-cost constants on the questions `where` (English and Chinese chosen apart, as in main)."""
    chosen = dict(in_code)
    for grid, chinese in ((GRID, False), (WORD_GRID, True)):
        part = where & (e.chinese == chinese)
        best = None
        for values in itertools.product(*grid.values()):
            constants = {**chosen, **dict(zip(grid, values, strict=True))}
            c = cost({"all": counted(e, judged_in_all(e, constants), part)})
            if best is None or c < best[0] - 1e-9:
                best = (c, constants)
        chosen = best[1]
    return chosen


def kfold(rows: list[Row], in_code: dict) -> dict:
    """Each fold judged by constants chosen on the other folds, with the other folds' examples as the reference."""
    folds = np.array([fold_of(row.text) for row in rows])
    # "as_written": the constants in the code without the neutral reading, to measure what the reading adds.
    held_out = {name: np.zeros(len(rows), dtype=bool) for name in ("chosen", "in_code", "as_written")}
    picks = []
    for fold in range(FOLDS):
        reference = EXAMPLE_FOLDS != fold
        words = scope.WordIndex([text if keep else "" for text, keep in zip(EXAMPLES, reference, strict=True)])
        e = evidence(rows, reference, lambda row, words=words: words.similarities(row.text))
        constants = choose(e, folds != fold, in_code)
        picks.append({key: constants[key] for key in (*GRID, *WORD_GRID)})
        for name, used in (("chosen", constants), ("in_code", in_code), ("as_written", {**in_code, "neutral": 0.0})):
            held_out[name][folds == fold] = judged_in_all(e, used)[folds == fold]
    e = evidence(rows, np.ones(len(EXAMPLES), dtype=bool), lambda row: row.words)
    return {
        "folds": FOLDS,
        "chosen_per_fold": picks,
        **{
            f"{name}{suffix}": counted(e, judged, where)
            for name, judged in held_out.items()
            for suffix, where in (("", np.ones(len(rows), dtype=bool)), ("_english", ~e.chinese), ("_chinese", e.chinese))
        },
    }


def curve(rows: list[Row], in_code: dict) -> dict:
    """False refusals against false answers as the threshold moves (the pivot for English, the word margin for
    Chinese), the other constants as in the code; every example as the reference but never its own neighbour."""
    e = evidence(rows, np.ones(len(EXAMPLES), dtype=bool), lambda row: row.words)
    english = [
        {"pivot": pivot, **counted(e, judged_in_all(e, {**in_code, "pivot": pivot}), ~e.chinese)}
        for pivot in (round(0.30 + 0.02 * step, 2) for step in range(16))
    ]
    chinese = [
        {"word_margin": margin, **counted(e, judged_in_all(e, {**in_code, "word_margin": margin}), e.chinese)}
        for margin in WORD_GRID["word_margin"]
    ]
    return {"english": english, "chinese": chinese}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    encoder = bundled_encoder()
    vectors = np.asarray(encoder.encode(EXAMPLES))
    neutral = np.asarray(encoder.encode(NEUTRAL_EXAMPLES))
    example_rows = [(text, None, bool(off)) for text, off in zip(EXAMPLES, IS_OUT, strict=True)]
    with tempfile.TemporaryDirectory() as home:
        index = App.for_home(Path(home), model="offline").index
        raw = {name: collect(index, questions(paths), vectors, neutral) for name, paths in SPLITS.items() if questions(paths)}
        examples = collect(index, example_rows, vectors, neutral, own=True)
    reference = ~HELD
    calibrating = {name: prepared(rows, reference) for name, rows in raw.items() if name in CHOOSE_ON}
    calibrating[CHOOSE_ON[-1]] = prepared([r for r, h in zip(examples, HELD, strict=True) if not h], reference)
    test = prepared([r for r, h in zip(examples, HELD, strict=True) if h], reference)
    everything = np.ones(len(EXAMPLES), dtype=bool)
    as_run = {name: prepared(rows, everything) for name, rows in raw.items()}

    arrays = {name: as_evidence(rows) for name, rows in calibrating.items()}

    def search(grid: dict, chinese: bool, fixed: dict) -> list[dict]:
        candidates = []
        for values in itertools.product(*grid.values()):
            constants = {**fixed, **dict(zip(grid, values, strict=True))}
            measured = {
                name: counted(e, judged_in_all(e, constants), e.chinese == chinese) for name, e in arrays.items()
            }
            measured = {name: m for name, m in measured.items() if m["in_field"] + m["out_of_field"]}
            candidates.append({**constants, "cost": cost(measured), "on": measured})
        return sorted(candidates, key=lambda c: (c["cost"], -c.get("weight", 0)))

    in_code = {
        "neighbours": scope.NEIGHBOURS, "weight": scope.PASSAGE_WEIGHT, "pivot": scope.PASSAGE_PIVOT,
        "case_band": scope.CASE_BAND, "word_neighbours": scope.WORD_NEIGHBOURS, "word_margin": scope.WORD_MARGIN,
        "words_weight": scope.EXAMPLE_WORDS_WEIGHT, "odds_weight": scope.ODDS_WEIGHT, "neutral": scope.NEUTRAL_WEIGHT,
    }
    as_written = {**in_code, "neutral": 0.0}  # without the neutral reading, to measure what it adds
    best = search(GRID, False, {key: in_code[key] for key in WORD_GRID})
    best_words = search(WORD_GRID, True, {key: in_code[key] for key in GRID})
    chosen = {**{key: best[0][key] for key in GRID}, **{key: best_words[0][key] for key in WORD_GRID}}
    report = {
        "examples": {"in_field": len(IN_FIELD), "out_of_field": len(OUT_OF_FIELD), "held_apart": int(HELD.sum())},
        "chosen": chosen,
        "in_code": in_code,
        "held_apart": {
            "chosen": errors(test, **chosen), "in_code": errors(test, **in_code), "as_written": errors(test, **as_written)
        },
        "held_apart_chinese": {
            "chosen": errors([row for row in test if row.chinese], **chosen),
            "in_code": errors([row for row in test if row.chinese], **in_code),
        },
        "chosen_on": {name: errors(rows, **chosen) for name, rows in calibrating.items()},
        "splits": {name: errors(rows, **in_code) for name, rows in as_run.items()},
        "splits_as_written": {name: errors(rows, **as_written) for name, rows in as_run.items()},
        "best": [{key: c[key] for key in (*GRID, "cost")} for c in best[:5]],
        "best_chinese": [{key: c[key] for key in (*WORD_GRID, "cost")} for c in best_words[:5]],
    }
    # Never the frozen questions: they are only reported in aggregate above.
    labelled = [*examples, *(row for name, rows in raw.items() if name in CHOOSE_ON for row in rows)]
    report["kfold"] = kfold(labelled, in_code)
    report["curve"] = curve(labelled, in_code)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0

    def line(name: str, figures: dict) -> str:
        return (
            f"  {name:38} false refusals {figures['false_refusals']:3}/{figures['in_field']:<3} ({figures['false_refusal_rate']:6.1%})"
            f"  false answers {figures['false_answers']:3}/{figures['out_of_field']:<3} ({figures['false_answer_rate']:6.1%})"
        )

    print(f"examples: {report['examples']}")
    print(f"chosen on {', '.join(CHOOSE_ON)}: {report['chosen']}; in the code: {in_code}")
    print("chosen candidate, on the data it was chosen on (70 % reference):")
    for name, figures in report["chosen_on"].items():
        print(line(name, figures))
    print("held-apart examples (30 %, neighbours among the other 70 %):")
    print(line("chosen", report["held_apart"]["chosen"]))
    print(line("in the code", report["held_apart"]["in_code"]))
    print(line("in the code, without the neutral reading", report["held_apart"]["as_written"]))
    print(line("chosen, those in Chinese", report["held_apart_chinese"]["chosen"]))
    print(line("in the code, those in Chinese", report["held_apart_chinese"]["in_code"]))
    print("the constants in the code, all examples as the reference (as the gate runs):")
    for name, figures in report["splits"].items():
        print(line(name, figures))
    print("... and without the neutral reading:")
    for name, figures in report["splits_as_written"].items():
        print(line(name, figures))
    folds = report["kfold"]
    print(f"{folds['folds']}-fold over the examples and the development, paraphrased and calibration questions (each fold judged")
    print("by constants chosen on the others, the other folds' examples as the reference):")
    for name in ("chosen", "chosen_english", "chosen_chinese", "in_code", "in_code_english", "in_code_chinese", "as_written_english"):
        print(line(name.replace("_", ", "), folds[name]))
    print("the curve, the other constants as in the code (every labelled question, never its own neighbour):")
    for point in report["curve"]["english"]:
        print(line(f"English, pivot {point['pivot']:.2f}", point))
    for point in report["curve"]["chinese"]:
        print(line(f"Chinese, word margin {point['word_margin']:+.2f}", point))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
