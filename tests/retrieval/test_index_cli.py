"""`ipr-assistant index [--add PATH ...] [--rebuild] [--json]`: counts, skipped files with reasons, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import assistant.retrieval.index as index_module
from integrations.cli.app import main
from tests.retrieval.pdf_files import minimal_pdf


@pytest.fixture(autouse=True)
def corpus(monkeypatch, small_corpus):
    """The command mirrors the small test corpus instead of the bundled one (same code, less to embed)."""
    monkeypatch.setattr(index_module, "KNOWLEDGE_DIR", small_corpus)
    return small_corpus


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["ipr-assistant", "index", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_json_prints_one_object_with_the_counts(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "--json")
    assert code == 0
    first = json.loads(out)  # exactly one JSON document on stdout
    assert first["embedded"] == first["passages"] > 0
    assert (first["removed"], first["unchanged"], first["skipped"]) == (0, 0, [])
    code, out, _ = run(monkeypatch, capsys, "--json")
    second = json.loads(out)
    assert (code, second["embedded"], second["unchanged"]) == (0, 0, first["passages"])


def test_add_files_and_folders_then_keep_them_across_updates(monkeypatch, capsys, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("Our agent in Shenzhen files Tmall complaints on Mondays.")
    (docs / "guide.html").write_text("<title>Guide</title><h2>Photos</h2><p>Keep original RAW files.</p>")
    pdf = tmp_path / "handbook.pdf"
    pdf.write_bytes(minimal_pdf(["Test buys need the order number."]))
    code, out, _ = run(monkeypatch, capsys, "--json", "--add", str(docs), "--add", str(pdf))
    report = json.loads(out)
    assert code == 0 and report["skipped"] == []
    corpus_passages = report["passages"] - 3
    assert report["embedded"] == report["passages"] and corpus_passages > 0
    code, out, _ = run(monkeypatch, capsys, "--json")
    again = json.loads(out)
    assert (code, again["embedded"], again["removed"], again["passages"]) == (0, 0, 0, report["passages"])


def test_skipped_files_are_listed_with_reasons_and_exit_1(monkeypatch, capsys, tmp_path):
    run(monkeypatch, capsys, "--json")
    binary = tmp_path / "photo.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(minimal_pdf([None]))
    code, out, _ = run(monkeypatch, capsys, "--add", str(binary), "--add", str(scan))
    assert code == 1
    flat = " ".join(out.split())
    assert "photo.md" in flat and "binary" in flat
    assert "scan.pdf" in flat and "no extractable text" in flat
    code, out, _ = run(monkeypatch, capsys, "--json", "--add", str(binary))
    report = json.loads(out)
    assert code == 1 and report["embedded"] == 0
    assert [(s["path"], "binary" in s["reason"]) for s in report["skipped"]] == [(str(binary), True)]


def test_a_missing_path_is_bad_usage_and_changes_nothing(monkeypatch, capsys, tmp_path, ipr_home):
    code, out, err = run(monkeypatch, capsys, "--add", str(tmp_path / "nowhere.pdf"))
    assert code == 2
    assert out == ""
    assert "nowhere.pdf" in err and "Nothing was indexed" in err
    assert not (ipr_home / "index").exists()


def test_a_damaged_index_names_rebuild_and_rebuild_recovers(monkeypatch, capsys, ipr_home):
    chroma = ipr_home / "index" / "chroma"
    chroma.mkdir(parents=True)
    (chroma / "chroma.sqlite3").write_bytes(os.urandom(4096))
    code, out, err = run(monkeypatch, capsys, "--json")
    assert code == 2 and out == ""
    assert "ipr-assistant index --rebuild" in " ".join(err.split())
    assert "Traceback" not in err
    code, out, _ = run(monkeypatch, capsys, "--rebuild", "--json")
    assert code == 0 and json.loads(out)["embedded"] > 0


def test_rebuild_of_a_healthy_index_re_embeds_and_keeps_added_documents(monkeypatch, capsys, tmp_path):
    doc = tmp_path / "notes.txt"
    doc.write_text("Escalate repeat infringers to outside counsel.")
    code, out, _ = run(monkeypatch, capsys, "--json", "--add", str(doc))
    before = json.loads(out)["passages"]
    code, out, _ = run(monkeypatch, capsys, "--rebuild", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["embedded"] == report["passages"] == before


def test_the_installed_command_on_the_bundled_corpus(corpus_index, tmp_path):
    """End to end in a new process: the console script, the bundled knowledge/ folder, one JSON object on stdout."""
    home = tmp_path / "home"
    # Start from a copy of the session's built index, so only what changed since is embedded.
    shutil.copytree(Path(corpus_index.location), home / "index" / "chroma")
    env = {**os.environ, "IPR_ASSISTANT_HOME": str(home)}
    script = Path(sys.executable).parent / "ipr-assistant"
    done = subprocess.run([str(script), "index", "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["passages"] == report["embedded"] + report["unchanged"] > 0
    assert report["location"] == str(home / "index" / "chroma")
