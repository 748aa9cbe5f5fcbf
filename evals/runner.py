"""Run the scorecard: the suites asked for, in a temporary folder, judged against evals/thresholds.toml.

    from evals.runner import run_scorecard
    card = run_scorecard(["links", "checklists"], apps=App)  # App: the composition root (integrations.bootstrap)
    card.verdict  # 'passed', 'failed' or 'incomplete'

A suite that goes through the chat (answers, conversations, safety) runs in the guided mode, or through the model
named by `model`; when that model cannot be used (no key, no server) those suites are SKIPPED with the reason,
never counted as passed.
"""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evals.results import Scorecard, SuiteResult, skipped
from evals.suites import ALIASES, SUITE_NAMES, suite_module
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
) -> Scorecard:
    """Run the suites and judge them; `on_suite(name)` is called as each one starts (for progress).

    `apps` is the composition root's App class: the suites build their settings, stores, indexes and chats through it.
    """
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    suites = resolve_suites(names)
    thresholds = load_thresholds(thresholds_file)
    started, started_at = time.perf_counter(), datetime.now(UTC).isoformat(timespec="seconds")
    results: list[SuiteResult] = []
    with tempfile.TemporaryDirectory(prefix="ipr-eval-", ignore_cleanup_errors=True) as root:
        workspace = Workspace(Path(root), model=model, apps=apps)
        problem = workspace.model_problem()
        for name in suites:
            if on_suite:
                on_suite(name)
            results.append(run_suite(name, workspace, problem))
            limits = thresholds_for(thresholds, name, through_model=results[-1].through_model)
            apply_thresholds(results[-1], limits)
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
