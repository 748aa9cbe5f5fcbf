"""CLI start-up benchmark: whole processes, against `python -c pass` in the same run.

Times, as a person would see them, `ipr-assistant --help` and `ipr-assistant check-urls FILE` on one link (a fresh data
directory: no store, no index), beside `python -c pass` (the interpreter alone). The three run interleaved, so
load on the machine hits each alike; the medians are reported with the interpreter subtracted too.

With --compare DIR the same two commands also run with another checkout first on the path (e.g. an earlier commit,
`git worktree add DIR COMMIT`), in the same interleaved rounds.

Run: .venv/bin/python benchmarks/cli_startup_benchmark.py [--runs N] [--compare DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The installed entry point, as people run it (with this checkout first on the path).
ENTRY = Path(sys.executable).parent / "ipr-assistant"
CLI = [str(ENTRY)] if ENTRY.exists() else [sys.executable, "-m", "integrations.cli.app"]
ONE_LINK = "https://www.aliexpress.com/item/1005001234567890.html\n"
TARGETS = {"--help": 0.35, "check-urls": 0.6}


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    parser.add_argument("--compare", type=Path, help="another checkout to time beside this one")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ipr-startup-") as home:
        links = Path(home) / "links.txt"
        links.write_text(ONE_LINK, encoding="utf-8")
        env = os.environ | {"IPR_ASSISTANT_HOME": str(Path(home) / "data"), "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
        env.pop("IPR_DATABASE_URL", None)
        commands = {
            "python -c pass": ([sys.executable, "-c", "pass"], env),
            "--help": ([*CLI, "--help"], env),
            "check-urls": ([*CLI, "check-urls", str(links)], env),
        }
        if args.compare:
            other = env | {"PYTHONPATH": str(args.compare.resolve())}
            commands[f"--help ({args.compare.name})"] = ([*CLI, "--help"], other)
            commands[f"check-urls ({args.compare.name})"] = ([*CLI, "check-urls", str(links)], other)
        for command, command_env in commands.values():  # warm the file cache once
            timed(command, command_env)
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, command_env) in commands.items():
                runs[name].append(timed(command, command_env))
        if any(path.name.endswith(".db") for path in Path(home).rglob("*")):
            raise SystemExit("check-urls created a store: a command that only reads must not")

    baseline = statistics.median(runs["python -c pass"])
    result = {
        "runs": args.runs,
        "median_seconds": {name: round(statistics.median(values), 3) for name, values in runs.items()},
        "over_interpreter_seconds": {name: round(statistics.median(values) - baseline, 3) for name, values in runs.items()},
        "targets_seconds": TARGETS,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"{args.runs} runs each, interleaved; whole processes ({' '.join(CLI)})\n")
    print("| command | median s | over python -c pass s | target s |\n| --- | ---: | ---: | ---: |")
    for name in commands:
        target = TARGETS.get(name)
        print(f"| {name} | {result['median_seconds'][name]} | {result['over_interpreter_seconds'][name]} | {target if target else ''} |")


if __name__ == "__main__":
    main()
