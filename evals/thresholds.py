"""Thresholds (evals/thresholds.toml): the least (min_*) or most (max_*) a metric may score before the run fails."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from evals.results import SuiteResult

THRESHOLDS_FILE = Path(__file__).resolve().parent / "thresholds.toml"


def load_thresholds(path: Path = THRESHOLDS_FILE) -> dict[str, Any]:
    """The thresholds file as a dict of tables."""
    with path.open("rb") as handle:
        return tomllib.load(handle)


def thresholds_for(thresholds: dict[str, Any], suite: str, *, through_model: bool) -> dict[str, float]:
    """The suite's thresholds. A suite run through a model is held only to those in [with_model.<suite>]:
    the others were measured for the guided mode."""
    table = thresholds.get("with_model", {}).get(suite, {}) if through_model else thresholds.get(suite, {})
    return {key: value for key, value in table.items() if isinstance(value, int | float)}


def apply_thresholds(result: SuiteResult, limits: dict[str, float]) -> None:
    """Judge the suite's metrics; a threshold naming a metric the suite did not produce fails the suite too."""
    if result.status in ("skipped", "error"):
        return
    by_name = {metric.name: metric for metric in result.metrics}
    for key, limit in limits.items():
        bound, _, name = key.partition("_")
        metric = by_name.get(name)
        if bound not in ("min", "max") or metric is None:
            result.status = "failed"
            result.reason = f"thresholds.toml names {key!r}, which this suite does not measure"
            continue
        metric.threshold, metric.bound = float(limit), bound
        metric.passed = metric.value >= limit if bound == "min" else metric.value <= limit
        if not metric.passed:
            result.status = "failed"
            sign = "<" if bound == "min" else ">"
            missed = f"{name} {metric.value:g} {sign} {key} {limit:g}"
            result.reason = f"{result.reason}; {missed}" if result.reason else missed
