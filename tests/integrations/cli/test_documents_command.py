"""`ipr-assistant documents`: the --json contract, the table, and bad option values (exit 2 with the allowed values)."""

from __future__ import annotations

import pytest

from tests.integrations.cli.filing_cli import run_in_process, run_subprocess


@pytest.fixture
def cli(capsys, monkeypatch):
    return lambda *args: run_in_process(capsys, monkeypatch, *args)


def assert_contract(payload: dict) -> None:
    assert {"documents", "warnings"} <= set(payload)
    for document in payload["documents"]:
        assert {"id", "name", "required", "why", "source"} <= set(document)
        assert isinstance(document["id"], str) and isinstance(document["name"], str)
        assert isinstance(document["required"], bool)
        assert isinstance(document["why"], str) and document["why"]
        assert isinstance(document["source"], str) and document["source"].startswith("http")
    assert all(isinstance(warning, str) and warning for warning in payload["warnings"])


def test_json_is_one_object_on_stdout_with_the_contract():
    outcome = run_subprocess("documents", "--ip-type", "trademark", "--role", "agent", "--reason", "test_buy", "--json")
    assert outcome.code == 0, outcome.stderr
    payload = outcome.json()
    assert_contract(payload)
    ids = [document["id"] for document in payload["documents"]]
    assert {"trademark_certificate", "power_of_attorney", "test_buy_order_number", "test_buy_report"} <= set(ids)


def test_a_case_that_cannot_succeed_says_so(cli):
    outcome = cli(
        "documents", "--ip-type", "trademark", "--holder", "individual", "--site", "taobao", "--registered-in", "EU",
        "--certificate", "black-and-white", "--language", "de", "--expires", "2020-01-01", "--json",
    )  # fmt: skip
    assert outcome.code == 0
    payload = outcome.json()
    assert_contract(payload)
    codes = {warning["code"] for warning in payload["warning_details"]}
    assert {"right_not_valid_in_china", "black_and_white_certificate", "right_expired", "single_source"} <= codes
    ids = {document["id"] for document in payload["documents"]}
    assert {"identity_document", "translation", "renewal_or_assignment_proof"} <= ids
    assert "business_license" not in ids
    assert any("Taobao" in warning for warning in payload["warnings"])


@pytest.mark.parametrize("kind", ["utility-model", "utility_model", "Utility-Model"])
def test_patent_kind_takes_either_spelling(cli, kind):
    payload = cli("documents", "--ip-type", "patent", "--patent-kind", kind, "--json").json()
    ids = [document["id"] for document in payload["documents"]]
    assert "patent_evaluation_report" in ids and "patent_certificate" in ids
    assert payload["case"]["patent_kind"] == "utility_model"


def test_unregistered_copyright_and_rights_holder_role(cli):
    payload = cli("documents", "--ip-type", "copyright", "--unregistered", "--role", "rights-holder", "--holder", "company", "--json").json()
    ids = [document["id"] for document in payload["documents"]]
    assert ids == ["business_license", "copyright_claim_statement"]


def test_the_table_shows_documents_and_warnings(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # wide enough that no id is folded
    outcome = cli("documents", "--ip-type", "trademark", "--site", "tmall", "--registered-in", "US", "--holder", "company")
    assert outcome.code == 0
    assert "Documents this case needs" in outcome.stdout
    assert "trademark_certificate" in outcome.stdout
    assert "Warning:" in outcome.stdout and "Tmall" in outcome.stdout


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["--ip-type", "brand"], "trademark, copyright, patent"),
        (["--ip-type", "patent", "--patent-kind", "software"], "invention, utility-model, design"),
        (["--ip-type", "trademark", "--role", "lawyer"], "rights-holder, agent"),
        (["--ip-type", "trademark", "--holder", "partnership"], "individual, company"),
        (["--ip-type", "trademark", "--site", "ebay"], "aliexpress, alibaba, 1688, taobao, tmall, lazada, miravia"),
        (["--ip-type", "trademark", "--reason", "fake"], "counterfeit-features"),
        (["--ip-type", "trademark", "--certificate", "grey"], "colour, black-and-white"),
        (["--ip-type", "trademark", "--language", "42"], "en, zh, de"),
        (["--ip-type", "trademark", "--expires", "next year"], "YYYY-MM-DD"),
        (["--ip-type", "trademark", "--patent-kind", "design"], "patents only"),
    ],
)
def test_bad_values_exit_2_with_the_allowed_values(cli, args, allowed):
    outcome = cli("documents", *args, "--json")
    assert outcome.code == 2
    assert outcome.stdout == ""
    assert allowed in outcome.err


def test_the_ip_type_is_required(cli):
    outcome = cli("documents", "--json")
    assert outcome.code == 2 and "--ip-type" in outcome.err
