"""The frozen blind datasets: unchanged since they were recorded, and every case well formed."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

BLIND_DIR = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "blind"
ROOT = BLIND_DIR.parents[2]

# Keys every case has, whatever the file; then the keys of each file's own schema (see evals/datasets/blind/README.md).
COMMON_KEYS = {"id", "frozen", "written"}
KEYS = {
    "conversations.jsonl": {"checks", "lines", "expected"},
    "appeals.jsonl": {"checks", "complaint", "counter_notice", "attachments", "expected_grounds", "expected_recommendation",
                      "expected_findings"},
    "questions.jsonl": {"question", "persona", "site", "kind", "expected_sources", "expected_facts", "phrasing"},
    "rejections.jsonl": {"notice", "language", "expected_reason"},
}


def recorded_hashes() -> dict[str, str]:
    """Path (relative to the repository root) -> recorded SHA-256, from SHA256SUMS (sha256sum's format)."""
    hashes = {}
    for line in (BLIND_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, path = line.split(maxsplit=1)
            hashes[path.lstrip("*").strip()] = digest
    return hashes


def blind_files() -> list[Path]:
    return sorted(BLIND_DIR.glob("*.jsonl"))


def test_every_recorded_file_still_has_its_hash():
    hashes = recorded_hashes()
    assert hashes
    for path, digest in hashes.items():
        assert (ROOT / path).is_file(), f"{path} is listed in SHA256SUMS but missing"
        assert hashlib.sha256((ROOT / path).read_bytes()).hexdigest() == digest, f"{path} changed since it was frozen"


def test_every_blind_dataset_is_recorded():
    recorded = set(recorded_hashes())
    for path in blind_files():
        assert path.relative_to(ROOT).as_posix() in recorded, f"{path.name} has no entry in SHA256SUMS"


@pytest.mark.parametrize("path", blind_files(), ids=lambda p: p.name)
def test_every_line_is_a_frozen_case_with_its_keys(path):
    required = COMMON_KEYS | KEYS.get(path.name, set())
    seen = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        case = json.loads(line)  # a blank or broken line fails here, with its position in the message
        assert isinstance(case, dict), f"{path.name} line {number} is not an object"
        missing = required - set(case)
        assert not missing, f"{path.name} line {number} lacks {sorted(missing)}"
        assert case["frozen"] is True, f"{path.name} line {number} is not frozen"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", case["written"]), f"{path.name} line {number}: written is not a date"
        assert case["id"] not in seen, f"{path.name} line {number} repeats the id {case['id']!r}"
        seen.add(case["id"])
    assert seen, f"{path.name} is empty"

