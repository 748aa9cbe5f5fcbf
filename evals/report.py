"""The scorecard as markdown (for CI logs and evals/README.md); the CLI renders the same text for the terminal."""

from __future__ import annotations

import json
from typing import Any

from evals.results import Metric, Scorecard
from evals.scorers.latency import percentile

MAX_CELL = 800  # characters shown of one expected or got value; the JSON output has everything


def fmt(value: float, kind: str) -> str:
    """A metric value as people read it."""
    if kind == "count":
        return f"{value:.0f}"
    if kind == "ms":
        return f"{value:.1f}"
    if kind == "turns":
        return f"{value:.2f}"
    if kind == "delta":
        return f"{value:+.3f}"
    return f"{value:.3f}"


def _threshold(metric: Metric) -> str:
    if metric.threshold is None:
        return ""
    sign = "≥" if metric.bound == "min" else "≤"
    return f"{sign} {fmt(metric.threshold, metric.kind)}"


def _verdict(metric: Metric) -> str:
    if metric.passed is None:
        return ""
    if metric.passed:
        return "ok"
    return "**BELOW THRESHOLD**" if metric.bound == "min" else "**ABOVE THRESHOLD**"


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _table(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return []
    headers = list(rows[0])
    align = ["---" if isinstance(rows[0][h], str) else "---:" for h in headers]  # text left, figures right
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    for row in rows:
        lines.append("| " + " | ".join(_figure(key, value) for key, value in row.items()) + " |")
    return lines


def _figure(column: str, value: Any) -> str:
    """A table cell: milliseconds with one decimal, other fractions with three."""
    if isinstance(value, float):
        return fmt(value, "ms" if "ms" in column else "share")
    return str(value)


def markdown(card: Scorecard) -> str:
    """The whole scorecard: verdict, scores against thresholds, side-by-side tables, latency, failing cases."""
    mode = "offline (guided mode)" if card.model == "offline" else f"through the model {card.model}"
    limit = f" (limit {card.max_seconds:.0f} s{', EXCEEDED' if card.too_slow else ''})" if card.max_seconds else ""
    lines = [
        f"# Scorecard: {card.verdict.upper()}",
        "",
        f"Run {card.started_at}, {mode}, {len(card.suites)} suite(s), {card.seconds:.1f} s{limit}.",
    ]
    lines += [f"\n{note}" for note in card.notes]
    lines += ["", "| suite | status | cases | seconds | note |", "| --- | --- | ---: | ---: | --- |"]
    for suite in card.suites:
        status = suite.status.upper() if suite.status != "passed" else "passed"
        lines.append(f"| {suite.name} | {status} | {suite.cases} | {suite.seconds:.1f} | {_cell(suite.reason)} |")
    if any(suite.metrics for suite in card.suites):
        lines += ["", "## Scores", "", "| suite | metric | value | threshold | |", "| --- | --- | ---: | ---: | --- |"]
    for suite in card.suites:
        for metric in suite.metrics:
            lines.append(f"| {suite.name} | {metric.label} (`{metric.name}`) | {fmt(metric.value, metric.kind)} | {_threshold(metric)} | {_verdict(metric)} |")
    for suite in card.suites:
        for name, rows in suite.tables.items():
            lines += ["", f"## {suite.name}: {name}", "", *_table(rows)]
    latency = [
        {"suite": s.name, "operation": op, "n": len(v), "p50 ms": percentile(v, 0.5), "p95 ms": percentile(v, 0.95)}
        for s in card.suites for op, v in s.latencies_ms.items() if v
    ]
    if latency:
        lines += ["", "## Latency", "", *_table(latency)]
    failing = [s for s in card.suites if s.failures or s.frozen_failures]
    if failing:
        lines += ["", "## Failing cases"]
        for suite in failing:
            lines += ["", f"### {suite.name} ({len(suite.failures)})", ""]
            if suite.frozen_failures:
                counted = ", ".join(f"{name} {count}" for name, count in sorted(suite.frozen_failures.items()))
                lines += [f"Frozen cases failing, counted and not listed: {counted}.", ""]
            for failure in suite.failures:
                lines.append(f"- **{failure.case_id}** {_cell(failure.checks)}")
                lines.append(f"  - expected: {_cell(failure.expected)}")
                lines.append(f"  - got: {_cell(failure.got)}")
    return "\n".join(lines) + "\n"
