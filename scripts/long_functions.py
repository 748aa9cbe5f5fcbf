#!/usr/bin/env python3
"""Functions longer than a limit (60 lines by default), longest first: `scripts/long_functions.py [--limit N] [FOLDER...]`.

A function's length is its lines from `def` to its last statement (decorators and the docstring included, nested
functions counted inside their parent and on their own). The folders default to the product's code.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("assistant", "integrations", "evals", "benchmarks")


def long_functions(folders: tuple[str, ...] = FOLDERS, limit: int = 60, root: Path = ROOT) -> list[tuple[int, str]]:
    """(length, 'path:line name') of every function longer than `limit` lines."""
    found = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    length = node.end_lineno - node.lineno + 1
                    if length > limit:
                        found.append((length, f"{path.relative_to(root).as_posix()}:{node.lineno} {node.name}"))
    return sorted(found, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=list(FOLDERS))
    parser.add_argument("--limit", type=int, default=60)
    options = parser.parse_args()
    found = long_functions(tuple(options.folders), options.limit)
    for length, where in found:
        print(f"{length:5d}  {where}")
    print(f"{len(found)} function(s) over {options.limit} lines")


if __name__ == "__main__":
    main()
