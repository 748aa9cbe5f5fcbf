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


def test_a_lazada_region_rejection_is_not_told_the_china_rule(capsys, monkeypatch, complaint_file):  # noqa: F811
    """The plan's advice is the one for the complaint's site, with where it comes from (here: no published rule)."""
    path = complaint_file([11, 12], site="lazada")
    created = run_json(capsys, monkeypatch, "complaints", "create", path, "--key", "lz")["complaint"]
    run_json(capsys, monkeypatch, "complaints", "update", created["id"], "--status", "filed")
    run_json(capsys, monkeypatch, "complaints", "update", created["id"], "--status", "rejected", "--note", NOTICE)
    status, out, _ = run(capsys, monkeypatch, "complaints", "refile", created["id"], "--dry-run")
    text = " ".join(out.split())
    assert "What to change on Lazada (no source publishes this rule" in text
    assert "valid in China" not in text and "accepts rights registered outside China" not in text
    assert "Our assumption" in text and status == 1
    assert "[MISSING] No source we have says which registrations Lazada accepts" in text


def test_on_aliexpress_the_region_check_is_shown_ok_with_its_mark(capsys, monkeypatch, complaint_file):  # noqa: F811
    complaint_id, _ = rejected(capsys, monkeypatch, complaint_file)
    status, out, _ = run(capsys, monkeypatch, "complaints", "refile", complaint_id, "--dry-run")
    text = " ".join(out.split())
    assert "What to change on AliExpress (confirmed by several sources; sources: https://" in text
    assert "[ok] AliExpress accepts rights registered outside China" in text  # the mark is text, not markup
