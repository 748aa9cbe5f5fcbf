"""The datasets: one JSONL file per suite in evals/datasets/, one case per line, each with an `id`."""

from __future__ import annotations

import json
from pathlib import Path

DATASETS_DIR = Path(__file__).resolve().parent / "datasets"


class DatasetError(ValueError):
    """A dataset file that is missing or malformed."""


def load_cases(name: str, directory: Path = DATASETS_DIR) -> list[dict]:
    """The cases of evals/datasets/<name>.jsonl, in file order; DatasetError naming the line when one is broken."""
    path = directory / f"{name}.jsonl"
    if not path.is_file():
        raise DatasetError(f"There is no dataset {path}.")
    cases, seen = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path.name} line {number} is not JSON: {exc.msg}.") from None
        if not isinstance(case, dict) or not case.get("id"):
            raise DatasetError(f"{path.name} line {number} has no id.")
        if case["id"] in seen:
            raise DatasetError(f"{path.name} line {number} repeats the id {case['id']!r}.")
        seen.add(case["id"])
        cases.append(case)
    return cases
