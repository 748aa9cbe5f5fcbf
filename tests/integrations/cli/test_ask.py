"""`ipr-assistant ask` through the real command line: the --json contract, the text view, and bad input.

A few tests start the installed command as a subprocess; the rest call the same entry point (main, with its
error handling) in-process, which is quicker."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from integrations.cli import app as cli

CLI = Path(sys.executable).parent / "ipr-assistant"
TOP_KEYS = {"answer", "citations", "grounded"}
EXTRA_KEYS = {"in_scope", "notices", "passages", "checklist", "case", "refused", "question_language", "question_read", "sources_note"}
CITATION_KEYS = {"n", "source", "title", "section", "url", "checked", "basis"}  # basis: added with how sure a source is
MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture
def built_home(corpus_index, monkeypatch) -> Path:
    """The data directory of the session's built index, so the command finds it ready."""
    home = Path(corpus_index.location).parent.parent
    monkeypatch.setenv("IPR_ASSISTANT_HOME", str(home))
    return home


def run_cli(*args: str, home: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if home is not None:
        env["IPR_ASSISTANT_HOME"] = str(home)
    return subprocess.run([str(CLI), *args], capture_output=True, text=True, env=env, timeout=300)


def run_main(monkeypatch, capsys, *args: str) -> subprocess.CompletedProcess:
    """The entry point in-process, with the result shaped like a finished subprocess."""
    monkeypatch.setattr(sys, "argv", ["ipr-assistant", *args])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    out, err = capsys.readouterr()
    code = exited.value.code
    return subprocess.CompletedProcess(args, 0 if code is None else code, out, err)


def parse_single_json(stdout: str) -> dict:
    """stdout must hold exactly one JSON object and nothing else."""
    decoder = json.JSONDecoder()
    payload, end = decoder.raw_decode(stdout.strip())
    assert stdout.strip()[end:].strip() == "", "stdout holds more than one JSON object"
    assert isinstance(payload, dict)
    return payload


def assert_contract(payload: dict) -> None:
    assert set(payload) == TOP_KEYS | EXTRA_KEYS
    assert isinstance(payload["answer"], str) and payload["answer"]
    assert isinstance(payload["grounded"], bool)
    assert isinstance(payload["notices"], list) and all(isinstance(n, str) for n in payload["notices"])
    for citation in payload["citations"]:
        assert set(citation) == CITATION_KEYS
        assert isinstance(citation["n"], int)
        assert isinstance(citation["source"], str) and isinstance(citation["title"], str)
        assert citation["section"] is None or isinstance(citation["section"], str)
        assert citation["url"] is None or isinstance(citation["url"], str)
    numbers = [c["n"] for c in payload["citations"]]
    assert numbers == list(range(1, len(numbers) + 1))
    used = {int(n) for n in MARKER.findall(payload["answer"])}
    assert used == set(numbers), "every [n] must resolve to a citation and every citation must be used"


def test_json_answer_cites_the_corpus(built_home):
    result = run_cli("ask", "How many links can one complaint hold?", "--json")
    assert result.returncode == 0, result.stderr
    payload = parse_single_json(result.stdout)
    assert_contract(payload)
    assert payload["grounded"] is True
    assert "300" in payload["answer"]
    assert payload["citations"], "a grounded answer has sources"
    for citation in payload["citations"]:
        assert citation["source"].startswith("knowledge/") and citation["source"].endswith(".md")
        assert (Path(__file__).resolve().parents[3] / citation["source"]).is_file()
        assert citation["url"] is None or citation["url"].startswith("http")
    assert any(c["source"] == "knowledge/complaints.md" for c in payload["citations"])


def test_json_out_of_scope_is_answered_without_citations(built_home, monkeypatch, capsys):
    result = run_main(monkeypatch, capsys, "ask", "What's the weather in Hangzhou tomorrow?", "--json")
    assert result.returncode == 0, result.stderr
    payload = parse_single_json(result.stdout)
    assert_contract(payload)
    assert payload["grounded"] is False and payload["in_scope"] is False
    assert payload["citations"] == []
    assert "I can help with reporting IP infringements" in payload["answer"]


def test_json_question_of_100000_characters_is_capped_and_told(built_home):
    question = "Can an agent file a complaint for the rights holder? " + "x" * (100_000 - 53)
    assert len(question) == 100_000
    result = run_cli("ask", question, "--json")
    assert result.returncode == 0, result.stderr
    payload = parse_single_json(result.stdout)
    assert_contract(payload)
    assert len(payload["notices"]) == 1
    assert "100,000" in payload["notices"][0] and "4,000" in payload["notices"][0]


def test_text_question_too_long_is_told_on_stderr(built_home, monkeypatch, capsys):
    result = run_main(monkeypatch, capsys, "ask", "Can an agent file a complaint for the rights holder? " + "y" * 5000)
    assert result.returncode == 0, result.stderr
    assert "4,000" in result.stderr and "first" in result.stderr
    assert "4,000" not in result.stdout


def test_text_answer_lists_numbered_sources(built_home, monkeypatch, capsys):
    result = run_main(monkeypatch, capsys, "ask", "Can product links and shop links go in the same complaint?")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Sources" in out
    answer, _, sources = out.partition("Sources")
    used = sorted({int(n) for n in MARKER.findall(answer)})
    listed = [int(n) for n in re.findall(r"^\[(\d+)\] ", sources, re.MULTILINE)]
    assert used and listed == used
    assert "knowledge/complaints.md" in sources


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_exits_2_with_a_clear_message(question, ipr_home):
    result = run_cli("ask", question, "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "question is empty" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (ipr_home / "index").exists(), "bad input must not build or touch the index"


def test_unknown_site_exits_2_and_names_the_allowed_sites(ipr_home, monkeypatch, capsys):
    result = run_main(monkeypatch, capsys, "ask", "How do I report a counterfeit?", "--site", "ebay", "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Unknown site 'ebay'" in result.stderr
    for site in ("aliexpress", "alibaba", "1688", "taobao", "tmall", "lazada", "miravia"):
        assert site in result.stderr
    assert not (ipr_home / "index").exists()


def test_missing_question_is_a_usage_error(monkeypatch, capsys):
    result = run_main(monkeypatch, capsys, "ask")
    assert result.returncode == 2
    assert "QUESTION" in result.stderr


def test_site_filter_is_accepted(built_home, monkeypatch, capsys):
    question = "How long does the complainant have to reply to a counter-notice?"
    result = run_main(monkeypatch, capsys, "ask", question, "--site", "Taobao", "--json")
    assert result.returncode == 0, result.stderr
    payload = parse_single_json(result.stdout)
    assert_contract(payload)
    assert payload["grounded"] is True
