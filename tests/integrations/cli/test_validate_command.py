"""`ipr-assistant validate FILE.json`: exit 0 valid, 1 invalid, 2 unreadable; --json contract; readable schema errors."""

from __future__ import annotations

import json

import pytest

from tests.integrations.cli.filing_cli import EXAMPLES, run_in_process, run_subprocess
from tests.domain.complaint_samples import TODAY, base, changed

ISSUE_KEYS = {"code", "message", "source", "field"}


@pytest.fixture
def cli(capsys, monkeypatch):
    return lambda *args, stdin=None: run_in_process(capsys, monkeypatch, *args, stdin=stdin)


def write(tmp_path, data, name="complaint.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_the_example_complaint_is_valid_and_json_is_one_object():
    outcome = run_subprocess("validate", str(EXAMPLES / "complaint-counterfeit.json"), "--today", TODAY.isoformat(), "--json")
    assert outcome.code == 0, outcome.stderr
    payload = outcome.json()
    assert payload["ok"] is True and payload["errors"] == []
    assert isinstance(payload["warnings"], list)


def test_the_agent_example_is_valid(cli):
    outcome = cli("validate", str(EXAMPLES / "complaint-test-buy-agent.json"), "--today", TODAY.isoformat(), "--json")
    assert outcome.code == 0, outcome.stdout
    assert outcome.json()["ok"] is True


def test_an_invalid_complaint_exits_1_with_its_errors(cli, tmp_path):
    data = changed(changed(base(), "evidence", []), "ip_right.approval_status", "pending_verification")
    outcome = cli("validate", write(tmp_path, data), "--today", TODAY.isoformat(), "--json")
    assert outcome.code == 1
    payload = outcome.json()
    assert payload["ok"] is False
    assert {"evidence_missing", "right_not_approved"} <= {error["code"] for error in payload["errors"]}
    for issue in payload["errors"] + payload["warnings"]:
        assert ISSUE_KEYS <= set(issue)
        assert all(isinstance(issue[key], str) for key in ISSUE_KEYS)


def test_the_report_reads_as_text(cli, tmp_path):
    outcome = cli("validate", write(tmp_path, changed(base(), "statement", "")), "--today", TODAY.isoformat())
    assert outcome.code == 1
    assert "Not valid" in outcome.stdout and "statement_missing" in outcome.stdout and "Source:" in outcome.stdout


def test_a_valid_complaint_reads_as_valid(cli, tmp_path):
    outcome = cli("validate", write(tmp_path, base()), "--today", TODAY.isoformat())
    assert outcome.code == 0 and "Valid" in outcome.stdout


def test_standard_input(cli):
    outcome = cli("validate", "-", "--today", TODAY.isoformat(), "--json", stdin=json.dumps(base()).encode())
    assert outcome.code == 0 and outcome.json()["ok"] is True


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"site": "aliexpress",', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "one JSON object"),
        (b"", "not valid JSON"),
    ],
)
def test_unreadable_files_exit_2(cli, tmp_path, content, expected):
    path = tmp_path / "complaint.json"
    path.write_bytes(content)
    outcome = cli("validate", str(path), "--json")
    assert outcome.code == 2
    assert outcome.stdout == ""
    assert expected in outcome.err
    assert "Traceback" not in outcome.err


def test_a_missing_file_exits_2(cli, tmp_path):
    outcome = cli("validate", str(tmp_path / "nope.json"))
    assert outcome.code == 2 and "does not exist" in outcome.err


def test_a_folder_is_not_a_complaint(cli, tmp_path):
    outcome = cli("validate", str(tmp_path))
    assert outcome.code == 2 and "not a file" in outcome.err


def test_schema_errors_name_each_field(cli, tmp_path):
    data = changed(changed(base(), "ip_right.ip_type", "brand"), "listings", [{"link": "x"}])
    del data["reason"]
    outcome = cli("validate", write(tmp_path, data), "--json")
    assert outcome.code == 2
    text = outcome.err
    assert "ip_right.ip_type" in text and "'trademark', 'copyright' or 'patent'" in text and "'brand'" in text
    assert "reason: Field required" in text
    assert "listings[0].url" in text
    assert "examples/complaint-counterfeit.json" in text


def test_bad_today_exits_2(cli, tmp_path):
    outcome = cli("validate", write(tmp_path, base()), "--today", "yesterday")
    assert outcome.code == 2 and "YYYY-MM-DD" in outcome.err
