"""`index --add` never leaves the folder it was given and never reads without bound: symbolic links are not
followed, devices and FIFOs are not read, and files over the size or text limits are refused with the reason."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import assistant.retrieval.index as index_module
from tests.security.conftest import run_cli


@pytest.fixture(autouse=True)
def corpus(monkeypatch, small_corpus):
    """The command mirrors the small test corpus instead of the bundled one (same code, less to embed)."""
    monkeypatch.setattr(index_module, "KNOWLEDGE_DIR", small_corpus)
    return small_corpus


def add(*paths: Path) -> tuple[int, dict]:
    args = [arg for path in paths for arg in ("--add", str(path))]
    outcome = run_cli("index", "--json", *args)
    return outcome.code, json.loads(outcome.out)


def skipped(report: dict) -> dict[str, str]:
    return {Path(entry["path"]).name: entry["reason"] for entry in report["skipped"]}


def test_a_link_out_of_the_folder_is_not_followed_and_ask_never_shows_its_lines(tmp_path):
    secret = tmp_path / "outside" / "shadow.txt"
    secret.parent.mkdir()
    secret.write_text("root:$6$SECRETHASH:19000:0:99999:7:::\n" * 5)
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "notes.txt").write_text("Our agent files Tmall complaints on Mondays.")
    (docs / "shadow.txt").symlink_to(secret)
    (docs / "sub" / "out").symlink_to(secret.parent, target_is_directory=True)
    code, report = add(docs)
    assert code == 1 and "symbolic link" in skipped(report)["shadow.txt"] and "symbolic link" in skipped(report)["out"]
    assert report["embedded"] > 0  # notes.txt and the corpus
    answer = run_cli("ask", "What is the root password hash SECRETHASH?", "--json")
    assert "SECRETHASH" not in answer.out
    code, report = add(docs / "shadow.txt")  # named directly: still a link, still refused
    assert code == 1 and "symbolic link" in skipped(report)["shadow.txt"]


def test_devices_and_fifos_are_never_read(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    os.mkfifo(docs / "pipe.txt")  # reading it would wait forever
    started = time.monotonic()
    code, report = add(docs, Path("/dev/zero"))
    assert code == 1 and "not a regular file" in skipped(report)["pipe.txt"] and "not a regular file" in skipped(report)["zero"]
    assert time.monotonic() - started < 60


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, report = add(big)
    assert code == 1 and "larger than the limit of 20.0 MB" in skipped(report)["big.txt"]
    assert "IPR_MAX_INDEX_FILE_BYTES" in skipped(report)["big.txt"]


def test_a_megabyte_of_text_is_refused_by_the_text_cap_in_moments(tmp_path, monkeypatch):
    text = tmp_path / "policy.txt"
    text.write_text(("Counterfeit listings are reported with a comparison of the genuine product. " * 13 + "\n\n") * 1100)
    assert text.stat().st_size > 1_000_000
    started = time.monotonic()
    code, report = add(text)
    assert code == 1 and "more than the limit of 400,000" in skipped(report)["policy.txt"]
    assert time.monotonic() - started < 30  # refused before embedding ~1,300 passages
    monkeypatch.setenv("IPR_MAX_INDEX_CHARS", "2000000")  # the cap is a setting
    small = tmp_path / "short.txt"
    small.write_text("Test buys need the order number.")
    assert add(small)[0] == 0
