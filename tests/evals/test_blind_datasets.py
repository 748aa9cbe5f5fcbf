"""The frozen cases in evals/datasets/blind/ stay as they were written, and every case has the keys its suite needs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "evals" / "datasets" / "blind"

CONVERSATION_KEYS = {"id", "checks", "lines", "expected", "outcome", "validate_errors", "frozen", "written"}
EXPECTED_KEYS = {"site", "reason", "role", "complainant", "rights_holder", "right_name", "registration_number",
                 "listings", "evidence"}
APPEAL_KEYS = {"id", "checks", "complaint", "filed_on", "received_on", "today", "counter_notice", "attachments",
               "expected_grounds", "expected_recommendation", "expected_findings", "frozen", "written"}
COMPLAINT_KEYS = {"id", "site", "complainant", "ip_right", "reason", "listings", "statement"}
FORMATS = {"txt", "pdf", "docx", "scan"}


def recorded_hashes() -> dict[str, str]:
    """SHA256SUMS as {path relative to the repository: hash}."""
    hashes = {}
    for line in (BLIND / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, path = line.split(maxsplit=1)
            hashes[path.lstrip("*")] = digest
    return hashes


def cases(name: str) -> list[dict]:
    lines = (BLIND / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_dataset_here_is_recorded():
    datasets = {path.relative_to(ROOT).as_posix() for path in BLIND.glob("*.jsonl")}
    assert datasets and datasets == set(recorded_hashes())


@pytest.mark.parametrize("path", sorted(recorded_hashes()))
def test_a_frozen_file_still_has_its_recorded_hash(path):
    digest = hashlib.sha256((ROOT / path).read_bytes()).hexdigest()
    assert digest == recorded_hashes()[path], f"{path} changed after it was frozen"


@pytest.mark.parametrize("name", ["conversations.jsonl", "appeals.jsonl"])
def test_every_line_is_a_frozen_case_with_a_unique_id(name):
    loaded = cases(name)
    ids = [case["id"] for case in loaded]
    assert len(ids) == len(set(ids))
    assert all(case.get("frozen") is True and case.get("written") and case.get("checks", "").strip()
               for case in loaded)


def test_conversations_have_the_keys_the_suite_needs():
    loaded = cases("conversations.jsonl")
    assert len(loaded) >= 30
    for case in loaded:
        assert CONVERSATION_KEYS <= set(case), case["id"]
        assert set(case["expected"]) == EXPECTED_KEYS, case["id"]
        assert case["lines"] and all(isinstance(line, str) and line.strip() for line in case["lines"]), case["id"]
        assert case["outcome"] in {"complete", "not_valid"}, case["id"]
        assert (case["outcome"] == "not_valid") == bool(case["validate_errors"]), case["id"]
        assert all(set(answer) == {"when", "say"} for answer in case.get("if_asked", [])), case["id"]
        assert all(0 < index < len(case["lines"]) for index in case.get("resume_before", [])), case["id"]
        typed = "\n".join(case["lines"] + [answer["say"] for answer in case.get("if_asked", [])])
        assert all(value in typed for value in case.get("verbatim", [])), case["id"]


def test_appeals_have_the_keys_the_suite_needs():
    loaded = cases("appeals.jsonl")
    assert len(loaded) >= 35
    assert sum(case.get("language") == "zh" for case in loaded) >= 8
    for case in loaded:
        assert APPEAL_KEYS <= set(case), case["id"]
        assert COMPLAINT_KEYS <= set(case["complaint"]), case["id"]
        assert case["expected_grounds"] and case["expected_recommendation"], case["id"]
        assert case["received_on"] or case.get("expected_received_on"), case["id"]
        for attachment in case["attachments"]:
            assert attachment.get("name") and attachment.get("format") in FORMATS, case["id"]
            assert ("text" in attachment) != (attachment.get("readable") is False), case["id"]
        assert not set(case["expected_findings"]) & set(case.get("must_not_find", [])), case["id"]


def test_the_appeals_use_the_vocabulary_of_the_main_dataset():
    text = (ROOT / "evals" / "datasets" / "appeals.jsonl").read_text(encoding="utf-8")
    main = [json.loads(line) for line in text.splitlines() if line.strip()]
    grounds = {ground for case in main for ground in case["expected_grounds"]}
    recommendations = {case["expected_recommendation"] for case in main}
    for case in cases("appeals.jsonl"):
        assert set(case["expected_grounds"]) <= grounds, case["id"]
        assert case["expected_recommendation"] in recommendations, case["id"]


QUESTION_KEYS = {"id", "question", "persona", "site", "kind", "expected_sources", "expected_facts", "phrasing", "frozen",
                 "written"}
REJECTION_KEYS = {"id", "checks", "notice", "language", "expected_reason", "frozen", "written"}


QUESTION_FILES = ["questions.jsonl", "questions-2.jsonl"]
# The smallest size of each question set: (in-field questions, out-of-field questions).
QUESTION_COUNTS = {"questions.jsonl": (85, 18), "questions-2.jsonl": (60, 25)}


@pytest.mark.parametrize("name", [*QUESTION_FILES, "rejections.jsonl"])
def test_questions_and_notices_are_frozen_with_unique_ids(name):
    loaded = cases(name)
    ids = [case["id"] for case in loaded]
    assert len(ids) == len(set(ids))
    assert all(case.get("frozen") is True and case.get("written") for case in loaded)


@pytest.mark.parametrize("name", QUESTION_FILES)
def test_questions_have_the_keys_the_suite_needs(name):
    loaded = cases(name)
    for case in loaded:
        assert QUESTION_KEYS <= set(case), case["id"]
        assert case["persona"] in {"employee", "lawyer", "support"}, case["id"]
        assert case["phrasing"] in {"paraphrase", "corpus-like"}, case["id"]
        assert case["kind"] in {"in_scope", "unpublished", "out_of_scope"}, case["id"]
        in_field = case["kind"] != "out_of_scope"
        assert bool(case["expected_sources"]) == in_field and bool(case["expected_facts"]) == in_field, case["id"]
        assert all(set(source) == {"source", "section"} for source in case["expected_sources"]), case["id"]
    in_field = [case for case in loaded if case["kind"] != "out_of_scope"]
    least_in_field, least_out_of_field = QUESTION_COUNTS[name]
    assert len(in_field) >= least_in_field and len(loaded) - len(in_field) >= least_out_of_field
    assert sum(case["phrasing"] == "paraphrase" for case in in_field) * 2 >= len(in_field)


def test_the_second_question_set_is_a_new_set():
    """questions-2.jsonl: ids of its own, no question of the first set again, most asked in people's words."""
    first, second = cases("questions.jsonl"), cases("questions-2.jsonl")
    assert not {case["id"] for case in first} & {case["id"] for case in second}
    assert not {case["question"].strip().casefold() for case in first} & {case["question"].strip().casefold() for case in second}
    in_field = [case for case in second if case["kind"] != "out_of_scope"]
    assert sum(case["phrasing"] == "paraphrase" for case in in_field) >= 45
    assert all(1 <= len(case["expected_facts"]) <= 3 for case in in_field)
    assert all(case["written"] == "2026-11-30" for case in second)


def test_rejection_notices_have_the_keys_the_suite_needs():
    loaded = cases("rejections.jsonl")
    assert len(loaded) >= 24
    assert sum(case["language"] == "zh" for case in loaded) >= 8
    for case in loaded:
        assert REJECTION_KEYS <= set(case), case["id"]
        assert case["language"] in {"en", "zh"} and case["notice"].strip(), case["id"]
        assert case["expected_reason"] not in case.get("also_acceptable", []), case["id"]
