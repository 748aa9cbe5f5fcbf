"""`ipr-assistant export COMPLAINT.json --out DIR`: exit codes, --json contract, refusal, --force, no overwrite."""

from __future__ import annotations

import json

import pytest

from tests.integrations.cli.filing_cli import EXAMPLES, run_in_process, run_subprocess
from tests.domain.complaint_samples import TODAY, base, changed


@pytest.fixture
def cli(capsys, monkeypatch):
    return lambda *args: run_in_process(capsys, monkeypatch, *args)


def write(tmp_path, data):
    path = tmp_path / "complaint.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_the_example_exports_and_json_is_one_object(tmp_path):
    out = tmp_path / "package"
    outcome = run_subprocess("export", str(EXAMPLES / "complaint-counterfeit.json"), "--out", str(out), "--today", TODAY.isoformat(), "--json")
    assert outcome.code == 0, outcome.stderr
    payload = outcome.json()
    assert payload["exported"] is True and payload["valid"] is True
    assert payload["out_dir"] == str(out)
    assert {"notice-1-links.txt", "statement.txt", "evidence-checklist.md", "summary.md"} <= set(payload["files"])
    assert all((out / name).is_file() for name in payload["files"])
    assert payload["report"]["ok"] is True


def test_the_text_view_lists_the_files(cli, tmp_path):
    outcome = cli("export", str(EXAMPLES / "complaint-test-buy-agent.json"), "--out", str(tmp_path / "p"), "--today", TODAY.isoformat())
    assert outcome.code == 0, outcome.stdout + outcome.stderr
    assert "power-of-attorney.docx" in outcome.stdout and "summary.md" in outcome.stdout


def test_an_invalid_complaint_is_refused_with_its_report(cli, tmp_path):
    out = tmp_path / "package"
    outcome = cli("export", write(tmp_path, changed(base(), "evidence", [])), "--out", str(out), "--today", TODAY.isoformat())
    assert outcome.code == 1
    assert "evidence_missing" in outcome.stdout
    assert "no package was written" in outcome.err
    assert not out.exists()


def test_an_invalid_complaint_refused_in_json(cli, tmp_path):
    out = tmp_path / "package"
    outcome = cli("export", write(tmp_path, changed(base(), "evidence", [])), "--out", str(out), "--json")
    assert outcome.code == 1
    payload = outcome.json()
    assert payload["exported"] is False and payload["files"] == []
    assert "evidence_missing" in {error["code"] for error in payload["report"]["errors"]}
    assert not out.exists()


def test_force_writes_an_invalid_complaint_marked_not_valid_and_still_exits_1(cli, tmp_path):
    out = tmp_path / "package"
    outcome = cli("export", write(tmp_path, changed(base(), "evidence", [])), "--out", str(out), "--force", "--json")
    assert outcome.code == 1
    payload = outcome.json()
    assert payload["exported"] is True and payload["valid"] is False
    assert "NOT VALID" in (out / "summary.md").read_text(encoding="utf-8")


def test_a_non_empty_folder_is_refused_and_kept(cli, tmp_path):
    out = tmp_path / "package"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    outcome = cli("export", write(tmp_path, base()), "--out", str(out))
    assert outcome.code == 2 and "not empty" in outcome.err
    assert [p.name for p in out.iterdir()] == ["mine.txt"]


def test_force_replaces_an_earlier_package(cli, tmp_path):
    out = tmp_path / "package"
    complaint_file = write(tmp_path, base())
    assert cli("export", complaint_file, "--out", str(out)).code == 0
    assert cli("export", complaint_file, "--out", str(out)).code == 2
    assert cli("export", complaint_file, "--out", str(out), "--force").code == 0
    assert (out / "summary.md").is_file()


def test_a_missing_complaint_file_exits_2_and_writes_nothing(cli, tmp_path):
    out = tmp_path / "package"
    outcome = cli("export", str(tmp_path / "nope.json"), "--out", str(out))
    assert outcome.code == 2 and "does not exist" in outcome.err
    assert not out.exists()


def test_out_is_required(cli, tmp_path):
    outcome = cli("export", write(tmp_path, base()))
    assert outcome.code == 2 and "--out" in outcome.err
