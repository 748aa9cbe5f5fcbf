"""`check-urls`, `validate` and `export` check the team's active listings, as the chat does: a listing already in one
of the team's active complaints is reported, and a command that only reads never creates a store."""

from __future__ import annotations

import pytest

from tests.integrations.cli.filing_cli import run_in_process
from tests.sample_complaints import ITEM, sample_complaint

HELD, FREE = 1005001234567001, 1005001234567002


@pytest.fixture
def cli(capsys, monkeypatch, ipr_home):
    monkeypatch.setenv("USER", "ann")
    return lambda *args, stdin=None: run_in_process(capsys, monkeypatch, *args, stdin=stdin)


@pytest.fixture
def held_by_a_filed_complaint(cli, tmp_path):
    """The team's store with a filed complaint holding listing HELD."""
    path = tmp_path / "filed.json"
    path.write_text(sample_complaint([HELD]).model_dump_json(), encoding="utf-8")
    created = cli("complaints", "create", str(path), "--key", "first", "--json")
    assert created.code == 0, created.err
    filed = cli("complaints", "update", created.json()["complaint"]["id"], "--status", "filed", "--json")
    assert filed.code == 0, filed.err


def codes_of(result: dict) -> list[str]:
    return [problem["code"] for problem in result["problems"]]


@pytest.mark.usefixtures("held_by_a_filed_complaint")
def test_check_urls_reports_a_listing_already_in_an_active_complaint(cli):
    out = cli("check-urls", "-", "--json", stdin=f"{ITEM.format(HELD)}\n{ITEM.format(FREE)}\n".encode())
    assert out.code == 1
    held, free = out.json()["results"]
    assert codes_of(held) == ["already_in_active_complaint"]
    assert codes_of(free) == []


@pytest.mark.usefixtures("held_by_a_filed_complaint")
def test_validate_and_export_refuse_a_listing_already_in_an_active_complaint(cli, tmp_path):
    second = tmp_path / "second.json"
    second.write_text(sample_complaint([HELD, FREE]).model_dump_json(), encoding="utf-8")
    validated = cli("validate", str(second), "--json")
    assert validated.code == 1
    assert [error["code"] for error in validated.json()["errors"]] == ["already_in_active_complaint"]
    exported = cli("export", str(second), "--out", str(tmp_path / "package"), "--json")
    assert exported.code == 1 and exported.json()["exported"] is False


def test_without_a_store_the_checks_run_and_none_is_created(cli, ipr_home):
    out = cli("check-urls", "-", "--json", stdin=f"{ITEM.format(HELD)}\n".encode())
    assert out.code == 0 and codes_of(out.json()["results"][0]) == []
    assert not list(ipr_home.rglob("*.db"))


@pytest.fixture
def filed_with_reference(cli, tmp_path):
    """A complaint file with the team's reference, saved and filed: its listings are held by its own record."""
    path = tmp_path / "acme.json"
    path.write_text(sample_complaint([HELD], id="ACME-2026-014").model_dump_json(), encoding="utf-8")
    created = cli("complaints", "create", str(path), "--json")
    assert created.code == 0, created.err
    number = created.json()["complaint"]["id"]
    assert cli("complaints", "update", number, "--status", "filed", "--json").code == 0
    return path, number


def test_exporting_a_filed_complaint_does_not_flag_its_own_listings(cli, tmp_path, filed_with_reference):
    path, _ = filed_with_reference
    validated = cli("validate", str(path), "--json")
    assert validated.code == 0 and validated.json()["errors"] == []
    exported = cli("export", str(path), "--out", str(tmp_path / "package"), "--json")
    assert exported.code == 0 and exported.json()["exported"] is True and exported.json()["valid"] is True


def test_a_listing_held_by_another_complaint_names_it(cli, tmp_path, filed_with_reference):
    _, number = filed_with_reference
    other = tmp_path / "other.json"
    other.write_text(sample_complaint([HELD, FREE], id="ACME-2026-020").model_dump_json(), encoding="utf-8")
    validated = cli("validate", str(other), "--json")
    assert validated.code == 1
    (error,) = validated.json()["errors"]
    assert error["code"] == "already_in_active_complaint"
    assert f"complaint {number} (ACME-2026-014)" in error["message"]
    checked = cli("check-urls", "-", "--json", stdin=f"{ITEM.format(HELD)}\n".encode())
    (problem,) = checked.json()["results"][0]["problems"]
    assert problem["code"] == "already_in_active_complaint" and f"complaint {number} (ACME-2026-014)" in problem["message"]
