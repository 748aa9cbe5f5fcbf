"""`ipr-assistant feedback export`: votes as candidate cases for the answers suite, never written into a dataset."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.store.slack import Voted
from integrations.bootstrap import App
from tests.integrations.cli.test_complaints_cli import run

DATASETS = Path(__file__).resolve().parents[3] / "evals" / "datasets"
CITED = ({"source": "knowledge/complaints.md", "section": "How long does a review take?", "title": "Complaints", "url": None},)


def seed(home: Path) -> None:
    app = App.for_home(home)
    try:
        store = app.slack_store
        store.record_vote("C1", "1.1", "UA", "good", "slack-C1-1", voted_on=Voted("How long is the review?", "3-5 business days [1].", CITED, "lazada"), persona="support")
        store.record_vote("C1", "1.2", "UB", "bad", "slack-C1-1", voted_on=Voted("Can I file for Tmall here?", "Yes [1].", CITED), persona="employee")
        store.give_reason("C1", "1.2", "UB", "Tmall goes through the same portal, but the answer did not say which form")
        store.record_vote("C1", "1.3", "UC", "good", None)  # an old vote with nothing recorded about the answer: left out
    finally:
        app.close()


def test_export_writes_candidates_in_the_answers_suite_shape(capsys, monkeypatch, ipr_home, tmp_path):
    seed(ipr_home)
    out = tmp_path / "candidates.jsonl"
    status, _, err = run(capsys, monkeypatch, "feedback", "export", "--out", str(out))
    assert status == 0 and "Wrote 2 candidate case(s)" in err
    first, second = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (first["id"], first["persona"], first["site"], first["kind"]) == ("candidate-001", "support", "lazada", "in_scope")
    assert first["expected_sources"] == [{"source": "knowledge/complaints.md", "section": "How long does a review take?"}]
    assert second["expected_sources"] == [] and second["feedback"]["reason"].startswith("Tmall goes through")
    assert all(case["candidate"] is True and case["expected_facts"] == [] for case in (first, second))


def test_export_refuses_to_write_into_the_datasets_or_over_a_file(capsys, monkeypatch, ipr_home, tmp_path):
    seed(ipr_home)
    target = DATASETS / "questions-candidates.jsonl"
    status, _, err = run(capsys, monkeypatch, "feedback", "export", "--out", str(target))
    assert status == 2 and "not written into evals/datasets/" in err and not target.exists()
    existing = tmp_path / "kept.jsonl"
    existing.write_text("mine\n", encoding="utf-8")
    status, _, err = run(capsys, monkeypatch, "feedback", "export", "--out", str(existing))
    assert status == 2 and "already exists" in err and existing.read_text(encoding="utf-8") == "mine\n"
    status, _, err = run(capsys, monkeypatch, "feedback", "export", "--votes", "meh")
    assert status == 2 and "all, good, bad" in err and "reference" not in err


def test_export_without_votes_says_there_is_nothing_and_where_votes_come_from(capsys, monkeypatch, ipr_home, tmp_path):
    status, out, err = run(capsys, monkeypatch, "feedback", "export")
    assert status == 0 and out == ""  # stdout stays JSONL
    assert "Nothing to export" in err and "no votes" in err and "Helpful / Not helpful" in err and "Slack" in err
    target = tmp_path / "none.jsonl"
    status, _, err = run(capsys, monkeypatch, "feedback", "export", "--out", str(target))
    assert status == 0 and "Nothing to export" in err and not target.exists()


def test_export_with_votes_none_matching_says_what_did_not_match(capsys, monkeypatch, ipr_home):
    seed(ipr_home)
    status, out, err = run(capsys, monkeypatch, "feedback", "export", "--votes", "good", "--with-reason")
    assert status == 0 and out == ""
    assert "none of the 2 recorded vote(s) on answers matches --votes good and --with-reason" in " ".join(err.split())
