"""Run the scorecard: the suites asked for, in a temporary folder, judged against evals/thresholds.toml.

    from evals.runner import run_scorecard
    card = run_scorecard(["links", "checklists"], apps=App)  # App: the composition root (integrations.bootstrap)
    card.verdict  # 'passed', 'failed' or 'incomplete'

A suite that goes through the chat (answers, conversations, safety) runs in the guided mode, or through the model
named by `model`; when that model cannot be used (no key, no server) those suites are SKIPPED with the reason,
never counted as passed.

With two workers (the default on a machine with two cores or more), the suites that never read the corpus index
(WITHOUT_CORPUS_INDEX: appeals, rejections, checklists, links) run in a second process while this one runs the others:
each suite is deterministic and keeps nothing from another, so the figures are those of one process, in less time.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evals.results import Scorecard, SuiteResult, skipped
from evals.suites import ALIASES, SUITE_NAMES, WITHOUT_CORPUS_INDEX, suite_module
from evals.thresholds import THRESHOLDS_FILE, apply_thresholds, load_thresholds, thresholds_for
from evals.workspace import ModelUnreachable, Workspace


class UnknownSuite(ValueError):
    """A suite name that is not one of SUITE_NAMES or ALIASES."""


def resolve_suites(names: Sequence[str] | None) -> list[str]:
    """The suites to run, in scorecard order: every one when no name is given; 'a,b' and aliases allowed."""
    wanted: set[str] = set()
    for raw in names or ["all"]:
        for name in filter(None, (part.strip().lower() for part in raw.split(","))):
            if name in ALIASES:
                wanted.update(ALIASES[name])
            elif name in SUITE_NAMES:
                wanted.add(name)
            else:
                raise UnknownSuite(name)
    return [name for name in SUITE_NAMES if name in wanted]


def run_scorecard(
    names: Sequence[str] | None = None,
    *,
    model: str | None = None,
    apps: Any,
    thresholds_file: Path = THRESHOLDS_FILE,
    on_suite: Callable[[str], None] | None = None,
    workers: int | None = None,
) -> Scorecard:
    """Run the suites and judge them; `on_suite(name)` is called as each one starts (for progress).

    `apps` is the composition root's App class: the suites build their settings, stores, indexes and chats through it.
    `workers`: 1 runs every suite in this process; 2 (the default with two cores or more) runs the suites without the
    corpus index in a second process at the same time.
    """
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    suites = resolve_suites(names)
    thresholds = load_thresholds(thresholds_file)
    started, started_at = time.perf_counter(), datetime.now(UTC).isoformat(timespec="seconds")
    apart = [name for name in suites if name in WITHOUT_CORPUS_INDEX] if (workers or default_workers()) > 1 else []
    if len(apart) == len(suites):
        apart = []  # nothing would run beside them: one process
    by_name: dict[str, SuiteResult] = {}
    with tempfile.TemporaryDirectory(prefix="ipr-eval-", ignore_cleanup_errors=True) as root:
        workspace = Workspace(Path(root), model=model, apps=apps)
        problem = workspace.model_problem()
        with _beside(apart, Path(root) / "apart", model, apps, problem) as running:
            if apart and on_suite:
                on_suite(", ".join(apart) + " (in a second process)")
            for name in (n for n in suites if n not in apart):
                if on_suite:
                    on_suite(name)
                by_name[name] = run_suite(name, workspace, problem)
            by_name.update(_results_of(running, apart))
    results = [by_name[name] for name in suites]
    for result in results:
        apply_thresholds(result, thresholds_for(thresholds, result.name, through_model=result.through_model))
    seconds = time.perf_counter() - started
    run_limits = thresholds.get("run", {})
    card = Scorecard(
        model=model or "offline",
        suites=results,
        seconds=seconds,
        started_at=started_at,
        max_seconds=run_limits.get("max_seconds") if set(suites) == set(SUITE_NAMES) else None,
    )
    if any(result.through_model and result.status != "skipped" for result in results):
        card.notes.append(
            "Suites run through the model are held only to the thresholds that hold for any model (safety); the "
            "others were measured for the guided mode, so their scores are reported, not judged."
        )
    return card


def run_suite(name: str, workspace: Workspace, model_problem: str | None) -> SuiteResult:
    """One suite, timed; skipped when it needs the named model and that model cannot be used."""
    module = suite_module(name)
    if module.THROUGH_MODEL and model_problem:
        return skipped(name, module.TITLE, f"needs the model {workspace.model}, which cannot be used: {model_problem}")
    started = time.perf_counter()
    try:
        result = module.run(workspace)
    except ModelUnreachable as error:
        result = skipped(name, module.TITLE, f"the model {workspace.model} could not be reached: {error}")
    except Exception as error:  # a suite that breaks is reported as an error, and the others still run
        frame = traceback.extract_tb(error.__traceback__)[-1]
        result = SuiteResult(name=name, title=module.TITLE, status="error",
                             reason=f"{type(error).__name__}: {error} (at {Path(frame.filename).name}:{frame.lineno})")
    result.seconds = time.perf_counter() - started
    return result


def default_workers() -> int:
    """2 on a machine (or a CPU allowance) of two cores or more, else 1."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 2 if cores >= 2 else 1


@contextmanager
def _beside(names: list[str], root: Path, model: str | None, apps: Any, problem: str | None) -> Iterator[Future | None]:
    """The suites `names` running in a second process (started fresh, not forked: the index and the OCR engine keep
    threads), in data directories under `root`; None when there are none."""
    if not names:
        yield None
        return
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool.submit(run_suites_apart, names, root, model, apps, problem)


def _results_of(running: Future | None, names: list[str]) -> dict[str, SuiteResult]:
    """The second process's results, or each of its suites as an error when the process itself broke."""
    if running is None:
        return {}
    try:
        return {result.name: result for result in running.result()}
    except Exception as error:  # the process died (killed, out of memory): its suites are reported, never dropped
        return {name: SuiteResult(name=name, title=suite_module(name).TITLE, status="error",
                                  reason=f"the second process stopped: {type(error).__name__}: {error}") for name in names}


def run_suites_apart(names: list[str], root: Path, model: str | None, apps: Any, problem: str | None) -> list[SuiteResult]:
    """Run suites one after another in a workspace of their own (what the second process does)."""
    root.mkdir(parents=True, exist_ok=True)
    workspace = Workspace(root, model=model, apps=apps)
    return [run_suite(name, workspace, problem) for name in names]
