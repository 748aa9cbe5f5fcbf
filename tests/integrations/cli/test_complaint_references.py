"""Complaints as people name them: created without inventing a key, addressed by the team's own reference, the
examples working in the README's order, and reference ids kept for failures nobody could have avoided."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests.integrations.cli.test_complaints_cli import run, run_json
from tests.sample_complaints import sample_complaint

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.fixture(autouse=True)
def actor(monkeypatch):
    monkeypatch.setenv("USER", "ann")


def write(tmp_path, name: str, items=(7, 8), **changes) -> str:
    path = tmp_path / name
    path.write_text(sample_complaint(list(items), **changes).model_dump_json(), encoding="utf-8")
    return str(path)


def test_create_without_a_key_creates_once_per_content_and_says_so(capsys, monkeypatch, tmp_path):
    first = write(tmp_path, "a.json", id="ACME-2026-014")
    status, out, _ = run(capsys, monkeypatch, "complaints", "create", first)
    assert status == 0 and "Created draft complaint 1 (ACME-2026-014)" in out and "creates nothing new" in out
    status, out, _ = run(capsys, monkeypatch, "complaints", "create", first)
    assert status == 0 and "already created complaint 1" in out and "nothing new was created" in out

    # The same content in another file (reformatted) is the same complaint; other content is a new one.
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(json.loads(Path(first).read_text()), indent=4), encoding="utf-8")
    again = run_json(capsys, monkeypatch, "complaints", "create", str(copy))
    assert again["created"] is False and again["complaint"]["id"] == "1" and again["key"].startswith("content-")
    other = run_json(capsys, monkeypatch, "complaints", "create", write(tmp_path, "b.json", id="ACME-2026-015", statement="Other text."))
    assert other["created"] is True and other["complaint"]["id"] == "2" and other["key"] != again["key"]
    assert run_json(capsys, monkeypatch, "complaints", "list")["count"] == 2


def test_every_command_taking_an_id_accepts_the_teams_reference_verbatim(capsys, monkeypatch, tmp_path):
    run_json(capsys, monkeypatch, "complaints", "create", write(tmp_path, "a.json", id="MAKER-2026-003"))
    run_json(capsys, monkeypatch, "complaints", "create", write(tmp_path, "b.json", (9,), id="MAKER-2026-004", statement="Second."))

    shown = run_json(capsys, monkeypatch, "complaints", "show", "MAKER-2026-003")["complaint"]
    assert shown["id"] == "1" and shown["team_reference"] == "MAKER-2026-003"
    assert run_json(capsys, monkeypatch, "complaints", "show", "maker-2026-004")["complaint"]["id"] == "2"
    listed = run_json(capsys, monkeypatch, "complaints", "list")["complaints"]
    assert {row["team_reference"] for row in listed} == {"MAKER-2026-003", "MAKER-2026-004"}

    assert run_json(capsys, monkeypatch, "complaints", "update", "MAKER-2026-003", "--status", "ready")["complaint"]["status"] == "ready"
    filed = run_json(capsys, monkeypatch, "complaints", "update", "MAKER-2026-003", "--status", "filed", "--platform-id", "IPP-9", "--key", "f1")
    assert filed["complaint"]["id"] == "1" and filed["complaint"]["status"] == "filed"
    notice = tmp_path / "notice.txt"
    notice.write_text("The goods are genuine.", encoding="utf-8")
    recorded = run_json(capsys, monkeypatch, "complaints", "counter-notice", "MAKER-2026-003", str(notice), "--received", "2026-11-20")
    assert recorded["counter_notice"]["complaint_id"] == "1"

    csv_file = tmp_path / "status.csv"
    csv_file.write_text("complaint_id,status,platform_complaint_id,note,occurred_at\nMAKER-2026-004,ready,,,\n", encoding="utf-8")
    imported = run_json(capsys, monkeypatch, "complaints", "import-status", str(csv_file))
    assert imported["applied"] == 1
    assert run_json(capsys, monkeypatch, "complaints", "show", "2")["complaint"]["status"] == "ready"

    status, out, err = run(capsys, monkeypatch, "complaints", "show", "MAKER-2026-999")
    assert status == 2 and out == "" and "no complaint with the number or reference 'MAKER-2026-999'" in err


def test_a_reference_two_complaints_share_asks_for_the_number(capsys, monkeypatch, tmp_path):
    run_json(capsys, monkeypatch, "complaints", "create", write(tmp_path, "a.json", id="SHARED-1"))
    run_json(capsys, monkeypatch, "complaints", "create", write(tmp_path, "b.json", id="SHARED-1", statement="Another."))
    status, _, err = run(capsys, monkeypatch, "complaints", "show", "SHARED-1")
    assert status == 2 and "names 2 complaints (1, 2)" in err and "(reference " not in err


def test_the_examples_work_in_the_order_the_readme_gives(capsys, monkeypatch):
    example = str(EXAMPLES / "complaint-counterfeit.json")
    status, _, err = run(capsys, monkeypatch, "complaints", "create", example)
    assert status == 2 and "not in the registry" in err and "rights add --from-json" in err
    added = run_json(capsys, monkeypatch, "rights", "add", "--from-json", example)
    assert added["right"]["right"]["id"] == "TM-EU-ACME-RUNNER" and added["right"]["right"]["registration_number"] == "018234567"
    created = run_json(capsys, monkeypatch, "complaints", "create", example)
    assert created["created"] is True and created["complaint"]["right_id"] == "TM-EU-ACME-RUNNER"
    agent = run_json(capsys, monkeypatch, "complaints", "create", str(EXAMPLES / "complaint-test-buy-agent.json"))
    assert agent["created"] is True and agent["complaint"]["team_reference"] == "MAKER-2026-003"


def test_reference_ids_only_for_unexpected_failures(capsys, monkeypatch, tmp_path):
    status, _, err = run(capsys, monkeypatch, "complaints", "show", "C-x-")
    assert status == 2 and "Error:" in err and "(reference " not in err
    status, _, err = run(capsys, monkeypatch, "complaints", "list", "--status", "nonsense")
    assert status == 2 and "(reference " not in err
    # A database that cannot be reached is nobody's typing mistake: it carries a reference to quote.
    monkeypatch.setenv("IPR_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2")
    status, _, err = run(capsys, monkeypatch, "complaints", "list")
    assert status == 1 and "could not be reached" in err and "(reference " in err and "Traceback" not in err


def test_the_reference_is_indexed_by_a_migration(store):
    indexes = {index["name"] for index in inspect(store.engine).get_indexes("complaints")}
    assert "ix_complaints_team_reference" in indexes


def test_a_second_complaint_with_the_same_reference_is_saved_and_the_person_told(capsys, monkeypatch, tmp_path):
    run_json(capsys, monkeypatch, "complaints", "create", write(tmp_path, "a.json", id="BRISA-2026-101"))
    status, out, _ = run(capsys, monkeypatch, "complaints", "create", write(tmp_path, "b.json", (9,), id="BRISA-2026-101", statement="Other."))
    assert status == 0 and "Created draft complaint 2 (BRISA-2026-101)" in out
    assert "complaint(s) 1 already use the reference 'BRISA-2026-101'" in out and "by their numbers" in out
    third = run_json(capsys, monkeypatch, "complaints", "create", write(tmp_path, "c.json", (10,), id="BRISA-2026-101", statement="Third."))
    assert third["created"] is True and third["same_reference"] == [1, 2]
    fresh = run_json(capsys, monkeypatch, "complaints", "create", write(tmp_path, "d.json", (11,), id="BRISA-2026-102", statement="Own."))
    assert fresh["same_reference"] == []
