"""`complaints update --status rejected --note ...` reads IPP's words; `complaints refile ID` plans and saves the
corrected draft (exit 0 when it validates, 1 when something is still missing, listed exactly)."""

from __future__ import annotations

import json

from tests.integrations.cli.test_complaints_cli import actor, complaint_file, run, run_json  # noqa: F401 - fixtures used by name

NOTICE = "Dear rights holder, your complaint was rejected: the IPR is not valid in this region."


def rejected(capsys, monkeypatch, complaint_file, note=NOTICE):  # noqa: F811
    created = run_json(capsys, monkeypatch, "complaints", "create", complaint_file([7, 8]), "--key", "k")["complaint"]
    run_json(capsys, monkeypatch, "complaints", "update", created["id"], "--status", "filed")
    moved = run_json(capsys, monkeypatch, "complaints", "update", created["id"], "--status", "rejected", "--note", note)
    return created["id"], moved


def test_recording_a_rejection_reads_the_reason_from_the_note(capsys, monkeypatch, complaint_file):  # noqa: F811
    complaint_id, moved = rejected(capsys, monkeypatch, complaint_file)
    assert moved["rejection"]["reason_id"] == "ipr_not_valid_in_region" and moved["complaint"]["status"] == "rejected"


def test_refile_saves_a_linked_draft_and_says_what_is_missing(capsys, monkeypatch, complaint_file):  # noqa: F811
    complaint_id, _ = rejected(capsys, monkeypatch, complaint_file, note="Rejected: the evidence is insufficient.")
    status, out, err = run(capsys, monkeypatch, "complaints", "refile", complaint_id, "--dry-run", "--json")
    planned = json.loads(out)
    assert planned["refile_id"] is None and planned["plan"]["reason"]["id"] == "evidence_insufficient"

    status, out, err = run(capsys, monkeypatch, "complaints", "refile", complaint_id, "--json")
    result = json.loads(out)
    assert result["created"] is True and result["refile_id"] != complaint_id
    assert status == (0 if result["ready"] else 1)
    shown = run_json(capsys, monkeypatch, "complaints", "show", result["refile_id"])
    assert shown["complaint"]["refiles"] == complaint_id and shown["complaint"]["status"] == "draft"
    assert len(shown["complaint"]["complaint"]["listings"]) == 2

    status, out, _ = run(capsys, monkeypatch, "complaints", "refile", complaint_id)
    assert "already saved as draft " + result["refile_id"] in " ".join(out.split())


def test_a_chinese_notice_given_on_the_command_line(capsys, monkeypatch, complaint_file):  # noqa: F811
    complaint_id, _ = rejected(capsys, monkeypatch, complaint_file, note="")
    status, out, _ = run(capsys, monkeypatch, "complaints", "refile", complaint_id, "--dry-run", "--notice", "授权书已过期，请上传有效期内的授权书。", "--json")
    assert json.loads(out)["plan"]["reason"]["id"] == "documents_expired"


def test_refile_of_a_complaint_that_is_not_rejected_is_refused(capsys, monkeypatch, complaint_file):  # noqa: F811
    created = run_json(capsys, monkeypatch, "complaints", "create", complaint_file([9]), "--key", "k2")["complaint"]
    status, _, err = run(capsys, monkeypatch, "complaints", "refile", created["id"])
    assert status == 1 and "not rejected" in err and "Traceback" not in err
