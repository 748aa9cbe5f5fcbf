"""Scorecard time benchmark: `ipr-assistant eval --json` (the offline scorecard CI runs), against another checkout in
the same run.

Each round runs this checkout's scorecard (with each number of workers asked for) and, with --compare DIR, the other
checkout's (e.g. the commit before, `git worktree add DIR COMMIT`), one after the other, so that load on the machine
hits each alike. Reported per variant: the median wall-clock seconds of the whole run and of each suite, and the CPU
seconds the run used (its processes together). Every run's figures and per-case results (everything but timings) must
be the same as the first run's: the script exits 1 when they differ, printing the first difference.

Run: .venv/bin/python benchmarks/scorecard_benchmark.py [--compare DIR] [--rounds N] [--workers 1,2] [--suite S] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from integrations.cli.app import main; main()"]
# Timings, which vary with the load: never part of what must stay the same.
TIMING_KEYS = frozenset({"seconds", "started_at", "latency", "verdict"})


def figures(card: dict[str, Any]) -> Any:
    """The scorecard without its timings (the run's and each suite's seconds, latencies, metrics and table columns in ms)."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in TIMING_KEYS and not k.endswith((" ms", "_ms"))}
        if isinstance(value, list):
            return [strip(v) for v in value if not (isinstance(v, dict) and v.get("kind") == "ms")]
        return value

    return strip(card)


def first_difference(a: Any, b: Any, where: str = "") -> str | None:
    """Where two JSON values first differ, and how."""
    if type(a) is not type(b):
        return f"{where}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: only in {'the first' if key in a else 'the second'}"
            found = first_difference(a[key], b[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items != {len(b)}"
        return next((d for i, (x, y) in enumerate(zip(a, b, strict=True)) if (d := first_difference(x, y, f"{where}[{i}]"))), None)
    return None if a == b else f"{where}: {a!r} != {b!r}"


def run_once(checkout: Path, workers: int | None, suites: str | None, home: Path) -> dict[str, Any]:
    """One scorecard run of a checkout: its card, wall seconds and the CPU seconds of its processes."""
    env = os.environ | {"PYTHONPATH": str(checkout), "IPR_ASSISTANT_HOME": str(home), "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    env.pop("IPR_DATABASE_URL", None)
    env.pop("IPR_CHROMA_URL", None)
    command = [*CLI, "eval", "--json", *(["--suite", suites] if suites else []), *(["--workers", str(workers)] if workers else [])]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=checkout, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not done.stdout.strip():
        raise SystemExit(f"{checkout}: eval printed nothing (exit {done.returncode}): {done.stderr[-800:]}")
    card = json.loads(done.stdout)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"card": card, "wall": wall, "cpu": cpu, "suites": {s["name"]: s["seconds"] for s in card["suites"]}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, help="another checkout to time beside this one (the baseline)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds (default 1: a whole scorecard takes minutes)")
    parser.add_argument("--workers", default="2", help="this checkout's --workers values to time, comma-separated (default 2)")
    parser.add_argument("--suite", help="only these suites (as eval --suite takes them)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()

    variants: dict[str, tuple[Path, int | None]] = {f"this checkout, {w} worker(s)": (ROOT, int(w)) for w in args.workers.split(",")}
    if args.compare:
        variants[f"baseline ({args.compare.name})"] = (args.compare.resolve(), None)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in variants}
    loads = [os.getloadavg()[0]]
    reference = None
    with tempfile.TemporaryDirectory(prefix="ipr-scorecard-bench-") as home:
        for _ in range(args.rounds):
            for name, (checkout, workers) in variants.items():
                run = run_once(checkout, workers, args.suite, Path(home) / "data")
                runs[name].append(run)
                loads.append(os.getloadavg()[0])
                found = figures(run["card"])
                if reference is None:
                    reference = (name, found)
                elif (difference := first_difference(reference[1], found)) is not None:
                    raise SystemExit(f"The figures of '{name}' differ from those of '{reference[0]}': {difference}")

    result = {
        "rounds": args.rounds,
        "load_average": {"min": round(min(loads), 1), "max": round(max(loads), 1)},
        "same_figures": True,
        "variants": {
            name: {
                "wall_seconds": round(statistics.median(r["wall"] for r in found), 1),
                "cpu_seconds": round(statistics.median(r["cpu"] for r in found), 1),
                "suite_seconds": {s: round(statistics.median(r["suites"][s] for r in found), 1) for s in found[0]["suites"]},
            }
            for name, found in runs.items()
        },
    }
    if args.json:
        print(json.dumps(result))
        return
    suites = list(next(iter(result["variants"].values()))["suite_seconds"])
    print(f"{args.rounds} round(s), load average {result['load_average']['min']}-{result['load_average']['max']}; "
          "every run's figures and per-case results the same\n")
    print("| run | wall s | CPU s | " + " | ".join(suites) + " |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in suites) + " |")
    for name, found in result["variants"].items():
        print(f"| {name} | {found['wall_seconds']} | {found['cpu_seconds']} | " + " | ".join(str(found["suite_seconds"][s]) for s in suites) + " |")


if __name__ == "__main__":
    main()
