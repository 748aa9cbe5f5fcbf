"""`ipr-assistant ask` on a fresh data directory builds the index first (with its progress on stderr), in-process
through the real entry point and its error handling."""

from __future__ import annotations

import json
import sys

import pytest

from integrations.cli import app as cli

CORPUS = """---
title: Filing a complaint
sites: [all]
topics: [complaints]
sources:
  - {id: seca, url: "https://secagroup.org/alibaba-best-practices-on-ipr-protection.html", title: SECA, date: "2022-12-09"}
---
# Filing a complaint

## How many links can one complaint hold?

A complaint may list at most 300 listing links, all tied to one approved IP right.

Sources: seca
"""


@pytest.fixture
def tiny_corpus(tmp_path, monkeypatch):
    """The bundled corpus replaced by one small file, so a first build takes a moment."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "complaints.md").write_text(CORPUS, encoding="utf-8")
    monkeypatch.setattr("assistant.retrieval.index.KNOWLEDGE_DIR", folder)
    return folder


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["ipr-assistant", *args])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def test_first_question_builds_the_index_then_answers(tiny_corpus, ipr_home, monkeypatch, capsys):
    assert not (ipr_home / "index").exists()
    code, out, err = run_main(monkeypatch, capsys, "ask", "How many links can one complaint hold?", "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["grounded"] is True and "300" in payload["answer"]
    assert payload["citations"][0]["url"] == "https://secagroup.org/alibaba-best-practices-on-ipr-protection.html"
    assert (ipr_home / "index").is_dir()
    # A second question reuses the index: nothing is embedded again, and the answer is the same.
    code, again, _ = run_main(monkeypatch, capsys, "ask", "How many links can one complaint hold?", "--json")
    assert code == 0 and json.loads(again) == payload


def test_text_mode_prints_the_answer_and_its_sources(tiny_corpus, monkeypatch, capsys):
    code, out, err = run_main(monkeypatch, capsys, "ask", "How many links can one complaint hold?")
    assert code == 0, err
    assert "300" in out and "[1]" in out
    assert "Sources" in out and "Filing a complaint > How many links can one complaint hold?" in out
    assert "https://secagroup.org/alibaba-best-practices-on-ipr-protection.html" in out


def test_unsupported_question_says_so_plainly(tiny_corpus, monkeypatch, capsys):
    code, out, err = run_main(monkeypatch, capsys, "ask", "What fee does IPP charge for a design patent complaint?", "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["grounded"] is False and payload["in_scope"] is True
    assert payload["citations"] == [] and "[" not in payload["answer"]


def test_bad_input_message_has_no_reference_and_no_traceback(tiny_corpus, ipr_home, monkeypatch, capsys):
    code, out, err = run_main(monkeypatch, capsys, "ask", "  ")
    assert code == 2
    assert out == ""
    assert "The question is empty." in err and "reference" not in err and "Traceback" not in err
    assert not (ipr_home / "index").exists()
